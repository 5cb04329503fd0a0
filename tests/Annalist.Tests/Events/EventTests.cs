using Annalist.Documents;
using Annalist.Entities;
using Annalist.Events;
using Annalist.Text;
using Annalist.Pipeline;

namespace Annalist.Tests.Events;

// Fixture sentences written for these tests.
public class EventTests
{
    private static (Event[] Events, Dictionary<string, Entity> Entities) Analyze(string text)
    {
        var doc = new Document("e", text, new DateOnly(2025, 6, 2));
        Pipelines.Default().Run(doc);
        Assert.Empty(doc.Diagnostics);
        var events = doc.Get(EventLayers.Events).ToArray();
        foreach (var e in events) Assert.Equal(e.TriggerText, text[e.Trigger.Start..e.Trigger.End]);
        return (events, doc.Get(EntityLayers.Entities).ToDictionary(x => x.Id));
    }

    private static string[] Names(IEnumerable<EventArgument> args, Dictionary<string, Entity> entities) =>
        [.. args.Select(a => a.Entity is { } id ? entities[id].Name : a.Text)];

    [Theory]
    [InlineData("Polish and Lithuanian ministers met in Vilnius on Tuesday.", "CONSULT", "met")]
    [InlineData("Germany imposed new sanctions on Iran.", "SANCTION", "imposed new sanctions")]
    [InlineData("The rebels freed twelve hostages.", "RETREAT", "freed")]
    [InlineData("Ukraine's drone attack on Crimea lasted an hour.", "ASSAULT", "drone attack")]
    [InlineData("France rejected the British plan.", "REJECT", "rejected")]
    [InlineData("Kenya accused Somalia of hosting militants.", "ACCUSE", "accused")]
    [InlineData("Thousands protested in Lagos.", "PROTEST", "protested")]
    [InlineData("The president called upon Japan to act.", "REQUEST", "called upon")]
    public void Finds_verbal_and_nominal_triggers(string text, string type, string trigger)
    {
        var (events, _) = Analyze(text);
        Assert.Contains(events, e => e.Type == type && e.TriggerText == trigger);
    }

    [Fact]
    public void Compound_actors_place_and_date()
    {
        var (events, entities) = Analyze("Polish and Lithuanian ministers met in Poland's Gdansk on May 3, 2025.");
        var e = Assert.Single(events);
        Assert.Equal(["Poland", "Lithuania"], Names(e.Actors, entities));
        Assert.Equal("Gdansk", e.Location?.Text);
        Assert.Equal("2025-05-03", e.Date);
        Assert.Equal("040", e.Cameo);
    }

