using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Who speaks a participle and single-word surnames, on sentences written for these tests.</summary>
public class QuoteSpeakerTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Theory]
    [InlineData("In a letter to Tom Weller, the mayor Anna Brooks rejected the plan, calling it \"reckless.\"", "Anna Brooks")]
    [InlineData("After a call with Ruth Palmer, Mark Ellison rejected the decision, calling it \"a betrayal of the voters.\"", "Mark Ellison")]
    [InlineData("Jim Hart, who met Lena Ortiz on Monday, rejected the decision, calling it \"a disgrace to the city.\"", "Jim Hart")]
    public void A_participle_takes_the_subject_of_the_main_verb(string text, string speaker)
    {
        var q = Assert.Single(Analyze(text), q => q.Cue?.Text == "calling");
        Assert.Equal(speaker, q.Speaker?.Text);
    }

    [Fact]
    public void A_participle_after_an_opening_phrase_takes_the_name_after_its_comma()
    {
        var q = Assert.Single(Analyze("During a visit by Tom Weller, the mayor Anna Brooks blocked the plan, calling it \"reckless.\""));
        Assert.Equal("calling", q.Cue?.Text);
        Assert.Equal("Anna Brooks", q.Speaker?.Text);
    }

    [Fact]
    public void A_surname_that_is_also_a_common_word_speaks()
    {
        var quotes = Analyze("Ellen Day, a nurse at the county hospital, spoke to reporters. Day said the new wards were too small. \"We have no room at all for them,\" Day said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Day", q.Speaker?.Text));
        Assert.All(quotes, q => Assert.Equal("person:ellen-day", q.Speaker?.Entity));
    }

    [Theory]
    [InlineData("Ellen Day runs the ward. The next day, officials said the wards were too small.")]
    [InlineData("Ellen Day runs the ward. On Election Day, officials said the wards were too small.")]
    public void The_common_word_is_not_the_surname(string text)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal("the wards were too small", q.Text);
        Assert.Equal("officials", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Conceding that the budget was tight, Ann Lee still voted for the new bridge.", "Conceding", "the budget was tight", "Ann Lee")]
    [InlineData("After arguing for weeks that the tax was unfair, she voted for it anyway.", "arguing", "the tax was unfair", "she")]
    public void An_opening_participle_takes_the_subject_after_its_comma(string text, string cue, string content, string speaker)
    {
        var q = Assert.Single(Analyze(text), q => q.Cue?.Text == cue);
        Assert.Equal(content, q.Text);
        Assert.Equal(speaker, q.Speaker?.Text);
    }

    [Fact]
    public void A_short_clause_before_the_comma_gives_its_subject()
    {
        var q = Assert.Single(Analyze("Ann Lee paused for a moment, then revealed that she would run again."));
        Assert.Equal("she would run again", q.Text);
        Assert.Equal("Ann Lee", q.Speaker?.Text);
    }
}
