using Annalist.Documents;
using Annalist.Evaluation;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Tests.Events;

using static EventFixtures;

// Third-round rules of the events stage (issue 7). Fixture sentences written for these tests.
public class EventRulesTests
{
    [Theory]
    [InlineData("The new plant will meet the demand for power in Tunisia.")]
    [InlineData("The ministry released a statement on Tuesday.")]
    [InlineData("Chile and Peru signed a free trade pact.", "SUPPORT", "AGREE")]
    [InlineData("The village lies close to the border with Niger.")]
    [InlineData("Two aid workers were seen in Juba.")]
    public void Uses_of_trigger_words_that_are_no_event_are_vetoed(string text, params string[] allowed)
    {
        Assert.All(Analyze(text), e => Assert.Contains(e.Type, allowed));
    }

    [Theory]
    [InlineData("Soldiers cordoned off the market in Goma.", "COERCE")]
    [InlineData("The court acquitted the former mayor of Lyon.", "CONCEDE")]
    [InlineData("Ghana postponed the talks with Togo.", "REJECT")]
    [InlineData("Divers rescued twelve fishermen off Crete.", "AID")]
    [InlineData("Rebels beheaded a farmer near Beni.", "ASSAULT")]
    [InlineData("The minister chided Peru for its silence.", "ACCUSE")]
    [InlineData("Kenya issued an appeal for calm.", "REQUEST")]
    [InlineData("The two navies will hold joint exercises next month.", "AGREE")]
    public void Third_round_triggers(string text, string type)
    {
        Assert.Contains(Analyze(text), e => e.Type == type);
    }

    [Theory]
    [InlineData("Police fired tear gas at students in Dhaka.", "ASSAULT")]
    [InlineData("The rebels laid down their weapons in Bangui.", "RETREAT")]
    [InlineData("Japan extended a loan of five billion yen to Laos.", "AID")]
    [InlineData("The president granted a pardon to two journalists.", "CONCEDE")]
    public void Phrases_after_the_petrarch_verb_synsets(string text, string type)
    {
        Assert.Contains(Analyze(text), e => e.Type == type);
    }

