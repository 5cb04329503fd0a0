using System.CommandLine;
using System.Globalization;
using Annalist.Evaluation;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval timex</c>: TempEval-3 time-expression figures against gold TimeML or MEANTIME.</summary>
public static class EvalTimexCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Gold TimeML files (*.tml) or MEANTIME CAT XML files (*.xml), or folders of them.", Required = true, AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "Label for the report." };
        var minStrict = new Option<double?>("--min-strict-f1") { Description = "Exit 1 when strict extent F1 is below this (0..1)." };
        var minRelaxed = new Option<double?>("--min-relaxed-f1") { Description = "Exit 1 when relaxed extent F1 is below this (0..1)." };
        var minType = new Option<double?>("--min-type-f1") { Description = "Exit 1 when type F1 is below this (0..1)." };
        var minValue = new Option<double?>("--min-value-f1") { Description = "Exit 1 when value F1 is below this (0..1)." };
        var errors = new Option<int>("--errors") { Description = "Print this many errors (missed, extra, wrong type or value)." };
        var command = new Command("timex", "Strict and relaxed extent F1, type F1 and value F1 as the TempEval-3 scorer defines them.")
        {
            gold, name, minStrict, minRelaxed, minType, minValue, errors,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(name), parse.GetValue(minStrict), parse.GetValue(minRelaxed),
            parse.GetValue(minType), parse.GetValue(minValue), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string[] paths, string? name, double? minStrict, double? minRelaxed, double? minType, double? minValue, int errors)
    {
        if (!EvalSupport.AllExist(paths)) return ExitCodes.BadUsage;
        var files = EvalSupport.Files(paths, IsGold);
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no TimeML or MEANTIME files in {string.Join(", ", paths)}");
            return ExitCodes.BadUsage;
        }
        List<TimexGoldDocument> docs;
        try { docs = TimexEvaluator.Load(files); }
        catch (Exception e) when (e is FormatException or System.Xml.XmlException or IOException)
        {
            Console.Error.WriteLine($"error {ErrorCodes.TimeMLUnreadable}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        var report = TimexEvaluator.Evaluate(name ?? string.Join(", ", paths), docs, Pipelines.Default(), errors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Name}: {report.Documents} documents, {report.Strict.Gold} gold and {report.Strict.Predicted} predicted time expressions"));
        Console.WriteLine(Line("strict extent", report.Strict));
        Console.WriteLine(Line("relaxed extent", report.Relaxed));
        Console.WriteLine(Line("type", report.Type));
        Console.WriteLine(Line("value", report.Value));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  speed           {report.Characters:N0} characters in {report.Seconds:F3} s = {report.Characters / Math.Max(report.Seconds, 1e-9) / 1e6:F2} MB/s (tokens, sentences and times, one thread, second pass)"));
        foreach (var example in report.Examples) Console.WriteLine("  " + example);
        var ok = EvalSupport.Check("strict F1", report.Strict.F1, minStrict) & EvalSupport.Check("relaxed F1", report.Relaxed.F1, minRelaxed)
            & EvalSupport.Check("type F1", report.Type.F1, minType) & EvalSupport.Check("value F1", report.Value.F1, minValue);
        return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static bool IsGold(string f) =>
        f.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".TE3input", StringComparison.OrdinalIgnoreCase)
        || (f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("MEANTIME_", StringComparison.Ordinal));

    private static string Line(string label, TimexScore s) => string.Create(CultureInfo.InvariantCulture,
        $"  {label,-15} P {s.Precision * 100:F2}  R {s.Recall * 100:F2}  F1 {s.F1 * 100:F2}");

}
