using System.Security.Cryptography;
using System.Text;
using Annalist.Corpus.Linking;
using Annalist.Entities;
using Annalist.Events;
using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

/// <summary>
/// Writes articles and links them into the corpus record: each entity into the registry, each
/// event report into an existing event when <see cref="EventMatch"/> says they are one, each
/// quote into the row of the same words by the same speaker. Caches what it looked up; the
/// caches are dropped when a batch fails, since its rows were rolled back.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Statement _insertDocument, _insertFts, _insertTime, _insertQuantity;
    private readonly Statement _insertEntity, _insertAlias, _insertMentions, _countMentions, _findEntityByKey, _findEntityByWikidata, _findEntityByAlias;
    private readonly Statement _insertSpelling, _findEntityBySpelling, _findEntityAnyType, _countName, _rename;
    private readonly Statement _findEvents, _insertEvent, _insertParticipant, _insertEventMention, _addEventSource, _setEventLocation;
    private readonly Statement _upsertQuote, _insertQuoteMention;
    private readonly Dictionary<string, long> _entityByKey = new(StringComparer.Ordinal);
    private readonly HashSet<(long, string)> _aliases = [];
    private readonly Dictionary<(long Id, string Name), int> _named = []; // names the open batch gave entries, counted once at commit
    private readonly HashSet<long> _counted = []; // entries whose name counts changed since the last SettleNames

    public SqliteWriter(SqliteConnection db)
    {
        _db = db;
        _insertDocument = new(db, """
            INSERT INTO documents (hash, external_id, location, date, title, url, source, text, sentences)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (hash) DO NOTHING RETURNING id
            """);
        _insertFts = new(db, "INSERT INTO documents_fts (rowid, title, text) VALUES ($1, $2, $3)");
        _insertTime = new(db, "INSERT INTO times (document_id, start_offset, end_offset, type, value, mod) VALUES ($1, $2, $3, $4, $5, $6)");
        _insertQuantity = new(db, "INSERT INTO quantities (document_id, start_offset, end_offset, value, unit, approximate) VALUES ($1, $2, $3, $4, $5, $6)");
        _insertEntity = new(db, "INSERT INTO entities (key, name, type, wikidata, country, role) VALUES ($1, $2, $3, $4, $5, $6)");
        _insertAlias = new(db, "INSERT INTO entity_aliases (entity_id, alias, normalized) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
        _insertMentions = new(db, "INSERT INTO document_entities (document_id, entity_id, mention_count, mentions) VALUES ($1, $2, $3, $4)");
        _countMentions = new(db, "UPDATE entities SET documents = documents + 1, mentions = mentions + $2 WHERE id = $1");
        _findEntityByKey = new(db, "SELECT id FROM entities WHERE key = $1");
        _findEntityByWikidata = new(db, "SELECT id FROM entities WHERE wikidata = $1 ORDER BY id LIMIT 1");
        _findEntityByAlias = new(db, """
            SELECT e.id, e.documents, e.name, e.country FROM entities e
            WHERE e.type = $2 AND e.id IN (SELECT entity_id FROM entity_aliases WHERE normalized = $1)
            ORDER BY documents DESC, e.id LIMIT 8
            """);
        _insertSpelling = new(db, "INSERT INTO entity_spellings (skeleton, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        _findEntityBySpelling = new(db, """
            SELECT e.id, e.documents, e.name, e.country FROM entities e
            WHERE e.type = $2 AND e.id IN (SELECT entity_id FROM entity_spellings WHERE skeleton = $1)
            ORDER BY documents DESC, e.id LIMIT 8
            """);
        _findEntityAnyType = new(db, """
            SELECT e.id, e.documents, e.type, e.country FROM entities e
            WHERE e.type <> 'PERSON' AND e.id IN (SELECT entity_id FROM entity_aliases WHERE normalized = $1)
            ORDER BY documents DESC, e.id LIMIT 8
            """);
        _countName = new(db, "UPDATE entity_aliases SET named = named + $3 WHERE entity_id = $1 AND alias = $2");
        // the name counted in most articles becomes the entry's name ("Muammar Gaddafi", not the first
        // stored "Moammar Gaddafi") when it is counted more often than the name the entry has
        // (of as many, the entry keeps its name; of the others, the first in byte order wins)
        _rename = new(db, """
            UPDATE entities SET name = best.alias
            FROM (SELECT alias, named FROM entity_aliases WHERE entity_id = $1 ORDER BY named DESC, alias LIMIT 1) AS best
            WHERE entities.id = $1 AND entities.name <> best.alias
              AND best.named > coalesce((SELECT named FROM entity_aliases WHERE entity_id = $1 AND alias = entities.name), 0)
            """);
        _findEvents = new(db, """
            SELECT e.id, e.day, e.location_id FROM event_participants p JOIN events e ON e.id = p.event_id
            WHERE p.entity_id = $1 AND p.role = 'actor' AND e.type = $2 AND e.day BETWEEN $3 AND $4
            """);
        _insertEvent = new(db, """
            INSERT INTO events (type, mode, context, date, day, cameo, location_id, sources)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id
            """);
        _insertParticipant = new(db, "INSERT INTO event_participants (event_id, role, entity_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
        _insertEventMention = new(db, """
            INSERT INTO event_mentions (event_id, document_id, trigger_start, trigger_end, sentence, modality, date, actors, recipients)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING
            """);
        _addEventSource = new(db, "UPDATE events SET sources = sources + 1 WHERE id = $1");
        _setEventLocation = new(db, "UPDATE events SET location_id = $2 WHERE id = $1 AND location_id IS NULL");
        _upsertQuote = new(db, """
            INSERT INTO quotes (key, kind, speaker_id, speaker_text, sources) VALUES ($1, $2, $3, $4, 1)
            ON CONFLICT (key) DO UPDATE SET sources = quotes.sources + 1 RETURNING id
            """);
        _insertQuoteMention = new(db, """
            INSERT INTO quote_mentions (quote_id, document_id, start_offset, end_offset, cue_start, cue_end, speaker_start, speaker_end)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
            """);
    }

    private IEnumerable<Statement> All =>
    [
        _insertDocument, _insertFts, _insertTime, _insertQuantity, _insertEntity, _insertAlias, _insertMentions, _countMentions,
        _findEntityByKey, _findEntityByWikidata, _findEntityByAlias, _insertSpelling, _findEntityBySpelling, _findEntityAnyType, _countName, _rename, _findEvents, _insertEvent, _insertParticipant,
        _insertEventMention, _addEventSource, _setEventLocation, _upsertQuote, _insertQuoteMention,
    ];

    /// <summary>Past this many cached entities the caches start over, so memory does not grow with the corpus.</summary>
    private const int CacheLimit = 200_000;

    private SqliteTransaction? _tx;

    public int Write(IReadOnlyList<DocumentRecord> batch)
    {
        Begin();
        try
        {
            var added = batch.Count(Add);
            Commit();
            return added;
        }
        catch
        {
            Rollback();
            throw;
        }
    }

    /// <summary>Opens the transaction the next <see cref="Add"/> calls write into.</summary>
    public void Begin()
    {
        if (_tx is not null) throw new InvalidOperationException("a batch is already open");
        if (_entityByKey.Count > CacheLimit || _aliases.Count > CacheLimit)
        {
            _entityByKey.Clear();
            _aliases.Clear();
        }
        _tx = _db.BeginTransaction(); // IMMEDIATE: take the write lock now, not half-way
    }

    /// <summary>Writes one article into the open transaction; false when its text is stored already.</summary>
    public bool Add(DocumentRecord doc)
    {
        if (_tx is null) throw new InvalidOperationException("no batch is open");
        return WriteDocument(doc);
    }

    public void Commit()
    {
        foreach (var ((id, name), count) in _named)
            _countName.Run(id, name, count);
        _tx?.Commit();
        _tx?.Dispose();
        _tx = null;
        foreach (var key in _named.Keys) _counted.Add(key.Id);
        _named.Clear();
    }

    /// <summary>
    /// Gives each entry counted since the last call the name most of its articles give it. Done
    /// once at the end of an ingest rather than at each commit: a timer closes batches too, and
    /// names that change mid-run would make linking (which compares names) depend on it.
    /// </summary>
    public void SettleNames()
    {
        if (_tx is not null) throw new InvalidOperationException("a batch is open");
        if (_counted.Count == 0) return;
        using (var tx = _db.BeginTransaction())
        {
            foreach (var id in _counted) _rename.Run(id);
            tx.Commit();
        }
        _counted.Clear();
    }

    /// <summary>Drops the open batch; the caches may name rows it wrote, so they start over.</summary>
    public void Rollback()
    {
        _tx?.Dispose(); // disposing an uncommitted transaction rolls it back
        _tx = null;
        _named.Clear();
        _entityByKey.Clear();
        _aliases.Clear();
    }

    private bool WriteDocument(DocumentRecord doc)
    {
        var sentences = SpanCodec.Encode([.. doc.Sentences.Select(x => (x.Start, x.End, 0))], tagged: false);
        if (_insertDocument.Scalar(doc.Hash, doc.ExternalId, doc.Location, doc.Date?.ToString("yyyy-MM-dd"), doc.Title, doc.Url, doc.Source, doc.Text, sentences)
            is not { } id)
            return false; // the same text is stored already
        _insertFts.Run(id, doc.Title, doc.Text);
        foreach (var t in doc.Times)
            _insertTime.Run(id, t.Start, t.End, t.TypeName, t.Value, t.Mod);
        foreach (var q in doc.Quantities)
            _insertQuantity.Run(id, q.Start, q.End, q.Value, q.Unit, q.Approximate ? 1 : 0);
        var entities = new Dictionary<string, long>(doc.Entities.Length, StringComparer.Ordinal);
        var mentions = new Dictionary<long, List<(int, int, int)>>();
        foreach (var e in doc.Entities)
        {
            var entityId = Register(e);
            entities[e.Id] = entityId;
            AddAlias(entityId, e.Name); // a known key can come with another spelling of its name
            _named[(entityId, e.Name)] = _named.GetValueOrDefault((entityId, e.Name)) + 1;
            // two document entities can join one registry entry ("Zelenskyy" linked and unlinked)
            if (!mentions.TryGetValue(entityId, out var list)) mentions[entityId] = list = [];
            foreach (var m in e.Mentions)
            {
                list.Add((m.Start, m.End, MentionKindCodes.Of(m.Kind)));
                if (m.Kind == MentionKinds.Name) AddAlias(entityId, m.Text);
            }
        }
        foreach (var (entityId, list) in mentions)
        {
            list.Sort();
            _insertMentions.Run(id, entityId, list.Count, SpanCodec.Encode(list, tagged: true));
            _countMentions.Run(entityId, list.Count); // kept on the entity, so lists and lookups need not count rows
        }
        WriteEvents(id, doc, entities);
        WriteQuotes(id, doc, entities);
        return true;
    }

    /// <summary>
    /// The registry id of a document's entity: by Wikidata id, else by the entity's own key
    /// (normalized name and type), else through the names it goes by in the article, most
    /// specific first ("Hosni Mubarak" before "Mubarak"): the first name that stored entities of
    /// the same type also go by, spelled the same or (failing that) as a transliteration of it
    /// ("Moammar Gadhafi" for "Muammar Gaddafi", <see cref="Spelling"/>), decides. Of those
    /// stored entities, the ones whose name does not contradict ours count (<see
    /// cref="NameMatch"/>: "Gamal Mubarak" is someone else): ours joins one when it is the only
    /// one or reported in at least <see cref="Dominance"/> times as many articles as the next
    /// ("Mubarak" in Egyptian news is Hosni); else a new entry.
    /// </summary>
    private long Register(Entity e)
    {
        if (_entityByKey.TryGetValue(e.Id, out var known)) return known;
        long? id = null;
        if (e.Wikidata is not null) id = _findEntityByWikidata.Scalar(e.Wikidata);
        else id = OfOtherType(e);
        id ??= _findEntityByKey.Scalar(e.Id);
        if (id is null && e.Wikidata is null) id = ByNames(e);
        id ??= _insertEntity.Insert(e.Id, e.Name, e.Type, e.Wikidata, e.Country, e.Role);
        _entityByKey[e.Id] = id.Value;
        AddAlias(id.Value, e.Name);
        return id.Value;
    }

    private const int Dominance = 3;

    /// <summary>Articles an entry of another type must have before a name joins it across types.</summary>
    private const int OtherTypeMinimum = 5;

    /// <summary>
    /// The tagger types a name by the words around it, so a company comes as a place in a few
    /// articles ("BP", "Transocean"): a name of no person joins the entry of another type that
    /// bears it exactly when that entry is reported in at least <see cref="OtherTypeMinimum"/>
    /// articles and <see cref="Dominance"/> times as many as any other of the name, its own
    /// type's included. Gazetteer places (countries and cities) keep their entries.
    /// </summary>
    private long? OfOtherType(Entity e)
    {
        if (e.Type == "PERSON" || e.Id.StartsWith("country:", StringComparison.Ordinal) || e.Id.StartsWith("city:", StringComparison.Ordinal)) return null;
        var name = Normalize.Text(e.Name);
        if (name.Length < 2) return null;
        var found = new List<(long Id, long Documents, string Type)>(8);
        _findEntityAnyType.Query(r =>
        {
            if (!OtherCountry(e, r.TextOrNull(3))) found.Add((r.Int64(0)!.Value, r.Int64(1)!.Value, r.Text(2)));
        }, name);
        if (found.Count == 0 || found[0].Type == e.Type || found[0].Documents < OtherTypeMinimum) return null;
        return found.Count == 1 || found[0].Documents >= Dominance * found[1].Documents ? found[0].Id : null;
    }

    private long? ByNames(Entity e)
    {
        var names = e.Mentions.Where(m => m.Kind == MentionKinds.Name).Select(m => m.Text).Append(e.Name)
            .Select(Normalize.Text).Where(n => n.Length > 1).Distinct()
            .OrderByDescending(n => n.Count(c => c == ' ')).ThenByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var ours = Normalize.Text(e.Name);
        var candidates = new List<(long Id, long Documents, string Name)>(8);
        void Add(Statement r)
        {
            if (OtherCountry(e, r.TextOrNull(3))) return;
            candidates.Add((r.Int64(0)!.Value, r.Int64(1)!.Value, r.Text(2)));
        }
        foreach (var name in names)
        {
            candidates.Clear();
            _findEntityByAlias.Query(Add, name, e.Type);
            if (candidates.Count > 0) return Choose(Fitting(candidates, ours, name));
        }
        foreach (var name in names)
        {
            if (Spelling.Key(name) is not { } key) continue;
            candidates.Clear();
            _findEntityBySpelling.Query(Add, key, e.Type);
            // a shared key is only a hint: the names must agree word by word, up to misspellings
            if (Fitting(candidates, ours, "") is { Count: > 0 } fits) return Choose(fits);
        }
        return null;
    }

    /// <summary>
    /// Whether a stored entry of the same name is of another country than ours: for an organization
    /// with a country, any other or none (every state has its "Interior Ministry", and an entry of
    /// no country would gather them all); for others, only when both are known.
    /// </summary>
    private static bool OtherCountry(Entity e, string? stored) =>
        e.Country is { } ours && (e.Type == "ORGANIZATION" ? stored != ours : stored is not null && stored != ours);

    /// <summary>The stored entities (most reported first) whose names do not contradict ours, given the name they share.</summary>
    private static List<(long Id, long Documents, string Name)> Fitting(List<(long Id, long Documents, string Name)> candidates, string ours, string shared) =>
        candidates.Where(c => NameMatch.Compatible(ours, Normalize.Text(c.Name), shared)).ToList();

    /// <summary>The one entity ours joins among those that fit, if it is clear; none, an ambiguous name or another person of the same surname gets a new entry.</summary>
    private static long? Choose(List<(long Id, long Documents, string Name)> fits)
    {
        if (fits.Count == 0) return null;
        var clear = fits.Count == 1 || fits[0].Documents >= Dominance * Math.Max(1, fits[1].Documents);
        return clear ? fits[0].Id : null;
    }

    private void AddAlias(long entityId, string alias)
    {
        if (!_aliases.Add((entityId, alias))) return;
        var normalized = Normalize.Text(alias);
        if (normalized.Length == 0) return; // not "''" read as part of a name
        _insertAlias.Run(entityId, alias, normalized);
        if (Spelling.Key(normalized) is { } key) _insertSpelling.Run(key, entityId);
    }

    private void WriteEvents(long documentId, DocumentRecord doc, Dictionary<string, long> entities)
    {
        var reported = new HashSet<long>();
        foreach (var ev in doc.Events)
        {
            var actors = Ids(ev.Actors, entities);
            var recipients = Ids(ev.Recipients, entities);
            long? location = ev.Location?.Entity is { } l && entities.TryGetValue(l, out var lid) ? lid : null;
            var signature = new EventSignature(ev.Type, EventMatch.DayOf(ev.Date), actors, location);
            var eventId = FindEvent(signature);
            if (eventId is null)
            {
                eventId = _insertEvent.Scalar(ev.Type, ev.Mode, ev.Context, ev.Date, signature.Day, ev.Cameo, location)!.Value;
                reported.Add(eventId.Value);
            }
            else
            {
                if (reported.Add(eventId.Value)) _addEventSource.Run(eventId.Value);
                if (location is not null) _setEventLocation.Run(eventId.Value, location);
            }
            foreach (var a in actors) _insertParticipant.Run(eventId.Value, "actor", a);
            foreach (var r in recipients) _insertParticipant.Run(eventId.Value, "recipient", r);
            _insertEventMention.Run(eventId.Value, documentId, ev.Trigger.Start, ev.Trigger.End, ev.Sentence, ev.Modality, ev.Date,
                Words(ev.Actors), Words(ev.Recipients));
        }
    }

    /// <summary>
    /// An stored event this report joins: looked up through each of its actors (indexed by
    /// entity), then checked with <see cref="EventMatch.Same"/> so the rule lives in one place.
    /// </summary>
    private long? FindEvent(EventSignature signature)
    {
        if (signature.Day is not { } day || signature.Actors.Count == 0) return null;
        var candidates = new SortedDictionary<long, (int Day, long? Location)>();
        foreach (var actor in signature.Actors)
        {
            _findEvents.Query(r => candidates[r.Int64(0)!.Value] = ((int)r.Int64(1)!.Value, r.Int64(2)),
                actor, signature.Type, day - EventMatch.DaySlack, day + EventMatch.DaySlack);
        }
        foreach (var (id, stored) in candidates)
        {
            // the stored event shares this actor; that is all EventMatch needs of its actor set
            var shared = new HashSet<long>(signature.Actors);
            if (EventMatch.Same(signature, new EventSignature(signature.Type, stored.Day, shared, stored.Location))) return id;
        }
        return null;
    }

    private static HashSet<long> Ids(IEnumerable<EventArgument> arguments, Dictionary<string, long> entities) =>
        arguments.Where(a => a.Entity is not null && entities.ContainsKey(a.Entity)).Select(a => entities[a.Entity!]).ToHashSet();

    private static string Words(IEnumerable<EventArgument> arguments) => string.Join("; ", arguments.Select(a => a.Text));

    private void WriteQuotes(long documentId, DocumentRecord doc, Dictionary<string, long> entities)
    {
        // one upsert per distinct quote of the article, so its source count counts articles
        foreach (var group in doc.Quotes.GroupBy(q =>
                 {
                     long? speaker = q.Speaker?.Entity is { } s && entities.TryGetValue(s, out var sid) ? sid : null;
                     return (Key: QuoteKey(q.Text, speaker), Speaker: speaker);
                 }))
        {
            var first = group.First();
            var quoteId = _upsertQuote.Scalar(group.Key.Key, first.Kind, group.Key.Speaker, first.Speaker?.Text)!.Value;
            foreach (var q in group)
                _insertQuoteMention.Run(quoteId, documentId, q.Start, q.End, q.Cue?.Start, q.Cue?.End, q.Speaker?.Start, q.Speaker?.End);
        }
    }

    /// <summary>The same words (up to case, punctuation and quote marks) by the same speaker are one quote.</summary>
    /// <remarks>64 bits of SHA-256: a collision needs billions of distinct quotes.</remarks>
    internal static long QuoteKey(string text, long? speaker) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{speaker}|{Normalize.Text(text)}")));

    public void Dispose()
    {
        Rollback();
        foreach (var s in All) s.Dispose();
    }
}
