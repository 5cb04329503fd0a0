using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Annalist.Entities;
using Annalist.Entities.Gazetteers;
using Annalist.Entities.Ner;
using Annalist.Text;

namespace Annalist.Bench;

/// <summary>
/// The NER tagger over the ~100 KB generated news text of <see cref="TextBenchmarks"/> as one
/// document, already tokenized and split; "tokens/s" is tokens per second at the median time
/// (one core). <see cref="LoadModelAndGazetteer"/> reads the model and the gazetteer from the
/// assembly and builds the tagger's name index: what a process's first use pays.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NerTokensPerSecondConfig))]
public class NerBenchmarks
{
    private List<IReadOnlyList<string>> _sentences = [];
    private NerTagger _tagger = null!;
    private NerLexicon _lexicon = null!;

    public static int TokenCount { get; private set; } = Sentences().Sum(s => s.Count);

    private static List<IReadOnlyList<string>> Sentences()
    {
        var text = NewsText.Build(100_000, seed: 42);
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens)
            .Select(s => (IReadOnlyList<string>)Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => text[tokens[i].Start..tokens[i].End]).ToArray())
            .ToList();
    }

    [GlobalSetup]
    public void Setup()
    {
        _sentences = Sentences();
        _tagger = NerModels.Tagger;
        _lexicon = NerLexicon.Default;
    }

    [Benchmark(Baseline = true)]
    public int Tag() => _tagger.Tag(_sentences, _lexicon, NerModels.Clusters).Sum(s => s.Length);

    [Benchmark]
    public int LoadModelAndGazetteer()
    {
        using var stream = typeof(NerModels).Assembly.GetManifestResourceStream(NerModels.TaggerResource)!;
        var tagger = NerTagger.Load(stream);
        var assembly = typeof(NerModels).Assembly;
        using var built = new StreamReader(assembly.GetManifestResourceStream("Annalist.Entities.gazetteer.tsv")!);
        using var facts = new StreamReader(assembly.GetManifestResourceStream("Annalist.Entities.facts.tsv")!);
        var lexicon = new NerLexicon(Gazetteer.Load(built, facts));
        return tagger.Types.Count + lexicon.GetHashCode() % 2;
    }
}

public sealed class NerTokensPerSecondConfig : ManualConfig
{
    public NerTokensPerSecondConfig() => AddColumn(new RateColumn("TokensPerSecond", "tokens/s (median)",
        "Tokens tagged per second, from the median time", () => NerBenchmarks.TokenCount, "N0"));
}
