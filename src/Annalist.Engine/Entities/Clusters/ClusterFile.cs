using System.Globalization;
using System.Runtime.CompilerServices;

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

    /// <summary>Called for each line of a file by <see cref="Read"/>.</summary>
    public delegate void LineHandler(ReadOnlySpan<char> path, ReadOnlySpan<char> word, long count);

    /// <summary>(path, word, count) for each line; <paramref name="source"/> names the file in errors.</summary>
    public static List<(string Path, string Word, long Count)> Parse(TextReader reader, string source)
    {
        var lines = new List<(string, string, long)>();
        Read(reader.ReadToEnd(), source, (path, word, count) => lines.Add((path.ToString(), word.ToString(), count)));
        return lines;
    }

    /// <summary>
    /// Hands each line of <paramref name="text"/> to <paramref name="handler"/> as spans, without
    /// allocating: the engine loads the built-in file this way on first use, so it is compiled
    /// optimized at once rather than run through the tiers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(string text, string source, LineHandler handler)
    {
        var number = 0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            number++;
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
            if (line.IsEmpty || line[0] == '#') continue;
            var a = line.IndexOf('\t');
            var b = a < 0 ? -1 : line[(a + 1)..].IndexOf('\t');
            if (b >= 0) b += a + 1;
            if (b < 0 || a == 0 || b == a + 1 || line[(b + 1)..].Contains('\t')
                || !long.TryParse(line[(b + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || line[..a].ContainsAnyExcept('0', '1'))
                throw new FormatException($"{source}:{number}: expected 'path<TAB>word<TAB>count' with a path of 0s and 1s");
            handler(line[..a], line[(a + 1)..b], count);
        }
    }
}
