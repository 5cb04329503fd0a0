using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Syntax;
using Annalist.Tests.Invariants;
using Annalist.Tests.Text;

namespace Annalist.Tests.Syntax;

/// <summary>Runs Specs/Syntax: expected arcs and lemmas on clear sentences, with the committed models.</summary>
public class SyntaxSpecTests
{
    private static readonly AnalysisPipeline Pipeline = Pipelines.WithSyntax();

    public static TheoryData<SpecCase> Dependencies => [.. SpecFile.Load("Syntax/dependencies.spec")];

    public static TheoryData<SpecCase> Lemmas => [.. SpecFile.Load("Syntax/lemmas.spec")];

    private static Document Analyze(string text)
    {
        var doc = new Document("spec", text);
        Assert.True(Pipeline.Run(doc), string.Join("; ", doc.Diagnostics));
        DocumentInvariants.Check(doc);
        return doc;
    }

    private static Token Find(Document doc, string word) =>
        doc.Tokens.FirstOrDefault(t => t.Text == word) is var t && t.Document is not null
            ? t : throw new Xunit.Sdk.XunitException($"no token '{word}' in: {doc.Text}");

    [Theory]
    [MemberData(nameof(Dependencies))]
    public void Parses_as_specified(SpecCase spec)
    {
        var doc = Analyze(spec.Input);
        var tree = string.Join("  ", doc.Tokens.Select(t => $"{t.Text}<-{t.Relation()}-{t.Head()?.Text ?? "ROOT"}"));
        foreach (var line in spec.Expected)
        {
            var parts = line.Split(' ');
            var token = Find(doc, parts[0]);
            Assert.True(parts[1] == token.Relation(), $"{parts[0]}: expected relation {parts[1]}, got {token.Relation()}. Tree: {tree}");
            if (parts[2] == "ROOT") Assert.True(token.IsRoot(), $"{parts[0]} should be the root. Tree: {tree}");
            else Assert.True(token.Head()?.Index == Find(doc, parts[2]).Index, $"{parts[0]}: expected head {parts[2]}, got {token.Head()?.Text ?? "ROOT"}. Tree: {tree}");
        }
    }

    [Theory]
    [MemberData(nameof(Lemmas))]
    public void Lemmatizes_as_specified(SpecCase spec)
    {
        var doc = Analyze(spec.Input);
        foreach (var line in spec.Expected)
        {
            var parts = line.Split(' ');
            var token = Find(doc, parts[0]);
            Assert.True(parts[1] == token.Lemma(), $"{parts[0]} ({token.Xpos()}): expected lemma {parts[1]}, got {token.Lemma()}");
        }
    }

    [Fact]
    public void Later_stages_can_walk_the_tree()
    {
        var doc = Analyze("Zelenskyy said that Ukraine has shown its capability.");
        var said = Find(doc, "said");
        Assert.Equal("VERB", said.Upos());
        Assert.Equal("VBD", said.Xpos());
        Assert.Contains(said.Children(), c => c.Text == "Zelenskyy" && c.Relation() == "nsubj");
        Assert.Null(said.Head());
        Assert.Equal(said.Index, Find(doc, "Zelenskyy").HeadIndex());
    }
}
