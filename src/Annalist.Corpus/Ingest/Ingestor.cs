using System.Collections.Concurrent;
using System.Diagnostics;
using Annalist.Corpus.Store;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Reading;

namespace Annalist.Corpus.Ingest;

/// <summary>What an ingest did; <see cref="Failed"/> documents were reported and left out.</summary>
public sealed record IngestSummary(int Added, int AlreadyStored, int Failed, int Skipped, TimeSpan Elapsed, TimeSpan Writing);

/// <summary>One problem with one input, as the ingest reports it.</summary>
public sealed record IngestProblem(string Location, Diagnostic Diagnostic);

/// <summary>Progress after each input item (<see cref="Location"/> is the item just finished) and at the end.</summary>
public sealed record IngestProgress(int Done, int Added, int AlreadyStored, int Failed, TimeSpan Elapsed, string? Location = null);

/// <summary>
/// Reads, analyzes and stores articles. Analysis runs on several threads; the calling thread
/// writes batches in input order, each batch one transaction. An article whose text is stored
/// already is not analyzed again, so a rerun after a crash only does the missing work, and
/// nothing is half-written: a batch is in the store whole or not at all.
/// </summary>
public sealed class Ingestor(ICorpusStore store, AnalysisPipeline pipeline)
{
    /// <summary>Articles per transaction: large enough that commits cost little, small enough that a crash loses little work.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>A batch is also written when it is this old, so a slow feed still lands steadily.</summary>
    public TimeSpan BatchAge { get; init; } = TimeSpan.FromSeconds(2);

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public IngestSummary Run(IEnumerable<ReadItem> items, Action<IngestProblem> report, Action<IngestProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // Hashes of articles read but not yet committed, so the same article twice in the input is
        // analyzed once; the store answers (from any thread) for committed ones.
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var gated = items.Select(item => ReadItem.Deferred(item.Location, () => Gate(item.Load(), seen)));
        // Articles go into the open transaction as they arrive (nothing analyzed waits in memory);
        // a commit every BatchSize articles, or BatchAge, makes them durable together.
        ICorpusBatch? batch = null;
        var pending = new List<string>(BatchSize); // hashes written but not committed
        var batchStarted = clock.Elapsed;
        int done = 0, added = 0, already = 0, failed = 0, skipped = 0;
        var writing = TimeSpan.Zero;

        void Flush()
        {
            if (batch is null) return;
            var started = clock.Elapsed;
            batch.Commit();
            batch.Dispose();
            batch = null;
            writing += clock.Elapsed - started;
            // committed: the store answers for these now, so the run's own memory stays flat
            foreach (var hash in pending) seen.TryRemove(hash, out _);
            pending.Clear();
        }

        try
        {
            foreach (var (result, record) in BatchAnalyzer.Run(gated, pipeline, Parallelism, Finish))
            {
                done++;
                var item = result.Item;
                if (item.Error is { Code: ErrorCodes.AlreadyStored })
                    already++;
                else if (item.Error is { } error)
                {
                    report(new IngestProblem(item.Location, error));
                    if (item.IsSkipped) skipped++; else failed++;
                }
                else if (!result.Succeeded || record is null)
                {
                    foreach (var d in item.Document!.Diagnostics.Where(d => d.Severity == Severity.Error))
                        report(new IngestProblem(item.Location, d));
                    failed++;
                }
                else
                {
                    foreach (var d in item.Document!.Diagnostics) report(new IngestProblem(item.Location, d));
                    var started = clock.Elapsed;
                    if (batch is null)
                    {
                        batch = store.BeginBatch();
                        batchStarted = started;
                    }
                    if (batch.Add(record)) added++; else already++;
                    pending.Add(record.Hash);
                    writing += clock.Elapsed - started;
                }
                if (pending.Count >= BatchSize || (batch is not null && clock.Elapsed - batchStarted >= BatchAge)) Flush();
                progress?.Invoke(new IngestProgress(done, added, already, failed, clock.Elapsed, item.Location));
            }
            Flush();
            var settling = clock.Elapsed;
            store.SettleNames();
            writing += clock.Elapsed - settling;
        }
        finally
        {
            batch?.Dispose(); // an exception left it uncommitted: roll it back
        }
        progress?.Invoke(new IngestProgress(done, added, already, failed, clock.Elapsed));
        return new IngestSummary(added, already, failed, skipped, clock.Elapsed, writing);
    }

    /// <summary>Leaves out, before analysis, an article stored already or met earlier in this run.</summary>
    private ReadItem Gate(ReadItem item, ConcurrentDictionary<string, byte> seen)
    {
        if (item.Document is not { } doc) return item;
        var hash = DocumentRecord.HashOf(doc.Text);
        if (!seen.TryAdd(hash, 0)) return AlreadyStored(item);
        if (!store.Contains(hash)) return item;
        seen.TryRemove(hash, out _);
        return AlreadyStored(item);
    }

    private static ReadItem AlreadyStored(ReadItem item) =>
        ReadItem.Skipped(item.Location, ErrorCodes.AlreadyStored, "already stored (same text)");

    private static DocumentRecord? Finish(AnalysisResult result) =>
        result.Succeeded && result.Document is { } doc ? DocumentRecord.From(doc, result.Item.Location) : null;
}
