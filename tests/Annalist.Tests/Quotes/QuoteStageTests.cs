using Annalist.Documents;
using Annalist.Entities;
using Annalist.Pipeline;
using Annalist.Quotes;
using Annalist.Tests.Invariants;

namespace Annalist.Tests.Quotes;

/// <summary>The quotes stage over the default pipeline, on sentences written for these tests.</summary>
public class QuoteStageTests
{
    private static readonly AnalysisPipeline Pipeline = Pipelines.Default();

    /// <summary>The default pipeline on one article of 4 March 2025, checked for invariants.</summary>
    internal static (Document Doc, IReadOnlyList<Quote> Quotes) Analyze(string text)
    {
        var doc = new Document("t", text, new DateOnly(2025, 3, 4));
        Pipeline.Run(doc);
        DocumentInvariants.Check(doc);
        return (doc, doc.Get(QuoteLayers.Quotes));
    }

    private static string? EntityName(Document doc, Quote q) =>
        q.Speaker?.Entity is { } id ? doc.Get(EntityLayers.Entities).Single(e => e.Id == id).Name : null;

    [Fact]
    public void Stage_requires_entities_and_produces_quotes()
    {
        var stage = new QuoteStage();
        Assert.Equal("quotes", stage.Name);
        Assert.Equal([CoreLayers.Tokens, CoreLayers.Sentences, EntityLayers.Mentions, EntityLayers.Entities], stage.Requires);
        Assert.Equal([QuoteLayers.Quotes], stage.Produces);
        Assert.Contains(Pipeline.Stages, s => s.Name == "quotes");
    }

    [Fact]
    public void Direct_quote_with_inverted_cue_after_it()
    {
        var (doc, quotes) = Analyze("Emmanuel Macron spoke in Paris on Monday.\n\n\"We will not give up on the talks, and we will keep our word,\" said Macron.");
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.StartsWith("We will not give up", q.Text);
        Assert.EndsWith("keep our word,", q.Text);
        Assert.Equal("said", q.Cue?.Text);
        Assert.Equal("Macron", q.Speaker?.Text);
        Assert.Equal("Emmanuel Macron", EntityName(doc, q));
    }

