using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Annalist.Documents;
using Annalist.Syntax;
using Annalist.Text;

namespace Annalist.Bench;

/// <summary>
/// Tagger and parser over the ~100 KB generated news text of <see cref="TextBenchmarks"/>, already
/// tokenized and split; the "tokens/s" column is tokens per second at the median time (one core).
/// <see cref="LoadModels"/> reads both committed models from the assembly, as a process's first use does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class SyntaxBenchmarks
{
    private string[][] _sentences = [];
    private PosTag[][] _tags = [];
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;

    /// <summary>Tokens in the benchmark text, for the throughput column.</summary>
    public static int TokenCount { get; private set; } = Sentences().Sum(s => s.Length);

    private static string[][] Sentences()
    {
        var text = NewsText.Build(100_000, seed: 42);
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens)
            .Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => text[tokens[i].Start..tokens[i].End]).ToArray())
            .ToArray();
    }

    [GlobalSetup]
    public void Setup()
    {
        _sentences = Sentences();
        _tagger = SyntaxModels.Tagger;
        _parser = SyntaxModels.Parser;
        _tags = _sentences.Select(s => _tagger.Tag(s)).ToArray();
        Console.WriteLine($"// {_sentences.Length:N0} sentences, {TokenCount:N0} tokens");
    }

    [Benchmark]
    public int Tag()
    {
        var n = 0;
        foreach (var s in _sentences) n += _tagger.Tag(s).Length;
        return n;
    }

    [Benchmark]
    public int Parse()
    {
        var n = 0;
        foreach (var (s, tags) in _sentences.Zip(_tags))
        {
            var heads = new int[s.Length];
            _parser.Parse(s, tags, heads, new int[s.Length]);
            n += heads[0];
        }
        return n;
    }

    /// <summary>Tag every sentence, then parse every sentence: the order of the pipeline's stages
    /// (interleaving them per sentence makes the two models evict each other from the cache).</summary>
    [Benchmark(Baseline = true)]
    public int TagAndParse()
    {
        var tags = new PosTag[_sentences.Length][];
        for (var i = 0; i < _sentences.Length; i++) tags[i] = _tagger.Tag(_sentences[i]);
        var n = 0;
        for (var i = 0; i < _sentences.Length; i++)
        {
            var heads = new int[_sentences[i].Length];
            _parser.Parse(_sentences[i], tags[i], heads, new int[heads.Length]);
            n += heads[0];
        }
        return n;
    }

    [Benchmark]
    public int LoadModels()
    {
        var assembly = typeof(SyntaxModels).Assembly;
        using var t = assembly.GetManifestResourceStream(SyntaxModels.TaggerResource)!;
        using var p = assembly.GetManifestResourceStream(SyntaxModels.ParserResource)!;
        return PosTagger.Load(t).Tags.Count + DependencyParser.Load(p).Relations.Count;
    }
}

public sealed class TokensPerSecondConfig : ManualConfig
{
    // meaningless for LoadModels
    public TokensPerSecondConfig() => AddColumn(new RateColumn("TokensPerSecond", "tokens/s (median)",
        "Tokens tagged and/or parsed per second, from the median time", () => SyntaxBenchmarks.TokenCount, "N0"));
}
