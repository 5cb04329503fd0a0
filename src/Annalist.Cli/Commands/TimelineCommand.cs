using System.CommandLine;
using System.Text.Json;
using Annalist.Corpus.Store;
using Annalist.Corpus.Timelines;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist timeline</c>: the most important dates of the matching articles, each with its most central sentences.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var query = new Option<string?>("--query") { Description = "Only articles containing all these words; the words also favour on-topic sentences." };
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity (a name it goes by, or its key)." };
        var from = StoreOptions.Date("--from", "First date of the timeline");
        var to = StoreOptions.Date("--to", "Last date of the timeline");
        var maxDates = new Option<int>("--max-dates") { Description = "How many dates to keep.", DefaultValueFactory = _ => 10 };
        var sentences = new Option<int>("--sentences") { Description = "Sentences per date.", DefaultValueFactory = _ => 2 };
        var format = new Option<string>("--format") { Description = "text, json, or tilse (the Timeline17 format).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "tilse");
        var command = new Command("timeline", "Build a timeline of a story, an entity or a query from a corpus database.")
        {
            db, query, entity, from, to, maxDates, sentences, format,
        };
        command.SetAction(p =>
        {
            if (!StoreOptions.TryDate(p.GetValue(from), "--from", out var f) || !StoreOptions.TryDate(p.GetValue(to), "--to", out var t))
                return ExitCodes.BadUsage;
            if (p.GetValue(maxDates) <= 0 || p.GetValue(sentences) <= 0)
            {
                Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: --max-dates and --sentences must be positive");
                return ExitCodes.BadUsage;
            }
            var q = p.GetValue(query);
            return StoreCommand.Run(p.GetValue(db)!, store =>
            {
                var options = new TimelineOptions
                {
                    MaxDates = p.GetValue(maxDates),
                    SentencesPerDate = p.GetValue(sentences),
                    Keywords = q?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [],
                    From = f,
                    To = t,
                };
                // the date range limits the dates of the timeline, not the articles: a later article may look back
                var timeline = TimelineBuilder.Build(store.TimelineSentences(new DocumentFilter(q, p.GetValue(entity))), options);
                Write(timeline, p.GetValue(format)!);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Write(Timeline timeline, string format)
    {
        if (format == "json")
        {
            using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), QueryCommand.LineOptions with { Indented = true });
            TimelineWriter.WriteJson(w, timeline);
            w.Flush();
            Console.Out.WriteLine();
            return;
        }
        var o = Console.Out;
        if (format == "tilse") TimelineWriter.WriteTilse(o, timeline); else TimelineWriter.WriteText(o, timeline);
        o.Flush();
    }
}
