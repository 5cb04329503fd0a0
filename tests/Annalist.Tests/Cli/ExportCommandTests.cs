using System.Text.Json;
using Annalist.Tests.Corpus;

namespace Annalist.Tests.Cli;

public class ExportCommandTests
{
    [Fact]
    public void Export_writes_each_format_to_standard_output_or_a_file()
    {
        using var dir = new TempFolder();
        var db = ExportTests.Build(dir);

        var jsonl = AnnalistProcess.Run(null, "export", "--db", db, "--format", "jsonl", "--records", "events,documents");
        Assert.Equal(0, jsonl.ExitCode);
        var records = jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("record").GetString()).ToList();
        Assert.Equal(["document", "event"], records.Distinct());

        var csv = AnnalistProcess.Run(null, "export", "--db", db, "--format", "csv", "--type", "CONSULT");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("id,date,type,", csv.Stdout);
        Assert.Equal(2, csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var output = Path.Combine(dir.Path, "events.tsv");
        var gdelt = AnnalistProcess.Run(null, "export", "--db", db, "--format", "gdelt", "--actor", "Russia", "--out", output);
        Assert.Equal(0, gdelt.ExitCode);
        Assert.Equal("", gdelt.Stdout);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.part")); // the temporary file was renamed

        var plover = AnnalistProcess.Run(null, "export", "--db", db, "--format", "plover", "--from", "2025-06-02");
        Assert.Equal(0, plover.ExitCode);
        Assert.Equal("CONSULT", JsonDocument.Parse(plover.Stdout.Split('\n')[0]).RootElement.GetProperty("event")[0].GetString());
    }

    [Fact]
    public void Export_refuses_bad_options_and_unwritable_output()
    {
        using var dir = new TempFolder();
        var db = ExportTests.Build(dir);

        var records = AnnalistProcess.Run(null, "export", "--db", db, "--format", "gdelt", "--records", "quotes");
        Assert.Equal(2, records.ExitCode);
        Assert.Contains("ANL9001", records.Stderr);

        var two = AnnalistProcess.Run(null, "export", "--db", db, "--format", "csv", "--records", "quotes,entities");
        Assert.Equal(2, two.ExitCode);

        var date = AnnalistProcess.Run(null, "export", "--db", db, "--format", "csv", "--from", "June");
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("ANL9002", date.Stderr);

        var folder = AnnalistProcess.Run(null, "export", "--db", db, "--format", "csv", "--out", Path.Combine(dir.Path, "no", "such", "x.csv"));
        Assert.Equal(1, folder.ExitCode);
        Assert.Contains("ANL8201", folder.Stderr);

        var missing = AnnalistProcess.Run(null, "export", "--db", Path.Combine(dir.Path, "none.db"), "--format", "csv");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("ANL8006", missing.Stderr);
    }
}
