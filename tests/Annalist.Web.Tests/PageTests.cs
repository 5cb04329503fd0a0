using Microsoft.Playwright;

namespace Annalist.Web.Tests;

/// <summary>The page in a real browser: load, search, open an article, see highlights, open an entity.</summary>
public class PageTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [BrowserFact]
    public async Task Search_open_an_article_see_highlights_and_open_an_entity()
    {
        await using var browser = await Browser.Launch();
        var page = await browser.Open(fixture.Server.Address);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

        await page.GotoAsync("/");
        await page.Locator("ul.documents li").First.WaitForAsync();
        Assert.Equal(4, await page.Locator("ul.documents li").CountAsync());

        await page.FillAsync("#search", "floods");
        await page.ClickAsync("#search-form button");
        await page.WaitForSelectorAsync("body[data-view=search]");
        await page.Locator("#timeline .vis-item").First.WaitForAsync();
        Assert.True(await page.Locator("#timeline .vis-item").CountAsync() > 0);

        await page.Locator("ul.documents a.doc-link").First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-view=doc]");
        var text = page.Locator("#article-text");
        Assert.True(await text.Locator(".ent-PERSON").CountAsync() > 0, "people highlighted");
        Assert.True(await text.Locator(".ent-GPE").CountAsync() > 0, "places highlighted");
        Assert.True(await text.Locator(".time").CountAsync() > 0, "time expressions highlighted");
        Assert.True(await text.Locator(".trigger").CountAsync() > 0, "event triggers highlighted");
        Assert.True(await text.Locator(".quote").CountAsync() > 0, "quotes highlighted");
        Assert.True(await text.Locator(".label.speaker").CountAsync() > 0, "quotes carry their speaker");
        Assert.Contains("Merz", await text.InnerTextAsync());

        await text.Locator(".ent-PERSON", new() { HasText = "Merz" }).First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-view=entity]");
        Assert.Equal("Friedrich Merz", (await page.Locator("h1").InnerTextAsync()).Replace("PERSON", "").Trim());
        Assert.True(await page.Locator("ul.mentions li").CountAsync() > 0);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_hostile_article_is_shown_as_text_and_runs_nothing()
    {
        await using var browser = await Browser.Launch();
        var page = await browser.Open(fixture.Server.Address);
        await page.GotoAsync("/#/search?q=Hostile");
        await page.WaitForSelectorAsync("body[data-view=search]");
        await page.Locator("ul.documents a.doc-link").First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-view=doc]");
        var text = page.Locator("#article-text");
        Assert.Contains("<script>window.__pwned = 1</script>", await text.InnerTextAsync());
        Assert.Equal(0, await text.Locator("script, img, b, i").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
    }

    [BrowserFact]
    public async Task The_quote_browser_filters_by_speaker()
    {
        await using var browser = await Browser.Launch();
        var page = await browser.Open(fixture.Server.Address);
        await page.GotoAsync("/#/quotes");
        await page.WaitForSelectorAsync("body[data-view=quotes]");
        var all = await page.Locator("ul.quotes li").CountAsync();
        Assert.True(all > 1);
        await page.FillAsync("#quote-speaker", "Merz");
        await page.ClickAsync("form.filters button");
        await page.WaitForFunctionAsync("location.hash.includes('speaker=Merz')");
        await page.WaitForSelectorAsync("body[data-view=quotes]");
        var names = await page.Locator("ul.quotes li a.entity-link").AllInnerTextsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Equal("Friedrich Merz", n));
    }
}
