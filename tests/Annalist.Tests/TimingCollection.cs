namespace Annalist.Tests;

/// <summary>
/// Tests that compare run times (linear growth checks) run in this collection: after every
/// parallel test and one at a time, so other tests (some start the program) do not load the CPU
/// while they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing, run alone";
}

/// <summary>
/// CPU time of the calling thread, for the linear-growth checks: other processes on a loaded
/// machine do not add to it, as they add to wall time (a timing test failed at a load average of
/// 20). Wall time where the call is missing (it is Linux's getrusage with RUSAGE_THREAD).
/// </summary>
internal static class ThreadCpu
{
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, [System.Runtime.InteropServices.Out] long[] usage);

    public static double Seconds()
    {
        if (OperatingSystem.IsLinux())
        {
            var u = new long[18]; // struct rusage: two timevals (user, system), then 14 longs
            if (GetRUsage(1, u) == 0) return u[0] + u[1] / 1e6 + u[2] + u[3] / 1e6;
        }
        return System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
    }

    /// <summary>The least CPU time of <paramref name="runs"/> runs of <paramref name="work"/>.</summary>
    public static double Best(Action work, int runs = 3)
    {
        var best = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var start = Seconds();
            work();
            best = Math.Min(best, Seconds() - start);
        }
        return best;
    }
}
