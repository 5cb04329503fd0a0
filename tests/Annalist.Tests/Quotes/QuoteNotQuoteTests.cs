using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Words that look like quotes or cues and are not, on sentences written for these tests.</summary>
public class QuoteNotQuoteTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Theory]
    [InlineData("Turnout rose in the 12 states that hold their primaries in March.")]
    [InlineData("The early states host their contests before the big cities vote.")]
    [InlineData("The storm hit hardest in the coastal states that have the oldest ports.")]
    [InlineData("Turnout rose in states that Ann Reyes won by wide margins.")]
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

    [Theory]
    [InlineData("Her favourite show is \"The Late Hour with Sam Porter.\"")]
    [InlineData("Supporters waved signs reading \"Keep Our Harbor Open For All.\"")]
    public void A_title_without_a_cue_is_not_a_quote(string title)
    {
        var quotes = Analyze("Ann Lee spoke first. \"We will win this fight in the end,\" she said.\n\n" + title);
        var q = Assert.Single(quotes);
        Assert.StartsWith("We will win", q.Text);
    }

    [Fact]
    public void A_sentence_without_a_cue_still_goes_on_from_the_speaker()
    {
        var quotes = Analyze("Ann Lee spoke first. \"We will win this fight in the end,\" she said. \"The harbor is ours and we will keep it.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("she", q.Speaker?.Text));
    }
    [Fact]
    public void A_time_phrase_after_a_cue_is_not_what_was_said()
    {
        Assert.Empty(Analyze("The harbor will close.\n\nThe fire was reported two days ago."));
        var q = Assert.Single(Analyze("The harbor will close.\n\nThe pier will close in May, the mayor announced earlier this week."));
        Assert.Equal("The pier will close in May", q.Text);
        Assert.Equal("the mayor", q.Speaker?.Text);
    }
}
