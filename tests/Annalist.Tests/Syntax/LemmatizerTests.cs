using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

public class LemmatizerTests
{
    private static readonly Lemmatizer Lexicon = SyntaxModels.Tagger.Lemmatizer;

    [Theory]
    [InlineData("said", "VBD", "say")]
    [InlineData("says", "VBZ", "say")]
    [InlineData("told", "VBD", "tell")]
    [InlineData("freed", "VBN", "free")]
    [InlineData("freed", "VBD", "free")]
    [InlineData("met", "VBD", "meet")]
    [InlineData("was", "VBD", "be")]
    [InlineData("children", "NNS", "child")]
    [InlineData("better", "JJR", "good")]
    [InlineData("'s", "VBZ", "be")]
    [InlineData("'s", "POS", "'s")]
    [InlineData("Kyiv", "NNP", "Kyiv")]
    public void Committed_lexicon_and_rules(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Lexicon.Lemmatize(form, xpos));

    [Theory]
    [InlineData("stopped", "VBD", "stop")]
    [InlineData("voted", "VBD", "vote")]
    [InlineData("agreed", "VBN", "agree")]
    [InlineData("carried", "VBD", "carry")]
    [InlineData("making", "VBG", "make")]
    [InlineData("running", "VBG", "run")]
    [InlineData("cities", "NNS", "city")]
    [InlineData("boxes", "NNS", "box")]
    [InlineData("reports", "NNS", "report")]
    [InlineData("Americans", "NNPS", "American")]
    [InlineData("bigger", "JJR", "big")]
    [InlineData("The", "DT", "the")]
    [InlineData("2,000", "CD", "2,000")]
    public void Rules_alone(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Rules(form, xpos));
}
