using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Annalist.Web.Tests;

/// <summary>The JSON routes, against the real server on a loopback port.</summary>
public class ApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Http => fixture.Server.Http;

    private async Task<JsonElement> Get(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Documents_are_paged_newest_first_without_their_text()
    {
        var first = await Get("/api/documents?limit=2");
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.False(items[0].TryGetProperty("text", out _));
        Assert.True(string.CompareOrdinal(items[0].GetProperty("date").GetString(), items[1].GetProperty("date").GetString()) >= 0);
        var rest = await Get("/api/documents?limit=2&offset=2");
        Assert.Equal(2, rest.GetProperty("items").GetArrayLength());
        Assert.False(rest.GetProperty("more").GetBoolean());
        var june = await Get("/api/documents?from=2025-06-01&to=2025-06-30");
        Assert.All(june.GetProperty("items").EnumerateArray(), d => Assert.StartsWith("2025-06", d.GetProperty("date").GetString()));
        var floods = await Get("/api/documents?q=floods");
        Assert.Single(floods.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_document_is_the_output_contract_with_spans_inside_its_text()
    {
        var list = await Get("/api/documents?q=Bavaria floods");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var doc = await Get($"/api/documents/{id}");
        foreach (var key in new[] { "document", "sentences", "entities", "times", "quotes", "events", "quantities", "diagnostics" })
            Assert.True(doc.TryGetProperty(key, out _), key);
        var text = doc.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Equal("2025-06-20", doc.GetProperty("document").GetProperty("date").GetString());
        var spans = doc.GetProperty("entities").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray())
            .Concat(doc.GetProperty("times").EnumerateArray()).Concat(doc.GetProperty("quotes").EnumerateArray())
            .Concat(doc.GetProperty("quantities").EnumerateArray()).ToList();
        Assert.NotEmpty(spans);
        foreach (var s in spans)
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(text[start..end], s.GetProperty("text").GetString());
        }
        var merz = doc.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Friedrich Merz");
        // the id is the registry's: the entity route knows it
        var entity = await Get($"/api/entities/{merz.GetProperty("id").GetString()}");
        Assert.Equal("Friedrich Merz", entity.GetProperty("entity").GetProperty("name").GetString());
        Assert.NotEmpty(doc.GetProperty("events").EnumerateArray());
        Assert.All(doc.GetProperty("events").EnumerateArray(), e => Assert.Equal(text[e.GetProperty("trigger").GetProperty("start").GetInt32()..e.GetProperty("trigger").GetProperty("end").GetInt32()],
            e.GetProperty("trigger").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_hostile_article_comes_back_as_a_json_string_with_markup_escaped()
    {
        var list = await Get("/api/documents?q=Hostile");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var raw = await Http.GetStringAsync($"/api/documents/{id}");
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        var text = JsonDocument.Parse(raw).RootElement.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Contains("<script>window.__pwned = 1</script>", text);
        Assert.Contains("<img src=x onerror=\"window.__pwned=2\">", text);
    }

    [Fact]
    public async Task Entities_filter_by_name_and_type_and_an_entity_has_its_neighbourhood()
    {
        var people = await Get("/api/entities?type=PERSON&limit=100");
        Assert.All(people.GetProperty("items").EnumerateArray(), e => Assert.Equal("PERSON", e.GetProperty("type").GetString()));
        var merz = (await Get("/api/entities?q=merz")).GetProperty("items")[0];
        Assert.Equal("Friedrich Merz", merz.GetProperty("name").GetString());
        var detail = await Get($"/api/entities/{merz.GetProperty("id").GetInt64()}");
        Assert.Contains("Merz", detail.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var mention = detail.GetProperty("mentions").GetProperty("items")[0];
        Assert.Contains("Merz", mention.GetProperty("contexts")[0].GetProperty("text").GetString());
        Assert.NotEmpty(detail.GetProperty("co_occurring").EnumerateArray());
        Assert.True(detail.TryGetProperty("quotes", out _));
        Assert.True(detail.TryGetProperty("events", out _));
    }

    [Fact]
    public async Task Events_quotes_timeline_and_search_answer()
    {
        var events = await Get("/api/events?limit=100");
        Assert.NotEmpty(events.GetProperty("items").EnumerateArray());
        var type = events.GetProperty("items")[0].GetProperty("type").GetString();
        Assert.All((await Get($"/api/events?type={type}")).GetProperty("items").EnumerateArray(), e => Assert.Equal(type, e.GetProperty("type").GetString()));
        var quotes = await Get("/api/quotes?limit=100");
        Assert.NotEmpty(quotes.GetProperty("items").EnumerateArray());
        var spoken = quotes.GetProperty("items").EnumerateArray().First(q => q.GetProperty("speaker").ValueKind == JsonValueKind.Object);
        var speaker = spoken.GetProperty("speaker").GetProperty("name").GetString();
        Assert.All((await Get($"/api/quotes?speaker={Uri.EscapeDataString(speaker!)}")).GetProperty("items").EnumerateArray(),
            q => Assert.Equal(speaker, q.GetProperty("speaker").GetProperty("name").GetString()));
        var timeline = await Get("/api/timeline?q=floods");
        Assert.NotEmpty(timeline.GetProperty("timeline").GetProperty("dates").EnumerateArray());
        var search = await Get("/api/search?q=Merz");
        Assert.NotEmpty(search.GetProperty("documents").EnumerateArray());
        Assert.NotEmpty(search.GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task Errors_are_problem_details_with_stable_codes()
    {
        await Problem(await Http.GetAsync("/api/documents/999999"), HttpStatusCode.NotFound, ErrorCodes.WebNotFound);
        await Problem(await Http.GetAsync("/api/entities/999999"), HttpStatusCode.NotFound, ErrorCodes.WebNotFound);
        await Problem(await Http.GetAsync("/api/no-such-route"), HttpStatusCode.NotFound, ErrorCodes.WebNotFound);
        await Problem(await Http.GetAsync("/api/documents?from=June"), HttpStatusCode.BadRequest, ErrorCodes.WebBadParameter);
        await Problem(await Http.GetAsync("/api/documents?limit=100000"), HttpStatusCode.BadRequest, ErrorCodes.WebBadParameter);
        await Problem(await Http.GetAsync("/api/events?offset=-1"), HttpStatusCode.BadRequest, ErrorCodes.WebBadParameter);
        await Problem(await Http.GetAsync("/api/timeline"), HttpStatusCode.BadRequest, ErrorCodes.WebBadParameter);
        await Problem(await Http.GetAsync("/api/search"), HttpStatusCode.BadRequest, ErrorCodes.WebBadParameter);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{id}", "/api/events", "/api/quotes", "/api/timeline", "/api/search" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/vendor/..%2f..%2fAnnalist.Web.dll")]
    [InlineData("/Annalist.Web.dll")]
    [InlineData("/..%5c..%5cappsettings.json")]
    [InlineData("/wwwroot/app.js")]
    public async Task No_path_reaches_outside_the_embedded_page(string path)
    {
        using var client = new HttpClient();
        // a raw request line, so the client does not tidy the dots away
        using var request = new HttpRequestMessage(HttpMethod.Get, fixture.Server.Address + path);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_and_its_files_are_served_with_a_strict_policy()
    {
        var page = await Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("vis-timeline", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/app.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/vendor/vis-timeline-graph2d.min.js")).StatusCode);
    }

    [Fact]
    public async Task Posting_an_article_needs_the_token()
    {
        var body = JsonContent.Create(new { text = "Angela Merkel met Emmanuel Macron in Paris on Monday, officials said.", date = "2025-08-04" });
        await Problem(await Http.PostAsync("/api/documents", body), HttpStatusCode.Unauthorized, ErrorCodes.WebTokenRequired);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = body };
        wrong.Headers.Authorization = new("Bearer", "not-the-token");
        await Problem(await Http.SendAsync(wrong), HttpStatusCode.Unauthorized, ErrorCodes.WebTokenRequired);
    }
}
