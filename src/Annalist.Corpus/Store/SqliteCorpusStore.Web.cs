using System.Collections.Immutable;
using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

/// <summary>
/// Reads for the web page and its API. Each is a handful of indexed lookups, so a page stays
/// fast on a store of thousands of articles: lists are paged with LIMIT/OFFSET and never carry
/// whole article texts.
/// </summary>
public sealed partial class SqliteCorpusStore
{
    /// <summary>Characters of an article's opening shown in lists.</summary>
    private const int SnippetLength = 240;

    /// <summary>Characters of text on each side of a mention shown in context.</summary>
    private const int ContextLength = 60;

    public IReadOnlyList<DocumentSummary> DocumentSummaries(DocumentFilter filter, int offset = 0, int limit = 20)
    {
        var (where, p) = SqlFilters.Documents(filter);
        return Read($"""
            SELECT d.id, d.external_id, d.date, d.title, d.url, d.source, substr(d.text, 1, {SnippetLength}), length(d.text) FROM documents d
            WHERE {where} ORDER BY d.date DESC, d.id DESC LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}
            """, p, r => new DocumentSummary(r.GetInt64(0), r.GetString(1), Date(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(6), r.GetInt32(7)));
    }

    public DocumentAnnotations? Annotations(long documentId)
    {
        if (Document(documentId) is not { } doc) return null;
        (string, object?)[] id = [("$id", documentId)];
        var entities = Read("""
            SELECT e.id, e.key, e.name, e.type, e.wikidata, e.role, e.country, m.mentions
            FROM document_entities m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = $id ORDER BY e.id
            """, id, r => new DocumentEntity(Participant(r, 0), Str(r, 4), Str(r, 5), Str(r, 6),
                [.. SpanCodec.Decode((byte[])r.GetValue(7), tagged: true).Select(s => new StoredSpan(s.Start, s.End, MentionKindCodes.Name(s.Tag)))]));
        var times = Read("SELECT start_offset, end_offset, type, value, mod FROM times WHERE document_id = $id ORDER BY start_offset",
            id, r => new StoredTime(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Str(r, 4)));
        var quantities = Read("SELECT start_offset, end_offset, value, unit, approximate FROM quantities WHERE document_id = $id ORDER BY start_offset",
            id, r => new StoredQuantity(r.GetInt32(0), r.GetInt32(1), r.GetDouble(2), Str(r, 3), r.GetInt64(4) != 0));
        return new DocumentAnnotations(doc,
            [.. Sentences(documentId).Select(s => new StoredSpan(s.Start, s.End, ""))],
            [.. entities], [.. times], [.. quantities], [.. DocumentEvents(documentId)], [.. DocumentQuotes(documentId)]);
    }

    private List<DocumentEvent> DocumentEvents(long documentId)
    {
        (string, object?)[] id = [("$id", documentId)];
        // participants belong to the deduplicated event, so they gather what every report of it named
        var participants = Read("""
            SELECT p.event_id, p.role, e.id, e.key, e.name, e.type FROM event_participants p JOIN entities e ON e.id = p.entity_id
            WHERE p.event_id IN (SELECT event_id FROM event_mentions WHERE document_id = $id) ORDER BY p.event_id, p.role, e.id
            """, id, r => (Event: r.GetInt64(0), Role: r.GetString(1), Who: Participant(r, 2))).ToLookup(x => x.Event);
        var rows = Read("""
            SELECT m.event_id, v.type, v.mode, v.context, v.cameo, m.trigger_start, m.trigger_end, m.modality, m.sentence, m.date,
                   m.actors, m.recipients, v.location_id
            FROM event_mentions m JOIN events v ON v.id = m.event_id WHERE m.document_id = $id ORDER BY m.trigger_start, m.event_id
            """, id, r => (Row: new DocumentEvent(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), r.GetInt32(6),
                r.GetString(7), r.GetInt32(8), Str(r, 9), r.GetString(10), r.GetString(11), [], [], null),
                Location: r.IsDBNull(12) ? (long?)null : r.GetInt64(12)));
        return rows.Select(x => x.Row with
        {
            Actors = [.. participants[x.Row.EventId].Where(p => p.Role == "actor").Select(p => p.Who)],
            Recipients = [.. participants[x.Row.EventId].Where(p => p.Role == "recipient").Select(p => p.Who)],
            Location = x.Location is { } l ? EntityRef(l) : null,
        }).ToList();
    }

    private List<DocumentQuote> DocumentQuotes(long documentId) => Read("""
        SELECT m.quote_id, m.start_offset, m.end_offset, q.kind, m.cue_start, m.cue_end, m.speaker_start, m.speaker_end,
               e.id, e.key, e.name, e.type, q.speaker_text
        FROM quote_mentions m JOIN quotes q ON q.id = m.quote_id LEFT JOIN entities e ON e.id = q.speaker_id
        WHERE m.document_id = $id ORDER BY m.start_offset, m.quote_id
        """, [("$id", documentId)], r => new DocumentQuote(r.GetInt64(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3),
            Int(r, 4), Int(r, 5), Int(r, 6), Int(r, 7), r.IsDBNull(8) ? null : Participant(r, 8), Str(r, 12)));

