using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Annalist.Time;

namespace Annalist.Evaluation;

/// <summary>A gold time expression: offsets into the document text, TIMEX3 type and value.</summary>
public sealed record GoldTimex(int Start, int End, string Type, string Value);

/// <summary>
/// A TempEval-3 TimeML file (<c>*.tml</c> or <c>*.tml.TE3input</c>): the DCT from the TIMEX3 in
/// the DCT element, and the TEXT element's content with TIMEX3, EVENT and SIGNAL tags taken out
/// (their time expressions become <see cref="Gold"/>). The text is the raw content between the
/// tags, entities left as written, so offsets map straight back to the file's characters.
/// </summary>
public sealed partial class TimeMLFile
{
    private readonly string _source;
    private readonly int _contentStart, _contentEnd;

    private TimeMLFile(string name, string source, int contentStart, int contentEnd, string text, DateOnly? dct, List<GoldTimex> gold)
    {
        Name = name; _source = source; _contentStart = contentStart; _contentEnd = contentEnd; Text = text; Dct = dct; Gold = gold;
    }

    public string Name { get; }
    public string Text { get; }
    public DateOnly? Dct { get; }
    public IReadOnlyList<GoldTimex> Gold { get; }

    /// <summary>The file name without .tml / .tml.TE3input.</summary>
    public static string BaseName(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var ext in (string[])[".tml.TE3input", ".TE3input", ".tml"])
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name[..^ext.Length];
        return name;
    }

    public static TimeMLFile Load(string path) => Parse(BaseName(path), File.ReadAllText(path, Encoding.UTF8));

    public static TimeMLFile Parse(string name, string source)
    {
        DateOnly? dct = null;
        var dctMatch = DctRegex().Match(source);
        if (dctMatch.Success && Attr(dctMatch.Groups[1].Value, "value") is { Length: >= 10 } v
            && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            dct = d;
        var open = TextOpenRegex().Match(source);
        if (!open.Success) throw new FormatException($"{name}: no <TEXT> element");
        var start = open.Index + open.Length;
        var end = source.IndexOf("</TEXT>", start, StringComparison.Ordinal);
        if (end < 0) throw new FormatException($"{name}: <TEXT> is not closed");

        var text = new StringBuilder(end - start);
        var gold = new List<GoldTimex>();
        (int Start, string Attrs)? openTimex = null;
        var i = start;
        foreach (Match tag in TagRegex().Matches(source[start..end]))
        {
            var at = start + tag.Index;
            text.Append(source, i, at - i);
            i = at + tag.Length;
            var closing = tag.Groups[1].Value == "/";
            if (tag.Groups[2].Value != "TIMEX3") continue;
            if (!closing) openTimex = (text.Length, tag.Groups[3].Value);
            else if (openTimex is { } o)
            {
                var (s, e) = Trim(text, o.Start, text.Length);
                if (e > s) gold.Add(new GoldTimex(s, e, Attr(o.Attrs, "type") ?? "", Attr(o.Attrs, "value") ?? ""));
                openTimex = null;
            }
        }
        text.Append(source, i, end - i);
        return new TimeMLFile(name, source, start, end, text.ToString(), dct, gold);
    }

    /// <summary>
    /// The file with its TEXT content replaced by the text with <paramref name="times"/> as TIMEX3
    /// tags (tid t1, t2, ... after the DCT's); every byte outside TEXT is kept as it was.
    /// </summary>
    public string WithTimes(IEnumerable<TimeExpression> times)
    {
        var sb = new StringBuilder(_source.Length + 4096);
        sb.Append(_source, 0, _contentStart);
        var pos = 0;
        var tid = FirstFreeTid();
        foreach (var t in times)
        {
            sb.Append(Text, pos, t.Start - pos);
            sb.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{tid++}\" type=\"{t.TypeName}\" value=\"{Escape(t.Value)}\"");
            if (t.Mod is not null) sb.Append(CultureInfo.InvariantCulture, $" mod=\"{t.Mod}\"");
            sb.Append('>').Append(Text, t.Start, t.End - t.Start).Append("</TIMEX3>");
            pos = t.End;
        }
        sb.Append(Text, pos, Text.Length - pos);
        sb.Append(_source, _contentEnd, _source.Length - _contentEnd);
        return sb.ToString();
    }

    private int FirstFreeTid()
    {
        var max = 0;
        foreach (Match m in TidRegex().Matches(_source[.._contentStart]))
            if (int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var n)) max = Math.Max(max, n);
        return max + 1;
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static (int, int) Trim(StringBuilder sb, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(sb[s])) s++;
        while (e > s && char.IsWhiteSpace(sb[e - 1])) e--;
        return (s, e);
    }

    internal static string? Attr(string attrs, string name)
    {
        foreach (Match m in AttrRegex().Matches(attrs))
            if (m.Groups[1].Value == name) return m.Groups[2].Value;
        return null;
    }

    [GeneratedRegex(@"<DCT>\s*<TIMEX3\b([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex DctRegex();

    [GeneratedRegex(@"<TEXT\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TextOpenRegex();

    // Only the annotation tags are taken out of TEXT; anything else stays text.
    [GeneratedRegex(@"<(/?)(TIMEX3|EVENT|SIGNAL)\b([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"([\w:]+)\s*=\s*""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AttrRegex();

    [GeneratedRegex(@"\btid=""t(\d+)""", RegexOptions.CultureInvariant)]
    private static partial Regex TidRegex();
}
