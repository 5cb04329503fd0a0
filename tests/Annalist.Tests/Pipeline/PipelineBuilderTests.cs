using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;

namespace Annalist.Tests.Pipeline;

public class PipelineBuilderTests
{
    private static readonly Layer<string> Shout = new("shout");

    private sealed class FakeStage(string name, Layer[] requires, Layer[] produces, Action<Document> run) : IStage
    {
        public string Name => name;
        public IReadOnlyList<Layer> Requires => requires;
        public IReadOnlyList<Layer> Produces => produces;
        public void Run(Document document) => run(document);
    }

    [Fact]
    public void Missing_prerequisite_fails_at_build_naming_stage_and_layer()
    {
        var ex = Assert.Throws<PipelineException>(() => new PipelineBuilder().Add(new SentenceSplitter()).Build());
        Assert.Equal(ErrorCodes.MissingPrerequisite, ex.Code);
        Assert.Contains("'sentences'", ex.Message);
        Assert.Contains("'tokens'", ex.Message);
    }

    [Fact]
    public void Order_matters_a_prerequisite_later_in_the_list_does_not_count()
    {
        var builder = new PipelineBuilder().Add(new SentenceSplitter()).Add(new Tokenizer());
        Assert.Throws<PipelineException>(builder.Build);
    }

    [Fact]
    public void Two_producers_of_one_layer_are_refused()
    {
        var ex = Assert.Throws<PipelineException>(() => new PipelineBuilder().Add(new Tokenizer()).Add(new Tokenizer()).Build());
        Assert.Equal(ErrorCodes.DuplicateProducer, ex.Code);
    }

    [Fact]
    public void Failing_stage_is_contained_reported_and_its_dependents_skipped()
    {
        var ran = false;
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("boom", [], [Shout], _ => throw new InvalidOperationException("bad day")))
            .Add(new FakeStage("after", [Shout], [], _ => ran = true))
            .Add(new Tokenizer())
            .Build();
        var doc = new Document("d", "Still tokenized.");
        Assert.False(pipeline.Run(doc));
        Assert.False(ran);
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(ErrorCodes.StageFailed, d.Code);
        Assert.Contains("boom", d.Message);
        Assert.True(doc.Has(CoreLayers.Tokens));
    }

    [Fact]
    public void Default_pipeline_produces_tokens_and_sentences()
    {
        var doc = new Document("d", "One. Two.");
        Assert.True(Pipelines.Default().Run(doc));
        Assert.NotEmpty(doc.Tokens);
        Assert.Equal(doc.Text.Length, doc.Sentences[^1].End);
    }

    [Fact]
    public void Reading_an_unproduced_layer_names_it()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Document("d", "x").Get(Shout));
        Assert.Contains(ErrorCodes.LayerMissing, ex.Message);
        Assert.Contains("shout", ex.Message);
    }

    [Fact]
    public void A_layer_is_set_once()
    {
        var doc = new Document("d", "x");
        doc.Set(Shout, "X");
        var ex = Assert.Throws<InvalidOperationException>(() => doc.Set(Shout, "Y"));
        Assert.Contains(ErrorCodes.LayerAlreadySet, ex.Message);
        Assert.Equal("X", doc.Get(Shout));
    }
}
