using System.Globalization;
using System.Text;

namespace Annalist.Entities.Clusters;

/// <summary>
/// Reads the text of Reuters-21578 SGML files (reut2-*.sgm): for each REUTERS element its TITLE
/// and BODY, entities unescaped. The files are regular enough that finding the tags by name is
/// all the parsing they need.
/// </summary>
public static class ReutersSgml
{
    /// <summary>One text per article that has a title or a body: the title, a blank line, the body.</summary>
    public static IEnumerable<string> Documents(string sgml)
    {
        var at = 0;
        while (true)
        {
            var start = sgml.IndexOf("<REUTERS", at, StringComparison.Ordinal);
            if (start < 0) yield break;
            var end = sgml.IndexOf("</REUTERS>", start, StringComparison.Ordinal);
            if (end < 0) end = sgml.Length;
            var article = sgml.AsSpan(start, end - start);
            var title = Element(article, "TITLE");
            var body = Element(article, "BODY");
            if (!title.IsEmpty || !body.IsEmpty)
            {
                var text = new StringBuilder(title.Length + body.Length + 2);
                Unescape(title, text);
                if (!title.IsEmpty && !body.IsEmpty) text.Append("\n\n");
                Unescape(body, text);
                yield return text.ToString();
            }
            at = end + 1;
        }
    }

    private static ReadOnlySpan<char> Element(ReadOnlySpan<char> article, string name)
    {
        var open = article.IndexOf($"<{name}>", StringComparison.Ordinal);
        if (open < 0) return [];
        var from = open + name.Length + 2;
        var close = article[from..].IndexOf($"</{name}>", StringComparison.Ordinal);
        return close < 0 ? article[from..] : article.Slice(from, close);
    }

    /// <summary>
    /// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric references; control characters (the
    /// wire codes &amp;#2; &amp;#3; ...) become spaces.
    /// </summary>
    public static void Unescape(ReadOnlySpan<char> s, StringBuilder into)
    {
        var i = 0;
        while (i < s.Length)
        {
            var amp = s[i..].IndexOf('&');
            if (amp < 0) { into.Append(s[i..]); return; }
            into.Append(s.Slice(i, amp));
            i += amp;
            var semi = s.Slice(i, Math.Min(10, s.Length - i)).IndexOf(';');
            var name = semi > 1 ? s.Slice(i + 1, semi - 1) : [];
            char? c = name switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ when name.Length > 1 && name[0] == '#' && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 0x10000
                    => n < 32 ? ' ' : (char)n,
                _ => null,
            };
            if (c is { } ch)
            {
                into.Append(ch);
                i += semi + 1;
            }
            else
            {
                into.Append('&');
                i++;
            }
        }
    }
}
