using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class HtmlReaderTests
{
    // A news page as a CMS writes it: navigation, a header, the article, related links, a footer,
    // scripts and styles. Written for these tests.
    internal const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Ceasefire talks resume in Geneva | The Daily Ledger</title>
          <meta property="og:title" content="Ceasefire talks resume in Geneva">
          <meta property="og:url" content="https://ledger.example/world/ceasefire-talks">
          <meta property="og:site_name" content="The Daily Ledger">
          <meta property="article:published_time" content="2025-06-02T23:40:00+03:00">
          <style>.story { font-family: Georgia; } body::after { content: "STYLE LEAK"; }</style>
          <script>var tracker = "SCRIPT LEAK"; window.dataLayer = [];</script>
        </head>
        <body>
          <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/login">Sign in</a></li></ul></nav>
          <header class="masthead"><a href="/">The Daily Ledger</a></header>
          <main>
            <article class="story">
              <h1>Ceasefire talks resume in Geneva</h1>
              <p class="byline">By Ana Pereira</p>
              <p>Negotiators from both sides returned to Geneva on Monday for a third round of talks, officials said, after a weekend in which shelling along the front line eased for the first time in months.</p>
              <p>The United Nations envoy told reporters that the delegations had agreed on an agenda covering prisoner exchanges, humanitarian corridors and the monitoring of a possible truce, but warned that &ldquo;nothing is agreed until everything is agreed.&rdquo;</p>
              <p>Diplomats said the talks could last until Friday. A spokesman for the foreign ministry said the government was &quot;cautiously hopeful&quot; &amp; ready to discuss a timetable for withdrawing heavy weapons from the border   area.</p>
              <p>Aid agencies have warned that more than two million people need food assistance, and that access to the worst-hit towns remains limited by checkpoints and damaged roads.</p>
              <script>document.write("INLINE SCRIPT LEAK");</script>
            </article>
            <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets rally on hopes of truce</a></li><li><a href="/b">Opinion: why talks fail</a></li></ul></aside>
          </main>
          <footer class="site-footer"><p>&copy; 2025 The Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
        </body>
        </html>
        """;

    private static Annalist.Documents.Document ReadOne(string name, string html, ReadOptions? options = null)
    {
        using var dir = new TempFolder();
        var item = DocumentReaders.Default.ReadPath(dir.Write(name, html), options ?? new ReadOptions()).Single();
        Assert.Null(item.Error);
        return item.Document!;
    }

    private static Annalist.Documents.Document ReadBytes(byte[] page)
    {
        var item = DocumentReaders.Default.ReadFile(InputFile.FromBytes("page.html", page), new ReadOptions()).Single();
        Assert.Null(item.Error);
        return item.Document!;
    }

    // the test writes pages in legacy code pages, which .NET provides once registered
    static HtmlReaderTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, string body, System.Text.Encoding encoding) =>
        encoding.GetBytes($"<html><head>{head}<title>T</title></head><body><article><p>{body}</p></article></body></html>");

    private const string Accented = "The caf\u00e9 owner in S\u00e3o Paulo said prices rose 5\u2030 \u2013 \u201cfar too much\u201d \u2013 after the na\u00efve plan.";

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=ISO-8859-1>")] // read as windows-1252, as browsers do
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    [InlineData("")] // nothing declared and not UTF-8: windows-1252, with a warning
    public void A_page_in_windows_1252_is_read_in_its_charset(string meta)
    {
        var doc = ReadBytes(Page(meta, Accented, System.Text.Encoding.GetEncoding(1252)));
        Assert.Contains(Accented, doc.Text);
        Assert.Equal(meta.Length == 0, doc.Diagnostics.Any(d => d.Code == Annalist.ErrorCodes.InvalidUtf8));
    }

    [Fact]
    public void A_declared_charset_is_followed_and_an_unknown_one_is_reported()
    {
        var cyrillic = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430 \u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0430\u0445.";
        Assert.Contains(cyrillic, ReadBytes(Page("<meta charset=\"koi8-r\">", cyrillic, System.Text.Encoding.GetEncoding("koi8-r"))).Text);
        Assert.Contains(cyrillic, ReadBytes(Page("<meta charset=\"utf-8\">", cyrillic, System.Text.Encoding.UTF8)).Text);
        var odd = ReadBytes(Page("<meta charset=\"x-made-up\">", "Plain words.", System.Text.Encoding.UTF8));
        Assert.Contains("Plain words.", odd.Text);
        Assert.Contains(odd.Diagnostics, d => d.Code == Annalist.ErrorCodes.InvalidUtf8 && d.Message.Contains("x-made-up"));
    }

    [Fact]
    public void Main_text_is_extracted_without_navigation_or_boilerplate()
    {
        var doc = ReadOne("ceasefire.html", NewsPage);
        // no heading (it is the title) and no byline
        Assert.StartsWith("Negotiators from both sides", doc.Text);
        Assert.Contains("heavy weapons from the border area.", doc.Text);
        Assert.EndsWith("checkpoints and damaged roads.", doc.Text);
        foreach (var junk in (string[])["Home", "Sign in", "Related stories", "Markets rally", "All rights reserved", "Privacy"])
            Assert.DoesNotContain(junk, doc.Text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_clean()
    {
        var doc = ReadOne("ceasefire.html", NewsPage);
        var paragraphs = doc.Text.Split("\n\n");
        Assert.Contains(paragraphs, p => p.StartsWith("Negotiators") && p.EndsWith("in months."));
        Assert.All(paragraphs, p =>
        {
            Assert.Equal(p.Trim(), p);
            Assert.DoesNotContain("  ", p);
            Assert.DoesNotContain("\n", p);
            Assert.DoesNotContain("<", p);
        });
    }

    [Fact]
    public void Script_and_style_content_never_reach_the_text()
    {
        var doc = ReadOne("ceasefire.html", NewsPage);
        Assert.DoesNotContain("LEAK", doc.Text);
        Assert.DoesNotContain("dataLayer", doc.Text);
        Assert.DoesNotContain("Georgia", doc.Text);
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var doc = ReadOne("ceasefire.html", NewsPage);
        Assert.Contains("“nothing is agreed until everything is agreed.”", doc.Text);
        Assert.Contains("\"cautiously hopeful\" & ready", doc.Text);
        Assert.DoesNotContain("&amp;", doc.Text);
        Assert.DoesNotContain("&quot;", doc.Text);
    }

    [Fact]
    public void Title_date_url_and_site_come_from_meta_tags()
    {
        var doc = ReadOne("ceasefire.html", NewsPage, new ReadOptions { Date = new DateOnly(2000, 1, 1) });
        Assert.Equal("Ceasefire talks resume in Geneva", doc.Title);
        // the calendar day as written, not shifted to UTC; and the page's date wins over --date
        Assert.Equal(new DateOnly(2025, 6, 2), doc.Date);
        Assert.Equal("https://ledger.example/world/ceasefire-talks", doc.Url);
        Assert.Equal("The Daily Ledger", doc.Source);
        Assert.Equal("ceasefire", doc.Id);
        Assert.Empty(doc.Diagnostics);
    }

    [Theory]
    [InlineData("""<meta name="date" content="2024-11-05">""")]
    [InlineData("""<meta name="pubdate" content="2024-11-05T08:00:00Z">""")]
    [InlineData("""<meta name="DC.date" content="2024-11-05">""")]
    [InlineData("""<meta property="og:published_time" content="Tue, 05 Nov 2024 08:00:00 GMT">""")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2024-11-05T10:00:00-05:00"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-11-05"}]}</script>""")]
    public void Date_is_read_from_the_usual_meta_tags_and_json_ld(string head)
    {
        var doc = ReadOne("p.html", $"<html><head>{head}</head><body><p>Polls opened early.</p></body></html>");
        Assert.Equal(new DateOnly(2024, 11, 5), doc.Date);
    }

    [Fact]
    public void Canonical_link_gives_the_url_when_there_is_no_og_url()
    {
        var doc = ReadOne("p.html", """<html><head><link rel="canonical" href="https://news.example/a/1"></head><body><p>Text.</p></body></html>""");
        Assert.Equal("https://news.example/a/1", doc.Url);
    }

    [Fact]
    public void Without_a_page_date_the_options_give_it_and_a_bad_meta_date_is_reported()
    {
        var plain = ReadOne("p.html", "<html><body><p>Text.</p></body></html>", new ReadOptions { Date = new DateOnly(2024, 3, 1) });
        Assert.Equal(new DateOnly(2024, 3, 1), plain.Date);

        using var dir = new TempFolder();
        var path = dir.Write("2023-09-14/p.html", """<html><head><meta name="date" content="last Tuesday"></head><body><p>Text.</p></body></html>""");
        var doc = DocumentReaders.Default.ReadPath(path, new ReadOptions { DateFromPath = true }).Single().Document!;
        Assert.Equal(new DateOnly(2023, 9, 14), doc.Date);
        var warning = Assert.Single(doc.Diagnostics);
        Assert.Equal(ErrorCodes.InvalidHtmlDate, warning.Code);
        Assert.Contains("last Tuesday", warning.Message);
    }

    [Fact]
    public void Short_page_falls_back_to_the_body_text_without_navigation()
    {
        var doc = ReadOne("short.html", """
            <html><head><title>Brief</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <h1>Brief</h1><p>Parliament   adjourned&nbsp;until Tuesday.</p><p>A vote is expected then.</p>
            <footer>Contact us</footer></body></html>
            """);
        Assert.Equal("Parliament adjourned until Tuesday.\n\nA vote is expected then.", doc.Text);
        Assert.Equal("Brief", doc.Title);
    }

    [Fact]
    public void Line_breaks_stay_inside_a_paragraph_and_two_end_it()
    {
        var doc = ReadOne("br.html", "<html><body><div>First line<br>second line<br><br>Next paragraph</div></body></html>");
        Assert.Equal("First line\nsecond line\n\nNext paragraph", doc.Text);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic<p>Next para <div>in a div</span></body>")]
    [InlineData("<<<>>> <p <p> &bogus; &#xZZ; <!-- never closed")]
    [InlineData("<html><body><table><tr><td>cell one<td>cell two</table><p>after</html></html></body>")]
    [InlineData("\u0000\u0001 <html>")]
    public void Broken_html_never_throws(string html)
    {
        using var dir = new TempFolder();
        var items = DocumentReaders.Default.ReadPath(dir.Write("broken.html", html), new ReadOptions()).ToList();
        var item = Assert.Single(items);
        Assert.True(item.Document is not null || item.Error is not null);
    }

    [Fact]
    public void Unclosed_tags_keep_their_text()
    {
        var doc = ReadOne("broken.html", "<html><body><p>Unclosed <b>bold <i>italic<p>Next para <div>in a div</span></body>");
        Assert.Contains("Unclosed bold italic", doc.Text);
        Assert.Contains("in a div", doc.Text);
        Assert.DoesNotContain("<", doc.Text);
    }

    [Fact]
    public void Deeply_nested_markup_is_read_from_the_body_with_a_warning()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "deep text" + "</body></html>";
        var doc = ReadOne("deep.html", html);
        Assert.Equal("deep text", doc.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == ErrorCodes.ArticleExtractionFailed);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b>")]
    [InlineData("<section><i>")]
    public void Markup_nested_deeper_than_any_page_is_refused_quickly(string tag)
    {
        using var dir = new TempFolder();
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(tag, 200_000)) + "text</body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var item = DocumentReaders.Default.ReadPath(dir.Write("hostile.html", html), new ReadOptions()).Single();
        Assert.Equal(ErrorCodes.HtmlUnreadable, item.Error!.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Depth_estimate_ignores_void_elements_optional_end_tags_scripts_and_comments()
    {
        var many = string.Concat(Enumerable.Repeat("<p>para<br><img src=x><li>item<td>cell", 5000));
        var script = "<script>" + string.Concat(Enumerable.Repeat("s += '<div>';", 5000)) + "</script>";
        var comment = "<!--" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "-->";
        Assert.True(MarkupDepth.Estimate("<html><body><div><div>" + many + script + comment + "</div></div>") <= 3);
        Assert.Equal(3, MarkupDepth.Estimate("<div><span><b>x</b></span></div><div/>"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<!DOCTYPE html><html><head><title>Nothing</title></head><body>  <script>x()</script> </body></html>")]
    public void Page_without_text_is_an_empty_document_with_a_warning(string html)
    {
        var doc = ReadOne("empty.html", html);
        Assert.Equal("", doc.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == ErrorCodes.EmptyDocument);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Sniffed.</p></body></html>")]
    [InlineData("\uFEFF  \n<HTML><body><p>Sniffed.</p></body></HTML>")]
    [InlineData("<!doctype HTML>\n<p>Sniffed.</p>")]
    public void Html_is_recognized_by_its_first_bytes_whatever_the_name(string html)
    {
        using var dir = new TempFolder();
        var doc = DocumentReaders.Default.ReadPath(dir.Write("saved.txt", html), new ReadOptions()).Single().Document!;
        Assert.Equal("Sniffed.", doc.Text);
    }

    [Fact]
    public void Html_on_standard_input_is_recognized()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><title>T</title><p>From a pipe.</p>");
        var doc = DocumentReaders.Default.ReadPath("-", new ReadOptions(), () => new MemoryStream(bytes)).Single().Document!;
        Assert.Equal("From a pipe.", doc.Text);
        Assert.Equal("T", doc.Title);
        Assert.Equal("stdin", doc.Id);
    }

    [Fact]
    public void Text_that_only_mentions_html_stays_plain_text()
    {
        using var dir = new TempFolder();
        var doc = DocumentReaders.Default.ReadPath(dir.Write("note.txt", "The <html> tag starts a page."), new ReadOptions()).Single().Document!;
        Assert.Equal("The <html> tag starts a page.", doc.Text);
    }

    [Fact]
    public void Oversized_page_is_refused()
    {
        using var dir = new TempFolder();
        var item = DocumentReaders.Default.ReadPath(dir.Write("big.html", "<p>" + new string('a', 2000) + "</p>"), new ReadOptions { MaxBytes = 1000 }).Single();
        Assert.Equal(ErrorCodes.InputTooLarge, item.Error!.Code);
    }
}
