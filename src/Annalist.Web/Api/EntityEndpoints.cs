using System.Text.Json;
using Annalist.Corpus.Export;
using Annalist.Corpus.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Web.Api;

/// <summary>/api/entities: the registry, and one entity with its mentions, quotes, events and company.</summary>
internal static class EntityEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/entities", (StorePool pool, string? q, string? type, string? offset, string? limit) =>
        {
            var filter = new EntityFilter(Query.Text(q, "q"), Query.Text(type, "type"));
            var (o, l) = Query.Paging(Query.Int(offset, "offset"), Query.Int(limit, "limit"));
            var rows = pool.Use(s => s.Entities(filter, o, l + 1));
            return JsonBody.Page(rows, o, l, CorpusJson.Write);
        })
        .WithSummary("Entities of the registry, most mentioned first. q: the start of any name it goes by, or its key; type: PERSON, ORGANIZATION, GPE, ...");

        api.MapGet("/entities/{id:long}", (StorePool pool, long id, string? offset, string? limit) =>
        {
            var (o, l) = Query.Paging(Query.Int(offset, "offset"), Query.Int(limit, "limit"));
            var detail = pool.Use(s => s.Entity(id) is { } e
                ? new Detail(e, s.EntityMentions(id, o, l + 1), s.Quotes(new QuoteFilter(Speaker: e.Key), 0, 20), s.EntityEvents(id, 0, 50), s.CoOccurring(id, 20))
                : null);
            return detail is null ? Problems.NotFound($"no entity {id}") : new JsonBody(w => Write(w, detail, o, l));
        })
        .WithSummary("One entity: aliases and counts, the articles mentioning it (paged by offset/limit, newest first, with mentions in context), its quotes, the events it takes part in, and the entities it appears with most.");
    }

    private sealed record Detail(StoredEntity Entity, IReadOnlyList<EntityDocumentMentions> Mentions, IReadOnlyList<StoredQuote> Quotes,
        IReadOnlyList<EntityEventRole> Events, IReadOnlyList<CoOccurrence> CoOccurring);

    private static void Write(Utf8JsonWriter w, Detail d, int offset, int limit)
    {
        w.WriteStartObject();
        w.WritePropertyName("entity");
        CorpusJson.Write(w, d.Entity);
        w.WriteStartObject("mentions");
        w.WriteNumber("offset", offset);
        w.WriteNumber("limit", limit);
        w.WriteStartArray("items");
        foreach (var m in d.Mentions.Take(limit))
        {
            w.WriteStartObject();
            w.WriteNumber("document", m.DocumentId);
            w.WriteString("date", m.Date?.ToString("yyyy-MM-dd"));
            w.WriteString("title", m.Title);
            w.WriteNumber("count", m.Count);
            w.WriteStartArray("contexts");
            foreach (var c in m.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", c.Start);
                w.WriteNumber("end", c.End);
                w.WriteString("kind", c.Kind);
                w.WriteString("before", c.Before);
                w.WriteString("text", c.Text);
                w.WriteString("after", c.After);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("more", d.Mentions.Count > limit);
        w.WriteEndObject();
        w.WriteStartArray("quotes");
        foreach (var q in d.Quotes) CorpusJson.Write(w, q);
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("id", e.EventId);
            w.WriteString("type", e.Type);
            w.WriteString("date", e.Date);
            w.WriteString("role", e.Role);
            w.WriteNumber("source_count", e.Sources);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("co_occurring");
        foreach (var c in d.CoOccurring)
        {
            w.WriteStartObject();
            w.WriteNumber("entity", c.Entity.EntityId);
            w.WriteString("key", c.Entity.Key);
            w.WriteString("name", c.Entity.Name);
            w.WriteString("type", c.Entity.Type);
            w.WriteNumber("documents", c.Documents);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
