using Annalist.Documents;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Annalist.Reading;

/// <summary>
/// An RSS 2.0, RSS 1.0 or Atom feed file (parsed by CodeHollow.FeedReader) gives one document
/// per item: its content (content:encoded or Atom content, else description or summary) as
/// plain text the way <see cref="HtmlReader"/> writes it, or the item's title when it has no
/// content; title, link and published date (else updated or dc:date) as metadata. Ids are the
/// file's base id and the item's position, "feed#3", as JSON Lines ids are. An .xml file that is
/// not a feed is skipped with a warning. Nothing is fetched.
/// </summary>
public sealed class FeedFileReader : IDocumentReader
{
    public string Name => "feed";

    public bool Accepts(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).ToLowerInvariant() is ".rss" or ".atom" or ".xml" || MarkupSniffer.LooksLikeFeed(head);

    public IEnumerable<ReadItem> Read(InputFile input, ReadOptions options)
    {
        var file = WholeFile.Read(input, options, DeclaredCharset.Decode);
        if (file.Failure is not null) return [file.Failure];
        var xml = file.Text!;

        var root = FeedRoot.Check(xml);
        if (root.Error is { } error)
            return [ReadItem.Failed(input.Path, ErrorCodes.MalformedFeed, error)];
        if (!root.IsFeed)
        {
            var what = $"the root element is <{root.Name}>, not an RSS or Atom feed (<rss>, <feed>, <rdf:RDF>)";
            // a stray .xml file in a folder of articles is not a failure; a file named as a feed is
            return Path.GetExtension(input.Path).Equals(".xml", StringComparison.OrdinalIgnoreCase)
                ? [ReadItem.Skipped(input.Path, ErrorCodes.UnsupportedFile, $"skipped: {what}")]
                : [ReadItem.Failed(input.Path, ErrorCodes.MalformedFeed, what)];
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception ex)
        {
            return [ReadItem.Failed(input.Path, ErrorCodes.MalformedFeed, $"the feed cannot be parsed ({ex.GetType().Name}: {ex.Message})")];
        }
        var items = feed.Items?.ToList() ?? [];
        if (items.Count == 0)
            return [ReadItem.Skipped(input.Path, ErrorCodes.EmptyDocument, "the feed has no items; no document was written")];

        var source = string.IsNullOrWhiteSpace(feed.Title) ? null : HtmlText.Collapse(feed.Title);
        var results = new List<ReadItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var location = $"{input.Path}#{i + 1}";
            try
            {
                var doc = ItemDocument(items[i], $"{input.BaseId}#{i + 1}", source, input, options);
                // the decoding warning concerns the file: say it once, on its first document
                results.Add(ReadItem.Ok(location, WholeFile.Finish(doc, i == 0 ? file.Warning : null)));
            }
            catch (Exception ex)
            {
                results.Add(ReadItem.Failed(location, ErrorCodes.FeedItemFailed,
                    $"item {i + 1} cannot be read ({ex.GetType().Name}: {ex.Message}); the other items go on"));
            }
        }
        return results;
    }

    private static Document ItemDocument(FeedItem item, string id, string? source, InputFile input, ReadOptions options)
    {
        var title = string.IsNullOrWhiteSpace(item.Title) ? null : HtmlText.Collapse(HtmlText.FromHtml(item.Title));
        var text = FirstText(item.Content, item.Description);
        // an item with no content (a headline feed) is its title; the title is not prepended otherwise
        if (text.Length == 0) text = title ?? "";

        var (date, warning) = ItemDate(item, input, options);
        var doc = new Document(id, text, date)
        {
            Title = string.IsNullOrEmpty(title) ? null : title,
            Url = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
            Source = source,
        };
        if (warning is not null) doc.Report(warning);
        return doc;
    }

    private static string FirstText(params string?[] htmls)
    {
        foreach (var html in htmls)
            if (!string.IsNullOrWhiteSpace(html) && HtmlText.FromHtml(html) is { Length: > 0 } text)
                return text;
        return "";
    }

    /// <summary>
    /// The published date as written (its calendar day, whatever the zone); else the updated or
    /// Dublin Core date; else the date FeedReader parsed from an unusual form; else the options.
    /// </summary>
    private static (DateOnly?, Diagnostic?) ItemDate(FeedItem item, InputFile input, ReadOptions options)
    {
        var written = DateStrings(item).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList();
        foreach (var s in written)
            if (DateParsing.TryParse(s, out var d)) return (d, null);
        if (item.PublishingDate is { } parsed) return (DateOnly.FromDateTime(parsed), null);
        var fallback = WholeFile.DefaultDate(input, options);
        if (written.Count == 0) return (fallback, null);
        return (fallback, new Diagnostic(ErrorCodes.InvalidFeedDate, Severity.Warning,
            $"item date '{written[0]}' is not a date; the document has {(fallback is null ? "no date" : $"date {fallback:yyyy-MM-dd} from the options")}"));
    }

    private static IEnumerable<string?> DateStrings(FeedItem item)
    {
        yield return item.PublishingDateString;
        switch (item.SpecificItem)
        {
            case AtomFeedItem atom: yield return atom.UpdatedDateString; break;
            case Rss20FeedItem rss2: yield return rss2.DC?.DateString; break;
            case Rss10FeedItem rss1: yield return rss1.DC?.DateString; break;
        }
    }
}
