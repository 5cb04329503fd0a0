using Annalist.Entities.Ner;
using Annalist.Events;
using Annalist.Entities.Resolution;
using Annalist.Quantities;
using Annalist.Quotes;
using Annalist.Syntax;
using Annalist.Text;
using Annalist.Time;

namespace Annalist.Pipeline;

/// <summary>The pipelines the command line and library users start from.</summary>
public static class Pipelines
{
    /// <summary>
    /// What <c>annalist analyze</c> runs by default: tokens, sentences, time expressions, names, entities, quotes, quantities and events.
    /// The syntax stages are left out until they fit the speed budget of the whole pipeline
    /// (docs/EVAL.md: tagging and parsing cost about 14 ms an article today).
    /// </summary>
    public static AnalysisPipeline Default() => Build(syntax: false);

    /// <summary>The default stages plus the tagger, lemmatizer and parser (<c>analyze --syntax</c>).</summary>
    public static AnalysisPipeline WithSyntax() => Build(syntax: true);

    /// <summary>
    /// Starts loading the models and word lists the default stages share (NER model, gazetteer
    /// and its name index, word clusters, resolution lists) on the thread pool, so a short run
    /// loads them side by side while it reads its input; the stages wait for whatever is not
    /// ready yet (each is a thread-safe lazy value).
    /// </summary>
    public static void Preload()
    {
        Start(() => _ = NerModels.Tagger);
        Start(() => _ = NerLexicon.Default);
        Start(() => { _ = Entities.Clusters.WordClusters.Default; _ = EntityResolver.Default; });
    }

    // A failed load is not this thread's to report: the lazy value keeps the exception and the
    // stage that needs it fails with it, contained like any stage failure.
    private static void Start(Action load) => ThreadPool.QueueUserWorkItem(_ =>
    {
        try { load(); }
        catch (Exception) { }
    });

    private static AnalysisPipeline Build(bool syntax)
    {
        var builder = new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter());
        if (syntax)
            builder.Add(new TaggerStage()).Add(new LemmaStage()).Add(new ParserStage());
        // names first, then entities: resolution clusters the NER stage's mentions; quotes take their speakers from the entities
        return builder.Add(new TimeTagger()).Add(new NerStage()).Add(new EntityStage()).Add(new QuoteStage()).Add(new QuantityTagger()).Add(new EventStage()).Build();
    }
}