    [Fact]
    public void Possessor_of_a_nominal_trigger_is_the_actor_and_on_phrase_the_recipient()
    {
        var (events, entities) = Analyze("Ukraine's drone attack on Russian bases damaged around 30 aircraft.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("drone", e.Mode);
        Assert.Equal(["Ukraine"], Names(e.Actors, entities));
        Assert.Equal(["Russia"], Names(e.Recipients, entities));
        var q = Assert.Single(e.Quantities);
        Assert.Equal(30, q.Value);
        Assert.True(q.Approximate);
    }

    [Theory]
    [InlineData("There was no progress on a ceasefire.", "RETREAT", Modalities.Negated)]
    [InlineData("Serbia might launch an attack on Kosovo.", "ASSAULT", Modalities.Hypothetical)]
    [InlineData("The minister said that Chad had attacked a border post.", "ASSAULT", Modalities.Reported)]
    [InlineData("Chad attacked a border post.", "ASSAULT", Modalities.Asserted)]
    public void Modality(string text, string type, string modality)
    {
        var (events, _) = Analyze(text);
        Assert.Equal(modality, Assert.Single(events, e => e.Type == type).Modality);
    }

    [Fact]
    public void Hypothetical_event_without_time_has_no_date_and_asserted_one_takes_the_article_date()
    {
        var (events, _) = Analyze("Serbia might launch an attack on Kosovo. Chad attacked a border post.");
        Assert.Null(events[0].Date);
        Assert.Equal("2025-06-02", events[1].Date);
    }

    [Theory]
    [InlineData("Norway will provide aid to Sudan.", "AGREE")]
    [InlineData("Turkey would impose sanctions on Syria.", "THREATEN")]
    [InlineData("Egypt will not accept the peace plan.", "REJECT")]
    public void Intended_events_are_recoded_as_PLOVER_does(string text, string type)
    {
        var (events, _) = Analyze(text);
        Assert.Contains(events, e => e.Type == type);
    }

    [Fact]
    public void Each_side_takes_the_parties_of_the_last_two_party_event()
    {
        var (events, entities) = Analyze("Armenian and Azerbaijani officials met on Monday. They later swapped prisoners, with 50 detainees freed by each side.");
        var swap = Assert.Single(events, e => e.Type == "RETREAT");
        Assert.Equal(["Armenia", "Azerbaijan"], Names(swap.Actors, entities));
        Assert.True(Assert.Single(swap.Quantities).Each);
    }

    [Fact]
    public void Inside_a_quote_we_is_the_speaker_and_the_event_is_reported()
    {
        var (events, entities) = Analyze("\"We held a summit in Riga with Estonia,\" said Emmanuel Macron.");
        var e = Assert.Single(events, x => x.Type == "CONSULT");
        Assert.Equal(Modalities.Reported, e.Modality);
        Assert.Equal(["Emmanuel Macron"], Names(e.Actors, entities));
        Assert.Equal(["Estonia"], Names(e.Recipients, entities));
    }

    [Fact]
    public void Directive_takes_in_its_content()
    {
        var (events, _) = Analyze("Canada urged Iran to release the prisoners.");
        Assert.Equal("REQUEST", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("Chile flatly rejected a Peruvian proposal to share the river.", "REJECT")]
    [InlineData("The miners rejected an ultimatum to end their strike.", "REJECT")]
    [InlineData("Farmers marched through Lyon to demand higher prices.", "PROTEST")]
    [InlineData("Nurses began a hunger strike outside the ministry demanding better pay.", "PROTEST")]
    public void Object_and_demand_are_taken_in(string text, string type)
    {
        var (events, _) = Analyze(text);
        Assert.Equal(type, Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("Inmates rioted at the jail in Lagos on Monday.", "PROTEST")]
    [InlineData("Mali rejected the proposed treaty.", "REJECT")]
    public void Verb_forms_after_an_article_are_not_triggers(string text, string type)
    {
        var (events, _) = Analyze(text);
        Assert.Equal(type, Assert.Single(events).Type);
    }

    [Fact]
    public void Nominal_event_after_a_background_word_is_dropped_when_another_is_told()
    {
        var (events, _) = Analyze("Police arrested forty people in Quito after violent protests on Friday.");
        Assert.Equal("COERCE", Assert.Single(events).Type);
        (events, _) = Analyze("Calm returned to Gaza after the ceasefire.");
        Assert.Equal("RETREAT", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("Hundreds of farmers demonstrated outside the parliament in Accra.", "PROTEST")]
    [InlineData("Norway gave Malawi a loan of ten million dollars.", "AID")]
    [InlineData("Officials said a new tariff was out of the question.", "REJECT")]
    [InlineData("The militia has sworn to attack the capital.", "THREATEN")]
    public void Second_round_triggers(string text, string type)
    {
        var (events, _) = Analyze(text);
        Assert.Contains(events, e => e.Type == type);
    }

    [Fact]
    public void Word_forms_are_generated()
    {
        var irregular = new Dictionary<string, (string, string)> { ["meet"] = ("met", "met") };
        Assert.Equal(["meet", "meets", "met", "met", "meeting"], Inflection.VerbForms("meet", irregular));
        Assert.Contains("banned", Inflection.VerbForms("ban", irregular));
        Assert.Contains("releasing", Inflection.VerbForms("release", irregular));
        Assert.Equal("talks", Inflection.Plural("talks"));
        Assert.Equal("attacks", Inflection.Plural("attack"));
    }

    [Fact]
    public void Cameo_mapping_is_built_from_the_table_format()
    {
        var table = "03: AGREE\n030: AGREE,  , diplomatic # Express intent\n0841: RETREAT, release,   legal # Return\n084: RETREAT,   ,  # Return\n";
        var lines = CameoCodes.Build(new StringReader(table));
        Assert.Contains("AGREE\t-\t030", lines);
        Assert.Contains("RETREAT\t-\t084", lines);
        Assert.Contains("RETREAT\trelease\t0841", lines);
    }

    [Fact]
    public void Every_type_has_a_cameo_code()
    {
        foreach (var t in new[] { "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT" })
            Assert.NotNull(CameoCodes.Default.Code(t, null));
    }
}
