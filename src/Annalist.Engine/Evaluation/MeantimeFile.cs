using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Annalist.Evaluation;

/// <summary>
/// A MEANTIME (NewsReader CAT XML) document: the text rebuilt from its token layer (tokens
/// joined by spaces, one sentence per line), the TIMEX3 markables as gold spans, and the DCT
/// from the markable with functionInDocument="CREATION_TIME". That markable sits in the text
/// (the dateline); <see cref="Ignored"/> holds its span so the scorer leaves it out, and the
/// text after the last annotated sentence.
/// </summary>
public sealed class MeantimeFile
{
    public required string Name { get; init; }
    public required string Text { get; init; }
    public DateOnly? Dct { get; init; }
    public required IReadOnlyList<GoldTimex> Gold { get; init; }
    public required IReadOnlyList<(int Start, int End)> Ignored { get; init; }

    public static MeantimeFile Load(string path)
    {
        var xml = XDocument.Load(path);
        var root = xml.Root ?? throw new FormatException($"{path}: empty XML");
        var text = new StringBuilder();
        var offsets = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        string? sentence = null;
        foreach (var token in root.Elements("token"))
        {
            var s = (string?)token.Attribute("sentence");
            if (text.Length > 0) text.Append(s == sentence ? ' ' : '\n');
            sentence = s;
            var start = text.Length;
            text.Append(token.Value);
            offsets[(string?)token.Attribute("t_id") ?? ""] = (start, text.Length);
        }
        var gold = new List<GoldTimex>();
        var ignored = new List<(int, int)>();
        DateOnly? dct = null;
        foreach (var timex in root.Element("Markables")?.Elements("TIMEX3") ?? [])
        {
            var anchors = timex.Elements("token_anchor").Select(a => (string?)a.Attribute("t_id") ?? "").Where(offsets.ContainsKey).ToList();
            var value = (string?)timex.Attribute("value") ?? "";
            var creation = (string?)timex.Attribute("functionInDocument") == "CREATION_TIME";
            if (creation && value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                dct = d;
            if (anchors.Count == 0) continue;
            var span = (anchors.Min(a => offsets[a].Start), anchors.Max(a => offsets[a].End));
            if (creation) ignored.Add(span);
            else gold.Add(new GoldTimex(span.Item1, span.Item2, (string?)timex.Attribute("type") ?? "", value));
        }
        // MEANTIME annotates only the start of each article (title and first sentences): text after
        // the last sentence with any markable is not scored.
        var lastAnnotated = root.Element("Markables")?.Descendants("token_anchor")
            .Select(a => (string?)a.Attribute("t_id") ?? "").Where(offsets.ContainsKey).Select(a => offsets[a].End).DefaultIfEmpty(0).Max() ?? 0;
        var sentenceEnd = text.ToString().IndexOf('\n', lastAnnotated);
        if (sentenceEnd >= 0) ignored.Add((sentenceEnd, text.Length));
        gold.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new MeantimeFile { Name = Path.GetFileNameWithoutExtension(path), Text = text.ToString(), Dct = dct, Gold = gold, Ignored = ignored };
    }
}
