using System.Text;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Export;
using Annalist.Pipeline;
using Annalist.Reading;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench;

/// <summary>
/// Per-article cost of each step around the text stages, on a 4 KB generated article (about the
/// size of a Timeline17 article): decoding a seed-format file, the default pipeline, and writing
/// the JSON contract. Articles per second = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private byte[] _file = [];
    private string _text = "";
    private AnalysisPipeline _pipeline = null!;
    private Document _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Build(4_000, seed: 7);
        _file = Encoding.UTF8.GetBytes("date 2025-06-02\n" + _text);
        _pipeline = Pipelines.Default();
        _analyzed = new Document("a", _text, new DateOnly(2025, 6, 2));
        _pipeline.Run(_analyzed);
    }

    [Benchmark]
    public int ReadSeedFormat() =>
        DocumentReaders.Default.ReadFile(InputFile.FromBytes("a.txt", _file), new ReadOptions()).Single().Document!.Text.Length;

    [Benchmark(Baseline = true)]
    public int AnalyzeArticle()
    {
        var doc = new Document("a", _text, new DateOnly(2025, 6, 2));
        _pipeline.Run(doc);
        return doc.Get(CoreLayers.Sentences).Length;
    }

    [Benchmark]
    public long WriteJson()
    {
        var buffer = new MemoryStream(_text.Length * 3);
        using (var w = new Utf8JsonWriter(buffer, JsonContractWriter.WriterOptions(indented: false)))
            JsonContractWriter.Write(w, _analyzed);
        return buffer.Length;
    }
}
