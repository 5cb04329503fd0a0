using Annalist.Corpus.Linking;
using Annalist.Corpus.Store;

namespace Annalist.Corpus.Export;

/// <summary>Values several export formats derive the same way from a stored event.</summary>
internal static class ExportFields
{
    /// <summary>
    /// The event's day: its own date when that names a day, else the date of the earliest article
    /// reporting it (as GDELT dates events by publication); null when neither is known.
    /// </summary>
    public static DateOnly? Day(StoredEvent e)
    {
        if (EventMatch.DayOf(e.Date) is { } day) return DateOnly.FromDayNumber(day);
        DateOnly? earliest = null;
        foreach (var m in e.Mentions)
            if (m.Trigger.Date is { } d && (earliest is null || d < earliest)) earliest = d;
        return earliest;
    }

    /// <summary>The first report's article URL that is known, or null.</summary>
    public static string? FirstUrl(StoredEvent e) => e.Mentions.Select(m => m.Trigger.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u));

    /// <summary>
    /// CAMEO's quad class from the two-digit root of a code: 01-05 verbal cooperation (1), 06-08
    /// material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
    /// </summary>
    public static int? QuadClass(string? cameo)
    {
        if (cameo is not { Length: >= 2 } || !int.TryParse(cameo.AsSpan(0, 2), out var root)) return null;
        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => null,
        };
    }

    /// <summary>The GeoNames id in a gazetteer city key ("city:2747891"), or null.</summary>
    public static long? GeoNamesId(string key) =>
        key.StartsWith("city:", StringComparison.Ordinal) && long.TryParse(key.AsSpan(5), out var id) ? id : null;

    public static bool IsCountry(string key) => key.StartsWith("country:", StringComparison.Ordinal);
}

/// <summary>
/// The article of an event's first report, with its sentence spans, kept for the next event:
/// events are stored in the order of the articles that first report them, so consecutive events
/// mostly share one, and only one article's text is held at a time.
/// </summary>
internal sealed class DocumentLookup(ICorpusStore store)
{
    private StoredDocument? _document;
    private IReadOnlyList<(int Start, int End, int Tag)> _sentences = [];

    public StoredDocument? Get(long id)
    {
        if (_document?.Id != id)
        {
            _document = store.Document(id);
            _sentences = _document is null ? [] : store.Sentences(id);
        }
        return _document;
    }

    /// <summary>The span of sentence <paramref name="index"/> of article <paramref name="id"/>, or null.</summary>
    public (int Start, int End)? Sentence(long id, int index)
    {
        if (Get(id) is null || index < 0 || index >= _sentences.Count) return null;
        var (start, end, _) = _sentences[index];
        return (start, end);
    }
}