    public StoredEntity? Entity(long id)
    {
        var entity = Read("""
            SELECT e.id, e.key, e.name, e.type, e.wikidata, e.country, e.role,
                   e.documents,
                   e.mentions
            FROM entities e WHERE e.id = $id
            """, [("$id", id)], r => new StoredEntity(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6),
                [], r.GetInt32(7), r.GetInt32(8))).FirstOrDefault();
        return entity is null ? null : entity with
        {
            Aliases = [.. Read("SELECT alias FROM entity_aliases WHERE entity_id = $id ORDER BY alias", [("$id", id)], r => r.GetString(0))],
        };
    }

    public IReadOnlyList<EntityDocumentMentions> EntityMentions(long entityId, int offset = 0, int limit = 20) => Read($"""
        SELECT m.document_id, d.date, d.title, m.mention_count, m.mentions, d.text
        FROM document_entities m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = $id
        ORDER BY d.date DESC, d.id DESC LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}
        """, [("$id", entityId)], r =>
        {
            var text = r.GetString(5);
            // three mentions in context are enough to recognise the article; the page links to the rest
            var spans = SpanCodec.Decode((byte[])r.GetValue(4), tagged: true).Take(3).Select(s =>
            {
                var from = Math.Max(0, s.Start - ContextLength);
                var to = Math.Min(text.Length, s.End + ContextLength);
                return new MentionInContext(s.Start, s.End, MentionKindCodes.Name(s.Tag), text[from..s.Start], text[s.Start..s.End], text[s.End..to]);
            });
            return new EntityDocumentMentions(r.GetInt64(0), Date(r, 1), Str(r, 2), r.GetInt32(3), [.. spans]);
        });

    public IReadOnlyList<EntityEventRole> EntityEvents(long entityId, int offset = 0, int limit = 50) => Read($"""
        SELECT v.id, v.type, v.date, p.role, v.sources FROM event_participants p JOIN events v ON v.id = p.event_id WHERE p.entity_id = $id
        UNION ALL
        SELECT v.id, v.type, v.date, 'location', v.sources FROM events v WHERE v.location_id = $id
        ORDER BY 5 DESC, 1 LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, offset)}
        """, [("$id", entityId)], r => new EntityEventRole(r.GetInt64(0), r.GetString(1), Str(r, 2), r.GetString(3), r.GetInt32(4)));

    public IReadOnlyList<CoOccurrence> CoOccurring(long entityId, int limit = 20) => Read($"""
        SELECT e.id, e.key, e.name, e.type, count(*) AS shared
        FROM document_entities a JOIN document_entities b ON b.document_id = a.document_id AND b.entity_id <> a.entity_id
        JOIN entities e ON e.id = b.entity_id
        WHERE a.entity_id = $id GROUP BY e.id, e.key, e.name, e.type ORDER BY shared DESC, e.id LIMIT {Math.Max(0, limit)}
        """, [("$id", entityId)], r => new CoOccurrence(Participant(r, 0), r.GetInt32(4)));

    private static StoredParticipant Participant(SqliteDataReader r, int i) =>
        new(r.GetInt64(i), r.GetString(i + 1), r.GetString(i + 2), r.GetString(i + 3));

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public IReadOnlyList<EventSummary> EventsInDocuments(DocumentFilter filter, int limit = 200)
    {
        var (where, p) = SqlFilters.Documents(filter);
        var events = Read($"""
            SELECT v.id, v.type, v.date, v.sources,
                   (SELECT substr(d.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) FROM event_mentions m
                    JOIN documents d ON d.id = m.document_id WHERE m.event_id = v.id ORDER BY m.document_id, m.trigger_start LIMIT 1)
            FROM events v WHERE v.day IS NOT NULL
              AND v.id IN (SELECT m.event_id FROM event_mentions m WHERE m.document_id IN (SELECT d.id FROM documents d WHERE {where}))
            ORDER BY v.sources DESC, v.day, v.id LIMIT {Math.Max(0, limit)}
            """, p, r => new EventSummary(r.GetInt64(0), r.GetString(1), Str(r, 2) ?? "", r.GetInt32(3), Str(r, 4) ?? "", []));
        return events.Select(v => v with
        {
            Actors = [.. Read("""
                SELECT e.id, e.key, e.name, e.type FROM event_participants p JOIN entities e ON e.id = p.entity_id
                WHERE p.event_id = $id AND p.role = 'actor' ORDER BY e.id
                """, [("$id", v.Id)], r => Participant(r, 0))],
        }).ToList();
    }

    public long? DocumentIdByHash(string hash) =>
        Read("SELECT id FROM documents WHERE hash = $h", [("$h", hash)], r => (long?)r.GetInt64(0)).FirstOrDefault();

    public IReadOnlyList<StoredQuote> SearchQuotes(string text, int limit = 10)
    {
        // FTS finds the articles holding the words first, so only their quotes are read (a LIKE
        // over every quote's words took seconds on Timeline17)
        var ids = Read($"""
            SELECT q.id FROM quotes q WHERE q.id IN (
                SELECT m.quote_id FROM quote_mentions m JOIN documents d ON d.id = m.document_id
                WHERE m.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $query)
                  AND substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset) LIKE $text ESCAPE '\')
            ORDER BY q.sources DESC, q.id LIMIT {Math.Max(0, limit)}
            """, [("$query", SqlFilters.FtsQuery(text)), ("$text", "%" + Like(text) + "%")], r => r.GetInt64(0));
        return ids.Select(id => Read($"""
            SELECT q.id, ({QuoteText}), q.kind, q.speaker_id, q.speaker_text, q.sources FROM quotes q WHERE q.id = $id
            """, [("$id", id)], r => new StoredQuote(r.GetInt64(0), r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : EntityRef(r.GetInt64(3)), Str(r, 4), r.GetInt32(5), [.. Read("""
                    SELECT m.document_id, d.url, d.date, m.start_offset, m.end_offset FROM quote_mentions m JOIN documents d ON d.id = m.document_id
                    WHERE m.quote_id = $id ORDER BY m.document_id, m.start_offset
                    """, [("$id", id)], x => new SourceSpan(x.GetInt64(0), Str(x, 1), Date(x, 2), x.GetInt32(3), x.GetInt32(4)))])).Single()).ToList();
    }
}
