using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Annalist.Cli.Commands;

/// <summary>Options shared by the commands that work on a corpus database.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "The corpus database file (SQLite).",
        Required = true,
    };

    public static Option<string?> Date(string name, string description) => new(name) { Description = description + " (YYYY-MM-DD)" };

    /// <summary>Parses an optional YYYY-MM-DD option; false (with the message printed) when it is not one.</summary>
    public static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        Console.Error.WriteLine($"error {ErrorCodes.BadDateOption}: {option} '{text}' is not a YYYY-MM-DD date");
        return false;
    }
}

/// <summary>Wall and CPU time of a run, for <c>--stats</c>.</summary>
internal sealed class RunClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public static RunClock Start() => new();

    public void Print(long count, string what)
    {
        var wall = Math.Max(_wall.Elapsed.TotalSeconds, 1e-9);
        var cpu = Math.Max((Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds, 1e-9);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats: {count} {what} in {wall:F2} s wall, {cpu:F2} s CPU: {count / wall:F1} {what}/s, {count / cpu:F1} {what} per CPU-second, peak memory {peak:F0} MiB"));
        PrintRuntime();
    }

    /// <summary>Where the runtime's own CPU went: collections and just-in-time compilation.</summary>
    public static void PrintRuntime()
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats: garbage collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s, {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024):F2} GiB allocated; " +
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s"));
    }
}
