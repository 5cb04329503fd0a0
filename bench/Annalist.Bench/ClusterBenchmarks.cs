using Annalist.Entities.Clusters;
using Annalist.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Annalist.Bench;

/// <summary>
/// Word cluster lookups as the NER tagger will make them: for each token of the ~100 KB generated
/// news text, the paths of six words around it (as spans of the text, exact form then lower case)
/// and four prefix keys (4, 6, 10, 20 bits). <see cref="Load"/> parses the committed clusters.tsv
/// from the assembly, as a process's first use does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ClusterTokensConfig))]
public class ClusterBenchmarks
{
    private string _text = "";
    private (int Start, int Length)[] _tokens = [];
    private WordClusters _clusters = null!;

    /// <summary>Tokens in the benchmark text, for the throughput column.</summary>
    public static int TokenCount { get; } = Tokenizer.Tokenize(NewsText.Build(100_000, seed: 42)).Length;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Build(100_000, seed: 42);
        _tokens = Tokenizer.Tokenize(_text).Select(t => (t.Start, t.Length)).ToArray();
        _clusters = WordClusters.Default;
        var known = _tokens.Count(t => _clusters.TryGetPath(_text.AsSpan(t.Start, t.Length), out _));
        Console.WriteLine($"// {_clusters.Count:N0} clustered words; {known:N0} of {_tokens.Length:N0} tokens have a path");
    }

    [Benchmark]
    public ulong LookupSixPerToken()
    {
        ulong h = 0;
        var text = _text.AsSpan();
        for (var i = 0; i < _tokens.Length; i++)
            for (var j = i - 2; j <= i + 3; j++)
            {
                if (j < 0 || j >= _tokens.Length) continue;
                var (start, length) = _tokens[j];
                if (!_clusters.TryGetPath(text.Slice(start, length), out var path)) continue;
                h += path.Prefix(4) ^ path.Prefix(6) ^ path.Prefix(10) ^ path.Prefix(20);
            }
        return h;
    }

    [Benchmark]
    public int Load() => WordClusters.LoadBuiltIn().Count;
}

public sealed class ClusterTokensConfig : ManualConfig
{
    // meaningless for Load
    public ClusterTokensConfig() => AddColumn(new RateColumn("TokensPerSecond", "tokens/s (median)",
        "Tokens whose six lookups are done per second, from the median time", () => ClusterBenchmarks.TokenCount, "N0"));
}
