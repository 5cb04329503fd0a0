using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class FeedFileReaderTests
{
    // Written for these tests: three items, one with content:encoded, one with an HTML
    // description, one with a title only.
    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Ledger &amp; World</title>
            <link>https://ledger.example/</link>
            <description>World news</description>
            <item>
              <title>Talks resume in Geneva</title>
              <link>https://ledger.example/world/talks</link>
              <description>Short summary that is not used.</description>
              <content:encoded><![CDATA[<p>Negotiators returned to Geneva on Monday.</p><p>The envoy said &ldquo;nothing is agreed&rdquo;.</p><script>alert("x")</script>]]></content:encoded>
              <pubDate>Mon, 02 Jun 2025 23:40:00 +0300</pubDate>
            </item>
            <item>
              <title>Markets rally</title>
              <link>https://ledger.example/markets/rally</link>
              <description>&lt;p&gt;Stocks rose &lt;b&gt;3%&lt;/b&gt; on hopes of a truce.&lt;/p&gt;</description>
              <pubDate>Tue, 03 Jun 2025 08:00:00 GMT</pubDate>
            </item>
            <item>
              <title>Parliament adjourns</title>
              <link> https://ledger.example/politics/adjourn </link>
              <pubDate>2025-06-04</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Wire</title>
          <id>urn:wire</id>
          <updated>2025-06-05T12:00:00Z</updated>
          <entry>
            <title type="html">Aid &lt;em&gt;convoy&lt;/em&gt; reaches town</title>
            <link href="https://wire.example/aid"/>
            <id>urn:wire:1</id>
            <published>2025-06-05T09:30:00-04:00</published>
            <updated>2025-06-06T10:00:00Z</updated>
            <summary>A summary.</summary>
            <content type="html">&lt;p&gt;The first aid convoy in weeks reached the town.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Curfew lifted</title>
            <link href="https://wire.example/curfew"/>
            <id>urn:wire:2</id>
            <updated>2025-06-07T10:00:00Z</updated>
            <summary>The curfew was lifted at dawn.</summary>
          </entry>
        </feed>
        """;

    private static List<ReadItem> Read(string name, string content, ReadOptions? options = null)
    {
        using var dir = new TempFolder();
        return DocumentReaders.Default.ReadPath(dir.Write(name, content), options ?? new ReadOptions()).ToList();
    }

    [Fact]
    public void A_feed_in_the_encoding_its_xml_declaration_names_is_read_in_it()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var rss = Rss.Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").Replace("Stocks rose", "Caf\u00e9 stocks rose");
        var item = DocumentReaders.Default.ReadFile(InputFile.FromBytes("world.rss", System.Text.Encoding.GetEncoding(1252).GetBytes(rss)), new ReadOptions()).ElementAt(1);
        Assert.Null(item.Error);
        Assert.Contains("Caf\u00e9 stocks rose", item.Document!.Text);
        Assert.DoesNotContain(item.Document.Diagnostics, d => d.Code == Annalist.ErrorCodes.InvalidUtf8);
    }

    [Fact]
    public void Rss_with_three_items_gives_three_documents_with_dates_and_links()
    {
        var items = Read("world.rss", Rss);
        Assert.Equal(3, items.Count);
        var docs = items.Select(i => i.Document!).ToList();
        Assert.Equal(["world#1", "world#2", "world#3"], docs.Select(d => d.Id));
        Assert.Equal(
            [new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 4)],
            docs.Select(d => d.Date!.Value));
        Assert.Equal(
            ["https://ledger.example/world/talks", "https://ledger.example/markets/rally", "https://ledger.example/politics/adjourn"],
            docs.Select(d => d.Url));
        Assert.Equal(["Talks resume in Geneva", "Markets rally", "Parliament adjourns"], docs.Select(d => d.Title));
        Assert.All(docs, d => Assert.Equal("Ledger & World", d.Source));
        Assert.Equal(["world.rss#1", "world.rss#2", "world.rss#3"], items.Select(i => Path.GetFileName(i.Location)));
    }

    [Fact]
    public void Item_text_is_the_content_as_plain_text_without_the_title()
    {
        var docs = Read("world.rss", Rss).Select(i => i.Document!).ToList();
        Assert.Equal("Negotiators returned to Geneva on Monday.\n\nThe envoy said “nothing is agreed”.", docs[0].Text);
        Assert.Equal("Stocks rose 3% on hopes of a truce.", docs[1].Text);
        // no content at all: the title is the text
        Assert.Equal("Parliament adjourns", docs[2].Text);
        Assert.All(docs, d => Assert.Empty(d.Diagnostics));
    }

    [Fact]
    public void Atom_feed_gives_content_summary_published_then_updated_dates()
    {
        var docs = Read("wire.atom", Atom).Select(i => i.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("The first aid convoy in weeks reached the town.", docs[0].Text);
        Assert.Equal("Aid convoy reaches town", docs[0].Title);
        Assert.Equal(new DateOnly(2025, 6, 5), docs[0].Date);
        Assert.Equal("https://wire.example/aid", docs[0].Url);
        Assert.Equal("The curfew was lifted at dawn.", docs[1].Text);
        Assert.Equal(new DateOnly(2025, 6, 7), docs[1].Date);
        Assert.Equal("Wire", docs[1].Source);
    }

    [Fact]
    public void Rss_1_0_feed_is_read()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link><description>d</description></channel>
              <item rdf:about="https://old.example/1"><title>Floods recede</title><link>https://old.example/1</link>
                <description>Water levels fell overnight.</description><dc:date>2004-08-19T11:54:37-08:00</dc:date></item>
            </rdf:RDF>
            """;
        var doc = Assert.Single(Read("old.xml", rdf)).Document!;
        Assert.Equal("Water levels fell overnight.", doc.Text);
        Assert.Equal(new DateOnly(2004, 8, 19), doc.Date);
        Assert.Equal("https://old.example/1", doc.Url);
    }

    [Fact]
    public void Item_without_a_date_takes_the_options_and_a_bad_date_is_reported()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>a</title><description>No date here.</description></item>
            <item><title>b</title><description>Bad date.</description><pubDate>sometime soon</pubDate></item>
            </channel></rss>
            """;
        var docs = Read("d.rss", rss, new ReadOptions { Date = new DateOnly(2020, 1, 1) }).Select(i => i.Document!).ToList();
        Assert.All(docs, d => Assert.Equal(new DateOnly(2020, 1, 1), d.Date));
        Assert.Empty(docs[0].Diagnostics);
        Assert.Equal(ErrorCodes.InvalidFeedDate, Assert.Single(docs[1].Diagnostics).Code);
    }

    [Theory]
    [InlineData("feed.rss", "<rss version=\"2.0\"><channel><title>t</title><item><title>x</item></channel>")]
    [InlineData("feed.atom", "this is not xml at all")]
    [InlineData("feed.rss", "<html><body>An error page saved as a feed</body></html>")]
    [InlineData("feed.rss", "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><rss version=\"2.0\"><channel><item><title>&b;</title></item></channel></rss>")]
    public void Malformed_feed_gives_the_error_code(string name, string content)
    {
        var item = Assert.Single(Read(name, content));
        Assert.Null(item.Document);
        Assert.Equal(ErrorCodes.MalformedFeed, item.Error!.Code);
    }

    [Fact]
    public void Xml_file_that_is_not_a_feed_is_skipped_with_a_warning()
    {
        var item = Assert.Single(Read("config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>"));
        Assert.True(item.IsSkipped);
        Assert.Equal(ErrorCodes.UnsupportedFile, item.Error!.Code);
        Assert.Contains("<settings>", item.Error.Message);
    }

    [Fact]
    public void A_bad_item_does_not_stop_the_others()
    {
        var deep = string.Concat(Enumerable.Repeat("&lt;div&gt;", 2000));
        var rss = $"""
            <rss version="2.0"><channel><title>t</title>
            <item><title>one</title><description>First.</description></item>
            <item><title>two</title><description>{deep}</description></item>
            <item><title>three</title><description>Third.</description></item>
            </channel></rss>
            """;
        var items = Read("mixed.rss", rss);
        Assert.Equal(3, items.Count);
        Assert.Equal("First.", items[0].Document!.Text);
        Assert.Equal(ErrorCodes.FeedItemFailed, items[1].Error!.Code);
        Assert.EndsWith("mixed.rss#2", items[1].Location);
        Assert.Equal("Third.", items[2].Document!.Text);
    }

    [Fact]
    public void Feed_without_items_is_skipped_with_a_warning()
    {
        var item = Assert.Single(Read("quiet.rss", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"));
        Assert.True(item.IsSkipped);
        Assert.Equal(ErrorCodes.EmptyDocument, item.Error!.Code);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><description>Sniffed.</description></item></channel></rss>")]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- a comment with > inside -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id><summary>Sniffed.</summary></entry></feed>")]
    public void Feed_on_standard_input_is_recognized_by_its_first_bytes(string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        var doc = DocumentReaders.Default.ReadPath("-", new ReadOptions(), () => new MemoryStream(bytes)).Single().Document!;
        Assert.Equal("Sniffed.", doc.Text);
        Assert.Equal("stdin#1", doc.Id);
    }

    [Fact]
    public void Sniffing_needs_a_whole_tag_name()
    {
        Assert.True(MarkupSniffer.LooksLikeFeed("<rss version=\"2.0\">"u8));
        Assert.True(MarkupSniffer.LooksLikeFeed("<?xml version=\"1.0\"?><!DOCTYPE rss><rdf:RDF>"u8));
        Assert.False(MarkupSniffer.LooksLikeFeed("<feedback>"u8));
        Assert.False(MarkupSniffer.LooksLikeFeed("The <rss> tag"u8));
        Assert.False(MarkupSniffer.LooksLikeHtml("<htmlx>"u8));
    }
}
