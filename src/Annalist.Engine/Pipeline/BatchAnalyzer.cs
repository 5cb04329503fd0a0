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
    public static IEnumerable<AnalysisResult> Run(IEnumerable<ReadItem> items, AnalysisPipeline pipeline, int parallelism) =>
        Run(items, pipeline, parallelism, r => r).Select(x => x.Result);

    /// <summary>
    /// As <see cref="Run(IEnumerable{ReadItem}, AnalysisPipeline, int)"/>, and also applies
    /// <paramref name="finish"/> (for example serialization) on the worker thread.
    /// </summary>
    public static IEnumerable<(AnalysisResult Result, T Output)> Run<T>(
        IEnumerable<ReadItem> items, AnalysisPipeline pipeline, int parallelism, Func<AnalysisResult, T> finish)
    {
        parallelism = Math.Max(1, parallelism);
        if (parallelism == 1)
        {
            foreach (var item in items)
            {
                var r = Analyze(item, pipeline);
                yield return (r, finish(r));
            }
            yield break;
        }
        var window = new Queue<Task<(AnalysisResult, T)>>();
        var capacity = parallelism * 4;
        foreach (var item in items)
        {
            window.Enqueue(Task.Run(() =>
            {
                var r = Analyze(item, pipeline);
                return (r, finish(r));
            }));
            if (window.Count >= capacity) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    private static AnalysisResult Analyze(ReadItem item, AnalysisPipeline pipeline)
    {
        item = item.Load(); // a deferred file is read here, on the worker
        return item.Document is { } doc ? new AnalysisResult(item, pipeline.Run(doc)) : new AnalysisResult(item, item.IsSkipped);
    }
}
