using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

/// <summary>Cues whose content is a noun phrase rather than a clause, on sentences written for these tests.</summary>
public class QuoteObjectTests
{
    private static IReadOnlyList<Quote> Analyze(string text) => QuoteStageTests.Analyze(text).Quotes;

    [Theory]
    [InlineData("Nora Blake pointed to the rising cost of bread.", "pointed to", "the rising cost of bread")]
    [InlineData("Nora Blake did not respond to requests for comment.", "respond to", "requests for comment")]
    [InlineData("Nora Blake warned of higher rents.", "warned of", "higher rents")]
    [InlineData("Nora Blake agreed with the plan.", "agreed with", "the plan")]
    public void A_cue_with_a_particle_takes_a_noun_phrase(string text, string cue, string content)
    {
        var q = Assert.Single(Analyze(text));
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(content, q.Text);
        Assert.Equal("Nora Blake", q.Speaker?.Text);
    }
}
