using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Speakers found past long subjects, on sentences written for these tests.</summary>
public class QuoteSubjectTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

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

    [Theory]
    [InlineData("The survey was done in May.\n\nOne in three said the city does not care about its parks.", "One in three")]
    [InlineData("The survey was done in May.\n\nThree in 10 say the city does not care about its parks.", "Three in 10")]
    [InlineData("The survey was done in May.\n\nOnly 42% say the city does not care about its parks.", "42%")]
    public void A_count_of_people_asked_is_a_speaker(string text, string speaker)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal("the city does not care about its parks", q.Text);
        Assert.Equal(speaker, q.Speaker?.Text);
    }

    [Fact]
    public void A_count_before_a_noun_is_not_a_speaker()
    {
        Assert.Empty(Analyze("The law was passed in three states with large cities."));
    }

    [Fact]
    public void A_capitalized_cue_in_a_headline()
    {
        var q = Assert.Single(Analyze("Mayor Linda Park Says Harbor Bridge Will Reopen In June\n\nThe bridge was closed in March."));
        Assert.Equal("Says", q.Cue?.Text);
        Assert.Equal("Harbor Bridge Will Reopen In June", q.Text);
        Assert.Contains("Linda Park", q.Speaker?.Text);
    }

    [Fact]
    public void A_direct_quote_with_a_long_apposition_before_its_cue()
    {
        var q = Assert.Single(Analyze("“We will not move the market this year,” Jan Olsen, the long-serving head of the town’s trade office, said on Monday."));
        Assert.Equal("said", q.Cue?.Text);
        Assert.Equal("Jan Olsen", q.Speaker?.Text);
    }

    [Fact]
    public void A_clause_between_commas_is_not_an_apposition()
    {
        var q = Assert.Single(Analyze("The club is hardly formal, but it has drawn a loyal following, said Greta Lund, with hikes and classes."));
        Assert.Equal("said", q.Cue?.Text);
        Assert.Equal("Greta Lund", q.Speaker?.Text);
    }
    [Theory]
    [InlineData("The ferry was late again .\n\nThe port workers were told the pier was safe , and they 've said so since .", "they")]
    [InlineData("The ferry was late again .\n\nThe port workers were told the pier was safe , and we 're saying so too .", "we")]
    public void A_contraction_split_off_in_PTB_text_is_not_the_speaker(string text, string speaker)
    {
        var q = Assert.Single(Analyze(text), q => q.Cue?.Text is "said" or "saying");
        Assert.Equal(speaker, q.Speaker?.Text);
    }

    [Fact]
    public void A_noun_after_a_split_contraction_is_not_a_cue()
    {
        Assert.Empty(Analyze("The show ended at nine .\n\nThat 's your answer and that 's the end of it !"));
    }
    [Theory]
    [InlineData("Some claims about the docks are hard to prove, while others are not useful to the public, said Tom Reyes, the head of the dock union.",
        "Some claims about the docks are hard to prove, while others are not useful to the public", "Tom Reyes")]
    [InlineData("In a year when costs are rising, the city has more room to cut the budget, said Laura Finch, a former harbor inspector.",
        "In a year when costs are rising, the city has more room to cut the budget", "Laura Finch")]
    public void An_inverted_name_with_its_apposition_is_the_speaker_not_the_content(string text, string content, string speaker)
    {
        var q = Assert.Single(Analyze("The harbor will close.\n\n" + text));
        Assert.Equal(content, q.Text);
        Assert.Equal(speaker, q.Speaker?.Text);
    }
    [Fact]
    public void A_report_cited_with_according_to_is_the_source_quote_not_the_subject_quote()
    {
        var q = Assert.Single(Analyze("The harbor will close.\n\nThe mayor told aides she would run again, according to two people at the meeting."));
        Assert.Equal("The mayor told aides she would run again", q.Text);
        Assert.Equal("according to", q.Cue?.Text);
        Assert.Equal("two people", q.Speaker?.Text);
    }
}
