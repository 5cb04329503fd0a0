using System.CommandLine;
using System.Text.Json;
using Annalist.Corpus.Store;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist stats</c>: what a corpus database holds.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("stats", "Count the documents, entities, events and quotes of a corpus database.") { db, format };
        command.SetAction(parse => StoreCommand.Run(parse.GetValue(db)!, store =>
        {
            var s = store.Stats();
            if (parse.GetValue(format) == "json")
            {
                using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true });
                w.WriteStartObject();
                w.WriteNumber("documents", s.Documents);
                w.WriteNumber("entities", s.Entities);
                w.WriteNumber("events", s.Events);
                w.WriteNumber("quotes", s.Quotes);
                w.WriteNumber("event_mentions", s.EventMentions);
                w.WriteNumber("quote_mentions", s.QuoteMentions);
                w.WriteNumber("entity_mentions", s.Mentions);
                w.WriteEndObject();
                w.Flush();
                Console.Out.WriteLine();
            }
            else
            {
                Console.Out.WriteLine($"documents  {s.Documents}");
                Console.Out.WriteLine($"entities   {s.Entities} ({s.Mentions} mentions)");
                Console.Out.WriteLine($"events     {s.Events} ({s.EventMentions} reports)");
                Console.Out.WriteLine($"quotes     {s.Quotes} ({s.QuoteMentions} reports)");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary>Opens a store read-only for a command and turns store errors into "error CODE: ..." lines.</summary>
internal static class StoreCommand
{
    public static int Run(string path, Func<ICorpusStore, int> action)
    {
        try
        {
            using var store = SqliteCorpusStore.Open(path, write: false);
            return action(store);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"error {ex.Code}: {ex.Detail}");
            return ex.Code == ErrorCodes.DatabaseNotFound ? ExitCodes.BadUsage : ExitCodes.SomeFailed;
        }
    }
}
