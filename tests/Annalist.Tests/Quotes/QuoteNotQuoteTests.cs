using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Words that look like quotes or cues and are not, on sentences written for these tests.</summary>
public class QuoteNotQuoteTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Theory]
    [InlineData("Turnout rose in the 12 states that hold their primaries in March.")]
    [InlineData("The early states host their contests before the big cities vote.")]
    public void States_as_a_noun_is_no_cue(string text)
    {
        Assert.Empty(Analyze(text));
    }

    [Fact]
    public void States_with_that_after_it_reports()
    {
        var q = Assert.Single(Analyze("The audit states that turnout rose in every district."));
        Assert.Equal("states", q.Cue?.Text);
        Assert.Equal("turnout rose in every district", q.Text);
    }
}
