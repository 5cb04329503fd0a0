using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Cues whose content is a noun phrase rather than a clause, on sentences written for these tests.</summary>
public class QuoteObjectTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Theory]
    [InlineData("Nora Blake pointed to the rising cost of bread.", "pointed to", "the rising cost of bread")]
    [InlineData("Nora Blake did not respond to requests for comment.", "respond to", "requests for comment")]
    [InlineData("Nora Blake warned of higher rents.", "warned of", "higher rents")]
    [InlineData("Nora Blake agreed with the plan.", "agreed with", "the plan")]
    public void A_cue_with_a_particle_takes_a_noun_phrase(string text, string cue, string content)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(content, q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Nora Blake called Tom Reed reckless.", "Tom Reed reckless")]
    [InlineData("Nora Blake called him a coward.", "him a coward")]
    public void Calling_someone_something_is_a_quote(string text, string content)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal("called", q.Cue?.Text);
        Assert.Equal(content, q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Nora Blake called him on Friday.")]
    [InlineData("Nora Blake called the police.")]
    public void A_call_without_a_name_for_someone_is_no_quote(string text) => Assert.Empty(Analyze(text));

    [Fact]
    public void A_verb_of_judging_takes_a_short_noun_phrase()
    {
        var q = Assert.Single(Analyze("Nora Blake criticized the budget."));
        Assert.Equal("the budget", q.Text);
        Assert.Equal("criticized", q.Cue?.Text);
    }

    [Fact]
    public void A_question_put_inside_the_sentence_is_the_askers_quote()
    {
        var quotes = Analyze("“We will see,” Nora Blake said when asked whether she would run again.");
        var q = Assert.Single(quotes, q => q.Cue?.Text == "asked");
        Assert.Equal("whether she would run again", q.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Asking_someone_about_something_gives_the_topic()
    {
        var q = Assert.Single(Analyze("The host asked Nora Blake about the closing of the mill."));
        Assert.Equal("asked", q.Cue?.Text);
        Assert.Equal("the closing of the mill", q.Text);
    }

    [Fact]
    public void An_aside_between_the_cue_and_its_that()
    {
        var q = Assert.Single(Analyze("Nora Blake said, however, that the mill would stay open."));
        Assert.Equal("the mill would stay open", q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Fact]
    public void A_quoted_phrase_ending_in_a_comma_closes_an_aside_before_the_cue()
    {
        var q = Assert.Single(Analyze("Nora Blake, citing “the long winters of the north,” said the mill would stay open."), q => q.Cue is not null);
        Assert.Equal("the mill would stay open", q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Fact]
    public void A_cue_after_a_full_stop_in_a_title_opens_its_own_sentence()
    {
        var quotes = Analyze("She wrote about it in her book “The Long Road Back Home.” Nora Blake said the mill would stay open for years.");
        var q = Assert.Single(quotes, q => q.Cue?.Text == "said");
        Assert.Equal("the mill would stay open for years", q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Fact]
    public void A_promise_whose_to_clause_is_quoted()
    {
        var q = Assert.Single(Analyze("Nora Blake vowed to “keep every school in the county open.”"));
        Assert.Equal("vowed", q.Cue?.Text);
        Assert.Equal(QuoteKinds.Mixed, q.Kind);
        Assert.StartsWith("to “keep every school", q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Asked about the new bridge, 46 percent of the voters said yes.", "yes")]
    [InlineData("Nora Blake said no to the new tax on boats.", "no to the new tax on boats")]
    public void An_answer_is_the_content(string text, string content)
    {
        var q = Assert.Single(Analyze(text), q => q.Cue?.Text == "said");
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void No_before_a_noun_opens_the_clause()
    {
        var q = Assert.Single(Analyze("Nora Blake said no bridge would be built this year."));
        Assert.Equal("no bridge would be built this year", q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("At every rally he vows to cut the tax on boats.", "vows", "to cut the tax on boats")]
    [InlineData("Ann Lee claims her plan will save the city money.", "claims", "her plan will save the city money")]
    public void A_noun_like_cue_after_its_subject_is_a_verb(string text, string cue, string content)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_noun_like_cue_after_a_possessive_is_a_noun()
    {
        Assert.Empty(Analyze("Her vows were popular with the fishermen on the coast."));
    }

    [Theory]
    [InlineData("Few people trusted Ann Lee's claim that the bridge was safe.", "claim", "the bridge was safe", "Ann Lee")]
    [InlineData("Voters remember his promise to cut the tax on boats.", "promise", "to cut the tax on boats", "his")]
    public void A_claim_with_its_owner_is_the_owner_s_quote(string text, string cue, string content, string speaker)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(content, q.Text);
        Assert.Equal(speaker, q.Speaker?.Text);
    }
}
