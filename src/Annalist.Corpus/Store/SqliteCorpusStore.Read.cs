using System.Collections.Immutable;
using Annalist.Corpus.Linking;
using Annalist.Corpus.Timelines;
using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

public sealed partial class SqliteCorpusStore
{
    public CorpusStats Stats() => new(
        Count("documents"), Count("entities"), Count("events"), Count("quotes"),
        Count("event_mentions"), Count("quote_mentions"), Scalar<long>("SELECT coalesce(sum(mentions), 0) FROM entities"));

    private long Count(string table) => Scalar<long>($"SELECT count(*) FROM {table}");

    public IReadOnlyList<StoredDocument> Documents(DocumentFilter filter, int offset = 0, int limit = 100)
    {
        var (where, p) = SqlFilters.Documents(filter);
        return Read($"""
            SELECT d.id, d.external_id, d.location, d.date, d.title, d.url, d.source, d.text FROM documents d
            WHERE {where} ORDER BY d.date, d.id LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}
            """, p, ReadDocument);
    }

    public IEnumerable<StoredDocument> AllDocuments(DocumentFilter filter, bool withText)
    {
        var (where, p) = SqlFilters.Documents(filter);
        // without the text, a page of documents is a few hundred short rows whatever the articles' length
        return Paged(after => Read($"""
            SELECT d.id, d.external_id, d.location, d.date, d.title, d.url, d.source, {(withText ? "d.text" : "''")} FROM documents d
            WHERE {where} AND d.id > $after ORDER BY d.id LIMIT {PageSize}
            """, [.. p, ("$after", after)], ReadDocument), d => d.Id);
    }

    public StoredDocument? Document(long id) =>
        Read("SELECT id, external_id, location, date, title, url, source, text FROM documents WHERE id = $id", [("$id", id)], ReadDocument)
            .FirstOrDefault();

    private static StoredDocument ReadDocument(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Str(r, 2), Date(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), r.GetString(7));

    public IReadOnlyList<StoredEntity> Entities(EntityFilter filter, int offset = 0, int limit = 100)
    {
        var (where, p) = EntityWhere(filter);
        return ReadEntities(where, p, $"ORDER BY mentions DESC, e.id LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}");
    }

    public IEnumerable<StoredEntity> AllEntities(EntityFilter filter)
    {
        var (where, p) = EntityWhere(filter);
        return Paged(after => ReadEntities($"{where} AND e.id > $after", [.. p, ("$after", after)], $"ORDER BY e.id LIMIT {PageSize}"), e => e.Id);
    }

