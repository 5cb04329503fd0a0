using System.Text;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Quotes;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench;

/// <summary>
/// The quotes stage against the whole default pipeline on one article of about 1,100 words with
/// direct, split, floating, indirect and "according to" quotes (written for the benchmark). The
/// target (issue 6): the quotes stage adds under 10% to the pipeline's time.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "Delegations from both countries met in Geneva on Monday, hours after a drone attack on an air base. President Anna Berg has called on her allies to send more support. Berg said that the country had shown it could strike deep behind the lines.",
        "\"Europe, together with its partners, has better weapons than our enemy. Our operation “Northwind” proved that yesterday,\" said Berg. \"We need more strength, and we need it now.",
        "\"That is why weapons production matters,\" she added, \"and why we thank our partners for their support.\"",
        "The foreign minister, Peter Oduya, has confirmed the ministry received the draft memorandum. The government, in turn, announced it would present its own draft along with ceasefire proposals.",
        "The talks will resume next week, officials said. According to Maria Lindgren, the next round could bring a prisoner exchange.",
        "“We are ready to talk to everyone who wants peace,” Oduya told reporters. “Nobody wants this war to go on for years.”",
        "Critics called the plan “a recipe for disaster,” and the opposition leader Ines Marlowe warned that the cost would be high.",
    ];

    private AnalysisPipeline _pipeline = null!;
    private Document _analyzed = null!;
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var b = new StringBuilder();
        while (b.Length < 6_800) // about 1,100 words
            foreach (var p in Paragraphs) b.Append(p).Append("\n\n");
        _text = b.ToString();
        _pipeline = Pipelines.Default();
        _analyzed = new Document("a", _text, new DateOnly(2025, 6, 2));
        _pipeline.Run(_analyzed);
        var words = _analyzed.Get(CoreLayers.Tokens).Count(t => t.Kind == TokenKind.Word);
        Console.WriteLine($"// {words:N0} words, {_analyzed.Get(QuoteLayers.Quotes).Length} quotes");
    }

    [Benchmark(Baseline = true)]
    public int AnalyzeArticle()
    {
        var doc = new Document("a", _text, new DateOnly(2025, 6, 2));
        _pipeline.Run(doc);
        return doc.Get(QuoteLayers.Quotes).Length;
    }

    [Benchmark]
    public int FindQuotes() => new QuoteFinder(_analyzed, QuoteLexicon.Default).Find().Length;
}
