using Annalist.Entities;

namespace Annalist.Tests.Entities;

/// <summary>Demonyms, capitals standing for their country, and which gazetteer entry a place links to.</summary>
public class ResolutionPlaceTests
{
    [Fact]
    public void Demonyms_are_mentions_of_their_country()
    {
        var doc = MarkedArticle.Resolve(
            "[Russian|GROUP] and [Ukrainian|GROUP] officials met. [Ukrainians|GROUP] watched on television while " +
            "[Russia|GPE] and [Ukraine|GPE] traded claims.");
        var russia = doc.At("Russia", 1); // the first "Russia" is inside "Russian"
        Assert.Equal(("country:RUS", "Russia", "GPE", "Q159"), (russia.Id, russia.Name, russia.Type, russia.Wikidata));
        Assert.Same(russia, doc.At("Russian"));
        Assert.Equal(MentionKinds.Demonym, russia.Mentions[0].Kind);
        var ukraine = doc.At("Ukraine");
        Assert.Same(ukraine, doc.At("Ukrainian"));
        Assert.Same(ukraine, doc.At("Ukrainians"));
        Assert.Equal("UKR", ukraine.Country);
    }

    [Fact]
    public void A_seat_of_government_is_its_office_with_its_country()
    {
        // typed as places by the tagger, as CoNLL-2003 does; the facts make them organizations that can act
        var doc = MarkedArticle.Resolve("The [White House|GPE] and the [Kremlin|GPE] traded statements after [Congress|ORGANIZATION] voted.");
        var office = doc.At("White House");
        Assert.Equal(("org:white-house", "ORGANIZATION", "USA"), (office.Id, office.Type, office.Country));
        Assert.Equal(("ORGANIZATION", "RUS"), (doc.At("Kremlin").Type, doc.At("Kremlin").Country));
        Assert.Equal(("United States Congress", "USA"), (doc.At("Congress").Name, doc.At("Congress").Country));
    }

    [Fact]
    public void A_state_institution_named_by_common_words_is_the_one_of_the_country_the_article_is_about()
    {
        var egypt = MarkedArticle.Resolve(
            "Protests spread across [Egypt|GPE]. The [Interior Ministry|ORGANIZATION] said 40 were held. [Egyptian|GROUP] police fired tear gas " +
            "and the [International Criminal Court|ORGANIZATION] was asked to look. [Iran|GPE] said nothing.");
        var ministry = egypt.At("Interior Ministry");
        Assert.Equal(("org:egy-interior-ministry", "EGY"), (ministry.Id, ministry.Country));
        Assert.Null(egypt.At("International Criminal Court").Country); // no single state's
        var iran = MarkedArticle.Resolve("[Iran|GPE]'s [Interior Ministry|ORGANIZATION] denied it.");
        Assert.Equal("org:irn-interior-ministry", iran.At("Interior Ministry").Id);
        // no country named twice, or two named as often: the name stays unkeyed
        var none = MarkedArticle.Resolve("[Egypt|GPE] and [Iran|GPE] spoke. The [Interior Ministry|ORGANIZATION] said nothing.");
        Assert.Equal(("org:interior-ministry", null), (none.At("Interior Ministry").Id, none.At("Interior Ministry").Country));
    }

    [Theory]
    [InlineData("[Transocean Ltd.|ORGANIZATION] owned the rig.", "Transocean Ltd.")]
    [InlineData("[Transocean|ORGANIZATION] owned the rig.", "Transocean")]
    [InlineData("[Transocean Inc|ORGANIZATION] owned it too.", "Transocean Inc")]
    public void A_companys_id_leaves_out_its_legal_form(string marked, string name) =>
        Assert.Equal("org:transocean", MarkedArticle.Resolve(marked).At(name).Id);

    [Fact]
    public void A_one_word_name_that_is_a_legal_form_keeps_its_id() =>
        Assert.Equal("org:ag", MarkedArticle.Resolve("[AG|ORGANIZATION] said it would sell.").At("AG").Id);

    [Fact]
    public void A_short_office_alias_in_news_of_other_countries_is_not_that_office()
    {
        var india = MarkedArticle.Resolve("[Congress|ORGANIZATION] leaders in [India|GPE] rejected the budget. The [White House|GPE] said nothing.");
        Assert.NotEqual("United States Congress", india.At("Congress").Name);
        Assert.NotEqual("USA", india.At("Congress").Country);
        Assert.Equal("USA", india.At("White House").Country); // its own name is never another office
        var us = MarkedArticle.Resolve("[Congress|ORGANIZATION] passed the bill and the [United States|GPE] will pay.");
        Assert.Equal(("United States Congress", "USA"), (us.At("Congress").Name, us.At("Congress").Country));
    }

