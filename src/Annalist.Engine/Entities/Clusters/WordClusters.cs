using System.Reflection;

namespace Annalist.Entities.Clusters;

/// <summary>
/// Brown cluster paths of words, for the NER tagger's features (prefixes of 4, 6, 10 and 20 bits,
/// after Ratinov and Roth 2009). The built-in clusters (clusters.tsv, rebuilt by <c>annalist build
/// clusters</c>) are loaded once per process, on first use. Words are cased as in news text;
/// a word not found as written is looked up in lower case.
/// </summary>
public sealed class WordClusters
{
    internal const string ResourceName = "Annalist.Entities.clusters.tsv";

    private static readonly Lazy<WordClusters> Shared = new(LoadBuiltIn);

    // A plain dictionary, read-only after loading (safe for concurrent readers): freezing it took
    // longer than the rest of the load and did not make the span lookups faster (docs/EVAL.md).
    private readonly Dictionary<string, ClusterPath> _paths;
    private readonly Dictionary<string, ClusterPath>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClusters(Dictionary<string, ClusterPath> paths)
    {
        _paths = paths;
        _lookup = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The clusters built into the engine (empty when the engine was built without them).</summary>
    public static WordClusters Default => Shared.Value;

    /// <summary>Words with a path.</summary>
    public int Count => _paths.Count;

    /// <summary>The word's path as 0s and 1s, or null for a word not clustered.</summary>
    public string? Path(ReadOnlySpan<char> word) => TryGetPath(word, out var path) ? path.Text : null;

    /// <summary>The word's path (exact form first, then lower case); no allocation.</summary>
    public bool TryGetPath(ReadOnlySpan<char> word, out ClusterPath path)
    {
        if (_lookup.TryGetValue(word, out path)) return true;
        if (!HasUpper(word)) return false;
        if (word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            return _lookup.TryGetValue(lower, out path);
        }
        return _lookup.TryGetValue(word.ToString().ToLowerInvariant(), out path);
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>Reads the clusters embedded in the engine, as <see cref="Default"/> does once.</summary>
    internal static WordClusters LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null) return new WordClusters([]);
        using var reader = new StreamReader(stream);
        return Load(reader, "clusters.tsv");
    }

    /// <summary>Reads a file in <see cref="ClusterFile"/>'s format; words sharing a path share one <see cref="ClusterPath"/>.</summary>
    public static WordClusters Load(TextReader reader, string source)
    {
        var text = reader.ReadToEnd();
        var byText = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
        var byTextSpan = byText.GetAlternateLookup<ReadOnlySpan<char>>();
        // About 25 characters a line: room for every word without growing.
        var paths = new Dictionary<string, ClusterPath>(text.Length / 20, StringComparer.Ordinal);
        ClusterFile.Read(text, source, (pathText, word, _) =>
        {
            if (!byTextSpan.TryGetValue(pathText, out var path))
            {
                path = new ClusterPath(pathText.ToString());
                byText.Add(path.Text, path);
            }
            if (!paths.TryAdd(word.ToString(), path))
                throw new FormatException($"{source}: '{word}' has two paths");
        });
        return new WordClusters(paths);
    }
}
