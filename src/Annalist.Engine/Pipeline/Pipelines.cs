using Annalist.Text;
using Annalist.Time;

namespace Annalist.Pipeline;

/// <summary>The pipelines the command line and library users start from.</summary>
public static class Pipelines
{
    /// <summary>Every stage built so far, in order.</summary>
    public static AnalysisPipeline Default() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            // syntax stages (tagger, lemmatizer, parser) go here
            .Add(new TimeTagger())
            .Build();
}
