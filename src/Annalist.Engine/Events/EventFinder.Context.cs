using System.Globalization;
using Annalist.Documents;
using Annalist.Quantities;
using Annalist.Time;

namespace Annalist.Events;

// Modality, date and quantities of an event, from the words of its sentence:
// - negated: a negation cue up to six words before the trigger in its clause ("no progress on ... a ceasefire");
// - hypothetical: a modal or intention cue there ("might plan a fresh attack"), or "if"/"unless" earlier in the clause;
//   an intended or obliged event is recoded instead, as PLOVER does (see Recode);
// - reported: inside a quote, or a verb of saying before it in the sentence ("said that ..."), or after it behind a comma;
//   the first that applies wins in that order;
// - date: the nearest dated time expression in the trigger's clause, else in its sentence, else the
//   article date, never one behind the trigger of a later verbal event ("rejected ... and promised to
//   rebuild it by September"); a hypothetical event with no time of its own has no date;
// - quantities: each quantity of a sentence goes to the nearest trigger before it, else after it.
internal sealed partial class EventFinder
{
    private const int CueWindow = 6;
    private const int ProspectWindow = 3;

    // pronouns that can be the subject of an act; "it" only where its referent is known (see ActingSubject)
    private static readonly string[] PersonalSubjects = ["he", "she", "they", "we", "i"];

    /// <summary>Whether token k is "and", "but" or "or" before a new subject (a capitalized word or a subject pronoun).</summary>
    private bool NewSubjectAt(int k) =>
        k + 1 < _tokens.Length && _text.IsAny(k, "and", "but", "or") && (_text.StartsUpper(k + 1) || _text.IsAny(k + 1, PersonalSubjects) || _text.Is(k + 1, "it"));

    private bool NewSubjectBetween(int from, int to)
    {
        for (var k = from; k < to - 1; k++)
            if (NewSubjectAt(k)) return true;
        return false;
    }

    private string Modality(EventDraft d)
    {
        var start = d.SentenceSpan.FirstToken;
        var end = start + d.SentenceSpan.TokenCount;
        bool negated = false, failed = false, preparing = false, intent = false, obligation = false, speculation = false, condition = false;
        for (var j = d.First - 1; j >= start; j--)
        {
            if (_text.IsClausePunctuation(j) || _text.IsComma(j) && d.First - j > 2) break;
            // "Chad will evacuate them and Niger arrested 30 men": a new subject after the conjunction opens a clause of its own
            if (j + 1 < d.First && NewSubjectAt(j)) break;
            if (_inTime[j]) continue; // "May 16" is no modal
            if (d.First - j <= CueWindow)
            {
                negated |= _lex.Cue("negation").Starts(_text, j, d.First);
                failed |= _lex.Cue("failure").Starts(_text, j, d.First);
                preparing |= _lex.Cue("preparation").Starts(_text, j, d.First) && !(_text.Is(j, "prepared") && j > start && _text.IsAny(j - 1, "is", "are", "was", "were", "be", "been"));
                intent |= _lex.Cue("intent").Starts(_text, j, d.First);
                obligation |= _lex.Cue("obligation").Starts(_text, j, d.First);
                speculation |= _lex.Cue("speculation").Starts(_text, j, d.First)
                    || d.First - j <= ProspectWindow && _lex.Cue("prospect").Starts(_text, j, d.First) && !Coordinated(j + 1, d.First)
                       && !_lex.Cue("intent").Starts(_text, j, d.First);
            }
            condition |= _lex.Cue("condition").Starts(_text, j, j + 1);
        }
        var recoded = preparing && !negated && !speculation && !condition && Prepared(d)
            || Recode(d, negated, intent && !speculation && !condition, obligation && !speculation && !condition)
            || failed && FailedAgreement(d);
        if (negated && !recoded) return Modalities.Negated;
        if (!recoded && (intent || obligation || speculation || condition)) return Modalities.Hypothetical;
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

    /// <summary>
    /// PLOVER codes what is promised, threatened or demanded, not the act itself: an intended
    /// cooperative event is AGREE (REJECT when negated: "will not accept"), an intended
    /// conflictual one THREATEN, one that someone "must" do a REQUEST. True
    /// when the event was recoded.
    /// </summary>
    private bool Recode(EventDraft d, bool negated, bool intent, bool obligation)
    {
        var directive = IsTypeIn(_lex.Cue("directive"), d.Type);
        string? type = null;
        if (obligation && !directive && !negated) type = "REQUEST";
        // PLOVER CONCEDE: a future concession stays a CONCEDE ("will allow observers"); refused, it is a REJECT
        else if (intent && d.Entry == IntendedConcession) type = negated ? "REJECT" : "CONCEDE";
        else if (intent && IsTypeIn(_lex.Cue("cooperative"), d.Type)) type = negated ? "REJECT" : "AGREE";
        else if (intent && !negated && IsTypeIn(_lex.Cue("conflictual"), d.Type)) type = "THREATEN";
        if (type is null) return false;
        d.Context ??= d.Mode;
        (d.Type, d.Mode) = (type, null);
        d.Recoded = true;
        return true;
    }

    /// <summary>"the army prepared to resume shelling", "rebels preparing an offensive": readiness to attack is a MOBILIZE.</summary>
    private static bool Prepared(EventDraft d)
    {
        if (d.Type != "ASSAULT") return false;
        d.Context ??= d.Mode;
        (d.Type, d.Mode) = ("MOBILIZE", "troops");
        d.Recoded = true;
        return true;
    }

    /// <summary>"failed to reach an agreement", "failed to agree": a failed agreement is a REJECT (PETRARCH-2 codes FAIL as CAMEO 120, reject).</summary>
    private static bool FailedAgreement(EventDraft d)
    {
        if (d.Type != "AGREE") return false;
        (d.Type, d.Mode) = ("REJECT", null);
        d.Recoded = true;
        return true;
    }

    /// <summary>"the plan and promised": a conjunction in tokens [from, to) ends a noun's modifiers.</summary>
    private bool Coordinated(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_text.IsAny(k, "and", "or", "but")) return true;
        return false;
    }

    private static bool IsTypeIn(CueList list, string type) => list.Contains(type);

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
            // "rejected the plan and promised to rebuild the city by September": a time after another verb belongs to that verb
            if (t.Start >= _tokens[d.Last].End && VerbBetween(d, t.Start)) continue;
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

    /// <summary>Whether the trigger of another verbal event of the sentence, not taken in, stands between the event's trigger and the offset.</summary>
    private bool VerbBetween(EventDraft d, int offset)
    {
        foreach (var o in _drafts)
            if (o != d && !o.Merged && !o.Nominal && o.Sentence == d.Sentence && o.First > d.Last && _tokens[o.Last].End <= offset) return true;
        return false;
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
        var first = 0; // drafts and quantities are both in text order: one pass over each
        foreach (var q in quantities)
        {
            EventDraft? before = null, after = null;
            while (first < _drafts.Count && _drafts[first].SentenceSpan.End <= q.Start) first++;
            for (var k = first; k < _drafts.Count && _drafts[k].SentenceSpan.Start <= q.Start; k++)
            {
                var d = _drafts[k];
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
