using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Annalist.Corpus.Timelines;
using Annalist.Corpus.Timelines.Scoring;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist eval tls</c>: builds one timeline per Timeline17 gold timeline and scores it as
/// news-tls does (date F1, concat ROUGE-1/2, alignment ROUGE-1/2 "align+ m:1"), averaging
/// precision and recall over the timelines before taking F1.
/// </summary>
public static class EvalTlsCommand
{
    public static Command Create()
    {
        var t17 = new Option<string>("--t17") { Description = "The Timeline17 folder (one folder per topic with InputDocs/ and timelines/), e.g. ../shared/data/timelines/timeline17.", Required = true };
        var topics = new Option<string?>("--topics") { Description = "Only these topics, comma-separated (e.g. bpoil_bbc,MJ_bbc)." };
        var span = new Option<string>("--span") { Description = "gold: articles published and dates within the gold timeline's first and last date, as news-tls; all: every article and date.", DefaultValueFactory = _ => "gold" };
        span.AcceptOnlyFromAmong("gold", "all");
        var parallel = new Option<int>("--parallel") { Description = "Articles analyzed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cache = new Option<string?>("--cache") { Description = "Keep each topic's analyzed sentences in this folder and reuse them (for tuning; delete it after changing the analyzers)." };
        var output = new Option<string?>("--out") { Description = "Write each predicted timeline to this folder in the Timeline17 format." };
        var set = new Option<string[]>("--set") { Description = "Override a builder weight, e.g. --set dates.published=0.3 (see TimelineOptions).", AllowMultipleArgumentsPerToken = true };
        var minDateF1 = new Option<double?>("--min-date-f1") { Description = "Exit 1 when the average date F1 is below this (0..1)." };
        var minRouge1 = new Option<double?>("--min-rouge1") { Description = "Exit 1 when the average concat ROUGE-1 F1 is below this (0..1)." };
        var command = new Command("tls", "Timeline summarization on Timeline17: date F1, concat and alignment ROUGE-1/2, as news-tls reports them.")
        {
            t17, topics, span, parallel, cache, output, set, minDateF1, minRouge1,
        };
        command.SetAction(p => Run(p.GetValue(t17)!, p.GetValue(topics), p.GetValue(span)!, p.GetValue(parallel), p.GetValue(cache),
            p.GetValue(output), p.GetValue(set) ?? [], p.GetValue(minDateF1), p.GetValue(minRouge1)));
        return command;
    }

    private static int Run(string root, string? topicList, string span, int parallel, string? cache, string? output,
        string[] overrides, double? minDateF1, double? minRouge1)
    {
        if (!EvalSupport.AllExist([root])) return ExitCodes.BadUsage;
        if (parallel <= 0) return Usage("--parallel must be positive");
        var options = new TimelineOptions();
        foreach (var o in overrides)
            if (!TimelineOptionOverrides.TryApply(options, o, out options, out var error)) return Usage(error);
        var only = topicList?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var topics = Timeline17.Load(root, only);
        if (topics.Count == 0)
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no Timeline17 topics (InputDocs/ and timelines/) under {root}");
            return ExitCodes.BadUsage;
        }
        TopicSource source = TimelineSources.Ingest(parallel);
        if (cache is not null) source = TimelineSources.Cached(cache, source);

        var inv = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        var scores = new List<TimelineScore>();
        Console.WriteLine($"{"topic",-22} {"timeline",-12} {"dates",5} {"k",2} {"date F1",8} {"R1",7} {"R2",7} {"AR1",7} {"AR2",7}");
        foreach (var topic in topics)
        {
            var sentences = source(topic);
            foreach (var gold in topic.Gold)
            {
                DateOnly? from = span == "gold" ? gold.First : null, to = span == "gold" ? gold.Last : null;
                var input = sentences.Where(s => from is null || (s.Published is { } p && p >= from && p <= to));
                var timeline = TimelineBuilder.Build(input, options with
                {
                    MaxDates = gold.Days.Days.Count,
                    SentencesPerDate = gold.SentencesPerDate,
                    From = from,
                    To = to,
                });
                var score = TimelineScorer.Score(timeline.ToSummaries(), gold.Days);
                scores.Add(score);
                Console.WriteLine(Row(topic.Name, gold.Name, gold.Days.Days.Count, gold.SentencesPerDate, score));
                if (output is not null) Write(output, topic.Name, gold.Name, timeline);
            }
        }
        var average = TimelineScore.Average(scores);
        Console.WriteLine(Row("average", $"{scores.Count} tl", 0, 0, average));
        Console.WriteLine(string.Create(inv, $"{topics.Count} topics, {scores.Count} timelines in {clock.Elapsed.TotalSeconds:F1} s (span {span}); F1 from precision and recall averaged over timelines, as news-tls"));
        var ok = EvalSupport.Check("date F1", average.Dates.F1, minDateF1)
            & EvalSupport.Check("concat ROUGE-1 F1", average.Concat1.F1, minRouge1);
        return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static string Row(string topic, string timeline, int dates, int k, TimelineScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{topic,-22} {Short(timeline),-12} {(dates > 0 ? dates.ToString(CultureInfo.InvariantCulture) : ""),5} {(k > 0 ? k.ToString(CultureInfo.InvariantCulture) : ""),2} {s.Dates.F1,8:F4} {s.Concat1.F1,7:F4} {s.Concat2.F1,7:F4} {s.Align1.F1,7:F4} {s.Align2.F1,7:F4}");

    private static string Short(string name) => name.Length <= 12 ? name : name[..11] + "~";

    private static void Write(string folder, string topic, string name, Timeline timeline)
    {
        Directory.CreateDirectory(folder);
        using var w = new StreamWriter(Path.Combine(folder, $"{topic}.{name}.txt"));
        TimelineWriter.WriteTilse(w, timeline);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: {message}");
        return ExitCodes.BadUsage;
    }
}
