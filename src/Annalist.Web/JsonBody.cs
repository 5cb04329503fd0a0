using System.Text.Json;
using Annalist.Export;
using Microsoft.AspNetCore.Http;

namespace Annalist.Web;

/// <summary>
/// A JSON response written straight to the body with the writers the CLI uses (CorpusJson,
/// JsonContractWriter), so the API and `annalist query` agree field for field. '&lt;', '&gt;' and '&amp;'
/// are escaped as \u003C and so on: article text can never read as markup, wherever the JSON ends up.
/// </summary>
public sealed class JsonBody(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using (var w = new Utf8JsonWriter(context.Response.BodyWriter, JsonContractWriter.WriterOptions(indented: false, htmlSafe: true)))
            write(w);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A page of rows: {"offset", "limit", "items": [...], "more"}; "more" says whether a next page exists.</summary>
    public static JsonBody Page<T>(IReadOnlyList<T> rows, int offset, int limit, Action<Utf8JsonWriter, T> item) => new(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("offset", offset);
        w.WriteNumber("limit", limit);
        w.WriteStartArray("items");
        foreach (var row in rows.Take(limit)) item(w, row);
        w.WriteEndArray();
        w.WriteBoolean("more", rows.Count > limit);
        w.WriteEndObject();
    });
}
