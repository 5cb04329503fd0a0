using Annalist.Documents;
using Annalist.Text;
using Annalist.Time;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench;

/// <summary>
/// The time stage alone (tokens and sentences computed once in setup) over the same ~100 KB of
/// generated news text as <see cref="TextBenchmarks"/>, so the MB/s column compares directly.
/// Target: >= 2 MB/s per core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TimeBenchmarks
{
    private Document _doc = null!;
    private readonly TimeTagger _tagger = new();

    [GlobalSetup]
    public void Setup()
    {
        var text = NewsText.Build(100_000, seed: 42);
        _doc = new Document("bench", text, new DateOnly(2025, 6, 2));
        new Tokenizer().Run(_doc);
        new SentenceSplitter().Run(_doc);
        Console.WriteLine($"// text: {text.Length:N0} chars, {_tagger.Tag(_doc).Length:N0} time expressions");
    }

    [Benchmark]
    public int TagTimes() => _tagger.Tag(_doc).Length;
}
