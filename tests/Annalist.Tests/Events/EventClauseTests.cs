using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Tests.Events;

using static EventFixtures;

// Fifth-round rules of the events stage (issue 7): which clause a date, an actor or a modal belongs to.
// Fixture sentences written for these tests.
public class EventClauseTests
{
    [Fact]
    public void An_intent_cue_stops_at_a_new_subject_after_a_conjunction()
    {
        var events = Analyze("Chad will evacuate 200 citizens and Niger arrested 30 men.");
        Assert.Equal("AGREE", Assert.Single(events, e => e.TriggerText == "evacuate").Type);
        Assert.Equal("COERCE", Assert.Single(events, e => e.TriggerText == "arrested").Type);
        // without a new subject the cue reaches the second verb: "will evacuate ... and arrest" is one intent
        Assert.Equal("THREATEN", Assert.Single(Analyze("Chad will evacuate 200 citizens and arrest 30 men."), e => e.TriggerText == "arrest").Type);
    }

    [Fact]
    public void A_time_after_a_later_verb_dates_that_verb_only()
    {
        var events = Analyze("Kenya rejected the plan and promised to rebuild the city by September.");
        Assert.Equal("2025-06-02", Assert.Single(events, e => e.Type == "REJECT").Date);
        Assert.Equal("2025-09", Assert.Single(events, e => e.Type == "AGREE").Date);
    }

    [Fact]
    public void A_time_before_both_verbs_still_dates_the_first()
    {
        var events = Analyze("On 3 May Kenya rejected the plan and promised to rebuild the city.");
        Assert.Equal("2025-05-03", Assert.Single(events, e => e.Type == "REJECT").Date);
    }

    [Fact]
    public void Parties_agreeing_on_sanctions_impose_them_on_the_content_s_recipient()
    {
        var sanction = Assert.Single(Analyze("Britain agreed to impose new sanctions on Iran."));
        Assert.Equal("SANCTION", sanction.Type);
        Assert.Contains(sanction.Recipients, r => r.Text == "Iran");
        Assert.Contains(sanction.Actors, a => a.Text == "Britain");
    }

    [Fact]
    public void A_promise_of_force_is_a_threat_against_the_content_s_recipient()
    {
        var threat = Assert.Single(Analyze("Chile promised to attack Bolivia."));
        Assert.Equal("THREATEN", threat.Type);
        Assert.Contains(threat.Recipients, r => r.Text == "Bolivia");
    }

    [Fact]
    public void A_passive_without_by_has_no_actor_even_inside_a_quote()
    {
        var killed = Assert.Single(Analyze("\u201CWe saw how civilians were killed in the square,\u201D said Omar Haddad, a doctor in Idlib."));
        Assert.Equal("ASSAULT", killed.Type);
        Assert.Empty(killed.Actors);
    }

    [Fact]
    public void The_subject_of_a_passive_is_its_recipient_and_by_names_the_actor()
    {
        var attack = Assert.Single(Analyze("Kenya was attacked by Somalia on Monday."));
        Assert.Equal(["Somalia"], attack.Actors.Select(a => a.Text));
        Assert.Equal(["Kenya"], attack.Recipients.Select(r => r.Text));
        attack = Assert.Single(Analyze("Two Kenyan soldiers were killed near the border."));
        Assert.Empty(attack.Actors);
    }

    [Fact]
    public void A_participle_with_a_to_complement_is_no_passive()
    {
        var promise = Assert.Single(Analyze("Vietnam is committed to lower tariffs."));
        Assert.Equal("AGREE", promise.Type);
        Assert.Contains(promise.Actors, a => a.Text == "Vietnam");
    }

    [Fact]
    public void A_noun_s_prospect_word_does_not_reach_past_a_conjunction()
    {
        // "plan" modifies its own noun phrase; the promise after "and" is told, not speculated
        var events = Analyze("Chad rejected the plan and pledged to hold talks with Niger.");
        Assert.Contains(events, e => e.Type == "REJECT");
        Assert.Contains(events, e => e.Type == "AGREE" && e.Modality != Modalities.Hypothetical);
        // right before its noun it still makes the event a prospect
        Assert.Equal(Modalities.Hypothetical, Assert.Single(Analyze("A possible attack on the border post worried officials in Chad.")).Modality);
    }
}

