using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Annalist.Corpus.Store;

namespace Annalist.Web.Tests;

/// <summary>The write route, the read-only default, request size and rate limits: each on a server of its own.</summary>
public class WriteTests
{
    private static string CopyOfCorpus()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("annalist-web-write-").FullName, "copy.db");
        File.Copy(Corpus.Database, path);
        return path;
    }

    private static async Task<string?> Code(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static HttpRequestMessage Post(object body, string? token) => new(HttpMethod.Post, "/api/documents")
    {
        Content = JsonContent.Create(body),
        Headers = { Authorization = token is null ? null : new("Bearer", token) },
    };

    [Fact]
    public async Task With_the_token_an_article_is_analyzed_stored_once_and_served()
    {
        var db = CopyOfCorpus();
        await using var server = Server.Start(database: db);
        var article = new { text = "Angela Merkel met Emmanuel Macron in Paris on Monday, officials said.", date = "2025-08-04", title = "Paris talks" };
        var created = await server.Http.SendAsync(Post(article, Server.Token));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var doc = JsonDocument.Parse(await server.Http.GetStringAsync($"/api/documents/{id}")).RootElement;
        Assert.Equal("Paris talks", doc.GetProperty("document").GetProperty("title").GetString());
        Assert.Contains(doc.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString()!.Contains("Merkel"));
        var again = await server.Http.SendAsync(Post(article, Server.Token));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Without_a_token_the_server_is_read_only_and_leaves_the_file_alone()
    {
        var db = CopyOfCorpus();
        var before = File.ReadAllBytes(db);
        await using (var server = Server.Start(token: null, database: db))
        {
            var response = await server.Http.SendAsync(Post(new { text = "Some article." }, "anything"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(ErrorCodes.WebReadOnly, await Code(response));
            Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/api/documents")).StatusCode);
        }
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        await using var server = Server.Start(maxBytes: 2_000, database: CopyOfCorpus());
        var response = await server.Http.SendAsync(Post(new { text = new string('a', 10_000) }, Server.Token));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ErrorCodes.WebRequestTooLarge, await Code(response));
    }

    [Fact]
    public async Task Too_many_requests_get_429()
    {
        await using var server = Server.Start(perMinute: 3);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/api/documents?limit=1")).StatusCode);
        var response = await server.Http.GetAsync("/api/documents?limit=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(ErrorCodes.WebRateLimited, await Code(response));
    }

    [Fact]
    public void A_missing_database_fails_with_the_store_code()
    {
        var ex = Assert.Throws<StoreException>(() => WebServer.Build(new WebOptions { Database = "/nonexistent/none.db", Urls = "http://127.0.0.1:0" }));
        Assert.Equal(ErrorCodes.DatabaseNotFound, ex.Code);
    }
}
