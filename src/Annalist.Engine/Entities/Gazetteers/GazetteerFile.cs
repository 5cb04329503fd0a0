using System.Text;

namespace Annalist.Entities.Gazetteers;

/// <summary>
/// The gazetteer's text format: one entry a line, tab-separated
/// <c>id type name wikidata country aliases demonyms role</c>, lists joined with '|', empty fields
/// empty, '#' lines are comments. Plain text so a change to the lists reads as a diff.
/// </summary>
public static class GazetteerFile
{
    public const string Header = "id\ttype\tname\twikidata\tcountry\taliases\tdemonyms\trole";

    public static IEnumerable<GazetteerEntry> Parse(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line == Header) continue;
            var f = line.Split('\t');
            if (f.Length != 8)
                throw new FormatException($"{source}:{number}: expected 8 tab-separated fields, found {f.Length}");
            yield return new GazetteerEntry(f[0], f[1], f[2], NullIfEmpty(f[3]), NullIfEmpty(f[4]), List(f[5]), List(f[6]), NullIfEmpty(f[7]));
        }
    }

    public static void Write(TextWriter writer, IEnumerable<GazetteerEntry> entries, string comment)
    {
        foreach (var line in comment.Split('\n')) writer.Write($"# {line}\n");
        writer.Write(Header + "\n");
        var sb = new StringBuilder();
        foreach (var e in entries)
        {
            sb.Clear();
            sb.Append(Clean(e.Id)).Append('\t').Append(e.Type).Append('\t').Append(Clean(e.Name)).Append('\t')
              .Append(e.Wikidata).Append('\t').Append(e.Country).Append('\t')
              .AppendJoin('|', e.Aliases.Select(Clean)).Append('\t')
              .AppendJoin('|', e.Demonyms.Select(Clean)).Append('\t')
              .Append(Clean(e.Role ?? "")).Append('\n');
            writer.Write(sb);
        }
    }

    // Separators cannot appear inside a field.
    private static string Clean(string s) => s.Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ').Replace('\r', ' ').Trim();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static IReadOnlyList<string> List(string s) => s.Length == 0 ? [] : s.Split('|');
}
