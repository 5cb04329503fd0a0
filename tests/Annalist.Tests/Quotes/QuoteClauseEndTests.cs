using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Where reported speech ends inside a longer sentence, on sentences written for these tests.</summary>
public class QuoteClauseEndTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Fact]
    public void A_quoted_fragment_ending_in_a_comma_ends_the_speech_before_the_next_cue()
    {
        var quotes = Analyze("Nora Blake insisted that the mill had “turned the corner,” adding that the town would grow.");
        var q = Assert.Single(quotes, q => q.Cue?.Text == "insisted");
        Assert.Equal("the mill had “turned the corner,”", q.Text);
        Assert.Equal(QuoteKinds.Mixed, q.Kind);
    }

    [Fact]
    public void Speech_in_a_subordinate_clause_ends_at_its_comma()
    {
        var q = Assert.Single(Analyze("While Nora Blake said that the mill would stay open, the workers were not so sure."));
        Assert.Equal("the mill would stay open", q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Fact]
    public void Words_after_a_colon_without_quotation_marks_are_the_speech()
    {
        var q = Assert.Single(Analyze("Some farmers in the valley say: It is time to sell the land."));
        Assert.Equal("It is time to sell the land", q.Text);
        Assert.Equal("say", q.Cue?.Text);
    }

    [Fact]
    public void An_opening_as_clause_gives_the_clause_after_its_comma()
    {
        var q = Assert.Single(Analyze("As the local paper noted, the mill has not paid its workers since June."));
        Assert.Equal("the mill has not paid its workers since June", q.Text);
        Assert.Equal("noted", q.Cue?.Text);
        Assert.Equal("the local paper", q.Speaker?.Text);
    }

    [Fact]
    public void According_to_inside_the_sentence_gives_both_parts()
    {
        var quotes = Analyze("Over the coming years, according to the county planners, the valley will lose half its farms.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Over the coming years", quotes[0].Text);
        Assert.Equal("the valley will lose half its farms", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("according to", q.Cue?.Text));
    }
}
