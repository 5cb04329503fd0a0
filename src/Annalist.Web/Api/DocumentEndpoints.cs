using Annalist.Corpus.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Web.Api;

/// <summary>/api/documents: the article list (paged, by date and words) and one article in the output contract.</summary>
internal static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", (StorePool pool, string? q, string? entity, string? from, string? to, string? offset, string? limit) =>
        {
            var filter = new DocumentFilter(Query.Text(q, "q"), Query.Text(entity, "entity"), Query.Date(from, "from"), Query.Date(to, "to"));
            var (o, l) = Query.Paging(Query.Int(offset, "offset"), Query.Int(limit, "limit"));
            // one row more than asked tells whether there is a next page, without counting them all
            var rows = pool.Use(s => s.DocumentSummaries(filter, o, l + 1));
            return JsonBody.Page(rows, o, l, DocumentJson.Summary);
        })
        .WithSummary("Articles, newest first: metadata and the opening of the text. q: words the article contains (all of them); entity: a name or key; from/to: YYYY-MM-DD.");

        api.MapGet("/documents/{id:long}", (StorePool pool, long id) =>
            pool.Use(s => s.Annotations(id)) is { } a
                ? (IResult)new JsonBody(w => DocumentJson.Write(w, a))
                : Problems.NotFound($"no document {id}"))
        .WithSummary("One article with its full analysis, in the output contract of PRODUCT.md (entity ids are registry ids).");

        api.MapPost("/documents", WriteRoute.Post)
            .WithSummary("Analyze an article and store it. Needs the server's token (Authorization: Bearer TOKEN). Body: {text, date?, title?, url?, source?}.");
    }
}
