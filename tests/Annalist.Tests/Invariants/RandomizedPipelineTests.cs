using System.Text;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Tests.Invariants;

public class RandomizedPipelineTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "ß", "Ω", "字", "7", "0", "1,000", "3.5", ".", ",", "!", "?", ";", ":", "-", "--", "–", "—", "...", "…",
        "'", "’", "‘", "\"", "“", "”", "«", "»", "(", ")", "[", "]", "$", "€", "%", "@", "#", "&", "/", "\\", "_", "*", "=",
        "n't", "'s", "Mr.", "U.S.", "e.g.", "http://", "www.", ".com", "@x", "#y", "a@b.c",
        " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0", "\u2028", "\u200B", "\uFFFD", "\u0301", "\uFE0F", "\u200D",
        "😀", "👍🏽", "\U0001D400", "\uD800", "\uDC00", "\uDBFF", "\0", "\u0007",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_keeps_all_invariants(int seed)
    {
        var random = new Random(seed);
        var pipeline = Pipelines.WithSyntax();
        for (var n = 0; n < 500; n++)
        {
            var text = RandomText(random);
            var doc = new Document($"random-{seed}-{n}", text);
            Assert.True(pipeline.Run(doc), $"pipeline failed on seed {seed} case {n}: {string.Join("; ", doc.Diagnostics)}");
            DocumentInvariants.Check(doc);
        }
    }

    [Fact]
    public void Very_long_tokens_are_handled()
    {
        var pipeline = Pipelines.WithSyntax();
        foreach (var text in new[]
        {
            new string('a', 200_000), new string('.', 50_000), new string('-', 50_000), "http://" + new string('x', 100_000) + ".",
            string.Concat(Enumerable.Repeat("1,000", 20_000)), string.Concat(Enumerable.Repeat("U.", 20_000)),
            string.Concat(Enumerable.Repeat("😀", 20_000)), string.Concat(Enumerable.Repeat("a'", 20_000)),
            string.Concat(Enumerable.Repeat("non-", 20_000)), new string('\uD800', 10_000),
        })
        {
            var doc = new Document("long", text);
            Assert.True(pipeline.Run(doc));
            DocumentInvariants.Check(doc);
        }
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, 60);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    sb.Append((char)random.Next(0, 0x10000)); // anything, including lone surrogates
                    break;
                case 1:
                    sb.Append(new string((char)random.Next('a', 'z' + 1), random.Next(1, 30)));
                    break;
                default:
                    sb.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }
        return sb.ToString();
    }
}

public class RandomizedJsonTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Any_text_gives_parseable_json_whose_text_round_trips(bool htmlSafe)
    {
        var random = new Random(11);
        var pipeline = Pipelines.Default();
        for (var n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            var text = Annalist.Reading.TextDecoder.ReplaceLoneSurrogates(new string(chars));
            var doc = new Document("j", text);
            pipeline.Run(doc);
            var buffer = new MemoryStream();
            using (var w = new System.Text.Json.Utf8JsonWriter(buffer, Annalist.Export.JsonContractWriter.WriterOptions(indented: false, htmlSafe)))
                Annalist.Export.JsonContractWriter.Write(w, doc, new Annalist.Export.JsonOutputOptions { IncludeTokens = true });
            var parsed = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
            Assert.Equal(text, parsed.RootElement.GetProperty("document").GetProperty("text").GetString());
        }
    }
}
