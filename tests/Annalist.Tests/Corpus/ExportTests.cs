using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annalist.Corpus.Export;
using Annalist.Corpus.Store;
using CsvHelper;
using Microsoft.Data.Sqlite;

namespace Annalist.Tests.Corpus;

public class ExportTests
{
    // CONSULT by Russia and Ukraine in Istanbul; ASSAULT by Russia on Kyiv (reported); AGREE by Brazil and India
    private const string Talks = "Russian and Ukrainian delegations met in Istanbul on June 2, 2025. " +
        "\"We are ready for peace,\" Volodymyr Zelenskyy said.";
    private const string Attack = "Russia launched a drone attack on Kyiv on June 1, 2025, officials said. " +
        "Brazil and India agreed on a trade deal in New Delhi.";

    /// <summary>A store of the two articles; the second carries a URL, a title with a comma, quotes and a line break.</summary>
    internal static string Build(TempFolder dir)
    {
        var db = Path.Combine(dir.Path, "c.db");
        using var store = SqliteCorpusStore.Open(db, write: true);
        store.Write([
            StoreTests.Analyze("talks", Talks, "2025-06-02") with { Url = "https://example.org/talks?a=1;b=2" },
            StoreTests.Analyze("attack", Attack, "2025-06-03") with { Title = "Attack, \"drones\"\nand a deal", Source = "Example Wire" },
        ]);
        return db;
    }

    private static SqliteCorpusStore Open(string db) => SqliteCorpusStore.Open(db, write: false);

    private static ExportOptions Events(EventFilter? filter = null) => new(filter ?? new EventFilter(), [RecordKinds.Event]);

    private static string Export(Action<MemoryStream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ExportText(Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        return text.ToString();
    }

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Jsonl_writes_every_record_kind_marked_and_events_with_their_sources()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var lines = Lines(Export(s => JsonlExport.Write(store, s, new ExportOptions(new EventFilter(), RecordKinds.All))));
        var kinds = lines.Select(l => l.GetProperty("record").GetString()).ToList();
        // documents first, then entities, events, quotes: what later lines refer to comes earlier
        Assert.Equal(RecordKinds.All, kinds.Distinct());
        Assert.Equal(2, kinds.Count(k => k == "document"));
        var stats = store.Stats();
        Assert.Equal(stats.Entities, kinds.Count(k => k == "entity"));
        Assert.Equal(stats.Events, kinds.Count(k => k == "event"));
        Assert.Equal(stats.Quotes, kinds.Count(k => k == "quote"));

        var doc = lines.First(l => l.GetProperty("record").GetString() == "document" && l.GetProperty("external_id").GetString() == "talks");
        Assert.Equal("2025-06-02", doc.GetProperty("date").GetString());
        Assert.Equal("https://example.org/talks?a=1;b=2", doc.GetProperty("url").GetString());
        Assert.False(doc.TryGetProperty("text", out _)); // only with --include-text

        var meeting = lines.Single(l => l.GetProperty("record").GetString() == "event" && l.GetProperty("type").GetString() == "CONSULT");
        var source = meeting.GetProperty("sources").EnumerateArray().Single();
        Assert.Equal(doc.GetProperty("id").GetInt64(), source.GetProperty("document").GetInt64());
        Assert.Equal("https://example.org/talks?a=1;b=2", source.GetProperty("url").GetString());
        Assert.Equal("met", Talks[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()]);
        var russia = meeting.GetProperty("actors").EnumerateArray().First(a => a.GetProperty("name").GetString() == "Russia");
        Assert.Equal("RUS", russia.GetProperty("country").GetString());
    }

