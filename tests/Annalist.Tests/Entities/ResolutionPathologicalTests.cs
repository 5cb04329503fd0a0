using System.Text;
using Annalist.Documents;
using Annalist.Entities.Resolution;

namespace Annalist.Tests.Entities;

/// <summary>
/// Long articles that could make resolution quadratic: one person named thousands of times (by
/// surname, title and pronoun), two people sharing a surname, a capital and demonyms over and over.
/// An article four times as long may take at most 8 times as long: a linear resolver takes about
/// 4x, a quadratic one 16x, and the margin absorbs a loaded machine (never a tight timing).
/// </summary>
[Collection(TimingCollection.Name)]
public class ResolutionPathologicalTests
{
    public static TheoryData<string> Inputs => new() { "one-person", "shared-surname", "capitals" };

    private static string Build(string kind, int units)
    {
        var sb = new StringBuilder(kind switch
        {
            "one-person" => "Defence Minister [Halvard Brekkestad|PERSON] of [Norvia|GPE] arrived. ",
            "shared-surname" => "[Ines Marlowe|PERSON] and [Caspar Marlowe|PERSON] arrived. ",
            _ => "[Ukraine|GPE] and [Russia|GPE] met. ",
        });
        for (var i = 0; i < units; i++)
            sb.Append(kind switch
            {
                "one-person" => "[Brekkestad|PERSON] said he was tired. The defence minister left, and his aides stayed. ",
                "shared-surname" => i % 2 == 0 ? "[Marlowe|PERSON] spoke. [Ines Marlowe|PERSON] agreed. " : "[Caspar Marlowe|PERSON] left. [Marlowe|PERSON] waved. ",
                _ => "[Kyiv|GPE]'s drones hit [Russian|GROUP] bases, and [Moscow|GPE] said talks in [Vilnius|GPE] would wait. ",
            });
        return sb.ToString();
    }

    private static double Seconds(Document doc) => ThreadCpu.Best(() => Assert.NotEmpty(EntityResolver.Default.Resolve(doc)));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Stays_linear(string kind)
    {
        Seconds(MarkedArticle.Prepare(Build(kind, 100))); // warm up
        var small = Seconds(MarkedArticle.Prepare(Build(kind, 2_500)));
        var large = Seconds(MarkedArticle.Prepare(Build(kind, 10_000)));
        Assert.True(large < 10, $"{kind}: 10,000 units took {large:F2} s");
        Assert.True(large < 8 * small + 0.05, $"{kind}: {small:F3} s for 2,500 units but {large:F3} s for 10,000 (not linear)");
    }

    [Fact]
    public void A_long_article_keeps_one_entity_per_person_and_all_its_mentions()
    {
        var doc = MarkedArticle.Prepare(Build("one-person", 2_000));
        new EntityStage().Run(doc);
        Invariants.DocumentInvariants.Check(doc);
        var person = doc.At("Halvard Brekkestad");
        Assert.Equal(1 + 2_000 * 4, person.Mentions.Length); // the name, then per unit: surname, he, the defence minister, his
    }
}
