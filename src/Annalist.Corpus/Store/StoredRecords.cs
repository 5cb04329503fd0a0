using System.Collections.Immutable;

namespace Annalist.Corpus.Store;

/// <summary>Counts of what the store holds.</summary>
public sealed record CorpusStats(long Documents, long Entities, long Events, long Quotes, long EventMentions, long QuoteMentions, long Mentions);

/// <summary>Which articles: full-text query (FTS syntax), an entity named so, a date range (inclusive).</summary>
public sealed record DocumentFilter(string? Query = null, string? Entity = null, DateOnly? From = null, DateOnly? To = null);

public sealed record EntityFilter(string? Name = null, string? Type = null);

public sealed record EventFilter(string? Type = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);

public sealed record QuoteFilter(string? Speaker = null, string? Text = null);

/// <summary>An article as stored; <see cref="Text"/> is the exact analyzed text every offset refers to.</summary>
public sealed record StoredDocument(long Id, string ExternalId, string? Location, DateOnly? Date, string? Title, string? Url, string? Source, string Text);

/// <summary>Where a fact was read: the article and the character span in its text.</summary>
public sealed record SourceSpan(long DocumentId, string? Url, DateOnly? Date, int Start, int End);

/// <summary>An entity of the corpus-wide registry with how often it is mentioned and in how many articles.</summary>
public sealed record StoredEntity(
    long Id, string Key, string Name, string Type, string? Wikidata, string? Country, string? Role,
    ImmutableArray<string> Aliases, int Documents, int Mentions);

/// <summary>
/// A participant of a deduplicated event (or a quote's speaker): the registry entity, its name
/// and key, and what the registry knows of it: country (ISO 3166 alpha-3), Wikidata id, role.
/// </summary>
public sealed record StoredParticipant(long EntityId, string Key, string Name, string Type, string? Country = null, string? Wikidata = null, string? Role = null);

/// <summary>
/// One event after deduplication across articles, with every report of it: the trigger span
/// in each article (<see cref="Mentions"/>), how many articles report it (<see cref="SourceCount"/>).
/// </summary>
public sealed record StoredEvent(
    long Id, string Type, string? Mode, string? Context, string? Date, string? Cameo,
    ImmutableArray<StoredParticipant> Actors, ImmutableArray<StoredParticipant> Recipients, StoredParticipant? Location,
    int SourceCount, ImmutableArray<EventReport> Mentions);

/// <summary>One article's report of an event: trigger span and text, modality, the sentence, argument words.</summary>
public sealed record EventReport(SourceSpan Trigger, string TriggerText, string Modality, int Sentence, string? Date, string Actors, string Recipients);

/// <summary>One quote, stored once however many articles carry it, with each article's span.</summary>
public sealed record StoredQuote(
    long Id, string Text, string Kind, StoredParticipant? Speaker, string? SpeakerText,
    int SourceCount, ImmutableArray<SourceSpan> Mentions);
