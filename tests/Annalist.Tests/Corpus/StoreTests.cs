using Annalist.Corpus.Ingest;
using Annalist.Corpus.Store;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Reading;
using Microsoft.Data.Sqlite;

namespace Annalist.Tests.Corpus;

public class StoreTests
{
    internal static DocumentRecord Analyze(string id, string text, string date)
    {
        var doc = new Document(id, text, DateOnly.Parse(date));
        Pipelines.Default().Run(doc);
        return DocumentRecord.From(doc, id + ".txt");
    }

    private const string Talks = "Russian and Ukrainian delegations met in Istanbul on June 2, 2025. " +
        "\"We are ready for peace,\" Volodymyr Zelenskyy said.";

    [Fact]
    public void Writes_an_article_with_its_annotations_and_counts_them()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        Assert.Equal(1, store.Write([Analyze("a", Talks, "2025-06-02")]));
        var stats = store.Stats();
        Assert.Equal(1, stats.Documents);
        Assert.True(stats.Entities >= 4, $"entities {stats.Entities}"); // Russia, Ukraine, Istanbul, Zelenskyy
        Assert.True(stats.Events >= 1);
        Assert.Equal(1, stats.Quotes);
        var doc = store.Documents(new DocumentFilter()).Single();
        Assert.Equal(Talks, doc.Text);
        Assert.Equal(new DateOnly(2025, 6, 2), doc.Date);
    }

    [Fact]
    public void The_same_text_is_stored_once()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        var record = Analyze("a", Talks, "2025-06-02");
        Assert.Equal(1, store.Write([record]));
        Assert.True(store.Contains(record.Hash));
        Assert.Equal(0, store.Write([record with { ExternalId = "copy" }]));
        Assert.Equal(1, store.Stats().Documents);
    }

    [Fact]
    public void One_entity_one_event_and_one_quote_across_two_articles()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        store.Write([Analyze("a", Talks, "2025-06-02")]);
        store.Write([Analyze("b", "Delegations of Russia and Ukraine met on June 2, 2025 in Istanbul. " +
            "\"We are ready for peace,\" Zelenskyy said, speaking in Kyiv.", "2025-06-03")]);

        var zelenskyy = store.Entities(new EntityFilter("Zelenskyy", "PERSON")).Single();
        Assert.Equal(2, zelenskyy.Documents);
        Assert.Contains("Zelenskyy", zelenskyy.Aliases);

        var meeting = store.Events(new EventFilter("CONSULT")).Single();
        Assert.Equal(2, meeting.SourceCount);
        Assert.Equal([1L, 2L], meeting.Mentions.Select(m => m.Trigger.DocumentId));
        Assert.Contains(meeting.Actors, a => a.Name == "Russia");
        Assert.Equal("Istanbul", meeting.Location?.Name);

        var quote = store.Quotes(new QuoteFilter(Speaker: "Volodymyr Zelenskyy")).Single();
        Assert.StartsWith("We are ready for peace", quote.Text);
        Assert.Equal(2, quote.SourceCount);
    }

    [Fact]
    public void A_misspelled_or_shortened_name_joins_the_entity_it_goes_by_elsewhere()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        store.Write([Analyze("a", "Protesters in Cairo demanded that Hosni Mubarak resign. Mubarak refused.", "2011-01-28")]);
        store.Write([Analyze("b", "Protesters in Cairo cheered after Hosni Mubarek stepped down. Mubarak left for Sharm el-Sheikh.", "2011-02-11")]);
        store.Write([Analyze("c", "Crowds in Cairo said Mubarak must face trial.", "2011-02-12")]);
        store.Write([Analyze("d", "Gamal Mubarak, the president's son, left Cairo.", "2011-02-13")]);
        var people = store.Entities(new EntityFilter("mubarak", "PERSON")).Where(p => p.Name != "Gamal Mubarak").ToList();
        Assert.Single(store.Entities(new EntityFilter("gamal mubarak", "PERSON")));
        Assert.True(people.Count == 1, string.Join(" / ", people.Select(p => $"{p.Key} {p.Name} {p.Documents} [{string.Join(",", p.Aliases)}]")));
        var hosni = people[0];
        Assert.Equal(3, hosni.Documents);
        Assert.DoesNotContain(hosni.Aliases, a => a.Trim('\'', '"').Length == 0);
    }

    [Fact]
    public void A_transliterated_spelling_joins_the_stored_name_and_a_different_name_does_not()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        store.Write([Analyze("a", "Muammar Gaddafi spoke in Tripoli on Tuesday.", "2011-03-01")]);
        store.Write([Analyze("b", "Moammar Gadhafi spoke in Tripoli again on Wednesday.", "2011-03-02")]);
        store.Write([Analyze("c", "Mahmoud Rashid met traders in Benghazi.", "2011-03-02")]);
        store.Write([Analyze("d", "Mohammed Rashid met traders in Misrata.", "2011-03-03")]);
        var leader = Assert.Single(store.Entities(new EntityFilter("muammar", "PERSON")));
        Assert.Equal(2, leader.Documents);
        Assert.Contains("Moammar Gadhafi", leader.Aliases);
        Assert.Single(store.Entities(new EntityFilter("mahmoud rashid", "PERSON")));
        Assert.Single(store.Entities(new EntityFilter("mohammed rashid", "PERSON")));
    }

    [Fact]
    public void A_store_knows_it_was_made_by_this_open_and_compacts_to_no_larger_a_file()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "c.db");
        using (var store = SqliteCorpusStore.Open(path, write: true))
        {
            Assert.True(store.Created);
            for (var i = 0; i < 40; i++)
                store.Write([Analyze($"d{i}", $"Delegates of Norvia and Estmark met in Vilnius on June {i % 28 + 1}, 2025, officials said. Talks {i} went on.", "2025-06-02")]);
        }
        var before = new FileInfo(path).Length;
        using (var store = SqliteCorpusStore.Open(path, write: true))
        {
            Assert.False(store.Created);
            store.Compact();
            Assert.Equal(40, store.Stats().Documents);
        }
        Assert.True(new FileInfo(path).Length <= before, $"{new FileInfo(path).Length} > {before}");
        Assert.Equal("ok", Sql(path, "PRAGMA integrity_check"));
    }

    /// <summary>Runs SQL on a store file behind the store's back, as another program (or an older Annalist) would.</summary>
    private static object? Sql(string path, string sql)
    {
        using var db = new SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        using var c = db.CreateCommand();
        c.CommandText = sql;
        return c.ExecuteScalar();
    }

    [Fact]
    public void A_format_1_store_gets_the_spelling_keys_when_opened_for_writing()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "c.db");
        using (var store = SqliteCorpusStore.Open(path, write: true))
            store.Write([Analyze("a", "Muammar Gaddafi spoke in Tripoli on Tuesday.", "2011-03-01")]);
        // make it a file of format 1, as an earlier Annalist wrote it
        Sql(path, "DROP TABLE entity_spellings; ALTER TABLE entity_aliases DROP COLUMN named; PRAGMA user_version = 1;");
        using (var store = SqliteCorpusStore.Open(path, write: false)) // reading needs no upgrade
            Assert.Single(store.Entities(new EntityFilter("muammar", "PERSON")));
        using (var store = SqliteCorpusStore.Open(path, write: true))
            store.Write([Analyze("b", "Moammar Gadhafi spoke in Tripoli again on Wednesday.", "2011-03-02")]);
        Assert.Equal(3L, (long)Sql(path, "PRAGMA user_version")!);
        using (var store = SqliteCorpusStore.Open(path, write: false))
            Assert.Equal(2, Assert.Single(store.Entities(new EntityFilter("muammar", "PERSON"))).Documents);
    }

    [Fact]
    public void An_entry_is_called_by_the_name_most_articles_give_it()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "c.db");
        using (var store = SqliteCorpusStore.Open(path, write: true))
        {
            store.Write([Analyze("a", "Moammar Gadhafi spoke in Tripoli on Tuesday.", "2011-03-01")]);
            Assert.Equal("Moammar Gadhafi", Assert.Single(store.Entities(new EntityFilter("gadhafi", "PERSON"))).Name);
            store.Write([
                Analyze("b", "Muammar Gaddafi spoke in Tripoli on Wednesday.", "2011-03-02"),
                Analyze("c", "Muammar Gaddafi left Tripoli on Thursday.", "2011-03-03"),
            ]);
            var entry = Assert.Single(store.Entities(new EntityFilter("gaddafi", "PERSON")));
            Assert.Equal(("Muammar Gaddafi", 3), (entry.Name, entry.Documents));
        }
        // a format-2 file (no counts) keeps its names and counts from its next write on
        Sql(path, "ALTER TABLE entity_aliases DROP COLUMN named; PRAGMA user_version = 2;");
        using (var store = SqliteCorpusStore.Open(path, write: true))
            store.Write([Analyze("d", "Moammar Gadhafi spoke again on Friday.", "2011-03-04")]);
        using (var store = SqliteCorpusStore.Open(path, write: false))
        {
            var entry = Assert.Single(store.Entities(new EntityFilter("gaddafi", "PERSON")));
            Assert.Equal(("Moammar Gadhafi", 4), (entry.Name, entry.Documents));
        }
    }

    [Fact]
    public void Each_state_keeps_its_own_interior_ministry()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        store.Write([
            Analyze("a", "Protests spread across Egypt on Friday. The Interior Ministry said 40 people were held in Egypt.", "2011-01-28"),
            Analyze("b", "Egypt's Interior Ministry said on Saturday that curfews in Egypt would stay.", "2011-01-29"),
            Analyze("c", "Iran's Interior Ministry said turnout in Iran was high, and Iran would count fast.", "2009-06-13"),
        ]);
        var ministries = store.Entities(new EntityFilter("interior ministry", "ORGANIZATION")).OrderBy(m => m.Country).ToList();
        Assert.Equal([("EGY", 2), ("IRN", 1)], ministries.Select(m => (m.Country, m.Documents)));
    }

    [Fact]
    public void A_name_the_tagger_typed_otherwise_joins_the_entry_most_articles_give_it()
    {
        static DocumentRecord Marked(string id, string marked) =>
            DocumentRecord.From(Annalist.Tests.Entities.MarkedArticle.Resolve(marked, new DateOnly(2010, 5, 1)), id + ".txt");
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        // two articles are too few to say what the name is: a place of the same name stays apart
        store.Write([Marked("a", "[Kestrel Oil|ORGANIZATION] drilled well 1."), Marked("b", "[Kestrel Oil|ORGANIZATION] drilled well 2.")]);
        store.Write([Marked("c", "Shares of [Kestrel Oil|GPE] fell 3 percent.")]);
        Assert.Equal(2, store.Entities(new EntityFilter("kestrel oil")).Count);
        store.Write([.. Enumerable.Range(4, 5).Select(i => Marked($"d{i}", $"[Kestrel Oil|ORGANIZATION] drilled well {i}."))]);
        store.Write([Marked("e", "Shares of [Kestrel Oil|OTHER] rose 2 percent.")]);
        var company = store.Entities(new EntityFilter("kestrel oil", "ORGANIZATION")).Single();
        Assert.Equal(8, company.Documents);
    }

    [Fact]
    public void Batches_keep_names_until_the_run_settles_them()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        foreach (var record in new[] {
            Analyze("a", "Moammar Gadhafi spoke in Tripoli on Tuesday.", "2011-03-01"),
            Analyze("b", "Muammar Gaddafi spoke in Tripoli on Wednesday.", "2011-03-02"),
            Analyze("c", "Muammar Gaddafi left Tripoli on Thursday.", "2011-03-03") })
        {
            using var batch = store.BeginBatch();
            batch.Add(record);
            batch.Commit();
        }
        // mid-run the entry keeps its first name, so linking does not depend on where batches end
        Assert.Equal("Moammar Gadhafi", Assert.Single(store.Entities(new EntityFilter("gaddafi", "PERSON"))).Name);
        store.SettleNames();
        Assert.Equal("Muammar Gaddafi", Assert.Single(store.Entities(new EntityFilter("gaddafi", "PERSON"))).Name);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(512)]
    public void An_ingest_names_entries_the_same_whatever_its_batch_size(int batchSize)
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        var texts = new[] {
            "Moammar Gadhafi spoke in Tripoli on Tuesday.",
            "Muammar Gaddafi spoke in Tripoli on Wednesday.",
            "Muammar Gaddafi left Tripoli on Thursday, and Gaddafi's forces followed.",
        };
        var items = texts.Select((t, i) => ReadItem.Ok($"{i}.txt", new Document($"d{i}", t, new DateOnly(2011, 3, i + 1))));
        var summary = new Ingestor(store, Pipelines.Default()) { BatchSize = batchSize, Parallelism = 1 }.Run(items, p => Assert.Fail(p.Diagnostic.Message));
        Assert.Equal(3, summary.Added);
        var entry = Assert.Single(store.Entities(new EntityFilter("gaddafi", "PERSON")));
        Assert.Equal(("Muammar Gaddafi", 3), (entry.Name, entry.Documents));
    }

    [Fact]
    public void Filters_find_documents_by_words_entity_and_date()
    {
        using var dir = new TempFolder();
        using var store = SqliteCorpusStore.Open(Path.Combine(dir.Path, "c.db"), write: true);
        store.Write([
            Analyze("a", Talks, "2025-06-02"),
            Analyze("b", "Brazil and India agreed on a trade deal in New Delhi.", "2025-09-02"),
        ]);
        Assert.Equal(["a"], store.Documents(new DocumentFilter(Query: "Istanbul delegations")).Select(d => d.ExternalId));
        Assert.Equal(["b"], store.Documents(new DocumentFilter(Entity: "india")).Select(d => d.ExternalId));
        Assert.Equal(["b"], store.Documents(new DocumentFilter(From: new DateOnly(2025, 7, 1))).Select(d => d.ExternalId));
        Assert.Empty(store.Documents(new DocumentFilter(Query: "\"U.S. AND (")));
        var sentences = store.TimelineSentences(new DocumentFilter(Query: "Istanbul")).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Contains("2025-06-02", sentences[0].TimeValues);
        Assert.Equal(1, sentences[1].Quotes);
    }

    [Fact]
    public void A_locked_database_gives_ANL8001()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "c.db");
        SqliteCorpusStore.Open(path, write: true).Dispose();
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        using var hold = other.BeginTransaction(); // IMMEDIATE: holds the write lock
        using var store = SqliteCorpusStore.Open(path, write: true, busyTimeout: TimeSpan.FromSeconds(1));
        var ex = Assert.Throws<StoreException>(() => store.Write([Analyze("a", Talks, "2025-06-02")]));
        Assert.Equal(ErrorCodes.DatabaseLocked, ex.Code);
    }

    [Fact]
    public void A_read_only_database_gives_ANL8002()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "c.db");
        SqliteCorpusStore.Open(path, write: true).Dispose();
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var ex = Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(path, write: true));
            Assert.Equal(ErrorCodes.DatabaseReadOnly, ex.Code);
            using var reader = SqliteCorpusStore.Open(path, write: false); // reading still works
            Assert.Equal(0, reader.Stats().Documents);
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public void Other_files_are_refused_with_a_code()
    {
        using var dir = new TempFolder();
        var text = dir.Write("notes.db", "not a database at all, just words, long enough to fill a header of one hundred bytes or so......");
        Assert.Equal(ErrorCodes.NotAStore, Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(text, write: true)).Code);
        var foreign = Path.Combine(dir.Path, "foreign.db");
        using (var c = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x)";
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(ErrorCodes.NotAStore, Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(foreign, write: true)).Code);
        Assert.Equal(ErrorCodes.DatabaseNotFound,
            Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(Path.Combine(dir.Path, "missing.db"), write: false)).Code);
    }
}
