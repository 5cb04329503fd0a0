namespace Annalist.Corpus.Store;

/// <summary>
/// The tables. Plain SQL that PostgreSQL also accepts, except the FTS5 table and the
/// SQLite-only WITHOUT ROWID (a server store swaps those two for tsvector and plain tables).
/// Offsets are UTF-16 code units into documents.text, end exclusive, as everywhere.
/// </summary>
internal static class Schema
{
    /// <summary>Bumped when a table changes; a newer file is refused rather than misread.</summary>
    /// <remarks>
    /// Words are stored once, in documents.text: quotes, mentions and triggers are spans into it
    /// (a quote's words are read from its first report), and the many small spans (sentences, an
    /// entity's mentions in a document) are packed by <see cref="SpanCodec"/>: that keeps the file
    /// under 3x the size of the text.
    /// </remarks>
    public const int Version = 3;

    /// <summary>"ANL1" in ASCII: marks a SQLite file as an Annalist store.</summary>
    public const int ApplicationId = 0x414E4C31;

    /// <summary>
    /// Format 3: how many articles gave an entity each of its names (<c>entity_aliases.named</c>),
    /// so that an entry is called by its most used name, not the first one stored.
    /// </summary>
    public const string NameCounts = "ALTER TABLE entity_aliases ADD COLUMN named INTEGER NOT NULL DEFAULT 0;";

    /// <summary>
    /// Format 2: the aliases' <see cref="Linking.Spelling"/> keys, so that "Moammar Gadhafi" finds
    /// the stored "Muammar Gaddafi". A format-1 file gets it on its first open for writing.
    /// </summary>
    public const string Spellings = """
        CREATE TABLE entity_spellings (
            skeleton TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            PRIMARY KEY (skeleton, entity_id)) WITHOUT ROWID;
        """;

    public const string Create = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            external_id TEXT NOT NULL,
            location TEXT,
            date TEXT,
            title TEXT,
            url TEXT,
            source TEXT,
            text TEXT NOT NULL,
            sentences BLOB NOT NULL);
        CREATE INDEX documents_date ON documents (date);

        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            wikidata TEXT,
            country TEXT,
            role TEXT,
            documents INTEGER NOT NULL DEFAULT 0,
            mentions INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX entities_wikidata ON entities (wikidata);

        CREATE TABLE entity_aliases (
            entity_id INTEGER NOT NULL,
            alias TEXT NOT NULL,
            normalized TEXT NOT NULL,
            named INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entity_id, alias)) WITHOUT ROWID;
        CREATE INDEX entity_aliases_normalized ON entity_aliases (normalized);

        """ + Spellings + """


        CREATE TABLE document_entities (
            document_id INTEGER NOT NULL,
            entity_id INTEGER NOT NULL,
            mention_count INTEGER NOT NULL,
            mentions BLOB NOT NULL,
            PRIMARY KEY (document_id, entity_id)) WITHOUT ROWID;
        CREATE INDEX document_entities_entity ON document_entities (entity_id);

        CREATE TABLE times (
            document_id INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            mod TEXT,
            PRIMARY KEY (document_id, start_offset)) WITHOUT ROWID;

        CREATE TABLE quantities (
            document_id INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            value REAL NOT NULL,
            unit TEXT,
            approximate INTEGER NOT NULL,
            PRIMARY KEY (document_id, start_offset)) WITHOUT ROWID;

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            mode TEXT,
            context TEXT,
            date TEXT,
            day INTEGER,
            cameo TEXT,
            location_id INTEGER,
            sources INTEGER NOT NULL);
        CREATE INDEX events_type_day ON events (type, day);

        CREATE TABLE event_participants (
            event_id INTEGER NOT NULL,
            role TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            PRIMARY KEY (event_id, role, entity_id)) WITHOUT ROWID;
        CREATE INDEX event_participants_entity ON event_participants (entity_id, role, event_id);

        CREATE TABLE event_mentions (
            event_id INTEGER NOT NULL,
            document_id INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            modality TEXT NOT NULL,
            date TEXT,
            actors TEXT NOT NULL,
            recipients TEXT NOT NULL,
            PRIMARY KEY (document_id, trigger_start, event_id)) WITHOUT ROWID;
        CREATE INDEX event_mentions_event ON event_mentions (event_id);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            key INTEGER NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            speaker_id INTEGER,
            speaker_text TEXT,
            sources INTEGER NOT NULL);
        CREATE INDEX quotes_speaker ON quotes (speaker_id);

        CREATE TABLE quote_mentions (
            quote_id INTEGER NOT NULL,
            document_id INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            cue_start INTEGER,
            cue_end INTEGER,
            speaker_start INTEGER,
            speaker_end INTEGER,
            PRIMARY KEY (document_id, start_offset, quote_id)) WITHOUT ROWID;
        CREATE INDEX quote_mentions_quote ON quote_mentions (quote_id);

        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        """;
}
