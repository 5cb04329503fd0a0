using System.Diagnostics;
using System.Text;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Syntax;
using Annalist.Tests.Invariants;

namespace Annalist.Tests.Syntax;

/// <summary>Any input gets one valid tree per sentence, in linear time.</summary>
public class TreeValidityTests
{
    private static readonly AnalysisPipeline Pipeline = Pipelines.WithSyntax();

    private static Document Analyze(string text)
    {
        var doc = new Document("tree", text);
        Assert.True(Pipeline.Run(doc), string.Join("; ", doc.Diagnostics));
        DocumentInvariants.Check(doc);
        return doc;
    }

    [Theory]
    [InlineData("...")]
    [InlineData("!!! ??? ... --- ;;; ,,,")]
    [InlineData("😀 👍🏽 🎉 😀")]
    [InlineData("1 2 3 4.5 6,000 7 8 9")]
    [InlineData("\" ' ( ) [ ] { } « »")]
    [InlineData("a")]
    [InlineData("2025")]
    public void Odd_sentences_get_a_tree(string text)
    {
        var doc = Analyze(text);
        Assert.Equal(doc.Tokens.Count, doc.Get(SyntaxLayers.Dependencies).Length);
    }

    [Fact]
    public void Thousand_words_without_punctuation_parse_in_linear_time()
    {
        var words = new[] { "the", "army", "said", "that", "police", "freed", "two", "men", "in", "Kyiv", "and", "will", "meet", "officials" };
        string Text(int n) => string.Join(' ', Enumerable.Range(0, n).Select(i => words[i % words.Length]));
        var tagger = SyntaxModels.Tagger;
        var parser = SyntaxModels.Parser;
        long Time(int n)
        {
            var tokens = Text(n).Split(' ');
            var heads = new int[n];
            var relations = new int[n];
            var clock = Stopwatch.StartNew();
            for (var rep = 0; rep < 5; rep++) parser.Parse(tokens, tagger.Tag(tokens), heads, relations);
            return clock.ElapsedTicks;
        }
        Time(200); // warm up
        var small = Time(1_000);
        var large = Time(20_000);
        // 20 times the words must not cost anywhere near 400 times the time (quadratic); allow noise
        Assert.True(large < small * 100, $"1,000 words: {small} ticks, 20,000 words: {large} ticks");

        var doc = Analyze(Text(1_000));
        Assert.Single(doc.Get(CoreLayers.Sentences));
        Assert.Equal(1, doc.Get(SyntaxLayers.Dependencies).Count(d => d.Head < 0));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_token_sequences_get_valid_trees(int seed)
    {
        string[] pieces = ["the", "The", "said", "of", ",", ".", "and", "(", ")", "\"", "2", "Kyiv", "is", "n't", "'s", "😀", "-", "to", "on", "rebels", "freed", "?", "!", "U.S.", "$", "%", "x"];
        var random = new Random(seed);
        for (var n = 0; n < 200; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++) sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            Analyze(sb.ToString());
        }
    }
}
