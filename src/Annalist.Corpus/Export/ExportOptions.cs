using Annalist.Corpus.Store;

namespace Annalist.Corpus.Export;

/// <summary>The record kinds an export can write, as they are named in a JSON Lines export's <c>record</c> field.</summary>
public static class RecordKinds
{
    public const string Document = "document";
    public const string Entity = "entity";
    public const string Event = "event";
    public const string Quote = "quote";

    /// <summary>Every kind, in the order a JSON Lines export writes them: what the later ones refer to comes first.</summary>
    public static readonly IReadOnlyList<string> All = [Document, Entity, Event, Quote];
}

/// <summary>
/// What an export writes: which record kinds, which events (the filter of <c>query events</c>;
/// its dates also select documents by their date), and whether documents carry their text.
/// </summary>
public sealed record ExportOptions(EventFilter Events, IReadOnlyList<string> Records, bool IncludeText = false)
{
    /// <summary>Documents dated inside the events' date range, when one is given.</summary>
    public DocumentFilter Documents => new(From: Events.From, To: Events.To);
}
