using System.Xml;

namespace Annalist.Reading;

/// <summary>
/// Looks at an XML text's root element before the feed parser sees it: whether it is a feed, and
/// whether the DOCTYPE declares entities. FeedReader parses with entity expansion on, so a feed
/// declaring its own entities (never needed by RSS or Atom; the shape of an entity-expansion
/// bomb) is refused here.
/// </summary>
internal static class FeedRoot
{
    public readonly record struct Result(string? Name, bool IsFeed, string? Error);

    public static Result Check(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null, // never fetch an external DTD
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.DocumentType && reader.Value.Contains("<!ENTITY", StringComparison.Ordinal))
                    return new(null, false, "the feed's DOCTYPE declares XML entities, which Annalist does not expand");
                if (reader.NodeType != XmlNodeType.Element) continue;
                var isFeed = reader.LocalName is "rss" or "feed" or "RDF";
                return new(reader.Name, isFeed, null);
            }
            return new(null, false, "the file holds no XML element");
        }
        catch (XmlException ex)
        {
            return new(null, false, $"not well-formed XML ({ex.Message})");
        }
    }
}
