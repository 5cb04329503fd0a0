using System.Text.Json;
using AngleSharp.Dom;

namespace Annalist.Reading;

/// <summary>
/// What a page says about itself in its head: title, canonical URL, site name and publication
/// date, from meta tags (Open Graph, Dublin Core, the usual news CMS names), &lt;time&gt; and
/// JSON-LD. Values are as written; the reader decides which date parses.
/// </summary>
internal sealed class HtmlMetadata
{
    // Meta keys (name, property or itemprop) holding the publication date, best first.
    // Modified/updated dates are left out: a page edited a year later is still the old story.
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
        "sailthru.date", "parsely-pub-date", "article.published",
    ];

    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title"];

    public string? Title { get; private init; }
    public string? Url { get; private init; }
    public string? Site { get; private init; }

    /// <summary>Date values found, best source first, each with where it came from (for messages).</summary>
    public IReadOnlyList<(string Source, string Value)> Dates { get; private init; } = [];

    public static HtmlMetadata Read(IDocument doc)
    {
        var meta = MetaValues(doc);
        var dates = new List<(string, string)>();
        foreach (var key in DateKeys)
            if (meta.TryGetValue(key, out var value)) dates.Add(($"meta {key}", value));
        foreach (var time in doc.QuerySelectorAll("time[datetime]"))
            if (time.GetAttribute("itemprop") is "datePublished" || time.HasAttribute("pubdate"))
                dates.Add(("<time> datetime", time.GetAttribute("datetime")!));
        if (JsonLdDatePublished(doc) is { } jsonLd) dates.Add(("JSON-LD datePublished", jsonLd));

        return new HtmlMetadata
        {
            Title = TitleKeys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => v is not null),
            Url = meta.GetValueOrDefault("og:url") ?? CanonicalLink(doc),
            Site = meta.GetValueOrDefault("og:site_name"),
            Dates = dates,
        };
    }

    private static string? CanonicalLink(IDocument doc)
    {
        var href = doc.QuerySelectorAll("link[href]").FirstOrDefault(IsCanonical)?.GetAttribute("href")?.Trim();
        return string.IsNullOrEmpty(href) ? null : href;
    }

    private static bool IsCanonical(IElement link) =>
        (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(r => r.Equals("canonical", StringComparison.OrdinalIgnoreCase));

    /// <summary>Meta content by lower-case key; the first non-empty value of a key wins.</summary>
    private static Dictionary<string, string> MetaValues(IDocument doc)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in doc.QuerySelectorAll("meta[content]"))
        {
            var content = HtmlText.Collapse(m.GetAttribute("content")!);
            if (content.Length == 0) continue;
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
                if (m.GetAttribute(attribute) is { Length: > 0 } key)
                    values.TryAdd(key.Trim().ToLowerInvariant(), content);
        }
        return values;
    }

    private static string? JsonLdDatePublished(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                if (Find(json.RootElement, "datePublished") is { } found) return found;
            }
            catch (JsonException)
            {
                // broken JSON-LD is common; the page's other metadata still counts
            }
        }
        return null;
    }

    /// <summary>The first string property of that name, breadth first (the article before the things it mentions).</summary>
    private static string? Find(JsonElement root, string name)
    {
        var queue = new Queue<JsonElement>([root]);
        while (queue.Count > 0)
        {
            var e = queue.Dequeue();
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject())
                {
                    if (p.NameEquals(name) && p.Value.ValueKind == JsonValueKind.String) return p.Value.GetString();
                    queue.Enqueue(p.Value);
                }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) queue.Enqueue(item);
        }
        return null;
    }
}
