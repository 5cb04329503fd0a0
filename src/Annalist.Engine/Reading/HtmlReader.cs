using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Annalist.Documents;
using Document = Annalist.Documents.Document;
using SmartReader;

namespace Annalist.Reading;

/// <summary>
/// An HTML page is one document: the main article text found by SmartReader (Mozilla's
/// Readability), or the body text without navigation when it finds no article (short pages),
/// written as paragraphs separated by blank lines. Title, URL, site and date come from the page's
/// meta tags; the date falls back to --date / --date-from-path. Nothing is fetched: both
/// SmartReader and AngleSharp are given the page as a string with no resource loader.
/// The bytes are decoded in the charset the page declares (<see cref="DeclaredCharset"/>), else as UTF-8.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    // SmartReader walks the tree recursively; deeper pages (always broken or hostile markup) go
    // straight to the body text, whose walk has its own stack.
    private const int MaxDepthForExtraction = 300;

    // SmartReader needs an absolute URI to resolve links against; a page that names none gets this.
    private const string PlaceholderUri = "http://localhost/";

    // SmartReader's handler is process-wide: set it once, before any page is read.
    static HtmlReader() => Reader.SetBaseHttpClientHandler(OfflineHttpHandler.Instance);

    public string Name => "html";

    public bool Accepts(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" || MarkupSniffer.LooksLikeHtml(head);

    public IEnumerable<ReadItem> Read(InputFile input, ReadOptions options)
    {
        var file = WholeFile.Read(input, options, DeclaredCharset.Decode);
        if (file.Failure is not null) return [file.Failure];
        if (MarkupDepth.IsTooDeep(file.Text!))
            return [ReadItem.Failed(input.Path, ErrorCodes.HtmlUnreadable,
                $"the page nests elements more than {MarkupDepth.Limit:N0} levels deep (generated or hostile markup); it is not read")];
        Document doc;
        try
        {
            doc = Extract(input, file.Text!, options);
        }
        catch (Exception ex)
        {
            return [ReadItem.Failed(input.Path, ErrorCodes.HtmlUnreadable,
                $"cannot extract the page's text ({ex.GetType().Name}: {ex.Message})")];
        }
        return [ReadItem.Ok(input.Path, WholeFile.Finish(doc, file.Warning))];
    }

    private static Document Extract(InputFile input, string html, ReadOptions options)
    {
        var page = new HtmlParser().ParseDocument(html);
        var meta = HtmlMetadata.Read(page);
        var warnings = new List<Diagnostic>();

        Article? article = null;
        if (Depth(page) > MaxDepthForExtraction)
            warnings.Add(FellBack($"the page nests elements deeper than {MaxDepthForExtraction} levels"));
        else
        {
            try
            {
                using var reader = new Reader(AbsoluteOrPlaceholder(meta.Url), html);
                // navigation is never article text; on short pages Readability would keep it
                reader.AddCustomOperationStart(RemoveNavigation);
                article = reader.GetArticle();
            }
            catch (Exception ex)
            {
                warnings.Add(FellBack($"the article extractor failed ({ex.GetType().Name}: {ex.Message})"));
            }
        }

        var text = string.IsNullOrWhiteSpace(article?.Content) ? "" : HtmlText.FromHtml(article.Content);
        if (text.Length == 0 && page.Body is not null)
            text = HtmlText.FromNode(page.Body, skipFurniture: true);

        var date = PickDate(meta, article, input, options, warnings);
        var doc = new Document(input.BaseId, text, date)
        {
            Title = meta.Title ?? NonEmpty(article?.Title) ?? NonEmpty(page.Title) ?? NonEmpty(page.QuerySelector("h1")?.TextContent),
            Url = meta.Url,
            Source = meta.Site ?? NonEmpty(article?.SiteName),
        };
        foreach (var w in warnings) doc.Report(w);
        return doc;
    }

    /// <summary>
    /// The first meta date that parses; else SmartReader's (which also reads JSON-LD and bylines);
    /// else the options. A meta date that does not parse is reported.
    /// </summary>
    private static DateOnly? PickDate(HtmlMetadata meta, Article? article, InputFile input, ReadOptions options, List<Diagnostic> warnings)
    {
        foreach (var (_, value) in meta.Dates)
            if (DateParsing.TryParse(value, out var d)) return d;
        // SmartReader's "no article" result carries DateTime.MinValue, not a date
        DateOnly? date = article?.PublicationDate is { Year: > 1 } found ? DateOnly.FromDateTime(found) : WholeFile.DefaultDate(input, options);
        if (meta.Dates.Count > 0)
        {
            var (source, value) = meta.Dates[0];
            warnings.Add(new Diagnostic(ErrorCodes.InvalidHtmlDate, Severity.Warning,
                $"{source} '{value}' is not a date; the document has {(date is null ? "no date" : $"date {date:yyyy-MM-dd}")}"));
        }
        return date;
    }

    private static void RemoveNavigation(IElement root)
    {
        foreach (var nav in root.QuerySelectorAll("nav, [role=navigation], menu").ToList())
            nav.Remove();
    }

    private static Diagnostic FellBack(string why) =>
        new(ErrorCodes.ArticleExtractionFailed, Severity.Warning, $"{why}; the whole body text was used");

    private static string AbsoluteOrPlaceholder(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : PlaceholderUri;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlText.Collapse(s);

    private static int Depth(IHtmlDocument page)
    {
        if (page.DocumentElement is null) return 0;
        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>([(page.DocumentElement, 1)]);
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in e.Children) stack.Push((child, depth + 1));
        }
        return max;
    }
}
