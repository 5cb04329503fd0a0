using System.Globalization;
using System.Text;

namespace Annalist.Evaluation;

/// <summary>One gold attribution of PolNeAR: its content, cue and source spans (UTF-16 offsets; a span may be in pieces).</summary>
public sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Content, IReadOnlyList<(int Start, int End)> Cue, IReadOnlyList<(int Start, int End)> Source, string CueText);

/// <summary>An article of PolNeAR with its attributions.</summary>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads PolNeAR (Political News Attribution Relations, brat standoff): <c>data/&lt;split&gt;/text/NAME.txt</c>
/// and <c>data/&lt;split&gt;/attributions/NAME_ANNOTATOR.ann</c>. T lines hold Source, Cue and
/// Content spans ("T3\tContent 115 290;300 310\ttext"), E lines tie them into one attribution
/// ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"). Where two annotators did one article, the
/// first file in ordinal order is read. brat offsets count code points; they are turned into UTF-16 offsets.
/// </summary>
public static class PolnearCorpus
{
    public static List<PolnearArticle> Load(string root, string split)
    {
        var data = Path.Combine(root, "data", split);
        var folder = Path.Combine(data, "attributions");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<PolnearArticle>();
        foreach (var ann in Directory.EnumerateFiles(folder, "*.ann").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(ann);
            var underscore = file.LastIndexOf('_');
            var name = underscore > 0 ? file[..underscore] : file;
            var textPath = Path.Combine(data, "text", name + ".txt");
            if (!seen.Add(name) || !File.Exists(textPath)) continue;
            var text = File.ReadAllText(textPath, Encoding.UTF8);
            articles.Add(new PolnearArticle(name, text, Parse(File.ReadAllText(ann, Encoding.UTF8), text, ann)));
        }
        return articles;
    }

    public static List<GoldAttribution> Parse(string ann, string text, string source)
    {
        var utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, (string Type, List<(int, int)> Spans)>(StringComparer.Ordinal);
        var relations = new List<string[]>();
        var number = 0;
        foreach (var line in ann.Split('\n'))
        {
            number++;
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2) continue;
            if (fields[0].StartsWith('T'))
            {
                var space = fields[1].IndexOf(' ');
                if (space < 0) throw new FormatException($"{source}:{number}: a T line without offsets");
                var list = new List<(int, int)>();
                foreach (var piece in fields[1][(space + 1)..].Split(';'))
                {
                    var ab = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (ab.Length != 2 || !int.TryParse(ab[0], CultureInfo.InvariantCulture, out var a) || !int.TryParse(ab[1], CultureInfo.InvariantCulture, out var b)
                        || a < 0 || b < a || b >= utf16.Length)
                        throw new FormatException($"{source}:{number}: bad offsets '{piece}'");
                    list.Add((utf16[a], utf16[b]));
                }
                spans[fields[0]] = (fields[1][..space], list);
            }
            else if (fields[0].StartsWith('E'))
                relations.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        var result = new List<GoldAttribution>();
        foreach (var roles in relations)
        {
            List<(int, int)> content = [], cue = [], from = [];
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var t)) continue;
                switch (role[..colon])
                {
                    case "Content": content.AddRange(t.Spans); break;
                    case "Cue": cue.AddRange(t.Spans); break;
                    case "Source": from.AddRange(t.Spans); break;
                }
            }
            if (content.Count == 0) continue;
            var cueText = string.Join(' ', cue.Select(c => text[c.Item1..c.Item2]));
            result.Add(new GoldAttribution(content, cue, from, cueText));
        }
        return result;
    }

    // offsets[i] = the UTF-16 index of code point i; one more entry for the end of the text
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        offsets.Add(text.Length);
        return [.. offsets];
    }
}
