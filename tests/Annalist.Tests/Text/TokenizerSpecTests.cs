using Annalist.Documents;
using Annalist.Tests.Invariants;
using Annalist.Text;

namespace Annalist.Tests.Text;

public class TokenizerSpecTests
{
    private const string Spec = "Text/tokens.spec";

    public static TheoryData<string> Cases => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_specified(string title)
    {
        var c = SpecFile.Get(Spec, title);
        var expected = c.Expected.Single().Split(" | ");
        var tokens = Tokenizer.Tokenize(c.Input);
        var actual = tokens.Select(t => c.Input[t.Start..t.End]).ToArray();
        Assert.Equal(string.Join(" | ", expected), string.Join(" | ", actual));
        var doc = new Document("spec", c.Input);
        doc.Set(CoreLayers.Tokens, tokens);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Spec_has_enough_cases() => Assert.True(SpecFile.Load(Spec).Count >= 60);

    [Theory]
    [InlineData("https://example.com/x", TokenKind.Url)]
    [InlineData("a@b.org", TokenKind.Email)]
    [InlineData("@someone", TokenKind.Handle)]
    [InlineData("#tag", TokenKind.Handle)]
    [InlineData("1,000", TokenKind.Number)]
    [InlineData("word", TokenKind.Word)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("$", TokenKind.Symbol)]
    public void Sets_token_kind(string text, TokenKind kind)
    {
        var t = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal(kind, t.Kind);
    }

    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \r\n\t "));
        Assert.Empty(SentenceSplitter.Split("", []));
    }
}