// The intent rule of the fifth round: verbs of plain kind that no trigger types, after an intent cue.
public class EventIntentTests
{
    [Theory]
    [InlineData("Peru will evacuate its outposts in the Amazon by June.", "AGREE", "Peru")]
    [InlineData("Norway plans to rebuild the harbour of Tromso.", "AGREE", "Norway")]
    [InlineData("Chad said it will not accept more migrants.", "REJECT", "Chad")]
    [InlineData("Sudan will allow the candidates to campaign freely.", "CONCEDE", "Sudan")]
    [InlineData("Ecuador vowed to punish Colombia.", "THREATEN", "Ecuador")]
    public void An_intended_act_of_plain_kind_is_a_commitment_or_a_threat(string text, string type, string actor)
    {
        var e = Assert.Single(Analyze(text));
        Assert.Equal(type, e.Type);
        Assert.Contains(e.Actors, a => a.Text == actor);
    }

    [Theory]
    [InlineData("The new vaccine will help millions of children.")]
    [InlineData("It will help the farmers of the valley.")]
    [InlineData("Officials fear the storm could destroy the harbour.")]
    public void No_commitment_without_an_actor_or_with_a_mere_possibility(string text) =>
        Assert.Empty(Analyze(text));

    [Fact]
    public void A_verb_the_lexicon_types_keeps_its_own_reading()
    {
        // "release" is a RETREAT trigger: intended, it is recoded as before, once
        var e = Assert.Single(Analyze("Mali will release the detained journalists."));
        Assert.Equal("AGREE", e.Type);
        Assert.Equal("release", e.TriggerText);
    }
}

// Withdrawals of non-military resources and pronouns after a verb of saying (fifth round).
public class EventWithdrawalTests
{
    [Theory]
    [InlineData("Canada withdrew its monitors from Haiti.", "SANCTION")]
    [InlineData("Ghana withdrew its peacekeeping troops from Mali.", "SANCTION")]
    [InlineData("Chad withdrew its troops from the border.", "RETREAT")]
    [InlineData("Ghana will withdraw its peacekeeping troops from Mali unless the junta holds elections.", "THREATEN")]
    public void Withdrawing_non_military_resources_is_a_sanction(string text, string type) =>
        Assert.Equal(type, Assert.Single(Analyze(text)).Type);

    [Fact]
    public void A_pronoun_after_a_verb_of_saying_is_the_one_who_says_it()
    {
        var e = Assert.Single(Analyze("Nigeria announced today that it will withdraw its monitors from Chad."));
        Assert.Equal("THREATEN", e.Type);
        Assert.Equal(["Nigeria"], e.Actors.Select(a => a.Text));
        Assert.Equal(["Chad"], e.Recipients.Select(a => a.Text));
    }

    [Theory]
    [InlineData("The inquiry concluded that the ministry must pay the farmers.", "concluded")]
    [InlineData("Sweden stressed that the ferry company should lower its prices.", "stressed")]
    public void A_finding_that_another_party_must_act_is_a_demand(string text, string trigger)
    {
        var demand = Assert.Single(Analyze(text), e => e.Type == "REQUEST");
        Assert.Equal(trigger, demand.TriggerText);
    }
}

// Peacekeepers and failed agreements (fifth round).
public class EventPeacekeepingTests
{
    [Theory]
    [InlineData("Kenyan peacekeepers arrived in Juba on Monday.", "Kenyan")]
    [InlineData("The deployment of Nigerian peacekeepers began in May.", "Nigerian")]
    [InlineData("Ghana sent peacekeepers to Lebanon.", "Ghana")]
    public void Peacekeepers_deployed_or_arrived_are_aid(string text, string actor)
    {
        var e = Assert.Single(Analyze(text));
        Assert.Equal("AID", e.Type);
        Assert.Contains(e.Actors, a => a.Text == actor);
    }

