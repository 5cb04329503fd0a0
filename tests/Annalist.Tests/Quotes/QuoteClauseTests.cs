using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Where reported speech starts and ends around its cue, on sentences written for these tests.</summary>
public class QuoteClauseTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Fact]
    public void A_cue_inside_its_sentence_gives_both_parts()
    {
        var quotes = Analyze("The mayor spoke for an hour. In the end, she said, the city would have to borrow more money.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("In the end", quotes[0].Text);
        Assert.Equal("the city would have to borrow more money", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("said", q.Cue?.Text));
        Assert.All(quotes, q => Assert.Equal("she", q.Speaker?.Text));
    }

    [Fact]
    public void The_part_after_the_cue_stops_before_another_cue()
    {
        var quotes = Analyze("Tax cuts never pay for themselves, Paula Grant said, adding that the deficit would grow.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Tax cuts never pay for themselves", quotes[0].Text);
        Assert.Equal("adding", quotes[1].Cue?.Text);
    }

    [Fact]
    public void An_inverted_speaker_with_a_long_apposition()
    {
        var q = Assert.Single(Analyze("The river has never been this low in June, said Peter Marsh, a hydrologist at the regional water office in the north."));
        Assert.Equal("The river has never been this low in June", q.Text);
        Assert.Equal("Peter Marsh", q.Speaker?.Text);
    }

    [Fact]
    public void A_quoted_fragment_before_the_cue_ends_the_content()
    {
        var q = Assert.Single(Analyze("The mayor was in Lyon. Smaller towns are “having to do more with less,” she said."));
        Assert.Equal(QuoteKinds.Mixed, q.Kind);
        Assert.StartsWith("Smaller towns are “having to do more with less,", q.Text);
        Assert.Equal("she", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Nora Blake complained that the council moved too slowly, suggesting that the mayor had lost interest.", "suggesting")]
    [InlineData("Nora Blake explained that the council moved too slowly - but she also insisted that the mayor had lost interest.", "insisted")]
    [InlineData("Nora Blake said that the council moved too slowly and added that the mayor had lost interest.", "added")]
    public void Reported_speech_ends_before_the_next_cue(string text, string second)
    {
        var quotes = Analyze(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the council moved too slowly", quotes[0].Text);
        Assert.Equal(second, quotes[1].Cue?.Text);
        Assert.Equal("the mayor had lost interest", quotes[1].Text);
    }

    [Fact]
    public void A_hyphen_inside_a_word_is_not_a_clause_break()
    {
        var q = Assert.Single(Analyze("Nora Blake said the town had recovered all work-related files from the old server."));
        Assert.Equal("the town had recovered all work-related files from the old server", q.Text);
    }

    [Theory]
    [InlineData("Ana Ruiz vowed to repeal the new parking tax.", "vowed", "to repeal the new parking tax")]
    [InlineData("Ana Ruiz has promised to repeal the new parking tax.", "promised", "to repeal the new parking tax")]
    [InlineData("Ana Ruiz urged residents to stay indoors during the storm.", "urged", "residents to stay indoors during the storm")]
    public void A_promise_or_a_request_takes_its_to_clause(string text, string cue, string content)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(content, q.Text);
        Assert.Equal("Ana Ruiz", q.Speaker?.Text);
    }

    [Fact]
    public void A_plain_speech_verb_does_not_take_a_to_phrase()
    {
        Assert.Empty(Analyze("Ana Ruiz explained to the voters in the hall."));
    }

    [Theory]
    [InlineData("Omar Haddad said in a written statement to the board in March that the plant would close.")]
    [InlineData("Omar Haddad argued during the long debate at the town hall that the plant would close.")]
    [InlineData("Omar Haddad said on Friday the plant would close.")]
    [InlineData("Omar Haddad said last week the plant would close.")]
    public void The_content_after_a_phrase_of_place_or_time(string text)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal("the plant would close", q.Text);
        Assert.Equal("Omar Haddad", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Omar Haddad spoke on a call with reporters.")]
    [InlineData("Omar Haddad commented on the plan of the board.")]
    public void A_phrase_after_the_cue_is_not_its_content(string text)
    {
        Assert.Empty(Analyze(text));
    }

    [Theory]
    [InlineData("She holds a lead of 120 in pledged delegates after the vote in Ohio.")]
    [InlineData("He has won 412 pledged delegates so far in the race.")]
    [InlineData("The plan drew praise from both parties, including the governors of two large states.")]
    public void A_participle_or_noun_that_only_looks_like_a_cue(string text)
    {
        Assert.Empty(Analyze(text));
    }

    [Fact]
    public void A_quote_after_reported_speech_in_its_paragraph_shares_its_cue()
    {
        var quotes = Analyze("Karl Brandt said the new rail plan was “a costly mistake.” “Nobody asked the towns along the line what they need.”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKinds.Mixed, quotes[0].Kind);
        Assert.Equal(QuoteKinds.Direct, quotes[1].Kind);
        Assert.Equal(quotes[0].Cue, quotes[1].Cue);
        Assert.Equal("Karl Brandt", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void A_question_put_to_the_subject()
    {
        var quotes = Analyze("Asked whether the stadium would be finished in time, Mayor Ruth Adler said the builders were confident.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Asked", quotes[0].Cue?.Text);
        Assert.Equal("whether the stadium would be finished in time", quotes[0].Text);
        Assert.Null(quotes[0].Speaker);
        Assert.Equal("the builders were confident", quotes[1].Text);
        Assert.Contains("Ruth Adler", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void A_question_with_its_asker()
    {
        var q = Analyze("When asked by a reporter if the plan was dead, Oskar Lind shook his head.")[0];
        Assert.Equal("if the plan was dead", q.Text);
        Assert.Equal("a reporter", q.Speaker?.Text);
    }

    [Fact]
    public void A_cue_inside_a_question_is_part_of_it()
    {
        var q = Assert.Single(Analyze("Asked if she thought that the tunnel project was dead, Vera Holm smiled."));
        Assert.Equal("if she thought that the tunnel project was dead", q.Text);
    }

    [Fact]
    public void Speech_goes_on_after_the_cue_with_and()
    {
        var quotes = Analyze("The council met on Monday. Raise the fares now, the drivers said, and the buses will keep running all winter.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Raise the fares now", quotes[0].Text);
        Assert.Equal("and the buses will keep running all winter", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("the drivers", q.Speaker?.Text));
    }

    [Fact]
    public void A_subject_pronoun_after_a_phrase_opens_the_clause()
    {
        var q = Assert.Single(Analyze("The auction house said in a statement on Thursday night they had pulled the listing."));
        Assert.Equal("they had pulled the listing", q.Text);
        Assert.Equal("The auction house", q.Speaker?.Text);
    }

    [Fact]
    public void A_long_hearer_before_that()
    {
        var q = Assert.Single(Analyze("Ann Lee told members of the county harbor board on Monday that the docks would close."));
        Assert.Equal("the docks would close", q.Text);
        Assert.Equal("Ann Lee", q.Speaker?.Text);
    }
}
