using System.Text.Json;

namespace Annalist.Tests.Cli;

public class TimeCommandsTests
{
    private const string Input = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
        <TEXT>
        Stocks fell yesterday and rose for three days.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Timeml_writes_tagged_files_named_after_the_input()
    {
        using var dir = new TempFolder();
        dir.Write("X1.tml.TE3input", Input);
        var output = Path.Combine(dir.Path, "out");
        var r = AnnalistProcess.Run(null, "timeml", "--in", dir.Path, "--out", output);
        Assert.Equal(0, r.ExitCode);
        var written = File.ReadAllText(Path.Combine(output, "X1.tml"));
        Assert.Contains("""<TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3>""", written, StringComparison.Ordinal);
        Assert.Contains("""<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>""", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_timex_scores_gold_and_fails_below_a_threshold()
    {
        using var dir = new TempFolder();
        dir.Write("gold.tml", Input.Replace("yesterday", """<TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3>""", StringComparison.Ordinal));
        var ok = AnnalistProcess.Run(null, "eval", "timex", "--gold", dir.Path, "--min-value-f1", "0.5");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("strict extent", ok.Stdout, StringComparison.Ordinal);
        // "three days" is not in this gold file: precision 50%, so a strict F1 of 0.9 is not reached
        var below = AnnalistProcess.Run(null, "eval", "timex", "--gold", dir.Path, "--min-strict-f1", "0.9");
        Assert.Equal(1, below.ExitCode);
        Assert.Contains("ANL9004", below.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_TimeML_is_reported_with_its_code()
    {
        using var dir = new TempFolder();
        dir.Write("bad.tml", "<TimeML><DCT></DCT></TimeML>");
        var r = AnnalistProcess.Run(null, "timeml", "--in", dir.Path, "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ANL4001", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_folders_are_bad_usage()
    {
        Assert.Equal(2, AnnalistProcess.Run(null, "timeml", "--in", "/no/such/folder", "--out", "/tmp/x").ExitCode);
        Assert.Equal(2, AnnalistProcess.Run(null, "eval", "timex", "--gold", "/no/such/folder").ExitCode);
    }

    [Fact]
    public void Analyze_writes_the_times_array()
    {
        var r = AnnalistProcess.Run("Talks resume next week, officials said yesterday.", "analyze", "-", "--date", "2025-06-02");
        Assert.Equal(0, r.ExitCode);
        var times = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("times");
        Assert.Equal(2, times.GetArrayLength());
        Assert.Equal("next week", times[0].GetProperty("text").GetString());
        Assert.Equal("2025-W24", times[0].GetProperty("value").GetString());
        Assert.Equal("DATE", times[1].GetProperty("type").GetString());
        Assert.Equal("2025-06-01", times[1].GetProperty("value").GetString());
    }
}