    [Fact]
    public void An_organization_takes_the_one_country_the_article_gives_it()
    {
        var doc = MarkedArticle.Resolve(
            "[Iran|GPE]'s [Foreign Ministry|ORGANIZATION] protested. The [Russian Defence Ministry|ORGANIZATION] denied it. " +
            "[Germany|GPE]'s [Foreign Office|ORGANIZATION] and [Britain|GPE]'s [Foreign Office|ORGANIZATION] issued warnings. " +
            "[Apple|ORGANIZATION] said sales rose.");
        Assert.Equal("IRN", doc.At("Foreign Ministry").Country);
        Assert.Equal("RUS", doc.At("Russian Defence Ministry").Country);
        Assert.Null(doc.At("Foreign Office").Country); // two countries for one name: neither
        Assert.Null(doc.At("Apple").Country);
    }

    [Fact]
    public void A_group_that_is_no_demonym_stays_a_group()
    {
        var doc = MarkedArticle.Resolve("The [Greenfield Conservatives|GROUP] walked out.");
        var e = doc.At("Greenfield Conservatives");
        Assert.Equal(("GROUP", "group:greenfield-conservatives"), (e.Type, e.Id));
    }

    [Fact]
    public void A_capital_acting_for_its_named_country_is_the_country()
    {
        var doc = MarkedArticle.Resolve(
            "Talks between [Russia|GPE] and [Ukraine|GPE] stalled after [Kyiv|GPE]'s drone strike. " +
            "Allies pledged support to [Kyiv|GPE]. [Kyiv|GPE] needs air defence, an adviser said. " +
            "[Moscow|GPE]'s chief negotiator left early.");
        var ukraine = doc.At("Ukraine");
        Assert.Same(ukraine, doc.At("Kyiv"));
        Assert.Same(ukraine, doc.At("Kyiv", 1));
        Assert.Same(ukraine, doc.At("Kyiv", 2));
        Assert.Equal(MentionKinds.Metonym, ukraine.Mentions.First(m => m.Text == "Kyiv").Kind);
        Assert.Same(doc.At("Russia"), doc.At("Moscow"));
        Assert.DoesNotContain(doc.Entities(), e => e.Name == "Kyiv" || e.Name == "Moscow");
    }

    [Fact]
    public void A_capital_as_a_place_stays_the_city()
    {
        var doc = MarkedArticle.Resolve(
            "[Lithuania|GPE] and [Ukraine|GPE] held a summit in [Vilnius|GPE]. The minister travelled to [Kyiv|GPE] afterwards, " +
            "where [Kyiv|GPE]'s mayor met him in central [Kyiv|GPE]. Rockets struck [Kyiv|GPE] at night. [Kyiv|GPE], [Ukraine|GPE]: " +
            "the streets of [Kyiv|GPE] were quiet.");
        var vilnius = doc.At("Vilnius");
        Assert.Equal(("Vilnius", "GPE", "LTU"), (vilnius.Name, vilnius.Type, vilnius.Country));
        Assert.StartsWith("city:", vilnius.Id);
        var kyiv = doc.At("Kyiv");
        Assert.Equal("Kyiv", kyiv.Name);
        for (var k = 1; k <= 5; k++) Assert.Same(kyiv, doc.At("Kyiv", k));
        Assert.Equal(["Ukraine", "Ukraine"], doc.At("Ukraine").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_capital_whose_country_is_not_named_is_the_country_only_before_a_verb_of_speech()
    {
        var doc = MarkedArticle.Resolve("[Moscow|GPE] denied the report. Snow fell on [Moscow|GPE] all week. [Paris|GPE] is lovely.");
        Assert.Equal("country:RUS", doc.At("Moscow").Id);
        Assert.Equal(MentionKinds.Metonym, doc.At("Moscow").Mentions[0].Kind);
        Assert.Equal("Moscow", doc.At("Moscow", 1).Name); // Russia is not named and no verb of speech follows
        Assert.Equal(("Paris", "FRA"), (doc.At("Paris").Name, doc.At("Paris").Country));
    }

    [Fact]
    public void Places_prefer_the_country_then_the_capital_and_link_aliases()
    {
        var doc = MarkedArticle.Resolve("[Georgia|GPE] and [America|GPE] signed; [London|GPE] and [Turkey|GPE] watched.");
        Assert.Equal("country:GEO", doc.At("Georgia").Id);
        var usa = doc.At("America");
        Assert.Equal(("country:USA", "United States", "Q30"), (usa.Id, usa.Name, usa.Wikidata));
        Assert.Equal("GBR", doc.At("London").Country);
        Assert.Equal("country:TUR", doc.At("Turkey").Id);
    }

    [Fact]
    public void A_gazetteer_name_with_the_wrong_type_still_links_when_it_is_the_only_entry()
    {
        var doc = MarkedArticle.Resolve("Leaders of the [Bucharest Nine|GPE] and the [Nordic Countries|LOCATION] met [Europe|GPE]'s envoys.");
        Assert.Equal(("org:bucharest-nine", "ORGANIZATION"), (doc.At("Bucharest Nine").Id, doc.At("Bucharest Nine").Type));
        Assert.Equal("ORGANIZATION", doc.At("Nordic Countries").Type);
        Assert.Equal(("loc:europe", "LOCATION"), (doc.At("Europe").Id, doc.At("Europe").Type));
    }
}
