using Annalist.Corpus.Ingest;
using Annalist.Corpus.Store;
using Annalist.Pipeline;
using Annalist.Reading;

namespace Annalist.Web.Tests;

/// <summary>
/// A store made once per test run from the repository's samples plus a hostile article (script
/// tags, broken HTML, an entity inside a tag), ingested with the default pipeline.
/// </summary>
public static class Corpus
{
    public const string Hostile = """
        date 2025-07-01
        <script>window.__pwned = 1</script> Hostile <b>markup in Berlin <i>unclosed <img src=x onerror="window.__pwned=2"></p>

        BERLIN, July 1 - Chancellor Friedrich Merz said on Tuesday that "<script>alert(1)</script> is not a policy", as protesters gathered outside the Reichstag.
        </div><!-- a comment --> & &amp; &lt;tags&gt; in Bavaria.
        """;

    private static readonly Lazy<string> Path = new(Build);

    public static string Database => Path.Value;

    private static string Build()
    {
        var dir = Directory.CreateTempSubdirectory("annalist-web-tests-");
        var input = Directory.CreateDirectory(System.IO.Path.Combine(dir.FullName, "in"));
        foreach (var f in Directory.GetFiles(Repo.PathOf("samples"), "*.txt")) File.Copy(f, System.IO.Path.Combine(input.FullName, System.IO.Path.GetFileName(f)));
        File.WriteAllText(System.IO.Path.Combine(input.FullName, "hostile.txt"), Hostile);
        var db = System.IO.Path.Combine(dir.FullName, "web.db");
        using (var store = SqliteCorpusStore.Open(db, write: true))
        {
            var items = DocumentReaders.Default.ReadPath(input.FullName, new ReadOptions());
            var summary = new Ingestor(store, Pipelines.Default()) { Parallelism = 1 }.Run(items, _ => { });
            if (summary.Added != 4) throw new InvalidOperationException($"expected 4 test articles, stored {summary.Added}");
        }
        return db;
    }
}

public static class Repo
{
    /// <summary>A path under the repository root (the folder holding Annalist.slnx).</summary>
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Annalist.slnx"))) return System.IO.Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }
}
