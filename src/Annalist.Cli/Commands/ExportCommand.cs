using System.CommandLine;
using System.Text;
using Annalist.Corpus.Export;
using Annalist.Corpus.Store;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist export</c>: a corpus database as JSON Lines, CSV, PLOVER or GDELT records, every row
/// with its sources. Streams: the store is read a page at a time, so memory does not grow with the
/// corpus. With <c>--out</c> the file appears only when complete (written beside it, then renamed).
/// </summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["jsonl", "csv", "plover", "gdelt"];

    /// <summary>--records names, as plurals like the query subcommands, to the record kinds.</summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["documents"] = RecordKinds.Document, ["entities"] = RecordKinds.Entity,
        ["events"] = RecordKinds.Event, ["quotes"] = RecordKinds.Quote,
    };

    public static Command Create()
    {
        var db = StoreOptions.Database();
        var format = new Option<string>("--format") { Description = "jsonl, csv, plover or gdelt.", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var records = new Option<string?>("--records")
        {
            Description = "Which records: for jsonl a comma list of documents, entities, events, quotes (default all); " +
                "for csv one of them (default events). plover and gdelt are events only.",
        };
        var includeText = new Option<bool>("--include-text") { Description = "Put each document's full text in document records." };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type (ASSAULT, CONSULT, ...)." };
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor (any alias, or entity key)." };
        var from = StoreOptions.Date("--from", "Only events on or after this day, and documents dated so");
        var to = StoreOptions.Date("--to", "Only events on or before this day, and documents dated so");
        var command = new Command("export", "Export a corpus database as JSON Lines, CSV, PLOVER JSON Lines or a GDELT 2.0 event table, each row with its sources.")
        {
            db, format, output, records, includeText, type, actor, from, to,
        };
        command.SetAction(p =>
        {
            if (!StoreOptions.TryDate(p.GetValue(from), "--from", out var f) || !StoreOptions.TryDate(p.GetValue(to), "--to", out var t))
                return ExitCodes.BadUsage;
            var fmt = p.GetValue(format)!;
            if (!TryRecords(fmt, p.GetValue(records), out var kinds)) return ExitCodes.BadUsage;
            var options = new ExportOptions(new EventFilter(p.GetValue(type), p.GetValue(actor), f, t), kinds, p.GetValue(includeText));
            return StoreCommand.Run(p.GetValue(db)!, store => Run(store, fmt, options, p.GetValue(output)));
        });
        return command;
    }

    private static bool TryRecords(string format, string? text, out IReadOnlyList<string> kinds)
    {
        kinds = format == "jsonl" && text is null ? RecordKinds.All : [RecordKinds.Event];
        if (text is null) return true;
        if (format is "plover" or "gdelt")
            return Usage($"--records does not apply to --format {format}: it exports events only");
        var list = new List<string>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Kinds.TryGetValue(name, out var kind))
                return Usage($"--records '{name}' is not one of documents, entities, events, quotes");
            if (!list.Contains(kind)) list.Add(kind);
        }
        if (list.Count == 0) return Usage("--records names no records");
        if (format == "csv" && list.Count > 1) return Usage("--format csv writes one table: give --records one of documents, entities, events, quotes");
        kinds = list;
        return true;
    }

    private static bool Usage(string message)
    {
        Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: {message}");
        return false;
    }

    private static int Run(ICorpusStore store, string format, ExportOptions options, string? path)
    {
        // a partial file must never look like an export: write beside the target, rename at the end
        var folder = path is null ? null : Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (folder is not null && !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error {ErrorCodes.ExportUnwritable}: '{path}': no such folder '{folder}'");
            return ExitCodes.SomeFailed;
        }
        var temp = path is null ? null : Path.Combine(folder!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.part");
        try
        {
            using (var stream = temp is null ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16) : (Stream)new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                Write(store, format, options, stream);
            if (path is not null) File.Move(temp!, path, overwrite: true);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (temp is not null) TryDelete(temp);
            Console.Error.WriteLine($"error {ErrorCodes.ExportUnwritable}: {(path is null ? "standard output" : $"'{path}'")}: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
        catch
        {
            if (temp is not null) TryDelete(temp);
            throw;
        }
    }

    private static void Write(ICorpusStore store, string format, ExportOptions options, Stream stream)
    {
        switch (format)
        {
            case "jsonl":
                JsonlExport.Write(store, stream, options);
                break;
            case "plover":
                PloverExport.Write(store, stream, options);
                break;
            default:
                using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    if (format == "csv") CsvExport.Write(store, text, options, options.Records[0]);
                    else GdeltExport.Write(store, text, options);
                }
                break;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
