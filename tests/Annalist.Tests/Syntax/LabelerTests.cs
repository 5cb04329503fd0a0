using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>The labeler names again only the arcs the parser was unsure of.</summary>
public class LabelerTests
{
    private static readonly string[] Words = ["The", "mayor", "said", "that", "the", "city", "was", "safe", "."];

    [Fact]
    public void Arcs_not_marked_keep_their_relation_and_marked_ones_get_a_new_one()
    {
        var tags = SyntaxModels.Tagger.Tag(Words);
        var parser = SyntaxModels.Parser;
        var heads = new int[Words.Length];
        parser.Parse(Words, tags, heads, new int[Words.Length]);
        var context = new ParseContext(Words, tags);

        var kept = Enumerable.Repeat(-7, Words.Length).ToArray();
        parser.Labeler.Label(context, heads, kept, new bool[Words.Length]);
        Assert.All(kept, r => Assert.Equal(-7, r));

        var relabel = new bool[Words.Length];
        relabel[1] = true; // mayor
        var some = Enumerable.Repeat(-7, Words.Length).ToArray();
        parser.Labeler.Label(context, heads, some, relabel);
        Assert.Equal("nsubj", parser.Relations[some[1]]);
        Assert.Equal(Words.Length - 1, some.Count(r => r == -7));
    }
}
