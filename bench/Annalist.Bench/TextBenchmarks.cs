using System.Collections.Immutable;
using System.Text;
using Annalist.Documents;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench;

/// <summary>
/// Tokenizer and sentence splitter over ~100 KB of generated news-like English.
/// Throughput (MB/s of UTF-16 text, 1 MB = 10^6 chars) = TextLength / mean time; printed in the global setup too.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TextBenchmarks
{
    private string _text = "";
    private ImmutableArray<TokenSpan> _tokens;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Build(100_000, seed: 42);
        _tokens = Tokenizer.Tokenize(_text);
        Console.WriteLine($"// text: {_text.Length:N0} chars, {_tokens.Length:N0} tokens, {SentenceSplitter.Split(_text, _tokens).Length:N0} sentences");
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_text).Length;

    [Benchmark]
    public int Split() => SentenceSplitter.Split(_text, _tokens).Length;

    [Benchmark(Baseline = true)]
    public int TokenizeAndSplit() => SentenceSplitter.Split(_text, Tokenizer.Tokenize(_text)).Length;
}

/// <summary>Generates deterministic news-like text (datelines, quotes, numbers, abbreviations, clitics, URLs).</summary>
public static class NewsText
{
    private static readonly string[] Subjects =
        ["The minister", "Mr. Alvarez", "Officials in the U.S.", "The company", "Dr. Okafor", "Police", "Gen. Brandt", "Analysts", "She", "They"];
    private static readonly string[] Verbs =
        ["said", "announced", "denied", "confirmed", "warned", "didn't expect", "couldn't confirm", "estimated", "reported", "argued"];
    private static readonly string[] Objects =
        ["that prices rose 3.5% in March", "a $2.4bn deal with Acme Inc.", "the well-known plan", "it's too early to say",
         "the co-operative's new rules", "talks would resume on Jan. 12", "about 12,000 people were affected",
         "the report at https://example.org/report?id=7", "contacts via press@example.com", "the 1990s reforms"];
    private static readonly string[] Tails = [".", ".", ".", "!", "?", "...", "."];
    private static readonly string[] Places = ["KYIV", "WASHINGTON", "LAGOS", "BERLIN", "SÃO PAULO"];

    public static string Build(int chars, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(chars + 200);
        while (sb.Length < chars)
        {
            sb.Append("Markets react to new rules\n\n");
            sb.Append(Places[random.Next(Places.Length)]).Append(", June ").Append(random.Next(1, 29)).Append(" (Reuters) - ");
            var sentences = random.Next(3, 8);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                var quoted = random.Next(5) == 0;
                if (quoted) sb.Append('“');
                sb.Append(Subjects[random.Next(Subjects.Length)]).Append(' ')
                  .Append(Verbs[random.Next(Verbs.Length)]).Append(' ')
                  .Append(Objects[random.Next(Objects.Length)]);
                if (random.Next(3) == 0) sb.Append(", according to ").Append(Subjects[random.Next(Subjects.Length)].ToLowerInvariant());
                sb.Append(Tails[random.Next(Tails.Length)]);
                if (quoted) sb.Append('”');
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
