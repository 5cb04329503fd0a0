using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Quotes;
using Annalist.Time;

namespace Annalist.Corpus.Timelines;

/// <summary>
/// One sentence of an analyzed article with what a timeline needs to rank dates and pick
/// sentences: the article's date, the TIMEX3 values of the DATE expressions inside the sentence,
/// the dates of the events in it and how many quotes it holds. The store returns these for the
/// articles a timeline query matches; <see cref="From"/> makes them from an analyzed document.
/// <see cref="Chronology"/>: the sentence is an entry of a dated list, a date heading it and a dash
/// or colon after the date ("March 17 - The U.N. Security Council votes ...").
/// </summary>
public sealed record TimelineSentence(
    long DocumentId,
    DateOnly? Published,
    int Index,
    int Start,
    int End,
    string Text,
    ImmutableArray<string> TimeValues,
    ImmutableArray<string> EventDates,
    int Quotes,
    bool Chronology = false)
{
    /// <summary>The sentences of an analyzed document (needs sentences; times, events and quotes when present).</summary>
    public static IEnumerable<TimelineSentence> From(Document doc, long documentId)
    {
        var times = doc.TryGet(TimeLayers.Times, out var t) ? t : [];
        var events = doc.TryGet(EventLayers.Events, out var e) ? e : [];
        var quotes = doc.TryGet(QuoteLayers.Quotes, out var q) ? q : [];
        var sentences = doc.Get(CoreLayers.Sentences);
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            var inside = times.Where(x => x.Type == TimeType.Date && x.Start >= s.Start && x.End <= s.End).ToList();
            var values = inside.Select(x => x.Value).ToImmutableArray();
            var dates = events.Where(x => x.Sentence == i && x.Date is not null).Select(x => x.Date!).ToImmutableArray();
            var quoteCount = quotes.Count(x => x.Start < s.End && x.End > s.Start);
            yield return new TimelineSentence(documentId, doc.Date, i, s.Start, s.End,
                doc.Text[s.Start..s.End], values, dates, quoteCount, IsChronologyEntry(doc.Text, s.Start, s.End, inside.Select(x => (x.Start, x.End))));
        }
    }

    /// <summary>
    /// Whether the sentence [start, end) of <paramref name="text"/> is a chronology entry: its first DATE
    /// expression begins it (after spaces, bullets or a weekday) and a dash or colon follows that expression.
    /// </summary>
    public static bool IsChronologyEntry(string text, int start, int end, IEnumerable<(int Start, int End)> dates)
    {
        var first = dates.Where(d => d.Start >= start && d.End <= end).OrderBy(d => d.Start).Select(d => ((int, int)?)d).FirstOrDefault();
        if (first is not var (from, to)) return false;
        for (var i = start; i < from; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('*' or '-' or '\u2022')) return false;
        var j = to;
        while (j < end && text[j] is ' ' or '\t' or ',') j++;
        return j < end && text[j] is '-' or ':' or '\u2013' or '\u2014';
    }
}
