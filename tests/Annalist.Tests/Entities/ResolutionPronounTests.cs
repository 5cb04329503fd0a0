using Annalist.Entities;

namespace Annalist.Tests.Entities;

/// <summary>he/she and their forms: the nearest person before them whose gender fits.</summary>
public class ResolutionPronounTests
{
    [Fact]
    public void Pronouns_go_to_the_nearest_person_of_their_gender()
    {
        var doc = MarkedArticle.Resolve(
            "[Maria Lindgren|PERSON] met [Peter Oduya|PERSON] in the port. She said the strike was over; " +
            "he said his union disagreed. [Lindgren|PERSON] told him to wait for her letter.");
        var maria = doc.At("Maria Lindgren");
        var peter = doc.At("Peter Oduya");
        Assert.Equal(["Maria Lindgren", "She", "Lindgren", "her"], maria.Mentions.Select(m => m.Text));
        Assert.Equal(["Peter Oduya", "he", "his", "him"], peter.Mentions.Select(m => m.Text));
        Assert.Equal(MentionKinds.Pronoun, maria.Mentions[1].Kind);
        Assert.Equal(("female", "male"), (maria.Gender, peter.Gender));
    }

    [Fact]
    public void A_pronoun_gives_its_gender_to_a_person_whose_first_name_is_unknown()
    {
        var doc = MarkedArticle.Resolve(
            "[Tkachuk|PERSON] arrived late. She apologized. [Petr Halas|PERSON] waited, and then she left.");
        var tkachuk = doc.At("Tkachuk");
        Assert.Equal("female", tkachuk.Gender);
        Assert.Equal(["Tkachuk", "She", "she"], tkachuk.Mentions.Select(m => m.Text));
        Assert.Single(doc.At("Petr Halas").Mentions);
    }

    [Fact]
    public void Honorifics_give_a_gender()
    {
        var doc = MarkedArticle.Resolve("Mrs [Quenby|PERSON] and Mr. [Aldous Fairweather|PERSON] met. He spoke first.");
        Assert.Equal("female", doc.At("Quenby").Gender);
        Assert.Equal(["Aldous Fairweather", "He"], doc.At("Aldous Fairweather").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Pronouns_far_from_any_person_or_before_one_stay_unresolved()
    {
        var doc = MarkedArticle.Resolve(
            "He arrived first. [Jonas Petrauskas|PERSON] spoke. The hall was cold. Tea was served. The band played. " +
            "Night fell. He left.");
        Assert.Single(doc.At("Jonas Petrauskas").Mentions);
        Assert.False(doc.IsMention("He"));
    }
}
