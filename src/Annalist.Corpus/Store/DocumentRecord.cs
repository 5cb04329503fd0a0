using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Events;
using Annalist.Quantities;
using Annalist.Quotes;
using Annalist.Time;

namespace Annalist.Corpus.Store;

/// <summary>
/// One analyzed article flattened into what the store keeps: its text and metadata, and every
/// annotation as offsets into that text. Built on the worker thread that analyzed the article,
/// so the writer only copies rows. Entity references are the document's entity ids; the store
/// maps them to its corpus-wide registry.
/// </summary>
public sealed record DocumentRecord(
    string Hash,
    string ExternalId,
    string? Location,
    string Text,
    DateOnly? Date,
    string? Title,
    string? Url,
    string? Source,
    ImmutableArray<SentenceSpan> Sentences,
    ImmutableArray<Entity> Entities,
    ImmutableArray<TimeExpression> Times,
    ImmutableArray<Event> Events,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<Quantity> Quantities)
{
    /// <summary>The content hash that makes ingest idempotent: SHA-256 of the text, hex.</summary>
    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static DocumentRecord From(Document doc, string? location) => new(
        HashOf(doc.Text), doc.Id, location, doc.Text, doc.Date, doc.Title, doc.Url, doc.Source,
        doc.TryGet(CoreLayers.Sentences, out var s) ? s : [],
        doc.TryGet(EntityLayers.Entities, out var e) ? e : [],
        doc.TryGet(TimeLayers.Times, out var t) ? t : [],
        doc.TryGet(EventLayers.Events, out var ev) ? ev : [],
        doc.TryGet(QuoteLayers.Quotes, out var q) ? q : [],
        doc.TryGet(QuantityLayers.Quantities, out var qu) ? qu : []);
}
