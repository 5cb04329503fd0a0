using Annalist.Documents;

namespace Annalist.Events;

// Steps across events, in text order:
// - content: an event within eight words after a REQUEST, AGREE, THREATEN or REJECT in its clause is
//   what is asked, promised, threatened or refused, and is not an event of its own; a nominal event
//   within four words after any verbal one is that verb's object ("rejected the agreement", "rejected
//   a proposal") likewise; a REQUEST within eight words after a protest is the protest's demand;
// - background: a nominal event in a prepositional phrase ("after violent protests", "despite
//   hours of talks") is dropped when its sentence tells another event;
// - one sentence, one type: events of the same type in a sentence whose actors do not conflict are
//   one event told twice ("the largest prisoner swap ..., with 1,000 detainees freed by each side");
// - an event whose actor search met an earlier trigger shares that event's actors;
// - inside a quote, an event with no actor whose sentence has "I" or "we" is the speaker's;
// - "each side", "both sides", and exchanges with no actor of their own ("talks", "swap") take the
//   parties of the last event with two or more actors;
// - a nominal event with no date of its own takes the date of a named operation of the same type
//   elsewhere in the article that has one and an actor of the same country ("Kyiv's drone attack"
//   and "our operation “Spiderweb” yesterday", said by Ukraine's president).
internal sealed partial class EventFinder
{
    private void MergeWithinSentences()
    {
        for (var a = 0; a < _drafts.Count; a++)
        {
            var first = _drafts[a];
            if (first.Merged) continue;
            for (var b = a + 1; b < _drafts.Count && _drafts[b].Sentence == first.Sentence; b++)
            {
                var other = _drafts[b];
                if (other.Merged || other.Type != first.Type || Conflict(first, other)) continue;
                foreach (var x in other.Actors) if (x.Entity is null || !first.HasActor(x.Entity)) first.Actors.Add(x);
                foreach (var x in other.Recipients) if (!first.Recipients.Any(r => r.Entity is not null && r.Entity.Id == x.Entity?.Id)) first.Recipients.Add(x);
                first.Quantities.AddRange(other.Quantities);
                first.Location ??= other.Location;
                first.WantsParties |= other.WantsParties;
                first.ActorsFrom ??= other.ActorsFrom;
                if (!first.DateFromText && other.DateFromText) (first.Date, first.DateFromText) = (other.Date, true);
                Fold(other, first);
            }
        }
    }

    /// <summary>Whether a word that stops what follows ("end", "halt", "prevent") stands in tokens [from, to).</summary>
    private bool Stopping(int from, int to)
    {
        var stopping = _lex.Cue("stopping");
        for (var i = from; i < to; i++)
            if (stopping.Starts(_text, i, to)) return true;
        return false;
    }

    /// <summary>"urged Y to release the prisoners": an event right after a directive or commissive one in its clause is its content, not an event of its own.</summary>
    private void AbsorbContents()
    {
        var directive = _lex.Cue("directive");
        var claims = _lex.Cue("claims");
        for (var a = 0; a < _drafts.Count; a++)
        {
            var d = _drafts[a];
            var isDirective = IsTypeIn(directive, d.Type);
            // a protest takes in the demand it is made for ("marched ... to demand", "a strike demanding")
            if (!d.Merged && IsTypeIn(claims, d.Type)) AbsorbDemand(a);
            // a content taken in keeps its own content ("rejected an ultimatum to hand over ...")
            if (!isDirective && d.Nominal || d.Merged && !isDirective) continue;
            for (var b = a + 1; b < _drafts.Count && _drafts[b].Sentence == d.Sentence; b++)
            {
                var e = _drafts[b];
                if (e.Merged || e.First - d.Last > (isDirective ? ContentWindow : ObjectWindow) || CrossesClause(d.Last + 1, e.First)
                    || NewSubjectBetween(d.Last + 1, e.First)) break; // "... and Niger arrested": another actor's act, not the content
                // after another verb only a noun is its object: "rejected the agreement", "condemned the offensive"
                if (!isDirective && !e.Nominal) break;
                // a nominal one right after the verb is its object even when it is itself a proposal, plan or
                // ultimatum ("rejected an Indian proposal"); a verbal one is an event of its own
                var isObject = e.Nominal && e.First - d.Last <= ObjectWindow && !d.Nominal;
                var promisedForce = d.Type == "AGREE" && d.Entry.Type == "AGREE" && !d.Nominal && e.Type == "THREATEN";
                if (IsTypeIn(directive, e.Type) && e.Type != d.Type && !isObject && !promisedForce) break;
                Fold(e, d);
                d.Quantities.AddRange(e.Quantities);
                // PLOVER THREATEN: a promise of force or sanctions is a threat ("vowed retaliation", "promised raids")
                // ("pledged to end violence" promises the opposite: it stays AGREE)
                if (d.Type == "AGREE" && d.Entry.Type == "AGREE" && !d.Nominal && (e.Type == "THREATEN" || IsTypeIn(_lex.Cue("conflictual"), e.Type))
                    && !Stopping(d.Last + 1, e.First))
                {
                    // "agreed to impose sanctions on Iran": parties agreeing on sanctions decide them, the agreement
                    // is the measure (the PETRARCH-2 CAMEO dictionary codes "agree * to sanctions" as the sanction)
                    if (e.Entry.Type == "SANCTION" && _text.IsAny(d.First, AgreeForms))
                        (d.Type, d.Mode, d.Context) = ("SANCTION", e.Entry.Mode, e.Entry.Context ?? d.Context);
                    else
                        (d.Type, d.Mode, d.Context) = ("THREATEN", null, d.Context ?? e.Mode);
                    // the threat is made against the content's recipient ("vowed to punish Iran")
                    if (d.Recipients.Count == 0)
                        foreach (var r in e.Recipients)
                            if (r.Entity is null || !d.HasActor(r.Entity)) d.Recipients.Add(r);
                }
            }
        }
    }

