using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Annalist.Evaluation;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval events</c>: PLOVER type recall and precision and source-actor accuracy on PLOVER gold records.</summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var plover = new Option<string?>("--plover") { Description = "PLOVER gold records, e.g. ../shared/data/events/gold/PLOVER_GSR_CAMEO.dev.json." };
        var petrarch = new Option<string?>("--petrarch") { Description = "PETRARCH-2 unit-test records instead, e.g. ../shared/data/events/gold/PETR.UnitTest.records.xml (CAMEO codes mapped to PLOVER)." };
        var cameoTable = new Option<string?>("--cameo-table") { Description = "The CAMEO-to-PLOVER table for --petrarch (default: ../plover/CAMEO2PLOVER-2021.txt beside the records' folder)." };
        var minRecall = new Option<double?>("--min-recall") { Description = "Exit 1 when type recall is below this (0..1)." };
        var minPrecision = new Option<double?>("--min-precision") { Description = "Exit 1 when type precision is below this (0..1)." };
        var minActor = new Option<double?>("--min-actor") { Description = "Exit 1 when source-actor accuracy is below this (0..1)." };
        var errors = new Option<int>("--errors") { Description = "Print this many misses (type not found, actor wrong)." };
        var dump = new Option<string?>("--dump") { Description = "Write each record with the events found (type, trigger, modality, actors) to this file." };
        var command = new Command("events", "Type recall, type precision and source-actor accuracy of the events stage on PLOVER gold records.")
        {
            plover, petrarch, cameoTable, minRecall, minPrecision, minActor, errors, dump,
        };
        command.SetAction(p =>
        {
            var (ploverPath, petrarchPath) = (p.GetValue(plover), p.GetValue(petrarch));
            if (ploverPath is null == petrarchPath is null)
            {
                Console.Error.WriteLine("error: give one of --plover or --petrarch");
                return ExitCodes.BadUsage;
            }
            var path = (ploverPath ?? petrarchPath)!;
            var table = p.GetValue(cameoTable) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "..", "plover", "CAMEO2PLOVER-2021.txt");
            if (!EvalSupport.AllExist(petrarchPath is null ? [path] : [path, table])) return ExitCodes.BadUsage;
            List<GoldSentence> records;
            var skipped = 0;
            try
            {
                records = ploverPath is not null
                    ? [.. EventEvaluator.Load(path).Select(r => new GoldSentence(r.Id, r.Text, r.Date, [new GoldEvent(r.Type, r.Sources)]))]
                    : PetrarchRecords.Load(path, table, out skipped);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or System.Xml.XmlException)
            {
                Console.Error.WriteLine($"error {ErrorCodes.PloverUnreadable}: {path}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            using var dumpWriter = p.GetValue(dump) is { } dumpPath ? new StreamWriter(dumpPath) : null;
            var r = EventEvaluator.Evaluate(records, Pipelines.Default(), dumpWriter);
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{path}: {r.Sentences} records{(skipped > 0 ? $" ({skipped} left out: error codings or codes PLOVER does not map)" : "")}, {r.Predicted} events predicted in {r.Seconds:F1} s (whole default pipeline, one thread)"));
            Console.WriteLine(string.Create(inv, $"  type recall      {r.Recall * 100,6:F2}  ({r.Found}/{r.Records} gold types of a record among its events)"));
            Console.WriteLine(string.Create(inv, $"  type precision   {r.Precision * 100,6:F2}  ({r.PredictedRight}/{r.Predicted} predicted events of the record's gold type)"));
            Console.WriteLine(string.Create(inv, $"  clean records    {r.CleanRate * 100,6:F2}  ({r.CleanRecords}/{r.RecordsWithPredictions} records with events, all of a gold type)"));
            Console.WriteLine(string.Create(inv, $"  source actor     {r.ActorAccuracy * 100,6:F2}  ({r.ActorRight}/{r.ActorRecords} records with the type found and a gold source)"));
            Console.WriteLine($"  {"type",-10} {"gold",5} {"found",6}");
            foreach (var (type, (gold, found)) in r.ByType)
                Console.WriteLine($"  {type,-10} {gold,5} {found,6}");
            foreach (var miss in r.Misses.Take(p.GetValue(errors))) Console.WriteLine("  " + miss);
            var ok = EvalSupport.Check("type recall", r.Recall, p.GetValue(minRecall)) & EvalSupport.Check("type precision", r.Precision, p.GetValue(minPrecision))
                & EvalSupport.Check("source actor", r.ActorAccuracy, p.GetValue(minActor));
            return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
