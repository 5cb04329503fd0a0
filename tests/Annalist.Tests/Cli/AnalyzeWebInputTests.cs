using System.Text.Json;
using Annalist.Tests.Reading;

namespace Annalist.Tests.Cli;

public class AnalyzeWebInputTests
{
    [Fact]
    public void Html_page_gives_the_contract_json_with_its_title_and_date()
    {
        using var dir = new TempFolder();
        var path = dir.Write("page.html", HtmlReaderTests.NewsPage);
        var r = AnnalistProcess.Run(null, "analyze", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        var doc = json.GetProperty("document");
        Assert.Equal("page", doc.GetProperty("id").GetString());
        Assert.Equal("Ceasefire talks resume in Geneva", doc.GetProperty("title").GetString());
        Assert.Equal("2025-06-02", doc.GetProperty("date").GetString());
        Assert.Equal("https://ledger.example/world/ceasefire-talks", doc.GetProperty("url").GetString());
        var text = doc.GetProperty("text").GetString()!;
        Assert.Contains("Negotiators from both sides returned to Geneva", text);
        Assert.DoesNotContain("<", text);
        Assert.True(json.GetProperty("sentences").GetArrayLength() >= 5);
    }

    [Fact]
    public void Feed_gives_one_json_line_per_item()
    {
        using var dir = new TempFolder();
        var path = dir.Write("world.rss", FeedFileReaderTests.Rss);
        var r = AnnalistProcess.Run(null, "analyze", path);
        Assert.Equal(0, r.ExitCode);
        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document")).ToList();
        Assert.Equal(["world#1", "world#2", "world#3"], docs.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(["2025-06-02", "2025-06-03", "2025-06-04"], docs.Select(d => d.GetProperty("date").GetString()));
    }
}
