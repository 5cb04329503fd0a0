using Annalist.Documents;
using Annalist.Reading;

namespace Annalist.Pipeline;

/// <summary>One input item after analysis; <see cref="Succeeded"/> is false for read or stage errors.</summary>
public sealed record AnalysisResult(ReadItem Item, bool Succeeded)
{
    public Document? Document => Item.Document;
}

/// <summary>
/// Analyzes a stream of documents on several threads and hands the results back in input
/// order. At most a small window of documents is in flight, so memory does not grow with the
/// size of the corpus.
/// </summary>
public static class BatchAnalyzer
{
    public static IEnumerable<AnalysisResult> Run(IEnumerable<ReadItem> items, AnalysisPipeline pipeline, int parallelism)
    {
        parallelism = Math.Max(1, parallelism);
        if (parallelism == 1)
        {
            foreach (var item in items) yield return Analyze(item, pipeline);
            yield break;
        }
        var window = new Queue<Task<AnalysisResult>>();
        var capacity = parallelism * 4;
        foreach (var item in items)
        {
            window.Enqueue(Task.Run(() => Analyze(item, pipeline)));
            if (window.Count >= capacity) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    private static AnalysisResult Analyze(ReadItem item, AnalysisPipeline pipeline) =>
        item.Document is { } doc ? new AnalysisResult(item, pipeline.Run(doc)) : new AnalysisResult(item, item.IsSkipped);
}
