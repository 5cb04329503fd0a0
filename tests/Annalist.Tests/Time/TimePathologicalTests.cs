using System.Text;
using Annalist.Time;

namespace Annalist.Tests.Time;

/// <summary>
/// Inputs that could make a pattern matcher blow up. Each must stay linear: four times the input
/// may take at most about four times as long (checked with a generous factor, never a tight timing).
/// </summary>
[Collection(TimingCollection.Name)]
public class TimePathologicalTests
{
    public static TheoryData<string> Inputs => new()
    {
        "digits",
        "dates",
        "may",
        "numbers-and-units",
        "weekdays",
    };

    private static string Build(string kind, int units)
    {
        var sb = new StringBuilder();
        var r = new Random(7);
        for (var i = 0; i < units; i++)
        {
            switch (kind)
            {
                case "digits": sb.Append(r.Next(0, 10)); if (i % 80 == 79) sb.Append(' '); break;
                case "dates": sb.Append(r.Next(1, 13)).Append('/').Append(r.Next(1, 29)).Append("/2025 May ").Append(r.Next(1, 29)).Append(", 2024 "); break;
                case "may": sb.Append("May "); break;
                case "numbers-and-units": sb.Append(r.Next(1, 99)).Append(" years ago the past ").Append(r.Next(1, 99)).Append(" - "); break;
                default: sb.Append("last Friday, next Monday morning at 3 p.m. EST "); break;
            }
        }
        return sb.ToString();
    }

    private static double Seconds(string text) =>
        ThreadCpu.Best(() => Assert.True(TimeSpecTests.Analyze(text, new DateOnly(2025, 6, 2)).Has(TimeLayers.Times)));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Stays_linear(string kind)
    {
        TimeSpecTests.Analyze(Build(kind, 100), new DateOnly(2025, 6, 2)); // warm up
        // four times the input: linear work takes about 4x as long, quadratic 16x. The wide gap
        // between the two keeps a stray collection or a loaded machine from failing a linear run
        // (with 2x the input and a 4x bound, one did). CPU time of the thread, not wall time.
        var small = Seconds(Build(kind, 5_000));
        var large = Seconds(Build(kind, 20_000));
        Assert.True(large < 10, $"{kind}: 20,000 units took {large:F2} s");
        Assert.True(large < 8 * small + 0.05, $"{kind}: {small:F3} s for 5,000 units but {large:F3} s for 20,000 (not linear)");
    }

    [Fact]
    public void Every_expression_of_date_like_tokens_is_in_bounds()
    {
        var doc = TimeSpecTests.Analyze(Build("dates", 2000), new DateOnly(2025, 6, 2));
        Invariants.DocumentInvariants.Check(doc);
        Assert.True(doc.Get(TimeLayers.Times).Length >= 2000);
    }
}
