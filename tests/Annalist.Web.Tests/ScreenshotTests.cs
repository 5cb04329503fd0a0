namespace Annalist.Web.Tests;

/// <summary>
/// Screenshots of the main views. Always taken (they drive the entity page and the quote browser
/// too); written to docs/screenshots only when ANNALIST_SCREENSHOTS=1, from the store named by
/// ANNALIST_SCREENSHOT_DB (a Timeline17 ingest) or else the test store. ANNALIST_SCREENSHOT_QUERY
/// picks the search (default "floods").
/// </summary>
public class ScreenshotTests
{
    [BrowserFact]
    public async Task Main_views()
    {
        var publish = Environment.GetEnvironmentVariable("ANNALIST_SCREENSHOTS") == "1";
        var dir = publish ? Repo.PathOf("docs/screenshots") : Directory.CreateTempSubdirectory("annalist-shots-").FullName;
        Directory.CreateDirectory(dir);
        var db = Environment.GetEnvironmentVariable("ANNALIST_SCREENSHOT_DB");
        var query = Environment.GetEnvironmentVariable("ANNALIST_SCREENSHOT_QUERY") ?? "floods";
        await using var server = Server.Start(database: string.IsNullOrEmpty(db) ? null : db);
        await using var browser = await Browser.Launch();
        var page = await browser.Open(server.Address, 1400, 1000);

        await page.GotoAsync($"/#/search?q={Uri.EscapeDataString(query)}");
        await page.WaitForSelectorAsync("body[data-view=search]");
        await page.Locator("#timeline .vis-item").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "search-timeline.png") });

        await page.Locator("ul.documents a.doc-link").First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-view=doc]");
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "article.png") });

        await page.Locator("#article-text .ent-PERSON").First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-view=entity]");
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "entity.png") });

        await page.GotoAsync("/#/quotes");
        await page.WaitForSelectorAsync("body[data-view=quotes]");
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "quotes.png") });

        foreach (var name in new[] { "search-timeline.png", "article.png", "entity.png", "quotes.png" })
            Assert.True(new FileInfo(Path.Combine(dir, name)).Length > 10_000, name);
    }
}
