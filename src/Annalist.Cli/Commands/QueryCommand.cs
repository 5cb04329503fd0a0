using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Annalist.Corpus.Export;
using Annalist.Corpus.Store;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist query entities|events|quotes</c>: records of a corpus database as JSON Lines, each with its sources.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "Print entities, events or quotes of a corpus database, one JSON object per line, with their sources.");
        command.Subcommands.Add(Entities());
        command.Subcommands.Add(Events());
        command.Subcommands.Add(Quotes());
        return command;
    }

    private static Option<int> Limit() => new("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 100 };

    private static Command Entities()
    {
        var db = StoreOptions.Database();
        var name = new Option<string?>("--name") { Description = "A name or the start of one (any alias), or an entity key." };
        var type = new Option<string?>("--type") { Description = "PERSON, ORGANIZATION, GPE, LOCATION, GROUP, FACILITY, EVENT or OTHER." };
        var limit = Limit();
        var c = new Command("entities", "Entities of the corpus-wide registry, most mentioned first.") { db, name, type, limit };
        c.SetAction(p => StoreCommand.Run(p.GetValue(db)!, store =>
            Print(store.Entities(new EntityFilter(p.GetValue(name), p.GetValue(type)), 0, p.GetValue(limit)), CorpusJson.Write)));
        return c;
    }

    private static Command Events()
    {
        var db = StoreOptions.Database();
        var type = new Option<string?>("--type") { Description = "A PLOVER event type (ASSAULT, CONSULT, ...)." };
        var actor = new Option<string?>("--actor") { Description = "An actor's name (any alias) or entity key." };
        var from = StoreOptions.Date("--from", "Events on or after this day");
        var to = StoreOptions.Date("--to", "Events on or before this day");
        var limit = Limit();
        var c = new Command("events", "Events deduplicated across articles, most reported first.") { db, type, actor, from, to, limit };
        c.SetAction(p =>
        {
            if (!StoreOptions.TryDate(p.GetValue(from), "--from", out var f) || !StoreOptions.TryDate(p.GetValue(to), "--to", out var t))
                return ExitCodes.BadUsage;
            return StoreCommand.Run(p.GetValue(db)!, store =>
                Print(store.Events(new EventFilter(p.GetValue(type), p.GetValue(actor), f, t), 0, p.GetValue(limit)), CorpusJson.Write));
        });
        return c;
    }

    private static Command Quotes()
    {
        var db = StoreOptions.Database();
        var speaker = new Option<string?>("--speaker") { Description = "The speaker's name (any alias) or entity key." };
        var text = new Option<string?>("--text") { Description = "Words the quote contains." };
        var limit = Limit();
        var c = new Command("quotes", "Quotes, each stored once with every article that carries it.") { db, speaker, text, limit };
        c.SetAction(p => StoreCommand.Run(p.GetValue(db)!, store =>
            Print(store.Quotes(new QuoteFilter(p.GetValue(speaker), p.GetValue(text)), 0, p.GetValue(limit)), CorpusJson.Write)));
        return c;
    }

    internal static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int Print<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        using var stdout = Console.OpenStandardOutput();
        foreach (var row in rows)
        {
            using (var w = new Utf8JsonWriter(stdout, LineOptions)) write(w, row);
            stdout.WriteByte((byte)'\n');
        }
        return ExitCodes.Ok;
    }
}