    [Fact]
    public void A_verb_of_saying_before_an_obligation_of_another_party_is_a_demand()
    {
        var demand = Assert.Single(Analyze("Norway said that the ferry company must lower its prices."), e => e.Type == "REQUEST");
        Assert.Equal("said", demand.TriggerText);
        Assert.Contains(demand.Actors, a => a.Text == "Norway");
        // one's own obligation or an impersonal one is no demand
        Assert.DoesNotContain(Analyze("The minister said we must act quickly."), e => e.Type == "REQUEST");
        Assert.DoesNotContain(Analyze("Mongolia said it should be patient."), e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("Floods have killed more than 120 people in eastern Kenya.")]
    [InlineData("The earthquake that struck the valley killed 300 villagers.")]
    [InlineData("Eleven people were killed in a bus crash near Quito.")]
    [InlineData("The virus has killed 40 people in Ohio since March.")]
    public void Deaths_no_one_inflicted_are_no_assault(string text) =>
        Assert.DoesNotContain(Analyze(text), e => e.Type == "ASSAULT");

    [Theory]
    [InlineData("Forecasters in Quito warned that more rain was expected on Sunday.")]
    [InlineData("The health agency of Chile warns of a flu outbreak this winter.")]
    public void A_warning_of_a_hazard_is_no_threat(string text) =>
        Assert.DoesNotContain(Analyze(text), e => e.Type == "THREATEN");

    [Fact]
    public void A_warning_of_an_act_stays_a_threat() =>
        Assert.Contains(Analyze("Bolivia warned that it would close the border with Peru."), e => e.Type == "THREATEN");

    [Theory]
    [InlineData("Rebels killed 14 soldiers in an ambush near Goma.")]
    [InlineData("Two men were killed in an exchange of fire with the police.")]
    [InlineData("Nine people were killed in cold blood by gunmen.")]
    [InlineData("Drone strikes killed at least 14 people in northern Iraq.")]
    public void Deaths_by_force_stay_an_assault(string text) =>
        Assert.Contains(Analyze(text), e => e.Type == "ASSAULT");

    [Fact]
    public void A_reported_event_after_another_is_what_is_said_about_it()
    {
        var events = Analyze("Ecuador expelled the consul of Peru, saying he had organized the attack.");
        Assert.Equal("SANCTION", Assert.Single(events).Type);
        // the first event of a sentence stays reported
        events = Analyze("Officials said the rebels attacked a convoy near Goma.");
        Assert.Equal(Modalities.Reported, Assert.Single(events).Modality);
    }

    [Theory]
    [InlineData("Ghana withdrew from the regional alliance in March.", "SANCTION")]
    [InlineData("Chad will pull out of the pact.", "THREATEN")]
    public void Leaving_a_treaty_or_group_is_a_sanction_not_a_retreat(string text, string type)
    {
        Assert.Equal(type, Assert.Single(Analyze(text)).Type);
    }

    [Fact]
    public void Postponing_a_meeting_is_one_rejection_not_a_meeting()
    {
        var events = Analyze("Ghana postponed its meeting with Togo.");
        Assert.Equal("REJECT", Assert.Single(events).Type);
    }

    [Fact]
    public void A_promise_of_force_is_a_threat()
    {
        var events = Analyze("The governor promised raids on the smugglers' camps.");
        Assert.Equal("THREATEN", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("The governor pledged to end the raids on the smugglers' camps.")]
    [InlineData("The ministry promised to halt the shelling of the border towns.")]
    public void A_promise_to_stop_force_is_no_threat(string text)
    {
        var events = Analyze(text);
        Assert.Contains(events, e => e.Type == "AGREE");
        Assert.DoesNotContain(events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void Only_a_promise_verb_turns_into_a_threat()
    {
        // an event recoded AGREE by "about to" is no promise verb: what follows does not make it a threat
        var events = Analyze("Peru is about to restore full ties with Chile, years after crowds burned down its embassy.");
        Assert.DoesNotContain(events, e => e.Type == "THREATEN");
        Assert.Contains(events, e => e.Type == "AGREE");
    }

    [Fact]
    public void Forces_moved_in_an_assault_are_not_a_mobilization_of_their_own()
    {
        var events = Analyze("The army deployed tanks and shelled the town of Kidal.");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void What_may_happen_after_a_told_event_is_its_content()
    {
        var events = Analyze("Bolivia warned that the miners could block the highway.");
        Assert.Equal("THREATEN", Assert.Single(events).Type);
        // told only by a verb of saying, the hypothetical event stays
        events = Analyze("The minister speculated that Chad might attack the post.");
        Assert.Equal(Modalities.Hypothetical, Assert.Single(events).Modality);
    }

    [Fact]
    public void Petrarch_records_map_cameo_codes_and_skip_unmapped_ones()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var table = Path.Combine(dir.FullName, "table.txt");
            File.WriteAllText(table, "04: CONSULT\n040: CONSULT, ,  # Consult\n173: COERCE, arrest, legal # Arrest\n");
            var xml = Path.Combine(dir.FullName, "records.xml");
            File.WriteAllText(xml, """
                <Validation><Sentences>
                <Sentence date="19950101" id="A-1" category="X" sentence="true">
                <EventCoding sourcecode="ABCGOV" targetcode="DEF" eventcode="040"></EventCoding>
                <EventCoding sourcecode="DEF" targetcode="ABC" eventcode="173"></EventCoding>
                <Text>
                Abcland met   Defland.
                </Text></Sentence>
                <Sentence date="19950101" id="A-2" category="X" sentence="true">
                <EventCoding sourcecode="ABC" targetcode="DEF" eventcode="021"></EventCoding>
                <Text>Unmapped.</Text></Sentence>
                <Sentence date="19950101" id="A-3" category="X" sentence="true">
                <EventCoding noevents = "True"></EventCoding>
                <Text>Nothing happened.</Text></Sentence>
                <Sentence date="19950101" id="A-4" category="X" sentence="false">
                <EventCoding sourcecode="ABC" targetcode="DEF" eventcode="040"></EventCoding>
                <Text>Switched off.</Text></Sentence>
                </Sentences></Validation>
                """);
            var records = PetrarchRecords.Load(xml, table, out var skipped);
            Assert.Equal(2, skipped);
            Assert.Equal(["A-1", "A-3"], records.Select(r => r.Id));
            Assert.Equal("Abcland met Defland.", records[0].Text);
            Assert.Equal(["CONSULT", "COERCE"], records[0].Events.Select(e => e.Type));
            Assert.Equal("ABCGOV", records[0].Events[0].Sources[0].Code);
            Assert.Empty(records[1].Events);
            Assert.Equal(new DateOnly(1995, 1, 1), records[0].Date);
        }
        finally { dir.Delete(true); }
    }
}