    [Fact]
    public void Speaker_inside_a_quote_split_by_its_cue()
    {
        var (_, quotes) = Analyze("Angela Merkel was asked about the plan. “It is a good first step,” she said, “but it is only a first step for all of us.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(QuoteKinds.Direct, q.Kind));
        Assert.All(quotes, q => Assert.Equal("said", q.Cue?.Text));
        Assert.All(quotes, q => Assert.Equal("she", q.Speaker?.Text));
        Assert.Equal(quotes[0].Cue, quotes[1].Cue);
    }

    [Fact]
    public void Nested_quotes_do_not_split_the_outer_quote()
    {
        var (_, quotes) = Analyze("\"Our operation “Spiderweb” proved that we can strike far away,\" said Keir Starmer.");
        var q = Assert.Single(quotes);
        Assert.Contains("“Spiderweb”", q.Text);
        Assert.Equal("Keir Starmer", q.Speaker?.Text);
    }

    [Fact]
    public void Cue_before_a_colon_and_a_floating_quote_after_it()
    {
        var (_, quotes) = Analyze("Olaf Scholz told reporters: “We are ready to talk to everyone who wants peace.”\n\n“Nobody in Europe wants this war to go on for years,” the chancellor went on.\n\n“The next weeks will show who is serious.”");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("told", quotes[0].Cue?.Text);
        Assert.Equal("Olaf Scholz", quotes[0].Speaker?.Text);
        Assert.Null(quotes[2].Cue);
        Assert.Equal("Olaf Scholz", quotes[2].Speaker?.Text); // floating: the last speaker
    }

    [Fact]
    public void Paragraph_left_open_goes_on_with_the_same_speaker()
    {
        var (_, quotes) = Analyze("\"We have waited long enough for the money,\" said Jane Doe. \"The schools need it now.\n\n\"The children cannot wait another year for new books.\"");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("The schools need it now.", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Jane Doe", q.Speaker?.Text));
    }

    [Fact]
    public void Indirect_quote_with_that_and_without()
    {
        var (doc, quotes) = Analyze("Pedro Sanchez said that Spain would send more aid. Giorgia Meloni has confirmed Italy received the request.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKinds.Indirect, quotes[0].Kind);
        Assert.Equal("Spain would send more aid", quotes[0].Text);
        Assert.Equal("Pedro Sanchez", EntityName(doc, quotes[0]) ?? quotes[0].Speaker?.Text);
        Assert.Equal("confirmed", quotes[1].Cue?.Text);
        Assert.Equal("Italy received the request", quotes[1].Text);
        Assert.Equal("Giorgia Meloni", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Subject_past_a_parenthetical_and_an_apposition()
    {
        var (_, quotes) = Analyze("Germany, in turn, announced it would present its own plan. The chief negotiator, Anna Berg, has confirmed the team received the draft.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Germany", quotes[0].Speaker?.Text);
        Assert.Equal("Anna Berg", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Cue_at_the_end_of_its_sentence_and_according_to()
    {
        var (_, quotes) = Analyze("The bridge will reopen next month after the repairs, officials said. According to Maria Lopez, the repairs cost more than expected.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("The bridge will reopen next month after the repairs", quotes[0].Text);
        Assert.Equal("officials", quotes[0].Speaker?.Text);
        Assert.Equal("According to", quotes[1].Cue?.Text);
        Assert.Equal("Maria Lopez", quotes[1].Speaker?.Text);
        Assert.Equal("the repairs cost more than expected", quotes[1].Text);
    }

    [Fact]
    public void Quoted_fragment_in_reported_speech_is_mixed()
    {
        var (_, quotes) = Analyze("John Smith said the decision was “a disgrace for the whole town.”");
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKinds.Mixed, q.Kind);
        Assert.Equal("John Smith", q.Speaker?.Text);
    }

    [Fact]
    public void Scare_quotes_and_nouns_are_not_quotes()
    {
        var (_, quotes) = Analyze("The so-called “peace plan” was on the table. His remarks drew criticism in the state.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void First_person_words_inside_a_quote_are_never_its_speaker()
    {
        var (_, quotes) = Analyze("“I said we would win, and we won,” the coach told reporters after the game.");
        var q = Assert.Single(quotes);
        Assert.Equal("the coach", q.Speaker?.Text);
    }

    [Fact]
    public void Headline_single_quotes_take_the_name_before_the_colon()
    {
        var (_, quotes) = Analyze("Elizabeth Warren to bank chief: ‘You Should Be Investigated Now.’\n\nThe hearing went on for hours.");
        var q = Assert.Single(quotes);
        Assert.Equal("You Should Be Investigated Now.", q.Text);
        Assert.Equal("Elizabeth Warren", q.Speaker?.Text);
    }

    [Fact]
    public void A_dateline_is_not_content_and_an_unresolved_he_takes_the_last_person()
    {
        var (doc, quotes) = Analyze("BERLIN, June 20 - The dam will hold through the weekend, officials said. Mayor Karl Huber said the river had peaked. He added that schools would reopen on Monday.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("The dam will hold through the weekend", quotes[0].Text);
        Assert.Equal("Karl Huber", EntityName(doc, quotes[1]));
        Assert.Equal("Karl Huber", EntityName(doc, quotes[2]));
    }

    [Fact]
    public void A_possessive_between_commas_is_not_an_apposition()
    {
        var (_, quotes) = Analyze("Governor Ellen Park spoke on Friday. Park, for her part, has denied that the budget was ever cut.");
        var q = Assert.Single(quotes);
        Assert.Equal("Park", q.Speaker?.Text);
    }

    [Fact]
    public void An_object_pronoun_is_never_the_speaker_of_a_participle()
    {
        var (doc, quotes) = Analyze("Senator Tom Reilly met his rivals on Sunday. Reilly went back to his earlier plan, saying that the tax would fall on the largest firms.");
        var q = Assert.Single(quotes);
        Assert.Equal("saying", q.Cue?.Text);
        Assert.Equal("Tom Reilly", EntityName(doc, q));
    }

    [Fact]
    public void A_pronoun_after_of_ends_the_speaker_phrase()
    {
        var (_, quotes) = Analyze("The workers gathered outside the plant. Most of them said they would strike next month.");
        var q = Assert.Single(quotes);
        Assert.Equal("Most of them", q.Speaker?.Text);
    }

    [Fact]
    public void A_participle_takes_the_speaker_of_the_cue_before_it()
    {
        var (_, quotes) = Analyze("“We are ready for the vote,” the chairman said, before adding that the count could take a week.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("the chairman", q.Speaker?.Text));
    }

    [Fact]
    public void A_noun_like_cue_inside_a_sentence_does_not_close_a_quote()
    {
        var (_, quotes) = Analyze("Maria Lopez won the primary in Ohio on Tuesday, a week after her loss in her home state of Texas.");
        Assert.Empty(quotes);
        var (_, sourced) = Analyze("The plant will close in March, officials said.");
        Assert.Equal("The plant will close in March", Assert.Single(sourced).Text);
    }

    [Fact]
    public void A_group_word_used_as_an_adjective_is_not_a_participles_speaker()
    {
        var (_, quotes) = Analyze("A farmer from Iowa won the Republican straw poll on Saturday by spending almost nothing and just saying that voters wanted change.");
        Assert.All(quotes, q => Assert.NotEqual("Republican", q.Speaker?.Text));
    }
}
