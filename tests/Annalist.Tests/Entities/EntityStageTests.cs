using System.Collections.Immutable;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Entities.Resolution;
using Annalist.Export;
using Annalist.Pipeline;
using Annalist.Text;

namespace Annalist.Tests.Entities;

public class EntityStageTests
{
    /// <summary>A stand-in for the NER stage: sets the mentions layer to fixed mentions.</summary>
    private sealed class FixedMentions(Func<Document, ImmutableArray<NamedMention>> mentions) : IStage
    {
        public string Name => "mentions";
        public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens];
        public IReadOnlyList<Layer> Produces => [EntityLayers.Mentions];
        public void Run(Document document) => document.Set(EntityLayers.Mentions, mentions(document));
    }

    private static NamedMention Word(Document d, string word, string type)
    {
        var tokens = d.Get(CoreLayers.Tokens);
        var i = tokens.ToList().FindIndex(t => d.Text[t.Start..t.End] == word);
        return new NamedMention(i, 1, tokens[i].Start, tokens[i].End, type);
    }

    [Fact]
    public void Stage_requires_mentions_and_produces_entities()
    {
        var stage = new EntityStage();
        Assert.Equal("entities", stage.Name);
        Assert.Equal([CoreLayers.Tokens, CoreLayers.Sentences, EntityLayers.Mentions], stage.Requires);
        Assert.Equal([EntityLayers.Entities], stage.Produces);
        var missing = Assert.Throws<PipelineException>(() => new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(stage).Build());
        Assert.Contains("mentions", missing.Message);
    }

    [Fact]
    public void Runs_in_a_pipeline_after_a_mentions_producer_and_the_writer_fills_the_entities_section()
    {
        var builder = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter());
        builder.Add(new FixedMentions(d => [Word(d, "Kyiv", "GPE"), Word(d, "Russian", "GROUP")]));
        var pipeline = builder.Add(new EntityStage()).Build();
        var doc = new Document("d", "Kyiv is cold, said a Russian official.");
        pipeline.Run(doc);
        Assert.Empty(doc.Diagnostics);

        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonContractWriter.WriterOptions(indented: false)))
            JsonContractWriter.Write(w, doc);
        var entities = JsonDocument.Parse(buffer.ToArray()).RootElement.GetProperty("entities");
        Assert.Equal(2, entities.GetArrayLength());
        var kyiv = entities[0];
        Assert.Equal("Kyiv", kyiv.GetProperty("name").GetString());
        Assert.Equal("GPE", kyiv.GetProperty("type").GetString());
        Assert.Equal("UKR", kyiv.GetProperty("country").GetString());
        var russia = entities[1];
        Assert.Equal(("country:RUS", "Russia", "Q159"), (russia.GetProperty("id").GetString(), russia.GetProperty("name").GetString(), russia.GetProperty("wikidata").GetString()));
        var mention = russia.GetProperty("mentions")[0];
        Assert.Equal((21, 28, "Russian", "demonym"), (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32(),
            mention.GetProperty("text").GetString(), mention.GetProperty("kind").GetString()));
        Assert.False(kyiv.TryGetProperty("wikidata", out _));
    }

    [Fact]
    public void The_default_pipeline_finds_names_then_resolves_them()
    {
        var names = Pipelines.Default().Stages.Select(s => s.Name).ToList();
        Assert.True(names.IndexOf("mentions") >= 0 && names.IndexOf("mentions") < names.IndexOf("entities"));
        var doc = new Document("d", "President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said Ukraine needs help.");
        Pipelines.Default().Run(doc);
        var zelenskyy = Assert.Single(doc.Get(EntityLayers.Entities), e => e.Type == "PERSON");
        Assert.Equal("Q3874799", zelenskyy.Wikidata);
        Assert.Equal(2, zelenskyy.Mentions.Count(m => m.Kind == "name"));
    }

    [Fact]
    public void No_mentions_no_entities_and_bad_mentions_are_skipped()
    {
        var doc = MarkedArticle.Resolve("He said nothing at all.");
        Assert.Empty(doc.Entities());
        var odd = MarkedArticle.Prepare("Talks in Oslo went on.");
        var tokens = odd.Get(CoreLayers.Tokens);
        var resolved = EntityResolver.Default.Resolve(odd.Text, tokens, odd.Get(CoreLayers.Sentences),
            [new NamedMention(2, 1, tokens[2].Start, tokens[2].End, "GPE"), new NamedMention(40, 3, 0, 1, "PERSON"), new NamedMention(3, 0, 0, 0, "ORGANIZATION")], null);
        var oslo = Assert.Single(resolved);
        Assert.Equal("Oslo", oslo.Name);
    }
}