    [Fact]
    public void Jsonl_documents_carry_their_text_only_when_asked()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var lines = Lines(Export(s => JsonlExport.Write(store, s, new ExportOptions(new EventFilter(), [RecordKinds.Document], IncludeText: true))));
        Assert.Equal([Talks, Attack], lines.Select(l => l.GetProperty("text").GetString()));
    }

    [Fact]
    public void Csv_events_name_participants_by_name_and_key_and_list_sources()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var csv = ExportText(w => CsvExport.Write(store, w, Events(), RecordKinds.Event));
        var rows = ReadCsv(csv);
        Assert.Equal(
            ["id", "date", "type", "mode", "context", "cameo", "actors", "actor_keys", "recipients", "recipient_keys",
             "location", "location_key", "source_count", "sources", "urls"], rows[0]);
        Assert.Equal(store.Stats().Events, rows.Count - 1);
        var meeting = rows.Single(r => r[2] == "CONSULT");
        Assert.Equal("2025-06-02", meeting[1]);
        Assert.Equal(["Russia", "Ukraine"], meeting[6].Split(';'));
        Assert.Equal(["country:RUS", "country:UKR"], meeting[7].Split(';'));
        Assert.Equal("Istanbul", meeting[10]);
        Assert.Matches(@"^\d+:\d+-\d+$", meeting[13]);
        Assert.Equal("https://example.org/talks?a=1;b=2", meeting[14]);
        Assert.EndsWith("\r\n", csv);
    }

    [Fact]
    public void Csv_quotes_a_name_with_a_comma_and_quotes_and_a_title_with_a_line_break()
    {
        using var dir = new TempFolder();
        var db = Build(dir);
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE entities SET name = 'Russia, \"the Federation\"' WHERE key = 'country:RUS'";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        using var store = Open(db);
        var events = ExportText(w => CsvExport.Write(store, w, Events(), RecordKinds.Event));
        Assert.Contains("\"Russia, \"\"the Federation\"\";Ukraine\"", events);
        Assert.Contains(ReadCsv(events), r => r[6] == "Russia, \"the Federation\";Ukraine");

        var documents = ExportText(w => CsvExport.Write(store, w, Events() with { Records = [RecordKinds.Document] }, RecordKinds.Document));
        var rows = ReadCsv(documents);
        Assert.Equal(3, rows.Count); // header and two documents: the line break stayed inside its field
        Assert.Equal("Attack, \"drones\"\nand a deal", rows[2][3]);
        Assert.Equal("Example Wire", rows[2][5]);

        var entities = ReadCsv(ExportText(w => CsvExport.Write(store, w, Events(), RecordKinds.Entity)));
        Assert.Contains(entities, r => r[2] == "Russia, \"the Federation\"" && r[5] == "RUS");
        var quotes = ReadCsv(ExportText(w => CsvExport.Write(store, w, Events(), RecordKinds.Quote)));
        Assert.Equal(["id", "text", "kind", "speaker", "speaker_key", "speaker_text", "source_count", "sources", "urls"], quotes[0]);
        Assert.Contains(quotes, r => r[1].StartsWith("We are ready for peace", StringComparison.Ordinal) && r[3] == "Volodymyr Zelenskyy");
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(reader.Parser.Record!);
        return rows;
    }

    [Fact]
    public void Plover_records_carry_the_manual_fields()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var lines = Lines(Export(s => PloverExport.Write(store, s, Events())));
        Assert.Equal(store.Stats().Events, lines.Count);
        foreach (var line in lines)
        {
            Assert.Equal(JsonValueKind.String, line.GetProperty("id").ValueKind);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", line.GetProperty("date").GetString()!);
            Assert.Equal(JsonValueKind.Array, line.GetProperty("event").ValueKind);
            Assert.Equal(JsonValueKind.Array, line.GetProperty("actor").ValueKind);
        }

        var meeting = lines.Single(l => l.GetProperty("event")[0].GetString() == "CONSULT");
        Assert.Equal("2025-06-02", meeting.GetProperty("date").GetString());
        Assert.Equal(1, meeting.GetProperty("quad_code").GetInt32());
        Assert.Equal(["RUS", "UKR"], meeting.GetProperty("actor").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        Assert.Equal("Q159", meeting.GetProperty("actor")[0].GetProperty("identifier_id").GetString());
        Assert.Equal("Russia", meeting.GetProperty("actor")[0].GetProperty("identifier_text").GetString());
        Assert.False(meeting.TryGetProperty("recipient", out _));
        var place = meeting.GetProperty("event_loc");
        Assert.Equal("Istanbul", place.GetProperty("resolved_place").GetString());
        Assert.Equal("TUR", place.GetProperty("country_code").GetString());
        Assert.Equal(4, place.GetProperty("resolution").GetInt32());
        Assert.Equal(["met"], meeting.GetProperty("event_text").EnumerateArray().Select(t => t.GetString()));
        // the text is the sentence the event was coded from, and text_info says where it is in the story
        var text = meeting.GetProperty("text").GetString()!;
        var info = meeting.GetProperty("text_info");
        Assert.Equal("Russian and Ukrainian delegations met in Istanbul on June 2, 2025.", text);
        Assert.Equal(text, Talks[info.GetProperty("start").GetInt32()..info.GetProperty("end").GetInt32()]);
        Assert.Equal(0, info.GetProperty("sequence").GetInt32());
        var cite = meeting.GetProperty("cite_info");
        Assert.Equal("talks", cite.GetProperty("citation").GetString());
        Assert.Equal("https://example.org/talks?a=1;b=2", cite.GetProperty("url").GetString());
        Assert.Equal(PloverExport.Codebook, cite.GetProperty("codebook").GetString());
        Assert.Single(meeting.GetProperty("sources").EnumerateArray());

        var attack = lines.Single(l => l.GetProperty("event")[0].GetString() == "ASSAULT");
        Assert.Equal(4, attack.GetProperty("quad_code").GetInt32());
        Assert.Equal("UKR", attack.GetProperty("recipient")[0].GetProperty("code").GetString()); // Kyiv, a city of Ukraine
        Assert.Equal("Example Wire", attack.GetProperty("cite_info").GetProperty("publication").GetString());
    }

    [Fact]
    public void Gdelt_lines_have_61_tab_separated_columns_with_consistent_codes()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var tsv = ExportText(w => GdeltExport.Write(store, w, Events()));
        Assert.Equal(61, GdeltExport.Columns.Count);
        Assert.Equal(61, GdeltExport.Columns.Distinct().Count());
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(store.Stats().Events, lines.Length); // no header row
        int Col(string name) => GdeltExport.Columns.ToList().IndexOf(name);
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            Assert.Equal(61, f.Length);
            Assert.Matches(@"^\d{8}$", f[Col("SQLDATE")]);
            Assert.Equal(f[1][..6], f[Col("MonthYear")]);
            Assert.Equal(f[1][..4], f[Col("Year")]);
            Assert.Matches(@"^\d{4}\.\d{4}$", f[Col("FractionDate")]);
            var code = f[Col("EventCode")];
            Assert.StartsWith(f[Col("EventBaseCode")], code);
            Assert.StartsWith(f[Col("EventRootCode")], f[Col("EventBaseCode")]);
            Assert.Equal(2, f[Col("EventRootCode")].Length);
            var root = int.Parse(f[Col("EventRootCode")], CultureInfo.InvariantCulture);
            var quad = root <= 5 ? "1" : root <= 8 ? "2" : root <= 13 ? "3" : "4";
            Assert.Equal(quad, f[Col("QuadClass")]);
            Assert.Equal("", f[Col("GoldsteinScale")]);
            Assert.Equal("", f[Col("AvgTone")]);
            Assert.Matches(@"^\d{14}$", f[Col("DATEADDED")]);
            Assert.NotEqual("", f[Col("SOURCEURL")]);
        }

        var meeting = lines.Select(l => l.Split('\t')).Single(f => f[Col("EventCode")] == "040");
        Assert.Equal("20250602", meeting[Col("SQLDATE")]);
        Assert.Equal("2025.4986", meeting[Col("FractionDate")]); // 2025 + (6 * 30 + 2) / 365
        Assert.Equal(["RUS", "Russia", "RUS"], [meeting[Col("Actor1Code")], meeting[Col("Actor1Name")], meeting[Col("Actor1CountryCode")]]);
        Assert.Equal("UKR", meeting[Col("Actor2CountryCode")]); // the second party of a meeting
        Assert.Equal("1", meeting[Col("IsRootEvent")]);
        Assert.Equal("1", meeting[Col("QuadClass")]);
        Assert.Equal(["4", "Istanbul", "TUR"], [meeting[Col("ActionGeo_Type")], meeting[Col("ActionGeo_FullName")], meeting[Col("ActionGeo_CountryCode")]]);
        Assert.Equal("https://example.org/talks?a=1;b=2", meeting[Col("SOURCEURL")]);

        var attack = lines.Select(l => l.Split('\t')).Single(f => f[Col("EventCode")] == "180");
        Assert.Equal(["18", "4", "attack"], [attack[Col("EventRootCode")], attack[Col("QuadClass")], attack[Col("SOURCEURL")]]); // no URL: the external id
        Assert.Equal("20250603000000", attack[Col("DATEADDED")]);
    }

    [Theory]
    [InlineData("040", 1)]
    [InlineData("0841", 2)]
    [InlineData("090", 3)]
    [InlineData("130", 3)]
    [InlineData("152", 4)]
    [InlineData("20", 4)]
    [InlineData(null, null)]
    [InlineData("7", null)]
    public void Quad_class_follows_the_cameo_root(string? cameo, int? quad) => Assert.Equal(quad, ExportFields.QuadClass(cameo));

    [Fact]
    public void Filters_select_events_in_every_format()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var russia = new EventFilter(Actor: "Russia");
        var consult = new EventFilter(Type: "consult");
        var june1 = new EventFilter(From: new DateOnly(2025, 6, 1), To: new DateOnly(2025, 6, 1));
        Assert.Equal(2, ExportText(w => GdeltExport.Write(store, w, Events(russia))).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Single(Lines(Export(s => PloverExport.Write(store, s, Events(consult)))));
        var assault = Assert.Single(Lines(Export(s => JsonlExport.Write(store, s, Events(june1)))));
        Assert.Equal("ASSAULT", assault.GetProperty("type").GetString());
        Assert.Equal(2, ReadCsv(ExportText(w => CsvExport.Write(store, w, Events(new EventFilter(Actor: "Brazil")), RecordKinds.Event))).Count);

        // the dates select documents too
        var docs = Lines(Export(s => JsonlExport.Write(store, s, new ExportOptions(new EventFilter(From: new DateOnly(2025, 6, 3)), [RecordKinds.Document]))));
        Assert.Equal("attack", Assert.Single(docs).GetProperty("external_id").GetString());
    }

    [Fact]
    public void Streaming_reads_cross_pages_and_return_every_record_once_in_id_order()
    {
        using var dir = new TempFolder();
        using var store = Open(Build(dir));
        var stats = store.Stats();
        store.PageSize = 2; // pages of two rows, so two articles' records cross several pages
        var events = store.AllEvents(new EventFilter()).Select(e => e.Id).ToList();
        Assert.Equal(stats.Events, events.Count);
        Assert.Equal(events.Order(), events);
        Assert.Equal(store.Events(new EventFilter(), 0, 1000).Select(e => e.Id).Order(), events);
        Assert.Equal(stats.Entities, store.AllEntities(new EntityFilter()).Select(e => e.Id).Distinct().Count());
        Assert.Equal(stats.Quotes, store.AllQuotes(new QuoteFilter()).Count());
        Assert.Equal([1L, 2L], store.AllDocuments(new DocumentFilter(), withText: false).Select(d => d.Id));
        Assert.All(store.AllDocuments(new DocumentFilter(), withText: false), d => Assert.Equal("", d.Text));
        Assert.Equal(Lines(Export(s => PloverExport.Write(store, s, Events()))).Count, events.Count);
    }
}