    private static (string Where, List<(string, object?)> Parameters) EntityWhere(EntityFilter filter)
    {
        var where = new List<string>();
        var p = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            // a prefix of any name the entity goes by: "zelen" finds Volodymyr Zelenskyy
            where.Add("(e.id IN (SELECT entity_id FROM entity_aliases WHERE normalized LIKE $name ESCAPE '\\' OR normalized LIKE $word ESCAPE '\\') OR e.key = $key)");
            var n = Like(Normalize.Text(filter.Name));
            p.Add(("$name", n + "%"));
            p.Add(("$word", "% " + n + "%"));
            p.Add(("$key", filter.Name));
        }
        if (!string.IsNullOrWhiteSpace(filter.Type)) { where.Add("e.type = $type"); p.Add(("$type", filter.Type.ToUpperInvariant())); }
        return (where.Count == 0 ? "1 = 1" : string.Join(" AND ", where), p);
    }

    private List<StoredEntity> ReadEntities(string where, List<(string, object?)> p, string orderAndLimit)
    {
        var entities = Read($"""
            SELECT e.id, e.key, e.name, e.type, e.wikidata, e.country, e.role,
                   e.documents AS documents,
                   e.mentions AS mentions
            FROM entities e WHERE {where}
            {orderAndLimit}
            """, p, r => new StoredEntity(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6),
                [], r.GetInt32(7), r.GetInt32(8)));
        return entities.Select(e => e with
        {
            Aliases = [.. Read("SELECT alias FROM entity_aliases WHERE entity_id = $id ORDER BY alias", [("$id", e.Id)], r => r.GetString(0))],
        }).ToList();
    }

    public IReadOnlyList<StoredEvent> Events(EventFilter filter, int offset = 0, int limit = 100)
    {
        var (where, p) = EventWhere(filter);
        return ReadEvents(where, p, $"ORDER BY v.sources DESC, v.day, v.id LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}");
    }

    public IEnumerable<StoredEvent> AllEvents(EventFilter filter)
    {
        var (where, p) = EventWhere(filter);
        return Paged(after => ReadEvents($"{where} AND v.id > $after", [.. p, ("$after", after)], $"ORDER BY v.id LIMIT {PageSize}"), e => e.Id);
    }

    private static (string Where, List<(string, object?)> Parameters) EventWhere(EventFilter filter)
    {
        var where = new List<string>();
        var p = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(filter.Type)) { where.Add("v.type = $type"); p.Add(("$type", filter.Type.ToUpperInvariant())); }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            where.Add($"v.id IN (SELECT event_id FROM event_participants WHERE role = 'actor' AND entity_id IN ({SqlFilters.EntityIds("$actor", "$actor_key")}))");
            p.Add(("$actor", Normalize.Text(filter.Actor)));
            p.Add(("$actor_key", filter.Actor));
        }
        if (filter.From is { } from) { where.Add("v.day >= $from"); p.Add(("$from", from.DayNumber)); }
        if (filter.To is { } to) { where.Add("v.day <= $to"); p.Add(("$to", to.DayNumber)); }
        return (where.Count == 0 ? "1 = 1" : string.Join(" AND ", where), p);
    }

    private List<StoredEvent> ReadEvents(string where, List<(string, object?)> p, string orderAndLimit)
    {
        var events = Read($"""
            SELECT v.id, v.type, v.mode, v.context, v.date, v.cameo, v.location_id, v.sources FROM events v
            WHERE {where}
            {orderAndLimit}
            """, p, r => (Id: r.GetInt64(0), Type: r.GetString(1), Mode: Str(r, 2), Context: Str(r, 3), Date: Str(r, 4), Cameo: Str(r, 5),
                Location: r.IsDBNull(6) ? (long?)null : r.GetInt64(6), Sources: r.GetInt32(7)));
        return events.Select(v =>
        {
            var participants = Read("""
                SELECT p.role, e.id, e.key, e.name, e.type, e.country, e.wikidata, e.role FROM event_participants p JOIN entities e ON e.id = p.entity_id
                WHERE p.event_id = $id ORDER BY p.role, e.id
                """, [("$id", v.Id)], r => (Role: r.GetString(0), Who: new StoredParticipant(r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    Str(r, 5), Str(r, 6), Str(r, 7))));
            var mentions = Read("""
                SELECT m.document_id, d.url, d.date, m.trigger_start, m.trigger_end, substr(d.text, m.trigger_start + 1, m.trigger_end - m.trigger_start),
                       m.modality, m.sentence, m.date, m.actors, m.recipients
                FROM event_mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = $id ORDER BY m.document_id, m.trigger_start
                """, [("$id", v.Id)], r => new EventReport(new SourceSpan(r.GetInt64(0), Str(r, 1), Date(r, 2), r.GetInt32(3), r.GetInt32(4)),
                    r.GetString(5), r.GetString(6), r.GetInt32(7), Str(r, 8), r.GetString(9), r.GetString(10)));
            return new StoredEvent(v.Id, v.Type, v.Mode, v.Context, v.Date, v.Cameo,
                [.. participants.Where(x => x.Role == "actor").Select(x => x.Who)],
                [.. participants.Where(x => x.Role == "recipient").Select(x => x.Who)],
                v.Location is { } l ? EntityRef(l) : null, v.Sources, [.. mentions]);
        }).ToList();
    }

    public IReadOnlyList<StoredQuote> Quotes(QuoteFilter filter, int offset = 0, int limit = 100)
    {
        var (where, p) = QuoteWhere(filter);
        return ReadQuotes(where, p, $"ORDER BY q.sources DESC, q.id LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}");
    }

    public IEnumerable<StoredQuote> AllQuotes(QuoteFilter filter)
    {
        var (where, p) = QuoteWhere(filter);
        return Paged(after => ReadQuotes($"{where} AND q.id > $after", [.. p, ("$after", after)], $"ORDER BY q.id LIMIT {PageSize}"), q => q.Id);
    }

    private static (string Where, List<(string, object?)> Parameters) QuoteWhere(QuoteFilter filter)
    {
        var where = new List<string>();
        var p = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(filter.Speaker))
        {
            where.Add($"q.speaker_id IN ({SqlFilters.EntityIds("$speaker", "$speaker_key")})");
            p.Add(("$speaker", Normalize.Text(filter.Speaker)));
            p.Add(("$speaker_key", filter.Speaker));
        }
        if (!string.IsNullOrWhiteSpace(filter.Text)) { where.Add($"({QuoteText}) LIKE $text ESCAPE '\\'"); p.Add(("$text", "%" + Like(filter.Text) + "%")); }
        return (where.Count == 0 ? "1 = 1" : string.Join(" AND ", where), p);
    }

    private List<StoredQuote> ReadQuotes(string where, List<(string, object?)> p, string orderAndLimit)
    {
        var quotes = Read($"""
            SELECT q.id, ({QuoteText}) AS text, q.kind, q.speaker_id, q.speaker_text, q.sources FROM quotes q
            WHERE {where}
            {orderAndLimit}
            """, p, r => (Id: r.GetInt64(0), Text: r.GetString(1), Kind: r.GetString(2), Speaker: r.IsDBNull(3) ? (long?)null : r.GetInt64(3),
                SpeakerText: Str(r, 4), Sources: r.GetInt32(5)));
        return quotes.Select(q => new StoredQuote(q.Id, q.Text, q.Kind, q.Speaker is { } s ? EntityRef(s) : null, q.SpeakerText, q.Sources,
            [.. Read("""
                SELECT m.document_id, d.url, d.date, m.start_offset, m.end_offset FROM quote_mentions m JOIN documents d ON d.id = m.document_id
                WHERE m.quote_id = $id ORDER BY m.document_id, m.start_offset
                """, [("$id", q.Id)], r => new SourceSpan(r.GetInt64(0), Str(r, 1), Date(r, 2), r.GetInt32(3), r.GetInt32(4)))])).ToList();
    }

    /// <summary>A quote's words, read from its first report (the store keeps words only in documents.text).</summary>
    private const string QuoteText = """
        SELECT substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset) FROM quote_mentions m JOIN documents d ON d.id = m.document_id
        WHERE m.quote_id = q.id ORDER BY m.document_id, m.start_offset LIMIT 1
        """;

    private StoredParticipant? EntityRef(long id) =>
        Read("SELECT id, key, name, type, country, wikidata, role FROM entities WHERE id = $id", [("$id", id)],
            r => new StoredParticipant(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6))).FirstOrDefault();

    /// <summary>Rows per page of the All... reads; settable so tests can cross page boundaries with a few rows.</summary>
    internal int PageSize { get; set; } = 500;

    /// <summary>
    /// Keyset paging: each page is the next rows after the last id seen, so a page costs the same
    /// at the end of a large table as at its start (OFFSET would rescan everything before it).
    /// </summary>
    private IEnumerable<T> Paged<T>(Func<long, List<T>> page, Func<T, long> id)
    {
        var after = 0L; // ids start at 1
        while (true)
        {
            var rows = page(after);
            foreach (var row in rows) yield return row;
            if (rows.Count < PageSize) yield break;
            after = id(rows[^1]);
        }
    }

    /// <remarks>
    /// Four queries in document order, read side by side (a merge join), instead of five small
    /// queries per article: a timeline over thousands of articles reads in one pass.
    /// </remarks>
    public IEnumerable<TimelineSentence> TimelineSentences(DocumentFilter filter)
    {
        var (where, p) = SqlFilters.Documents(filter);
        var matching = $"SELECT d.id FROM documents d WHERE {where}";
        using var docs = Cursor.Open(_db, $"SELECT d.id, d.date, d.text, d.sentences FROM documents d WHERE {where} ORDER BY d.id", p);
        using var times = Cursor.Open(_db, $"""
            SELECT document_id, start_offset, end_offset, value FROM times
            WHERE type = 'DATE' AND document_id IN ({matching}) ORDER BY document_id, start_offset
            """, p);
        using var events = Cursor.Open(_db, $"""
            SELECT document_id, sentence, date FROM event_mentions
            WHERE date IS NOT NULL AND document_id IN ({matching}) ORDER BY document_id, trigger_start
            """, p);
        using var quotes = Cursor.Open(_db, $"SELECT document_id, start_offset, end_offset FROM quote_mentions WHERE document_id IN ({matching}) ORDER BY document_id", p);
        while (docs.Next())
        {
            var r = docs.Row;
            var id = r.GetInt64(0);
            var date = Date(r, 1);
            var text = r.GetString(2);
            var sentences = SpanCodec.Decode((byte[])r.GetValue(3), tagged: false);
            var dates = times.Take(id, x => (Start: x.GetInt32(1), End: x.GetInt32(2), Value: x.GetString(3)));
            var eventDates = events.Take(id, x => (Sentence: x.GetInt32(1), Date: x.GetString(2)));
            var quoteSpans = quotes.Take(id, x => (Start: x.GetInt32(1), End: x.GetInt32(2)));
            foreach (var sentence in TimelineSentence.Of(id, date, text, sentences, dates, eventDates, quoteSpans))
                yield return sentence;
        }
    }

    /// <summary>A reader over rows ordered by document id (first column), taken a document at a time.</summary>
    private sealed class Cursor : IDisposable
    {
        private readonly SqliteCommand _command;
        private bool _hasRow, _started;

        private Cursor(SqliteCommand command)
        {
            _command = command;
            Row = command.ExecuteReader();
            _hasRow = Row.Read();
        }

        public SqliteDataReader Row { get; }

        public static Cursor Open(SqliteConnection db, string sql, IEnumerable<(string Name, object? Value)> parameters)
        {
            var command = db.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            return new Cursor(command);
        }

        /// <summary>Moves to the next row (the first call returns the first row).</summary>
        public bool Next()
        {
            if (_started) _hasRow = Row.Read();
            _started = true;
            return _hasRow;
        }

        /// <summary>The rows of document <paramref name="id"/>, skipping rows of earlier documents.</summary>
        public List<T> Take<T>(long id, Func<SqliteDataReader, T> read)
        {
            var rows = new List<T>();
            while (_hasRow && Row.GetInt64(0) <= id)
            {
                if (Row.GetInt64(0) == id) rows.Add(read(Row));
                _hasRow = Row.Read();
            }
            return rows;
        }

        public void Dispose()
        {
            Row.Dispose();
            _command.Dispose();
        }
    }

    /// <summary>The sentence spans of a stored document.</summary>
    public IReadOnlyList<(int Start, int End, int Tag)> Sentences(long documentId) =>
        Read("SELECT sentences FROM documents WHERE id = $id", [("$id", documentId)], r => SpanCodec.Decode((byte[])r.GetValue(0), tagged: false))
            .FirstOrDefault() ?? [];

    private List<T> Read<T>(string sql, IEnumerable<(string Name, object? Value)> parameters, Func<SqliteDataReader, T> row)
    {
        try
        {
            using var command = _db.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var r = command.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(row(r));
            return list;
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, _path);
        }
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Escapes LIKE's wildcards in user text.</summary>
    private static string Like(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
