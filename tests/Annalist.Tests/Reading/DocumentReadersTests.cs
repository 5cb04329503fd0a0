using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class DocumentReadersTests
{
    [Fact]
    public void Folder_is_read_in_ordinal_path_order_skipping_hidden_and_reporting_unsupported()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "B.");
        dir.Write("a/z.txt", "AZ.");
        dir.Write("A.txt", "A.");
        dir.Write(".hidden/x.txt", "hidden");
        dir.Write(".secret.txt", "hidden");
        dir.Write("scan.pdf", "%PDF-1.7");
        dir.Write("c.jsonl", "{\"text\":\"C1\"}\n{\"text\":\"C2\"}");
        var items = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions()).ToList();
        Assert.Equal(["A.", "AZ.", "B.", "C1", "C2", null], items.Select(i => i.Document?.Text));
        Assert.True(items[^1].IsSkipped);
        Assert.Equal(ErrorCodes.UnsupportedFile, items[^1].Error!.Code);
    }

    [Fact]
    public void Folder_walk_reads_html_pages_and_feeds()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Plain.");
        dir.Write("b/page.html", "<html><head><title>Page</title></head><body><p>From a page.</p></body></html>");
        dir.Write("b/old.htm", "<p>From an old page.</p>");
        dir.Write("c/world.rss", FeedFileReaderTests.Rss);
        dir.Write("c/notes.xml", "<notes><n>not a feed</n></notes>");
        var items = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions()).ToList();
        Assert.Equal(
            ["Plain.", "From an old page.", "From a page.", null, "Negotiators", "Stocks", "Parliament"],
            items.Select(i => i.Document?.Text is { } t && t.StartsWith("From") ? t : i.Document?.Text.Split(' ')[0]));
        Assert.True(items[3].IsSkipped);
        Assert.Equal("Page", items[2].Document!.Title);
    }

    [Fact]
    public void Missing_path_is_an_error_item()
    {
        var item = DocumentReaders.Default.ReadPath("/no/such/annalist/path.txt", new ReadOptions()).Single();
        Assert.Equal(ErrorCodes.InputNotFound, item.Error!.Code);
    }

    [Fact]
    public void Binary_file_is_refused_and_the_folder_goes_on()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]);
        dir.Write("b.txt", "Fine.");
        var items = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions()).ToList();
        Assert.Equal(ErrorCodes.BinaryInput, items[0].Error!.Code);
        Assert.Equal("Fine.", items[1].Document!.Text);
    }
}

public class DeferredReadingTests
{
    [Fact]
    public void Deferred_folder_items_are_read_by_the_batch_in_order()
    {
        using var dir = new TempFolder();
        for (var i = 0; i < 20; i++) dir.Write($"{i:D2}.txt", $"Article {i}.");
        dir.Write("feed.jsonl", "{\"text\":\"line one\"}\n{\"text\":\"line two\"}");
        dir.Write("news.rss", "<rss version=\"2.0\"><channel><item><description>item one</description></item><item><description>item two</description></item></channel></rss>");
        dir.Write("page.html", "<p>a page</p>");
        var items = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions(), defer: true).ToList();
        Assert.All(items.Take(20), i => Assert.True(i.IsDeferred));
        // JSON Lines and feeds stream on the reading thread; the page is deferred like the texts
        Assert.All(items.Skip(20).Take(4), i => Assert.False(i.IsDeferred));
        Assert.True(items[^1].IsDeferred);
        var results = Annalist.Pipeline.BatchAnalyzer.Run(items, Annalist.Pipeline.Pipelines.Default(), parallelism: 2).ToList();
        Assert.Equal(
            Enumerable.Range(0, 20).Select(i => $"Article {i}.").Concat(["line one", "line two", "item one", "item two", "a page"]),
            results.Select(r => r.Document!.Text));
        Assert.All(results, r => Assert.True(r.Succeeded));
    }
}

public class DeferredFeedTests
{
    [Fact]
    public void A_feed_under_a_text_name_in_a_folder_is_refused_with_a_hint_when_deferred()
    {
        using var dir = new TempFolder();
        dir.Write("saved.txt", "<rss version=\"2.0\"><channel><item><description>one</description></item><item><description>two</description></item></channel></rss>");
        var deferred = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions(), defer: true).Single();
        Assert.Equal(ErrorCodes.MalformedFeed, deferred.Load().Error!.Code);
        // read on the walking thread, it gives its items
        Assert.Equal(2, DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions()).Count());
    }
}
