using System.Globalization;

namespace Annalist.Entities.Clusters;

/// <summary>
/// The word clusters' text format, as Liang's program writes it: one word a line,
/// <c>path word count</c> tab-separated, '#' lines are comments. Lines are sorted by path, then
/// by count (most frequent first), then by word, so a cluster reads as a block and a rebuild from
/// the same data gives the same bytes.
/// </summary>
public static class ClusterFile
{
    public static void Write(TextWriter writer, IReadOnlyList<string> words, IReadOnlyList<long> counts, IReadOnlyList<string> paths, string comment)
    {
        foreach (var line in comment.Split('\n')) writer.Write($"# {line}\n");
        var order = Enumerable.Range(0, words.Count)
            .OrderBy(i => paths[i], StringComparer.Ordinal)
            .ThenByDescending(i => counts[i])
            .ThenBy(i => words[i], StringComparer.Ordinal);
        foreach (var i in order)
        {
            if (words[i].AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                throw new ArgumentException($"word {i} contains a tab or a line break");
            writer.Write(paths[i]);
            writer.Write('\t');
            writer.Write(words[i]);
            writer.Write('\t');
            writer.Write(counts[i].ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>(path, word, count) for each line; <paramref name="source"/> names the file in errors.</summary>
    public static IEnumerable<(string Path, string Word, long Count)> Parse(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var a = line.IndexOf('\t');
            var b = a < 0 ? -1 : line.IndexOf('\t', a + 1);
            if (b < 0 || line.IndexOf('\t', b + 1) >= 0 || a == 0 || b == a + 1
                || !long.TryParse(line.AsSpan(b + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || line.AsSpan(0, a).ContainsAnyExcept('0', '1'))
                throw new FormatException($"{source}:{number}: expected 'path<TAB>word<TAB>count' with a path of 0s and 1s");
            yield return (line[..a], line[(a + 1)..b], count);
        }
    }
}
