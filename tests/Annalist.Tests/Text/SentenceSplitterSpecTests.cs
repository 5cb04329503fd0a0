using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Invariants;

namespace Annalist.Tests.Text;

public class SentenceSplitterSpecTests
{
    private const string Spec = "Text/sentences.spec";

    public static TheoryData<string> Cases => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_specified(string title)
    {
        var c = SpecFile.Get(Spec, title);
        var expected = c.Expected.Select(l => SpecFile.Unescape(l.StartsWith("> ", StringComparison.Ordinal) ? l[2..] : l)).ToArray();
        var doc = new Document("spec", c.Input);
        Assert.True(Pipelines.Default().Run(doc));
        DocumentInvariants.Check(doc);
        var actual = doc.Sentences.Select(s => s.Text).ToArray();
        Assert.Equal(string.Join("\n> ", expected), string.Join("\n> ", actual));
    }

    [Fact]
    public void Spec_has_enough_cases() => Assert.True(SpecFile.Load(Spec).Count >= 40);
}
