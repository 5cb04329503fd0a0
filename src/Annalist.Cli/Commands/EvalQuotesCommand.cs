using System.CommandLine;
using System.Globalization;
using Annalist.Evaluation;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval quotes</c>: quote content and speaker figures on PolNeAR with the Gender Gap Tracker's overlap protocol.</summary>
public static class EvalQuotesCommand
{
    private static readonly double[] Thresholds = [0.3, 0.8];

    public static Command Create()
    {
        var polnear = new Option<string>("--polnear") { Description = "The PolNeAR folder (holding data/<split>/text and attributions), e.g. ../shared/data/quotes/polnear.", Required = true };
        var split = new Option<string>("--split") { Description = "dev or train.", DefaultValueFactory = _ => "dev" };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when the speech-cue subset's F1 at overlap 0.3 is below this (0..1)." };
        var minSpeaker = new Option<double?>("--min-speaker") { Description = "Exit 1 when the speech-cue subset's speaker accuracy at overlap 0.3 is below this (0..1)." };
        var errors = new Option<int>("--errors") { Description = "Print this many missed, extra and wrong-speaker quotes." };
        var command = new Command("quotes", "Quote content P/R/F1 at overlap 0.3 and 0.8 (overlap / gold length) and speaker accuracy, on all attributions and on those with a speech cue.")
        {
            polnear, split, minF1, minSpeaker, errors,
        };
        command.SetAction(p => Run(p.GetValue(polnear)!, p.GetValue(split)!, p.GetValue(minF1), p.GetValue(minSpeaker), p.GetValue(errors)));
        return command;
    }

    private static int Run(string root, string split, double? minF1, double? minSpeaker, int errors)
    {
        var folder = Path.Combine(root, "data", split, "attributions");
        if (!EvalSupport.AllExist([folder])) return ExitCodes.BadUsage;
        List<PolnearArticle> articles;
        try { articles = PolnearCorpus.Load(root, split); }
        catch (Exception e) when (e is FormatException or IOException)
        {
            Console.Error.WriteLine($"error {ErrorCodes.BratUnreadable}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no annotated articles in {folder}");
            return ExitCodes.BadUsage;
        }
        var report = QuoteEvaluator.Evaluate(articles, Pipelines.Default(), Thresholds, errors);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"PolNeAR {split}: {report.Documents} articles, {report.Words:N0} words, analyzed in {report.Seconds:F1} s (whole default pipeline, one thread, first pass)"));
        Console.WriteLine($"{"attributions",-14} {"overlap",7} {"gold",6} {"found",6} {"match",6} {"P",7} {"R",7} {"F1",7} {"speaker",8}");
        for (var k = 0; k < Thresholds.Length; k++)
        {
            Console.WriteLine(Line("all", Thresholds[k], report.All[k]));
            Console.WriteLine(Line("speech cue", Thresholds[k], report.Speech[k]));
        }
        foreach (var example in report.Examples) Console.WriteLine("  " + example);
        var ok = EvalSupport.Check("speech-cue F1", report.Speech[0].F1, minF1)
            & EvalSupport.Check("speech-cue speaker accuracy", report.Speech[0].SpeakerAccuracy, minSpeaker);
        return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static string Line(string label, double threshold, QuoteScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-14} {threshold,7:F1} {s.Gold,6} {s.Predicted,6} {s.Matched,6} {s.Precision * 100,7:F2} {s.Recall * 100,7:F2} {s.F1 * 100,7:F2} {s.SpeakerAccuracy * 100,8:F2}");
}
