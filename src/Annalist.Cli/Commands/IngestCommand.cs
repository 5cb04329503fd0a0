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
        // The writer is a thread of work of its own: analysis gets the other cores. On 2 cores, two
        // workers beside the writer made each article cost a third more CPU time (Timeline17:
        // 83 articles per CPU-second against 108 with one worker; docs/EVAL.md).
        var parallel = new Option<int>("--parallel")
        {
            Description = "Documents analyzed at once (default: one less than the cores, leaving one to the writer).",
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount - 1),
        };
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
            var bar = Console.IsErrorRedirected ? null : new ProgressLine(ProgressLine.CountFiles(inputs));
            var summary = ingestor.Run(items,
                problem =>
                {
                    bar?.Clear();
                    var d = problem.Diagnostic;
                    Console.Error.WriteLine($"{(d.Severity == Severity.Error ? "error" : "warning")} {d.Code}: {problem.Location}: {d.Message}");
                },
                p => bar?.Show(p));
            bar?.Clear();
            // a new store filled in one run: pack it (its pages are left part empty by inserts in no key order)
            if (store.Created && summary.Added > 0) store.Compact();
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

    /// <summary>
    /// A progress bar on a terminal's standard error, over input files (counted before the run,
    /// without reading them; a JSON Lines file is one file however many articles it holds).
    /// </summary>
    private sealed class ProgressLine(int files)
    {
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        private readonly System.Diagnostics.Stopwatch _redraw = System.Diagnostics.Stopwatch.StartNew();
        private bool _shown;

        public static int CountFiles(IEnumerable<string> inputs) => inputs.Sum(path =>
            Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count(f => DocumentReaders.FolderExtensions.Contains(Path.GetExtension(f)))
                : 1);

        public void Show(IngestProgress p)
        {
            if (p.Location is { } location) _files.Add(FileOf(location));
            if (_redraw.ElapsedMilliseconds < 200 && p.Location is not null) return;
            _redraw.Restart();
            var fraction = files == 0 ? 1 : Math.Min(1.0, _files.Count / (double)files);
            var filled = (int)(fraction * 30);
            var rate = p.Done / Math.Max(p.Elapsed.TotalSeconds, 1e-3);
            var eta = fraction > 0 ? TimeSpan.FromSeconds(p.Elapsed.TotalSeconds * (1 - fraction) / fraction) : TimeSpan.Zero;
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r\x1b[K[{new string('#', filled)}{new string('.', 30 - filled)}] {_files.Count}/{files} files, {p.Added} stored, {p.AlreadyStored} already there, {p.Failed} failed, {rate:F0} documents/s, {eta:m\\:ss} left"));
            _shown = true;
        }

        /// <summary>The file an item came from: its location without a JSON Lines ":line" suffix.</summary>
        private static string FileOf(string location)
        {
            var colon = location.LastIndexOf(':');
            return colon > 0 && int.TryParse(location.AsSpan(colon + 1), out _) ? location[..colon] : location;
        }

        public void Clear()
        {
            if (!_shown) return;
            Console.Error.Write("\r\x1b[K");
            _shown = false;
        }
    }
}
