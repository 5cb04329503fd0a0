using System.Collections.Immutable;

namespace Annalist.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>
    /// In text order: a direct quote without a cue takes the speaker of the quote before it (a
    /// floating quote, or a paragraph that goes on with the same speaker), and its cue when it is
    /// in the same paragraph as a quote with a cue (direct, mixed or reported), or goes on from a
    /// direct one; it is dropped when
    /// no quote before it has a speaker. Quotes with the same
    /// content span are given once, the first found (direct before indirect) kept.
    /// </summary>
    private ImmutableArray<Quote> Output()
    {
        _found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var result = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        Speaker? last = null;
        Draft? previous = null;
        string? lastPerson = null;
        int lastStart = -1, lastEnd = -1;
        foreach (var d in _found)
        {
            if (d.Kind == QuoteKinds.Direct && d.CueFirst < 0 && d.Speaker is null)
            {
                // a quote before anybody has spoken is more likely a slogan or title than a quote
                if (last is null) continue;
                d.Speaker = last;
                // in the paragraph of a quote with a cue, or going on from a direct one, the cue covers it too
                // ("“...,” he said. “...”", "He said the plan was “a mistake.” “...”", "..., adding that ... “...”")
                if (previous is { CueFirst: >= 0 } && previous.End <= d.Start
                    && (_marks[d.Mark].Continues && previous.Kind == QuoteKinds.Direct || !_text.AsSpan(previous.End, d.Start - previous.End).Contains('\n')))
                    (d.CueFirst, d.CueEnd) = (previous.CueFirst, previous.CueEnd);
            }
            // "he added" that the entities stage left unresolved: the last person who spoke
            if (d.Speaker is { Entity: null } s && s.End == s.First + 1 && Has(s.First, QuoteWord.PersonPronoun) && lastPerson is { } p)
                d.Speaker = s with { Entity = p };
            if (d.Speaker is not null) last = d.Speaker;
            if (d.Speaker is { Entity: { } id } && _personIds.Contains(id)) lastPerson = id;
            previous = d;
            if (d.Start == lastStart && d.End == lastEnd) continue;
            (lastStart, lastEnd) = (d.Start, d.End);
            result.Add(new Quote(d.Start, d.End, _text[d.Start..d.End], d.Kind, Cue(d), SpeakerOf(d)));
        }
        return result.ToImmutable();
    }

    private QuoteCue? Cue(Draft d)
    {
        if (d.CueFirst < 0) return null;
        int start = _tokens[d.CueFirst].Start, end = _tokens[d.CueEnd - 1].End;
        return new QuoteCue(start, end, _text[start..end]);
    }

    private QuoteSpeaker? SpeakerOf(Draft d)
    {
        if (d.Speaker is not { } s) return null;
        int start = _tokens[s.First].Start, end = _tokens[s.End - 1].End;
        return new QuoteSpeaker(start, end, _text[start..end], s.Entity);
    }
}