    /// <summary>Takes a draft out of the output: it was folded into <paramref name="into"/> (or dropped, null), and drafts that took their actors from it take them from there.</summary>
    private void Fold(EventDraft gone, EventDraft? into)
    {
        gone.Merged = true;
        foreach (var x in _drafts) if (x.ActorsFrom == gone) x.ActorsFrom = into;
    }

    /// <summary>
    /// "warned that the army could attack": what may happen is the content of the verb that tells it,
    /// not an event told; a hypothetical event is dropped when a verbal event that is not comes before
    /// it in its sentence (one told only by a verb of saying, "speculated that Russia might plan an
    /// attack", stays).
    /// </summary>
    private void DropSpeculation()
    {
        foreach (var d in _drafts)
        {
            if (d.Merged || d.Modality != Modalities.Hypothetical) continue;
            if (!_drafts.Any(o => !o.Merged && !o.Nominal && o.First < d.First && o.Sentence == d.Sentence && o.Modality != Modalities.Hypothetical)) continue;
            Fold(d, null);
        }
    }

    /// <summary>
    /// "expelled two diplomats, saying they had spied": a reported event after another event of its
    /// sentence is what is said about that event (its reason or content), not an event the sentence
    /// tells; PLOVER codes the sentence's first event.
    /// </summary>
    private void DropReportedContent()
    {
        for (var a = 0; a < _drafts.Count; a++)
        {
            var d = _drafts[a];
            if (d.Merged || d.Modality != Modalities.Reported) continue;
            var earlier = false;
            for (var b = a - 1; b >= 0 && _drafts[b].Sentence == d.Sentence && !earlier; b--)
                earlier = !_drafts[b].Merged && _drafts[b].Type != d.Type;
            if (!earlier) continue;
            Fold(d, null);
        }
    }

    /// <summary>
    /// Deaths and damage from a flood, an epidemic or a crash are no ASSAULT: an ASSAULT without an
    /// actor whose subject (up to six words before the trigger, in its clause) or cause ("killed in
    /// floods", "died from the virus": up to four words after "in", "by" or "from") is a hazard word is dropped.
    /// Nor is a warning of one a THREATEN (PLOVER: a threat of the actor's own act): "warned that more
    /// rain was expected", "warns of a flu outbreak" (a hazard word within ten words after it).
    /// </summary>
    private void DropHazards()
    {
        var hazard = _lex.Cue("hazard");
        foreach (var d in _drafts)
        {
            if (d.Merged) continue;
            if (d.Type == "THREATEN" && _text.IsAny(d.First, WarnForms))
            {
                var stop = d.SentenceSpan.FirstToken + d.SentenceSpan.TokenCount;
                for (var k = d.Last + 1; k < stop && k <= d.Last + 10; k++)
                    if (hazard.Starts(_text, k, k + 1))
                    {
                        Fold(d, null);
                        break;
                    }
                continue;
            }
            if (d.Type != "ASSAULT" || d.Actors.Count > 0) continue;
            var start = d.SentenceSpan.FirstToken;
            var end = start + d.SentenceSpan.TokenCount;
            var caused = false;
            for (var k = d.First - 1; k >= start && k >= d.First - 6 && !caused; k--)
            {
                if (_text.IsClausePunctuation(k)) break;
                caused = hazard.Starts(_text, k, k + 1);
            }
            if (!caused && d.Last + 1 < end && _text.IsAny(d.Last + 1, CauseWords))
                for (var k = d.Last + 2; k < end && k <= d.Last + 5 && !caused; k++)
                {
                    if (_text.IsClausePunctuation(k)) break;
                    caused = hazard.Starts(_text, k, k + 1);
                }
            if (caused) Fold(d, null);
        }
    }

    private static readonly string[] CauseWords = ["in", "by", "from"];

    private static readonly string[] WarnForms = ["warn", "warns", "warned", "warning", "warnings"];

    private static readonly string[] AgreeForms = ["agree", "agrees", "agreed", "agreeing"];

    /// <summary>PLOVER MOBILIZE: forces moved in the course of an assault are not coded apart from it, so a sentence with an ASSAULT drops its MOBILIZE.</summary>
    private void DropMobilizeInAssault()
    {
        foreach (var d in _drafts)
        {
            if (d.Merged || d.Type != "MOBILIZE") continue;
            if (!_drafts.Any(o => !o.Merged && o.Sentence == d.Sentence && o.Type == "ASSAULT")) continue;
            Fold(d, null);
        }
    }

