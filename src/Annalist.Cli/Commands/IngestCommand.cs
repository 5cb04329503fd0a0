using System.CommandLine;
using System.Globalization;
using Annalist.Corpus.Ingest;
using Annalist.Corpus.Store;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Reading;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist ingest</c>: analyze articles into a corpus store, skipping any stored already.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "Files, folders (read recursively) or - for standard input: text, seed format, JSON Lines, HTML, RSS/Atom.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Database();
        var date = new Option<string?>("--date") { Description = "Article date (YYYY-MM-DD) for documents without one of their own." };
        var dateFromPath = new Option<bool>("--date-from-path") { Description = "Take a date-less document's date from the last YYYY-MM-DD in its path." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest document accepted, in bytes.", DefaultValueFactory = _ => ReadOptions.DefaultMaxBytes };
        var parallel = new Option<int>("--parallel") { Description = "Documents analyzed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var stats = new Option<bool>("--stats") { Description = "Print documents per second and per CPU-second and peak memory on standard error." };
        var command = new Command("ingest", "Analyze articles into a corpus database. Rerunning is safe: stored articles are skipped.")
        {
            input, db, date, dateFromPath, maxBytes, parallel, stats,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(db)!, parse.GetValue(date), parse.GetValue(dateFromPath),
            parse.GetValue(maxBytes), parse.GetValue(parallel), parse.GetValue(stats)));
        return command;
    }

    private static int Run(string[] inputs, string dbPath, string? dateText, bool dateFromPath, long maxBytes, int parallel, bool printStats)
    {
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Usage(ErrorCodes.BadDateOption, $"--date '{dateText}' is not a YYYY-MM-DD date");
            date = d;
        }
        if (maxBytes <= 0 || parallel <= 0) return Usage(ErrorCodes.BadUsage, "--max-bytes and --parallel must be positive");
        foreach (var path in inputs)
            if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
                return Usage(ErrorCodes.InputNotFound, $"'{path}': no such file or folder");

        var options = new ReadOptions { Date = date, DateFromPath = dateFromPath, MaxBytes = maxBytes };
        Pipelines.Preload();
        var cpu = RunClock.Start();
        try
        {
            using var store = SqliteCorpusStore.Open(dbPath, write: true);
            var ingestor = new Ingestor(store, Pipelines.Default()) { Parallelism = parallel };
            var items = inputs.SelectMany(path => DocumentReaders.Default.ReadPath(path, options, defer: true));
            var bar = Console.IsErrorRedirected ? null : new ProgressLine();
            var summary = ingestor.Run(items,
                problem =>
                {
                    bar?.Clear();
                    var d = problem.Diagnostic;
                    Console.Error.WriteLine($"{(d.Severity == Severity.Error ? "error" : "warning")} {d.Code}: {problem.Location}: {d.Message}");
                },
                p => bar?.Show(p));
            bar?.Clear();
            Console.Error.WriteLine($"ingested {summary.Added} documents into {dbPath} ({summary.AlreadyStored} already stored, {summary.Failed} failed, {summary.Skipped} skipped)");
            if (printStats)
            {
                cpu.Print(summary.Added + summary.AlreadyStored, "documents");
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"stats: writing the store took {summary.Writing.TotalSeconds:F2} s, {summary.Writing.TotalMilliseconds / Math.Max(1, summary.Added):F2} ms per stored document"));
            }
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"error {ex.Code}: {ex.Detail}");
            return ExitCodes.SomeFailed;
        }
    }

    private static int Usage(string code, string message)
    {
        Console.Error.WriteLine($"error {code}: {message}");
        return ExitCodes.BadUsage;
    }

    /// <summary>A one-line progress counter on a terminal's standard error.</summary>
    private sealed class ProgressLine
    {
        private bool _shown;

        public void Show(IngestProgress p)
        {
            var rate = p.Done / Math.Max(p.Elapsed.TotalSeconds, 1e-3);
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r\x1b[Kingest: {p.Done} read, {p.Added} stored, {p.AlreadyStored} already there, {p.Failed} failed, {rate:F0} documents/s"));
            _shown = true;
        }

        public void Clear()
        {
            if (!_shown) return;
            Console.Error.Write("\r\x1b[K");
            _shown = false;
        }
    }
}
