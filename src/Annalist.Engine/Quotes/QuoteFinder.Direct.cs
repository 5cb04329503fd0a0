using Annalist.Documents;

namespace Annalist.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>
    /// Quotes in quotation marks with their cue after them ("...," said Zelenskyy / "...," he said),
    /// before them (He said: "..." / Zelenskyy added, "..."), or none: a sentence-like quote without
    /// a cue is kept and later takes the last speaker; a short fragment without one is left to an
    /// indirect quote around it (a mixed quote) or dropped as a title or scare quote.
    /// </summary>
    private void FindDirect()
    {
        for (var q = 0; q < _marks.Count; q++)
        {
            var m = _marks[q];
            if (m.End <= m.Start) continue;
            var open = _openToken[q];
            var sentenceLike = SentenceLike(q);
            var d = new Draft { Start = m.Start, End = m.End, Mark = q };
            var found = _closeToken[q] >= 0 && (sentenceLike || OpensClause(open)) && CueAfter(_closeToken[q] + 1, d);
            found = found || CueBefore(open, d);
            if (!found && (!sentenceLike || IsTitle(q))) continue;
            _markUsed[q] = true;
            _found.Add(d);
        }
    }

    /// <summary>Whether the quote reads as speech of its own: four words or more, starting a sentence or a capital.</summary>
    private bool SentenceLike(int q)
    {
        var m = _marks[q];
        var open = _openToken[q];
        var words = 0;
        for (var t = open + 1; t < _tokens.Length && _tokens[t].Start < m.End && words < 4; t++)
            if (IsWord(t)) words++;
        return words >= 4 && (m.Continues || char.IsUpper(_text[m.Start]) || OpensClause(open));
    }

    /// <summary>
    /// A title or slogan: every word capitalized but short function words ("Orange Is the New
    /// Black", "The Nightly Show with Larry Wilmore", "Make America Great Again."); without a cue it
    /// names something rather than quotes somebody.
    /// </summary>
    private bool IsTitle(int q)
    {
        var m = _marks[q];
        var words = 0;
        for (var t = _openToken[q] + 1; t < _tokens.Length && _tokens[t].Start < m.End; t++)
        {
            if (!IsWord(t)) continue;
            words++;
            if (words > 12 || !char.IsUpper(_text[_tokens[t].Start]) && !Has(t, QuoteWord.TitleWord)) return false;
        }
        return words >= 2;
    }

    /// <summary>The opening mark starts a sentence, a paragraph or follows a colon or comma.</summary>
    private bool OpensClause(int open) =>
        open == 0 || SentenceStart(open) == open || BreakBetween(open - 1, open) || Is(open - 1, ":") || Is(open - 1, ",");

    /// <summary>
    /// A cue right after the closing mark (tokens from <paramref name="t"/>): the first cue verb
    /// within sixteen tokens (room for a name and its apposition: "...," Jan Olsen, the head of
    /// the trade office, said), before any other quote or sentence end; the speaker between the mark
    /// and the cue, or after the cue when nothing is between.
    /// </summary>
    private bool CueAfter(int t, Draft d)
    {
        if (t >= _tokens.Length || BreakBetween(t - 1, t)) return false;
        var from = Is(t, ",") ? t + 1 : t;
        for (var j = from; j < _tokens.Length && j < from + 16; j++)
        {
            if (_openMark[j] >= 0 || IsStop(j) || BreakBetween(j - 1, j)) return false;
            if (IsAccording(j))
            {
                SetCue(d, j, j + 2, After(j + 2));
                return true;
            }
            if (!IsCue(j)) continue;
            var end = CueEnd(j);
            var between = false;
            for (var k = from; k < j; k++) between |= IsWord(k);
            var speaker = between ? Subject(j, from) : After(end);
            if (between && speaker is null) return false;
            // “... of the Deal.” Mr. Trump said a smaller jet would ...: after a full stop the cue opens a sentence of its own
            if (between && _text[_marks[d.Mark].End - 1] == '.' && ContentStart(j, end, ContentEnd(j)) is var start and >= 0
                && Words(start, ContentEnd(j)) >= 3) return false;
            SetCue(d, j, end, speaker);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A cue before the opening mark: a colon or comma before the mark with a cue verb before it
    /// (up to twelve tokens back after a colon, "Trump wrote on Twitter early Sunday:", three after
    /// a comma, "he said,"); a headline's "Warren: ‘...’" gives the colon as cue and the name before it.
    /// </summary>
    private bool CueBefore(int open, Draft d)
    {
        var p = open - 1;
        if (p < 0 || BreakBetween(p, open)) return false;
        var colon = Is(p, ":");
        if (!colon && !Is(p, ",")) return false;
        var lo = Math.Max(SentenceStart(p), p - (colon ? 12 : 4));
        for (var j = p - 1; j >= lo; j--)
        {
            if (_markAt[j] >= 0) break;
            if (IsStop(j) || BreakBetween(j, j + 1)) break;
            if (IsAccording(j))
            {
                SetCue(d, j, j + 2, After(j + 2));
                return true;
            }
            if (!IsCue(j) && !_cueUsed[j]) continue;
            // "...," he said, "..." goes on with the cue and speaker of the part before it
            if (_cueUsed[j] && _found.Find(f => f.CueFirst == j) is { } before)
            {
                d.CueFirst = before.CueFirst;
                d.CueEnd = before.CueEnd;
                d.Speaker = before.Speaker;
                return true;
            }
            if (_cueUsed[j]) continue;
            var end = CueEnd(j);
            SetCue(d, j, end, Subject(j, SentenceStart(j)) ?? After(end));
            return true;
        }
        if (colon && FirstMention(SentenceStart(p), p) is var named and >= 0 && _mentions[named].Type is "PERSON" or "ORGANIZATION" or "GPE")
        {
            d.CueFirst = p;
            d.CueEnd = p + 1;
            d.Speaker = FromMention(named);
            return true;
        }
        return false;
    }

    private void SetCue(Draft d, int first, int end, Speaker? speaker)
    {
        d.CueFirst = first;
        d.CueEnd = end;
        d.Speaker = speaker;
        for (var t = first; t < end; t++) _cueUsed[t] = true;
    }
}
