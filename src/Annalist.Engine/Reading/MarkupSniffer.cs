namespace Annalist.Reading;

/// <summary>
/// Recognizes HTML pages and XML feeds by their first bytes, for inputs whose name does not say
/// (standard input, a page saved as .txt). Only UTF-8 (with or without BOM) is recognized here;
/// a UTF-16 page still reads when its name ends in .html.
/// </summary>
internal static class MarkupSniffer
{
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = SkipBomAndSpace(head);
        return StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithTag(start, "<html"u8);
    }

    /// <summary>
    /// Whether the first element (after the XML declaration, processing instructions, comments
    /// and a DOCTYPE) is a feed root: rss, feed (Atom) or rdf:RDF (RSS 1.0).
    /// </summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> head)
    {
        var rest = SkipBomAndSpace(head);
        while (rest.StartsWith("<?"u8) || rest.StartsWith("<!"u8))
        {
            // a comment may hold '>' before its end, so it ends at "-->"
            var comment = rest.StartsWith("<!--"u8);
            var close = comment ? rest.IndexOf("-->"u8) : rest.IndexOf((byte)'>');
            if (close < 0) return false; // the preamble runs past the head: not sure, so no
            rest = SkipBomAndSpace(rest[(close + (comment ? 3 : 1))..]);
        }
        return StartsWithTag(rest, "<rss"u8) || StartsWithTag(rest, "<feed"u8) || StartsWithTag(rest, "<rdf:RDF"u8);
    }

    private static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return bytes.TrimStart(" \t\r\n"u8);
    }

    /// <summary>The tag name, then white space, '>' or '/' (so "&lt;feedback" is not "&lt;feed").</summary>
    private static bool StartsWithTag(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> tag) =>
        StartsWithIgnoreCase(bytes, tag) && (bytes.Length == tag.Length || bytes[tag.Length] is (byte)' ' or (byte)'\t'
            or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/');

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if (char.ToLowerInvariant((char)bytes[i]) != char.ToLowerInvariant((char)prefix[i])) return false;
        return true;
    }
}
