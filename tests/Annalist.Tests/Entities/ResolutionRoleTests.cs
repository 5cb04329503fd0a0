using Annalist.Entities;

namespace Annalist.Tests.Entities;

/// <summary>Titles and nominal mentions: "The Ukrainian President", "the defence minister".</summary>
public class ResolutionRoleTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 2);

    [Fact]
    public void The_demonym_and_title_refer_to_the_person_holding_that_office()
    {
        var doc = MarkedArticle.Resolve(
            "[Ukrainian|GROUP] and [Turkish|GROUP] diplomats met. President [Volodymyr Zelenskyy|PERSON] asked for air defence. " +
            "The [Ukrainian|GROUP] President also said the talks must go on.", June2025);
        var z = doc.At("Volodymyr Zelenskyy");
        Assert.Equal(("wd:Q3874799", "Q3874799", "Volodymyr Zelenskyy"), (z.Id, z.Wikidata, z.Name));
        var nominal = Assert.Single(z.Mentions, m => m.Kind == MentionKinds.Nominal);
        Assert.Equal("The Ukrainian President", nominal.Text);
        Assert.Equal("President of Ukraine", z.Role);
        Assert.Equal("UKR", z.Country);
        // the demonym inside the nominal is still a mention of Ukraine
        Assert.Equal("country:UKR", doc.At("Ukrainian", 1).Id);
    }

    [Fact]
    public void A_role_introduced_in_the_article_is_found_again_by_its_words()
    {
        var doc = MarkedArticle.Resolve(
            "The delegation of [Ostravia|GPE] is led by Defence Minister [Teodor Varga|PERSON]. Its spokeswoman, [Ilse Brandt|PERSON], " +
            "spoke to reporters. Later the defence minister said a deal was close, and the spokeswoman agreed.");
        var varga = doc.At("Teodor Varga");
        Assert.Equal(["Teodor Varga", "the defence minister"], varga.Mentions.Select(m => m.Text));
        Assert.Equal("Defence Minister", varga.Role);
        var brandt = doc.At("Ilse Brandt");
        Assert.Equal(["Ilse Brandt", "the spokeswoman"], brandt.Mentions.Select(m => m.Text));
        Assert.Equal("female", brandt.Gender);
    }

    [Fact]
    public void A_general_role_word_finds_someone_with_a_more_specific_title()
    {
        var doc = MarkedArticle.Resolve("Foreign Minister [Aino Lindqvist|PERSON] flew home. The minister declined to comment.");
        Assert.Equal(["Aino Lindqvist", "The minister"], doc.At("Aino Lindqvist").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void An_appositive_gives_a_title_and_a_country_through_a_capital()
    {
        var doc = MarkedArticle.Resolve(
            "[Russia|GPE] sent its team. [Moscow|GPE]'s lead negotiator, [Vladimir Medinsky|PERSON], confirmed receipt. " +
            "[Rustem Umerov|PERSON], [Ukraine|GPE]'s defence minister, said little.", June2025);
        var medinsky = doc.At("Vladimir Medinsky");
        Assert.Equal("lead negotiator of Russia", medinsky.Role);
        Assert.Equal("RUS", medinsky.Country);
        Assert.Equal("defence minister of Ukraine", doc.At("Rustem Umerov").Role);
        Assert.Single(medinsky.Mentions); // a title before a name is not a mention of its own
    }

    [Fact]
    public void With_no_holder_in_the_article_the_gazetteer_holder_on_the_article_date_is_used()
    {
        const string text = "The [American|GROUP] president met the [Ukrainian|GROUP] President on Friday.";
        var in2025 = MarkedArticle.Resolve(text, June2025);
        var trump = in2025.Entities().Single(e => e.Id == "wd:Q22686");
        Assert.Equal("The American president", Assert.Single(trump.Mentions).Text);
        Assert.Equal(MentionKinds.Nominal, trump.Mentions[0].Kind);
        Assert.Contains(in2025.Entities(), e => e.Id == "wd:Q3874799" && e.Mentions.Single().Text == "the Ukrainian President");
        var in2023 = MarkedArticle.Resolve(text, new DateOnly(2023, 3, 1));
        Assert.Contains(in2023.Entities(), e => e.Id == "wd:Q6279"); // the 2022 list's president, before the dated fact starts
        Assert.DoesNotContain(in2023.Entities(), e => e.Id == "wd:Q22686");
    }

    [Fact]
    public void Former_and_deputy_roles_and_unheld_roles_are_not_mentions()
    {
        var doc = MarkedArticle.Resolve(
            "President [Eda Kallio|PERSON] spoke. The former president disagreed, the deputy president was away, " +
            "and the prime minister stayed silent. [Norvia|GPE]'s general public cheered.");
        var kallio = doc.At("Eda Kallio");
        Assert.Single(kallio.Mentions);
        Assert.Equal(2, doc.Entities().Length); // Kallio and Norvia: no entity for the prime minister nobody named
    }

    [Fact]
    public void A_role_word_followed_by_a_capitalized_word_is_part_of_a_name()
    {
        var doc = MarkedArticle.Resolve("President [Eda Kallio|PERSON] stayed at the President Hotel.");
        Assert.Single(doc.At("Eda Kallio").Mentions);
    }
}
