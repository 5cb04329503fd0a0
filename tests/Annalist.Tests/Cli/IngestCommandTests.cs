using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Annalist.Tests.Cli;

public class IngestCommandTests
{
    private static readonly string[] Places = ["Istanbul", "Geneva", "Vienna", "Doha", "Oslo", "Riyadh"];

    /// <summary>Distinct short articles, so each one is a new document for the store.</summary>
    private static void WriteArticles(TempFolder dir, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var place = Places[i % Places.Length];
            dir.Write($"in/2025-06-{1 + i % 28:00}/{i:0000}.txt",
                $"Delegations met in {place} on Monday for round {i} of talks. Officials said {i + 3} prisoners would be freed. " +
                $"\"We want progress,\" the negotiator said. The next meeting is planned for July {1 + i % 30}.");
        }
    }

    private static long Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Ingest_then_stats_and_a_rerun_stores_nothing_twice()
    {
        using var dir = new TempFolder();
        WriteArticles(dir, 12);
        dir.Write("in/feed.jsonl", "{\"text\":\"Kyiv said talks went well.\",\"date\":\"2025-06-02\"}\nnot json\n");
        var db = Path.Combine(dir.Path, "corpus.db");
        var first = AnnalistProcess.Run(null, "ingest", Path.Combine(dir.Path, "in"), "--db", db, "--date-from-path");
        Assert.Equal(1, first.ExitCode); // the bad JSON line failed, the rest went in
        Assert.Contains("ANL1101", first.Stderr);
        Assert.Contains("ingested 13 documents", first.Stderr);

        var stats = AnnalistProcess.Run(null, "stats", "--db", db, "--format", "json");
        Assert.Equal(0, stats.ExitCode);
        var json = JsonDocument.Parse(stats.Stdout).RootElement;
        Assert.Equal(13, json.GetProperty("documents").GetInt32());
        Assert.True(json.GetProperty("entities").GetInt32() >= 6);
        Assert.True(json.GetProperty("events").GetInt32() >= 1);
        Assert.True(json.GetProperty("quotes").GetInt32() >= 1);

        var again = AnnalistProcess.Run(null, "ingest", Path.Combine(dir.Path, "in"), "--db", db, "--date-from-path");
        Assert.Contains("ingested 0 documents", again.Stderr);
        Assert.Contains("13 already stored", again.Stderr);
        Assert.Equal(13, Count(db, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Killed_ingest_completes_on_rerun_with_nothing_lost_or_doubled()
    {
        using var dir = new TempFolder();
        const int total = 1200;
        WriteArticles(dir, total);
        var db = Path.Combine(dir.Path, "corpus.db");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "annalist.dll"), "ingest", Path.Combine(dir.Path, "in"), "--db", db, "--parallel", "1" })
            psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            _ = p.StandardError.ReadToEndAsync();
            // kill -9 once the first batches are committed, while later ones are being written
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited
                   && (!File.Exists(db) || Count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'") == 0
                       || Count(db, "SELECT count(*) FROM documents") < 200))
                Thread.Sleep(20);
            Assert.False(p.HasExited, "the ingest finished before it could be killed; give it more articles");
            p.Kill(); // SIGKILL: no cleanup, no final commit
            p.WaitForExit();
        }
        var partial = Count(db, "SELECT count(*) FROM documents");
        Assert.InRange(partial, 200, total - 1);
        Assert.Equal(0, Count(db, "SELECT count(*) FROM documents d WHERE length(d.sentences) = 0"));

        var rerun = AnnalistProcess.Run(null, "ingest", Path.Combine(dir.Path, "in"), "--db", db);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"ingested {total - partial} documents", rerun.Stderr);
        Assert.Equal(total, Count(db, "SELECT count(*) FROM documents"));
        Assert.Equal(total, Count(db, "SELECT count(DISTINCT external_id) FROM documents"));
        Assert.Equal(total, Count(db, "SELECT count(*) FROM documents_fts"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM documents d WHERE length(d.sentences) = 0"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM quote_mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)"));
        Assert.Equal("ok", IntegrityCheck(db));
    }

    private static string IntegrityCheck(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Html_pages_and_feeds_are_ingested_with_their_metadata()
    {
        using var dir = new TempFolder();
        dir.Write("in/page.html", Annalist.Tests.Reading.HtmlReaderTests.NewsPage);
        dir.Write("in/world.rss", Annalist.Tests.Reading.FeedFileReaderTests.Rss);
        var db = Path.Combine(dir.Path, "corpus.db");
        var r = AnnalistProcess.Run(null, "ingest", Path.Combine(dir.Path, "in"), "--db", db);
        Assert.Equal(0, r.ExitCode);
        var items = Count(db, "SELECT count(*) FROM documents WHERE location LIKE '%world.rss%'");
        Assert.True(items >= 2, $"{items} feed items stored");
        Assert.Equal(1, Count(db, "SELECT count(*) FROM documents WHERE location LIKE '%page.html' AND title IS NOT NULL AND date IS NOT NULL"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM documents WHERE text LIKE '%<p>%' OR text LIKE '%<script%'"));
    }

    [Fact]
    public void Store_errors_have_codes()
    {
        using var dir = new TempFolder();
        var missing = AnnalistProcess.Run(null, "stats", "--db", Path.Combine(dir.Path, "none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("ANL8006", missing.Stderr);
        var text = dir.Write("words.db", new string('x', 4096));
        var bad = AnnalistProcess.Run(null, "ingest", dir.Write("a.txt", "Hello."), "--db", text);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("ANL8004", bad.Stderr);
    }
}