    [Fact]
    public void A_failed_agreement_is_a_rejection_and_a_plain_negation_is_not()
    {
        Assert.Equal("REJECT", Assert.Single(Analyze("Ghana and Togo failed to reach an agreement on the border.")).Type);
        var e = Assert.Single(Analyze("Ghana and Togo did not sign the agreement."));
        Assert.NotEqual("REJECT", e.Type);
    }
}

// Compound modifiers, appositives and readiness to attack (fifth round).
public class EventModifierTests
{
    [Fact]
    public void A_verb_form_joined_by_a_hyphen_is_a_modifier_not_an_event()
    {
        Assert.Equal("ASSAULT", Assert.Single(Analyze("Israel mounted its long-threatened invasion of the valley.")).Type);
        Assert.DoesNotContain(Analyze("A Western-backed resolution was vetoed by Russia."), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void The_subject_stands_before_an_appositive()
    {
        var e = Assert.Single(Analyze("Peru, a close ally of Chile, has rejected the proposal."));
        Assert.Equal(["Peru"], e.Actors.Select(a => a.Text));
        e = Assert.Single(Analyze("Pakistan, a key U.S. ally in the long war against the smugglers, has rejected the proposal."));
        Assert.Equal(["Pakistan"], e.Actors.Select(a => a.Text));
    }

    [Theory]
    [InlineData("The Chadian army prepared to attack the rebel town.", "MOBILIZE")]
    [InlineData("Rebels are preparing a major offensive against Sirte.", "MOBILIZE")]
    [InlineData("Chad is prepared to attack the rebels.", "THREATEN")]
    public void Getting_ready_to_attack_is_a_mobilization_and_being_willing_a_threat(string text, string type) =>
        Assert.Equal(type, Assert.Single(Analyze(text)).Type);
}

// Sixth round: the events of a sentence come in the order of their triggers, whichever rule found them.
public class EventOrderTests
{
    [Theory]
    [InlineData("Chad will evacuate the town; Niger condemned the attack.", "AGREE", "ACCUSE")]
    [InlineData("Togo will fund the school; Ghana praised the plan.", "AGREE", "SUPPORT")]
    public void An_intended_act_before_a_lexicon_trigger_comes_first(string text, string first, string second)
    {
        var events = Analyze(text);
        Assert.Equal([first, second], events.Select(e => e.Type));
        Assert.True(events[0].Trigger.Start < events[1].Trigger.Start);
    }
}

// Sixth round: a hyphenated compound is one word of a trigger phrase's gap ("lift * blockade").
public class EventGapTests
{
    [Theory]
    [InlineData("The navy lifted a long-standing blockade of the port.")]
    [InlineData("The navy lifted its three-week-old naval blockade of the port.")]
    public void A_hyphenated_compound_counts_as_one_word_of_a_gap(string text)
    {
        var retreat = Assert.Single(Analyze(text));
        Assert.Equal("RETREAT", retreat.Type);
    }

    [Fact]
    public void A_gap_still_takes_at_most_three_words()
    {
        Assert.DoesNotContain(Analyze("The navy lifted on a cold Monday its blockade of the port."), e => e.Type == "RETREAT");
    }
}

// Sixth round, PLOVER MOBILIZE: single-country exercises are MOBILIZE, joint ones COOPERATE military.
public class EventExerciseTests
{
    [Fact]
    public void One_country_s_war_games_are_a_mobilization()
    {
        var e = Assert.Single(Analyze("Iran staged war games near the Strait of Hormuz."));
        Assert.Equal(("MOBILIZE", "troops"), (e.Type, e.Mode));
    }

    [Theory]
    [InlineData("Chinese and Russian warships began war games in the Baltic Sea.")]
    [InlineData("France and Egypt held naval exercises off Alexandria.")]
    public void Exercises_of_two_countries_are_military_cooperation(string text)
    {
        var e = Assert.Single(Analyze(text));
        Assert.Equal(("COOPERATE", "military"), (e.Type, e.Context));
    }
}
