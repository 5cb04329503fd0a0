using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Annalist.Corpus.Store;
using Annalist.Documents;
using Annalist.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Annalist.Web.Api;

/// <summary>The article a client posts to be analyzed and stored.</summary>
public sealed record ArticleInput(string? Text, string? Date, string? Title, string? Url, string? Source);

/// <summary>
/// POST /api/documents, the one route that writes. It exists only when the server was started
/// with a token; the token is compared in constant time (as SHA-256 digests, so not even its
/// length leaks). The store is opened for writing on the first accepted post, never before.
/// </summary>
public sealed class WriteRoute(WebOptions options) : IDisposable
{
    private readonly byte[]? _token = options.Token is { Length: > 0 } t ? SHA256.HashData(Encoding.UTF8.GetBytes(t)) : null;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<AnalysisPipeline> _pipeline = new(Pipelines.Default);
    private SqliteCorpusStore? _store;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Authorized(HttpRequest request)
    {
        if (_token is null) return false;
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        var given = header.StartsWith(bearer, StringComparison.Ordinal) ? header[bearer.Length..] : "";
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _token);
    }

    internal static async Task<IResult> Post(HttpContext context, WriteRoute route)
    {
        if (route._token is null)
            return Problems.Of(StatusCodes.Status403Forbidden, ErrorCodes.WebReadOnly, "this server is read-only: start it with --token (or ANNALIST_TOKEN) to accept articles");
        if (!route.Authorized(context.Request))
            return Problems.Of(StatusCodes.Status401Unauthorized, ErrorCodes.WebTokenRequired, "a valid token is required: Authorization: Bearer TOKEN");
        if (context.Request.ContentLength > route.MaxBytes) return TooLarge(route.MaxBytes);
        ArticleInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<ArticleInput>(context.Request.Body, Json, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(route.MaxBytes);
        }
        catch (JsonException)
        {
            return Problems.BadParameter("the body must be a JSON object {\"text\": ..., \"date\": \"YYYY-MM-DD\", \"title\", \"url\", \"source\"}");
        }
        if (string.IsNullOrWhiteSpace(input?.Text)) return Problems.BadParameter("'text' is required");
        var date = Query.Date(input.Date, "date");
        var (id, created) = await route.Store(input, date);
        context.Response.Headers.Location = $"/api/documents/{id}";
        return Results.Json(new { id, created }, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private long MaxBytes => options.MaxRequestBytes;

    private static IResult TooLarge(long max) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, ErrorCodes.WebRequestTooLarge, $"the request body is larger than {max} bytes");

    private async Task<(long Id, bool Created)> Store(ArticleInput input, DateOnly? date)
    {
        var hash = DocumentRecord.HashOf(input.Text!);
        var doc = new Document("api-" + hash[..16], input.Text!, date) { Title = input.Title, Url = input.Url, Source = input.Source };
        _pipeline.Value.Run(doc);
        var record = DocumentRecord.From(doc, "api");
        // one writer at a time: SQLite allows one, and the store object is not thread-safe
        await _gate.WaitAsync();
        try
        {
            _store ??= SqliteCorpusStore.Open(options.Database, write: true);
            if (_store.DocumentIdByHash(hash) is { } existing) return (existing, false);
            _store.Write([record]);
            return (_store.DocumentIdByHash(hash)!.Value, true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _store?.Dispose();
        _gate.Dispose();
    }
}
