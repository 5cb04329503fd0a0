using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

public class QuoteLexiconTests
{
    [Theory]
    [InlineData("say", "says,sayed,saying")]
    [InlineData("deny", "denies,denied,denying")]
    [InlineData("argue", "argues,argued,arguing")]
    [InlineData("stress", "stresses,stressed,stressing")]
    public void Regular_forms_are_generated(string lemma, string forms) =>
        Assert.Equal([lemma, .. forms.Split(',')], QuoteLexicon.Inflect(lemma));

    [Fact]
    public void Irregular_and_particle_forms_come_from_the_list()
    {
        var lexicon = QuoteLexicon.Default;
        Assert.Equal("say", lexicon.Verb("said")?.Lemma);
        Assert.Equal("admit", lexicon.Verb("admitted")?.Lemma);
        Assert.True(lexicon.Verb("told")?.Speech);
        Assert.False(lexicon.Verb("found")?.Speech);
        Assert.True(lexicon.Verb("pointed") is { ParticleRequired: true, Particles: ["out", "to"] });
        Assert.True((lexicon.Classes("we") & QuoteWord.FirstPerson) != 0);
    }
}
