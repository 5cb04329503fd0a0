using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Quotes;
using Annalist.Tests.Invariants;

namespace Annalist.Tests.Quotes;

/// <summary>Speakers found past long subjects, on sentences written for these tests.</summary>
public class QuoteSubjectTests
{
    private static readonly AnalysisPipeline Pipeline = Pipelines.Default();

    private static IReadOnlyList<Quote> Analyze(string text)
    {
        var doc = new Document("t", text, new DateOnly(2025, 3, 4));
        Pipeline.Run(doc);
        DocumentInvariants.Check(doc);
        return doc.Get(QuoteLayers.Quotes);
    }

    [Fact]
    public void A_long_apposition_between_the_name_and_the_cue()
    {
        var q = Assert.Single(Analyze("Laura Finch, a former harbor inspector who joined the city council in the spring of last year, said the new docks were built too fast."));
        Assert.Equal("the new docks were built too fast", q.Text);
        Assert.Equal("Laura Finch", q.Speaker?.Text);
    }

    [Fact]
    public void A_name_inside_a_long_apposition_is_not_the_speaker()
    {
        var q = Assert.Single(Analyze("Tom Reyes, a farmer who sold his land to Karen Holt two years ago, said the price was fair."));
        Assert.Equal("Tom Reyes", q.Speaker?.Text);
    }

    [Fact]
    public void A_party_in_brackets_before_the_comma()
    {
        var q = Assert.Single(Analyze("Sen. Paul Osgood (D-Maine), said after a vote on Monday that the bill would pass."));
        Assert.Equal("the bill would pass", q.Text);
        Assert.Contains("Osgood", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Maria Delgado was quick to point out that the budget had grown.", "point out")]
    [InlineData("Maria Delgado continued to insist that the budget had grown.", "insist")]
    [InlineData("Maria Delgado went on to explain that the budget had grown.", "explain")]
    public void A_verb_before_to_is_not_the_subject(string text, string cue)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal("the budget had grown", q.Text);
        Assert.Equal("Maria Delgado", q.Speaker?.Text);
    }
}
