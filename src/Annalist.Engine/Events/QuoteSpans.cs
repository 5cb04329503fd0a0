using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Quotes;

namespace Annalist.Events;

/// <summary>A quoted stretch of text [Start, End) and the entity that said it, when found.</summary>
internal sealed record QuoteSpan(int Start, int End, Entity? Speaker);

/// <summary>
/// The quotes stage's quotes as the events stage uses them: for "reported" modality and for
/// first-person actors ("we", "our") inside a quote, whose speaker is the quote's resolved entity.
/// </summary>
internal static class QuoteSpans
{
    public static List<QuoteSpan> Find(Document doc)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in doc.Get(EntityLayers.Entities)) entities.TryAdd(e.Id, e);
        var spans = new List<QuoteSpan>();
        foreach (var q in doc.Get(QuoteLayers.Quotes))
            spans.Add(new QuoteSpan(q.Start, q.End, q.Speaker?.Entity is { } id ? entities.GetValueOrDefault(id) : null));
        return spans; // in text order, as the layer is
    }

    /// <summary>The outermost quote holding [start, end), if any.</summary>
    public static QuoteSpan? Around(List<QuoteSpan> quotes, int start, int end)
    {
        QuoteSpan? best = null;
        foreach (var q in quotes)
        {
            if (q.Start > start) break;
            if (q.End >= end && (best is null || q.Speaker is not null && best.Speaker is null)) best = q;
        }
        return best;
    }
}
