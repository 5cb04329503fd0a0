using System.Globalization;
using Annalist.Documents;
using Annalist.Quantities;
using Annalist.Time;

namespace Annalist.Events;

// Modality, date and quantities of an event, from the words of its sentence:
// - negated: a negation cue up to six words before the trigger in its clause ("no progress on ... a ceasefire");
// - hypothetical: a modal or intention cue there ("might plan a fresh attack"), or "if"/"unless" earlier in the clause;
// - reported: inside a quote, or a verb of saying before it in the sentence ("said that ..."), or after it behind a comma;
//   the first that applies wins in that order;
// - date: the nearest dated time expression in the trigger's clause, else in its sentence, else the
//   article date; a hypothetical event with no time of its own has no date;
// - quantities: each quantity of a sentence goes to the nearest trigger before it, else after it.
internal sealed partial class EventFinder
{
    private const int CueWindow = 6;

    private string Modality(EventDraft d)
    {
        var start = d.SentenceSpan.FirstToken;
        var end = start + d.SentenceSpan.TokenCount;
        var negation = _lex.Cue("negation");
        var hypothetical = _lex.Cue("hypothetical");
        var condition = _lex.Cue("condition");
        bool negated = false, possible = false;
        for (var j = d.First - 1; j >= start; j--)
        {
            if (_text.IsClausePunctuation(j) || _text.IsComma(j) && d.First - j > 2) break;
            if (_inTime[j]) continue;
            var near = d.First - j <= CueWindow;
            if (near && negation.Starts(_text, j, d.First)) negated = true;
            if (near && hypothetical.Starts(_text, j, d.First)) possible = true;
            if (condition.Starts(_text, j, j + 1)) possible = true;
        }
        if (negated) return Modalities.Negated;
        if (possible) return Modalities.Hypothetical;
        if (QuoteSpans.Around(_quotes, _tokens[d.First].Start, _tokens[d.Last].End) is not null) return Modalities.Reported;
        var reporting = _lex.Cue("reporting");
        for (var j = start; j < d.First; j++)
            if (reporting.Starts(_text, j, d.First) && !InQuote(j)) return Modalities.Reported;
        // ", the ministry said" after the event
        var comma = false;
        for (var j = d.Last + 1; j < end; j++)
        {
            if (_text.IsComma(j)) comma = true;
            else if (comma && reporting.Starts(_text, j, end)) return Modalities.Reported;
        }
        return Modalities.Asserted;
    }

    private bool InQuote(int token) => QuoteSpans.Around(_quotes, _tokens[token].Start, _tokens[token].End) is not null;

    private string? Date(EventDraft d, out bool fromText)
    {
        fromText = true;
        var s = _sentences[d.Sentence];
        TimeExpression? best = null;
        var bestScore = int.MaxValue;
        foreach (var t in _doc.TimesIn(new Sentence(_doc, d.Sentence, s)))
        {
            if (t.Type is not (TimeType.Date or TimeType.Time) || t.Value.Length == 0 || !char.IsAsciiDigit(t.Value[0])) continue;
            var distance = t.Start >= _tokens[d.Last].End ? t.Start - _tokens[d.Last].End : _tokens[d.First].Start - t.End;
            // a time in the trigger's own clause beats any other
            var score = distance + (SameClause(d, t) ? 0 : 100_000);
            if (score < bestScore) (best, bestScore) = (t, score);
        }
        if (best is { } b) return b.Value;
        fromText = false;
        if (d.Modality == Modalities.Hypothetical) return null;
        return _doc.CreationTime() is { } dct ? dct.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>No clause punctuation or comma between the trigger and the time.</summary>
    private bool SameClause(EventDraft d, TimeExpression t)
    {
        var (from, to) = t.Start >= _tokens[d.Last].End ? (_tokens[d.Last].End, t.Start) : (t.End, _tokens[d.First].Start);
        for (var k = d.SentenceSpan.FirstToken; k < d.SentenceSpan.FirstToken + d.SentenceSpan.TokenCount; k++)
        {
            if (_tokens[k].Start < from) continue;
            if (_tokens[k].Start >= to) break;
            if (_text.IsClausePunctuation(k) || _text.IsComma(k)) return false;
        }
        return true;
    }

    private void AttachQuantities()
    {
        if (!_doc.TryGet(QuantityLayers.Quantities, out var quantities)) return;
        var each = _lex.Cue("parties");
        foreach (var q in quantities)
        {
            EventDraft? before = null, after = null;
            foreach (var d in _drafts)
            {
                if (q.Start < d.SentenceSpan.Start || q.End > d.SentenceSpan.End) continue;
                if (_tokens[d.Last].End <= q.Start) before = d;
                else if (after is null && _tokens[d.First].Start >= q.End) after = d;
            }
            if ((before ?? after) is not { } target) continue;
            // "1,000 detainees freed by each side": the number holds for each party
            var qLast = LastTokenBefore(q.End);
            var perParty = false;
            for (var k = qLast + 1; k < _tokens.Length && k <= qLast + 4 && !perParty; k++)
                perParty = _text.Is(k, "each") || each.Starts(_text, k, _tokens.Length);
            target.Quantities.Add(new EventQuantity(q.Value, q.Unit, q.Approximate, q.Text, q.Start, q.End, perParty));
        }
    }

    private int LastTokenBefore(int offset)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }
}
