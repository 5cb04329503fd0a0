using System.Collections.Immutable;

namespace Annalist.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>
    /// In text order: a direct quote without a cue takes the speaker of the quote before it (a
    /// floating quote, or a paragraph that goes on with the same speaker); quotes with the same
    /// content span are given once, the first found (direct before indirect) kept.
    /// </summary>
    private ImmutableArray<Quote> Output()
    {
        _found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var result = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        Speaker? last = null;
        int lastStart = -1, lastEnd = -1;
        foreach (var d in _found)
        {
            if (d.Kind == QuoteKinds.Direct && d.CueFirst < 0 && d.Speaker is null) d.Speaker = last;
            if (d.Speaker is not null) last = d.Speaker;
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
