using System.Collections.Immutable;

namespace Annalist.Corpus.Timelines;

/// <summary>
/// One sentence of an analyzed article with what a timeline needs to rank dates and pick
/// sentences: the article's date, the TIMEX3 values of the DATE expressions inside the sentence,
/// the dates of the events in it and how many quotes it holds. The store returns these for the
/// articles a timeline query matches, made by <see cref="Of"/> from the article's stored spans.
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
    /// <summary>
    /// The sentences of one article from its spans: the DATE expressions inside a sentence give its
    /// time values, the events of its index their dates, quotes overlapping it count.
    /// </summary>
    public static IEnumerable<TimelineSentence> Of(long documentId, DateOnly? published, string text,
        IReadOnlyList<(int Start, int End, int Tag)> sentences, IReadOnlyList<(int Start, int End, string Value)> dates,
        IReadOnlyList<(int Sentence, string Date)> eventDates, IReadOnlyList<(int Start, int End)> quotes)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end, _) = sentences[i];
            var inside = dates.Where(t => t.Start >= start && t.End <= end).ToList();
            var index = i;
            yield return new TimelineSentence(documentId, published, i, start, end, text[start..end],
                [.. inside.Select(t => t.Value)],
                [.. eventDates.Where(e => e.Sentence == index).Select(e => e.Date)],
                quotes.Count(q => q.Start < end && q.End > start),
                IsChronologyEntry(text, start, end, inside.Select(t => (t.Start, t.End))));
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
