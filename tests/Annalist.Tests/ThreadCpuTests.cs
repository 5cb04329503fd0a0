namespace Annalist.Tests;

[Collection(TimingCollection.Name)]
public class ThreadCpuTests
{
    [Fact]
    public void Counts_the_work_of_the_thread_and_not_its_sleep()
    {
        var busy = ThreadCpu.Best(() =>
        {
            var until = System.Diagnostics.Stopwatch.GetTimestamp() + System.Diagnostics.Stopwatch.Frequency / 10;
            var x = 0UL;
            while (System.Diagnostics.Stopwatch.GetTimestamp() < until) x = x * 31 + 7;
            GC.KeepAlive(x);
        }, runs: 1);
        var asleep = ThreadCpu.Best(() => Thread.Sleep(100), runs: 1);
        Assert.InRange(busy, 0.001, 0.2); // 0.1 s of wall time spinning, less when the machine is shared
        Assert.True(asleep < 0.02, $"sleeping 0.1 s cost {asleep:F3} s of CPU");
    }
}
