using Annalist.Text;

namespace Annalist.Tests.Text;

public class PlaceholderTests
{
    [Fact]
    public void Tokenizes_words() => Assert.Equal(2, Tokenizer.Tokenize("a b").Length);
}
