using Annalist.Corpus.Timelines;

namespace Annalist.Corpus.Store;

/// <summary>
/// The corpus store: analyzed articles and the record linked across them. SQLite is the
/// embedded default (<see cref="SqliteCorpusStore"/>); a server implementation (PostgreSQL)
/// implements the same interface. One writer at a time; readers may run beside it.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>Whether an article with this content hash is stored (ingest skips it). Safe to call from any thread, also while a batch is written.</summary>
    bool Contains(string hash);

    /// <summary>
    /// Stores a batch of articles and links them into the corpus (entities, events, quotes)
    /// in one transaction: after a crash either the whole batch is there or none of it.
    /// Articles whose hash is already stored are left out. Returns how many were added.
    /// </summary>
    int Write(IReadOnlyList<DocumentRecord> batch);

    /// <summary>
    /// Opens a transaction to write articles into one at a time, so an ingest need not hold a
    /// batch of analyzed articles in memory; <see cref="ICorpusBatch.Commit"/> makes them
    /// durable, disposing without it rolls them back.
    /// </summary>
    ICorpusBatch BeginBatch();

    /// <summary>
    /// After a run of batches (the end of an ingest): each registry entry those batches counted
    /// names for takes the name most of its articles give it. <see cref="Write"/> does this itself.
    /// </summary>
    void SettleNames();

    CorpusStats Stats();

    IReadOnlyList<StoredDocument> Documents(DocumentFilter filter, int offset = 0, int limit = 100);

    StoredDocument? Document(long id);

    IReadOnlyList<StoredEntity> Entities(EntityFilter filter, int offset = 0, int limit = 100);

    IReadOnlyList<StoredEvent> Events(EventFilter filter, int offset = 0, int limit = 100);

    IReadOnlyList<StoredQuote> Quotes(QuoteFilter filter, int offset = 0, int limit = 100);

    /// <summary>
    /// Every matching article in id order, streamed a page at a time (memory stays flat however
    /// large the corpus); <see cref="StoredDocument.Text"/> is empty unless <paramref name="withText"/>.
    /// </summary>
    IEnumerable<StoredDocument> AllDocuments(DocumentFilter filter, bool withText);

    /// <summary>Every matching entity in id order, streamed a page at a time.</summary>
    IEnumerable<StoredEntity> AllEntities(EntityFilter filter);

    /// <summary>Every matching event in id order, streamed a page at a time.</summary>
    IEnumerable<StoredEvent> AllEvents(EventFilter filter);

    /// <summary>Every matching quote in id order, streamed a page at a time.</summary>
    IEnumerable<StoredQuote> AllQuotes(QuoteFilter filter);

    /// <summary>The sentence spans of a stored document (empty when there is no such document).</summary>
    IReadOnlyList<(int Start, int End, int Tag)> Sentences(long documentId);

    /// <summary>The sentences of the matching articles, in document and sentence order, streamed.</summary>
    IEnumerable<TimelineSentence> TimelineSentences(DocumentFilter filter);

    // Read by the web page and its API (SqliteCorpusStore.Web.cs).

    /// <summary>Articles without their text (the opening only), newest first, for lists.</summary>
    IReadOnlyList<DocumentSummary> DocumentSummaries(DocumentFilter filter, int offset = 0, int limit = 20);

    /// <summary>One article with every stored annotation, or null when there is no such article.</summary>
    DocumentAnnotations? Annotations(long documentId);

    /// <summary>One registry entity by id, with its aliases and counts.</summary>
    StoredEntity? Entity(long id);

    /// <summary>The articles mentioning an entity, newest first, with the first few mentions in context.</summary>
    IReadOnlyList<EntityDocumentMentions> EntityMentions(long entityId, int offset = 0, int limit = 20);

    /// <summary>The events an entity takes part in, as actor, recipient or location; most reported first.</summary>
    IReadOnlyList<EntityEventRole> EntityEvents(long entityId, int offset = 0, int limit = 50);

    /// <summary>The entities mentioned in the most articles that also mention this one.</summary>
    IReadOnlyList<CoOccurrence> CoOccurring(long entityId, int limit = 20);

    /// <summary>Dated events reported in the matching articles, most reported first (the page's timeline).</summary>
    IReadOnlyList<EventSummary> EventsInDocuments(DocumentFilter filter, int limit = 200);

    /// <summary>The id of the stored article with this content hash, if any.</summary>
    long? DocumentIdByHash(string hash);

    /// <summary>Quotes containing the text, found through the full-text index of their articles; most repeated first.</summary>
    IReadOnlyList<StoredQuote> SearchQuotes(string text, int limit = 10);
}

/// <summary>An open write transaction of a <see cref="ICorpusStore"/>.</summary>
public interface ICorpusBatch : IDisposable
{
    /// <summary>Stores and links one article; false when its text is stored already.</summary>
    bool Add(DocumentRecord record);

    void Commit();
}
