using System.Collections.Immutable;

namespace Annalist.Corpus.Store;

// Records read for the web page and its API (SqliteCorpusStore.Web.cs): a document list without
// its text, one document's annotations as stored, and an entity's neighbourhood.

/// <summary>An article in a list: metadata and the opening of its text, never the whole text.</summary>
public sealed record DocumentSummary(long Id, string ExternalId, DateOnly? Date, string? Title, string? Url, string? Source, string Snippet, int Length);

/// <summary>A character span with a label (a mention's kind, or empty).</summary>
public sealed record StoredSpan(int Start, int End, string Kind);

/// <summary>A registry entity as one article mentions it.</summary>
public sealed record DocumentEntity(StoredParticipant Entity, string? Wikidata, string? Role, string? Country, ImmutableArray<StoredSpan> Mentions);

public sealed record StoredTime(int Start, int End, string Type, string Value, string? Mod);

public sealed record StoredQuantity(int Start, int End, double Value, string? Unit, bool Approximate);

/// <summary>One article's report of an event, with the deduplicated event's type and participants.</summary>
public sealed record DocumentEvent(
    long EventId, string Type, string? Mode, string? Context, string? Cameo, int TriggerStart, int TriggerEnd, string Modality,
    int Sentence, string? Date, string ActorsText, string RecipientsText,
    ImmutableArray<StoredParticipant> Actors, ImmutableArray<StoredParticipant> Recipients, StoredParticipant? Location);

/// <summary>One article's copy of a quote: its span, cue and speaker spans, and the quote's speaker entity.</summary>
public sealed record DocumentQuote(
    long QuoteId, int Start, int End, string Kind, int? CueStart, int? CueEnd, int? SpeakerStart, int? SpeakerEnd,
    StoredParticipant? Speaker, string? SpeakerText);

/// <summary>Everything the store keeps about one article, as offsets into its text.</summary>
public sealed record DocumentAnnotations(
    StoredDocument Document, ImmutableArray<StoredSpan> Sentences, ImmutableArray<DocumentEntity> Entities,
    ImmutableArray<StoredTime> Times, ImmutableArray<StoredQuantity> Quantities, ImmutableArray<DocumentEvent> Events,
    ImmutableArray<DocumentQuote> Quotes);

/// <summary>An entity's mentions in one article, with the article's text around the first few.</summary>
public sealed record EntityDocumentMentions(long DocumentId, DateOnly? Date, string? Title, int Count, ImmutableArray<MentionInContext> Mentions);

public sealed record MentionInContext(int Start, int End, string Kind, string Before, string Text, string After);

/// <summary>An event an entity takes part in, and in which role (actor, recipient, location).</summary>
public sealed record EntityEventRole(long EventId, string Type, string? Date, string Role, int Sources);

/// <summary>An entity mentioned in the same articles as another, and in how many.</summary>
public sealed record CoOccurrence(StoredParticipant Entity, int Documents);

/// <summary>A dated event in a list (timeline): type, date, how many articles report it, one trigger word and its actors' names.</summary>
public sealed record EventSummary(long Id, string Type, string Date, int Sources, string Trigger, ImmutableArray<StoredParticipant> Actors);