    /// <summary>
    /// "after violent protests", "following the invasion", "despite hours of negotiations": a nominal
    /// event in a prepositional phrase (a background word up to four words before it, no other trigger
    /// or clause mark between) is a circumstance of the sentence's event, not one told on its own; it
    /// is dropped when its sentence has an event that is not such a circumstance.
    /// </summary>
    private void DropBackground()
    {
        var background = _lex.Cue("background");
        var isBackground = new bool[_drafts.Count];
        for (var a = 0; a < _drafts.Count; a++)
        {
            var d = _drafts[a];
            // a word read as a verb that the lexicon also holds as a noun ("after violent protests") counts too
            if (d.Merged || !d.Nominal && !(_lex.ByFirstWord.TryGetValue(_text[d.First].ToString(), out var es) && es.Any(e => e.Nominal && e.Words.Length == 1))) continue;
            var start = d.SentenceSpan.FirstToken;
            for (var k = d.First - 1; k >= start && k >= d.First - 4; k--)
            {
                if (_triggerAt[k] >= 0 || _tokens[k].Kind != TokenKind.Word || _text.IsClausePunctuation(k)) break;
                if (background.Starts(_text, k, d.First)) { isBackground[a] = true; break; }
            }
        }
        for (var a = 0; a < _drafts.Count; a++)
        {
            if (!isBackground[a]) continue;
            var d = _drafts[a];
            var told = false;
            for (var b = 0; b < _drafts.Count && !told; b++)
                told = b != a && !isBackground[b] && !_drafts[b].Merged && _drafts[b].Sentence == d.Sentence;
            if (!told) continue;
            Fold(d, null);
        }
    }

    /// <summary>The first REQUEST within eight words after protest <paramref name="a"/> in its clause is the protest's demand.</summary>
    private void AbsorbDemand(int a)
    {
        var d = _drafts[a];
        for (var b = a + 1; b < _drafts.Count && _drafts[b].Sentence == d.Sentence; b++)
        {
            var e = _drafts[b];
            if (e.Merged) continue;
            if (e.First - d.Last > ContentWindow || CrossesClause(d.Last + 1, e.First)) return;
            if (e.Type != "REQUEST") continue;
            Fold(e, d);
            return;
        }
    }

    private const int ContentWindow = 8;
    private const int ObjectWindow = 4;

    private static bool Conflict(EventDraft a, EventDraft b) =>
        a.Actors.Count > 0 && b.Actors.Count > 0 && !a.Actors.Any(x => x.Entity is { } e && b.HasActor(e));

    private void ResolveDiscourse()
    {
        EventDraft? lastMultiParty = null;
        foreach (var d in _drafts)
        {
            if (d.Merged) continue;
            if (d.Actors.Count == 0 && d.ActorsFrom is { } from && from != d) d.Actors.AddRange(from.Actors);
            // "At today's summit ..., I thanked": inside a quote, the speaker when the sentence has "I" or "we"
            if (d.Actors.Count == 0 && !d.Passive && Speaker(d) is { } speaker && FirstPersonSubject(d) is var me and >= 0) AddArgument(d.Actors, speaker, me);
            if (d.Actors.Count == 0 && (d.WantsParties || d.Entry.Reciprocal) && lastMultiParty is not null)
                d.Actors.AddRange(lastMultiParty.Actors);
            d.Recipients.RemoveAll(r => r.Entity is { } e && d.HasActor(e));
            if (d.Actors.Count >= 2) lastMultiParty = d;
        }
        foreach (var d in _drafts)
        {
            if (d.Merged || d.DateFromText || !d.Nominal || d.Modality == Modalities.Hypothetical) continue;
            var countries = d.ActorCountries().ToHashSet();
            if (countries.Count == 0) continue;
            var dated = _drafts.FirstOrDefault(o => o != d && !o.Merged && IsNamed(o) && o.DateFromText && o.Type == d.Type
                && o.Modality != Modalities.Hypothetical && o.ActorCountries().Any(countries.Contains));
            if (dated is not null) d.Date = dated.Date;
        }
    }

    /// <summary>A named operation: its trigger holds a name ("operation “Spiderweb”") or lies in an EVENT name.</summary>
    private bool IsNamed(EventDraft d) =>
        d.Entry.Words.Any(w => w is not null && w[0] == NameSlot) || _mentions.TryAt(d.First, out var m) && m.Entity.Type == "EVENT";

    /// <summary>The first "I" or "we" of the event's sentence, or -1.</summary>
    private int FirstPersonSubject(EventDraft d)
    {
        var start = d.SentenceSpan.FirstToken;
        for (var j = start; j < start + d.SentenceSpan.TokenCount; j++)
        {
            // "If they're bold enough to prepare attacks": someone else acts
            if (j < d.First && _text.IsAny(j, "they", "he", "she", "it")) return -1;
            if (_text.IsAny(j, "i", "we")) return j;
        }
        return -1;
    }
}
