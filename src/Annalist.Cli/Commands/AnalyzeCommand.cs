using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Export;
using Annalist.Pipeline;
using Annalist.Reading;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist analyze</c>: read articles, run the pipeline, print the JSON contract.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "Files, folders (read recursively, in sorted path order) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "json: one object (one input document); jsonl: one line per document. Default: json for one file, jsonl for folders and JSON Lines." };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var date = new Option<string?>("--date") { Description = "Article date (YYYY-MM-DD) for documents without one of their own." };
        var dateFromPath = new Option<bool>("--date-from-path") { Description = "Take a date-less document's date from the last YYYY-MM-DD in its path." };
        var include = new Option<string[]>("--include") { Description = "Extra sections to output: tokens.", AllowMultipleArgumentsPerToken = true };
        include.AcceptOnlyFromAmong("tokens");
        var syntax = new Option<bool>("--syntax") { Description = "Also tag, lemmatize and parse (UPOS, XPOS, lemma, head, relation per token; see --include tokens). Slower." };
        var stats = new Option<bool>("--stats") { Description = "Print documents/s, words/s and peak memory on standard error." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest document accepted, in bytes.", DefaultValueFactory = _ => ReadOptions.DefaultMaxBytes };
        var parallel = new Option<int>("--parallel") { Description = "Documents analyzed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("analyze", "Analyze articles and print the JSON output contract.")
        {
            input, format, date, dateFromPath, include, syntax, stats, maxBytes, parallel,
        };
        command.SetAction(parse => Run(new Settings(
            parse.GetValue(input)!,
            parse.GetValue(format),
            parse.GetValue(date),
            parse.GetValue(dateFromPath),
            parse.GetValue(include) ?? [],
            parse.GetValue(syntax),
            parse.GetValue(stats),
            parse.GetValue(maxBytes),
            parse.GetValue(parallel))));
        return command;
    }

    private sealed record Settings(string[] Inputs, string? Format, string? Date, bool DateFromPath, string[] Include, bool Syntax, bool Stats, long MaxBytes, int Parallel);

    private static int Run(Settings s)
    {
        DateOnly? date = null;
        if (s.Date is not null)
        {
            if (!DateOnly.TryParseExact(s.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Usage(ErrorCodes.BadDateOption, $"--date '{s.Date}' is not a YYYY-MM-DD date");
            date = d;
        }
        if (s.MaxBytes <= 0) return Usage(ErrorCodes.BadUsage, "--max-bytes must be positive");
        if (s.Parallel <= 0) return Usage(ErrorCodes.BadUsage, "--parallel must be positive");
        foreach (var path in s.Inputs)
            if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
                return path.StartsWith('-')
                    ? Usage(ErrorCodes.BadUsage, $"unknown option '{path}'; run 'annalist analyze --help'")
                    : Usage(ErrorCodes.InputNotFound, $"'{path}': no such file or folder");
        if (s.Inputs.Count(p => p == "-") > 1)
            return Usage(ErrorCodes.BadUsage, "standard input (-) can be given once");
        var single = s.Inputs.Length == 1 && !Directory.Exists(s.Inputs[0]);
        if (!single && s.Format == "json")
            return Usage(ErrorCodes.BadUsage, "several files or a folder give one document per line: use --format jsonl (or leave --format out)");

        var options = new ReadOptions { Date = date, DateFromPath = s.DateFromPath, MaxBytes = s.MaxBytes };
        var output = new JsonOutputOptions { IncludeTokens = s.Include.Contains("tokens") };
        Pipelines.Preload();
        var pipeline = s.Syntax ? Pipelines.WithSyntax() : Pipelines.Default();
        var items = s.Inputs.SelectMany(path => DocumentReaders.Default.ReadPath(path, options, defer: true));

        var stopwatch = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var counts = new RunCounts();
        var progress = Console.IsErrorRedirected ? null : new Progress();

        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        // Serialize on the worker threads; the main thread only writes bytes in input order.
        byte[]? Render(AnalysisResult result)
        {
            if (result.Document is not { } doc) return null;
            var jsonl = s.Format == "jsonl" || (s.Format is null && (!single || result.Item.Location != s.Inputs[0]));
            var buffer = new MemoryStream(doc.Text.Length * 2 + 512);
            using (var writer = new Utf8JsonWriter(buffer, JsonContractWriter.WriterOptions(indented: !jsonl)))
                JsonContractWriter.Write(writer, doc, output);
            buffer.WriteByte((byte)'\n');
            return buffer.ToArray();
        }
        foreach (var (result, json) in BatchAnalyzer.Run(items, pipeline, s.Parallel, Render))
        {
            Report(result, counts, progress);
            if (json is not null)
            {
                stdout.Write(json);
                counts.Add(result.Document!);
            }
            progress?.Update(counts);
        }
        stdout.Flush();
        progress?.Done();
        if (s.Stats) PrintStats(counts, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuStart);
        return counts.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static void Report(AnalysisResult result, RunCounts counts, Progress? progress)
    {
        var item = result.Item;
        if (item.Error is not null || item.Document!.Diagnostics.Count > 0) progress?.Clear();
        if (item.Error is { } error)
        {
            Console.Error.WriteLine($"{(error.Severity == Severity.Error ? "error" : "warning")} {error.Code}: {item.Location}: {error.Message}");
            if (item.IsSkipped) counts.Skipped++; else counts.Failed++;
            return;
        }
        foreach (var d in item.Document!.Diagnostics)
            Console.Error.WriteLine($"{(d.Severity == Severity.Error ? "error" : "warning")} {d.Code}: {item.Location}: {d.Message}");
        if (!result.Succeeded) counts.Failed++;
    }

    private static int Usage(string code, string message)
    {
        Console.Error.WriteLine($"error {code}: {message}");
        return ExitCodes.BadUsage;
    }

    private static void PrintStats(RunCounts c, TimeSpan wall, TimeSpan cpu)
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var seconds = Math.Max(wall.TotalSeconds, 1e-9);
        var cpuSeconds = Math.Max(cpu.TotalSeconds, 1e-9);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats: {c.Documents} documents ({c.Failed} failed, {c.Skipped} skipped), {c.Words:N0} words, {c.Chars:N0} chars in {seconds:F2} s wall, {cpuSeconds:F2} s CPU"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats: {c.Documents / seconds:F1} documents/s, {c.Documents / cpuSeconds:F1} documents per CPU-second, {c.Words / seconds:N0} words/s, peak memory {peak / (1024.0 * 1024):F0} MiB"));
        RunClock.PrintRuntime();
    }

    private sealed class RunCounts
    {
        public int Documents, Failed, Skipped;
        public long Words, Chars;

        public void Add(Document doc)
        {
            Documents++;
            Chars += doc.Text.Length;
            if (doc.TryGet(CoreLayers.Tokens, out var tokens))
                foreach (var t in tokens)
                    if (t.Kind is TokenKind.Word or TokenKind.Number) Words++;
        }
    }

    /// <summary>A one-line counter on a terminal's standard error, redrawn at most five times a second.</summary>
    private sealed class Progress
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _last = -1000;
        private bool _shown;

        public void Update(RunCounts c)
        {
            if (_clock.ElapsedMilliseconds - _last < 200) return;
            _last = _clock.ElapsedMilliseconds;
            Console.Error.Write($"\ranalyzed {c.Documents} documents, {c.Failed} failed ");
            _shown = true;
        }

        /// <summary>Erases the counter so a message printed next starts on a clean line.</summary>
        public void Clear()
        {
            if (!_shown) return;
            Console.Error.Write("\r\x1b[K");
            _shown = false;
        }

        public void Done() => Clear();
    }
}
