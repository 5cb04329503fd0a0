using Annalist.Entities;

namespace Annalist.Tests.Entities;

/// <summary>Names of one entity: full name, surname, titles, typos, acronyms; and what stays apart.</summary>
public class ResolutionNameTests
{
    [Fact]
    public void Full_name_surname_and_title_are_one_person()
    {
        var doc = MarkedArticle.Resolve(
            "Chief Engineer [Halvard Brekkestad|PERSON] opened the dam on Monday. [Brekkestad|PERSON] said the turbines " +
            "were ready. Later, Mr. [Brekkestad|PERSON] thanked the crews, and [Halvard|PERSON] waved.");
        var e = doc.At("Halvard Brekkestad");
        Assert.Equal("PERSON", e.Type);
        Assert.Equal("Halvard Brekkestad", e.Name);
        Assert.Equal("person:halvard-brekkestad", e.Id);
        Assert.Null(e.Wikidata);
        Assert.Same(e, doc.At("Brekkestad", 1));
        Assert.Same(e, doc.At("Brekkestad", 2));
        Assert.Same(e, doc.At("Halvard", 1));
        Assert.Single(doc.Entities());
    }

    [Fact]
    public void A_title_inside_the_mention_is_not_part_of_the_name()
    {
        var doc = MarkedArticle.Resolve("[President Helena Aardenburg|PERSON] spoke first. [Aardenburg|PERSON] then left.");
        var e = doc.At("President Helena Aardenburg");
        Assert.Equal("Helena Aardenburg", e.Name);
        Assert.Equal("person:helena-aardenburg", e.Id);
        Assert.Same(e, doc.At("Aardenburg", 1));
        Assert.Equal("President", e.Role);
        Assert.Equal("female", e.Gender);
    }

    [Fact]
    public void A_misspelled_long_surname_joins_the_person_but_short_names_need_to_match_exactly()
    {
        var doc = MarkedArticle.Resolve(
            "[Dagny Wolkenstein|PERSON] signed the decree. [Wolkenstien|PERSON] later defended it. " +
            "[Tom Lee|PERSON] and [Lea|PERSON] disagreed; [Bram Otte|PERSON] and [Otto|PERSON] too.");
        Assert.Same(doc.At("Dagny Wolkenstein"), doc.At("Wolkenstien"));
        Assert.NotSame(doc.At("Tom Lee"), doc.At("Lea"));
        Assert.NotSame(doc.At("Bram Otte"), doc.At("Otto"));
    }

    [Fact]
    public void People_sharing_a_surname_stay_apart_and_a_lone_surname_goes_to_the_nearest_before()
    {
        var doc = MarkedArticle.Resolve(
            "[Ines Marlowe|PERSON] won the seat. Her brother [Caspar Marlowe|PERSON] lost his. " +
            "[Marlowe|PERSON] blamed the weather.");
        Assert.NotSame(doc.At("Ines Marlowe"), doc.At("Caspar Marlowe"));
        Assert.Same(doc.At("Caspar Marlowe"), doc.At("Marlowe", 2));
    }

    [Fact]
    public void An_initial_matches_the_first_name()
    {
        var doc = MarkedArticle.Resolve("[Radomir Kasprzak|PERSON] arrived. A note signed [R. Kasprzak|PERSON] was read out.");
        Assert.Same(doc.At("Radomir Kasprzak"), doc.At("R. Kasprzak"));
    }

    [Fact]
    public void An_acronym_joins_the_name_whose_initials_it_spells()
    {
        var doc = MarkedArticle.Resolve(
            "The [Federation of Northern Grain Traders|ORGANIZATION] met in the port. The [FNGT|ORGANIZATION] wants lower tariffs, " +
            "and [Baltic Rail Freight|ORGANIZATION] agrees; [BRF|ORGANIZATION] ships most of it. [XYZ|ORGANIZATION] does not.");
        var federation = doc.At("Federation of Northern Grain Traders");
        Assert.Same(federation, doc.At("FNGT"));
        Assert.Equal("Federation of Northern Grain Traders", federation.Name);
        Assert.Equal("org:federation-of-northern-grain-traders", federation.Id);
        Assert.Same(doc.At("Baltic Rail Freight"), doc.At("BRF"));
        Assert.NotSame(federation, doc.At("XYZ"));
    }

    [Fact]
    public void Gazetteer_abbreviations_link_to_the_organisation()
    {
        var doc = MarkedArticle.Resolve("The [United Nations|ORGANIZATION] asked for calm. A [UN|ORGANIZATION] convoy and [NATO|ORGANIZATION] observers waited.");
        var un = doc.At("United Nations");
        Assert.Same(un, doc.At("UN"));
        Assert.Equal(("wd:Q1065", "Q1065", "ORGANIZATION"), (un.Id, un.Wikidata, un.Type));
        Assert.Equal("wd:Q7184", doc.At("NATO").Id);
    }

    [Fact]
    public void Unknown_names_get_ids_from_name_and_type_the_same_in_every_document()
    {
        var a = MarkedArticle.Resolve("[Orla Fennimore|PERSON] runs [Kestrel Harbour Works|ORGANIZATION].");
        var b = MarkedArticle.Resolve("Yesterday [Kestrel Harbour Works|ORGANIZATION] hired [Orla Fennimore|PERSON] again.");
        Assert.Equal("person:orla-fennimore", a.At("Orla Fennimore").Id);
        Assert.Equal(a.At("Orla Fennimore").Id, b.At("Orla Fennimore").Id);
        Assert.Equal("org:kestrel-harbour-works", a.At("Kestrel Harbour Works").Id);
        Assert.Equal(a.At("Kestrel Harbour Works").Id, b.At("Kestrel Harbour Works").Id);
    }

    [Fact]
    public void The_same_word_as_a_person_and_a_place_is_two_entities()
    {
        var doc = MarkedArticle.Resolve("[Jordan|PERSON] flew to [Jordan|GPE] on Friday.");
        var person = doc.At("Jordan");
        var country = doc.At("Jordan", 1);
        Assert.Equal("PERSON", person.Type);
        Assert.Null(person.Wikidata); // a PERSON mention never links to a country
        Assert.Equal("country:JOR", country.Id);
    }

    [Fact]
    public void Entities_come_in_order_of_first_mention_with_mentions_in_text_order()
    {
        var doc = MarkedArticle.Resolve(
            "[Mirela Voss|PERSON] visited [Lisbon|GPE]. [Voss|PERSON] liked [Lisbon|GPE]. [Porto|GPE] was next for [Voss|PERSON].");
        Assert.Equal(["Mirela Voss", "Lisbon", "Porto"], doc.Entities().Select(e => e.Name));
        Assert.Equal(["Mirela Voss", "Voss", "Voss"], doc.At("Mirela Voss").Mentions.Select(m => m.Text));
        Assert.All(doc.At("Mirela Voss").Mentions, m => Assert.Equal(MentionKinds.Name, m.Kind));
    }
}
