namespace Annalist.Reading;

/// <summary>
/// A quick, linear estimate of how deep an HTML text nests its elements, taken before parsing.
/// AngleSharp's tree builder slows down with the square of the nesting (200,000 unclosed
/// &lt;b&gt; take minutes), so markup nested deeper than any real page is refused up front.
/// Counts start tags minus end tags, leaving out void elements, elements whose end tag is
/// optional, and the contents of comments, scripts and styles.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>Deeper than this is generated or hostile markup, not a page.</summary>
    public const int Limit = 1000;

    private static readonly HashSet<string> NeverNest = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        // end tag optional: the parser closes them itself
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
        "colgroup", "caption", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverNestSpan = NeverNest.GetAlternateLookup<ReadOnlySpan<char>>();

    // Elements whose content is raw text, where '<' starts no tag.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    public static bool IsTooDeep(string html) => Estimate(html) > Limit;

    public static int Estimate(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            i = tagEnd + 1;
            if (closing)
            {
                if (!NeverNestSpan.Contains(name)) depth = Math.Max(0, depth - 1);
                continue;
            }
            if (IsRawText(name, out var rawName))
            {
                var end = html.IndexOf("</" + rawName, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end;
                continue;
            }
            if (html[tagEnd - 1] == '/' || NeverNestSpan.Contains(name)) continue;
            max = Math.Max(max, ++depth);
        }
        return max;
    }

    private static bool IsRawText(ReadOnlySpan<char> name, out string rawName)
    {
        foreach (var raw in RawText)
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase)) { rawName = raw; return true; }
        rawName = "";
        return false;
    }
}
