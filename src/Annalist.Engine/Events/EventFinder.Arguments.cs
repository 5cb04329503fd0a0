using Annalist.Documents;
using Annalist.Entities;

namespace Annalist.Events;

// Actors, recipients and place from the words around the trigger (no parse):
// - actor: the possessor or demonym right before a nominal trigger ("Kyiv's drone attack",
//   "Israeli air strikes"), else a "by" phrase after it ("freed by each side"), else the
//   nearest mention to the left in its clause (the subject), with the mentions joined to it by
//   "and" or commas ("Russian and Ukrainian delegations"); "we"/"I"/"our" inside a quote is the speaker;
//   a passive verb ("were killed") has only its "by" phrase as actor: its subject is the recipient;
// - recipient: the first mention after a verbal trigger (its object), or after on, against, with,
//   to ... (both kinds), never a place and never an actor;
// - place: a mention after in, at, near ... ("in Turkey's Istanbul" is Istanbul), nearest after
//   the trigger, else before it, with no other trigger in between.
internal sealed partial class EventFinder
{
    private const int MaxLeft = 12;
    private const int MaxRight = 10;

    private void FindArguments(EventDraft d)
    {
        var start = d.SentenceSpan.FirstToken;
        var end = start + d.SentenceSpan.TokenCount;
        // "is committed to": a participle with a "to" complement is an adjective of the subject, no passive
        d.Passive = !d.Nominal && d.Entry.Words[^1] is not ["to"] && IsPassive(d.First, start);
        // "civilians were killed": the subject of a passive is what the act is done to, and without "by" there is no actor
        if (d.Passive) PassiveSubject(d, start);
        if (!(d.Nominal && PreModifierActor(d, start)) && !AgentActor(d, end) && !d.Passive && !(d.Nominal && InnerActor(d)))
            SubjectActor(d, start);
        if (d.Recipients.Count == 0) Recipients(d, end);
        d.Location = Location(d, start, end);
    }

    /// <summary>"Kyiv's drone attack", "Israeli air strikes", "our operation": the words right before a nominal trigger.</summary>
    private bool PreModifierActor(EventDraft d, int start)
    {
        var j = d.First - 1;
        // skip up to two plain modifiers: "Kyiv's massive drone attack"
        for (var skipped = 0; j >= start && skipped < 2 && !_mentions.Covers(j) && !_text.IsPossessive(j) && _tokens[j].Kind == Documents.TokenKind.Word
             && !_text.IsAny(j, Determiners) && _triggerAt[j] < 0 && !IsFirstPerson(j); skipped++) j--;
        if (j < start) return false;
        if (IsFirstPerson(j) && _text.IsAny(j, "our", "my") && Speaker(d) is { } speaker)
        {
            AddArgument(d.Actors, speaker, j);
            return true;
        }
        if (_text.IsPossessive(j)) j--;
        if (j < start || !_mentions.TryAt(j, out var m) || IsPlace(m)) return false;
        CollectGroup(d.Actors, m, start, leftwards: true);
        return true;
    }

    /// <summary>"the deployment of Nigerian peacekeepers", "the resumption of Sino-Japanese ties": a mention inside a nominal trigger's gap owns it.</summary>
    private bool InnerActor(EventDraft d)
    {
        for (var k = d.First + 1; k < d.Last; k++)
            if (_mentions.TryAt(k, out var m) && !IsPlace(m) && m.Last < d.Last)
            {
                CollectGroup(d.Actors, m, d.Last, leftwards: false);
                return true;
            }
        return false;
    }

    /// <summary>"freed by each side", "an attack by rebels".</summary>
    private bool AgentActor(EventDraft d, int end)
    {
        var agent = _lex.Cue("agent");
        for (var j = d.Last + 1; j < end && j <= d.Last + 2; j++)
        {
            if (!agent.Starts(_text, j, end)) continue;
            if (_lex.Cue("parties").Starts(_text, j + 1, end)) { d.WantsParties = true; return true; }
            for (var k = j + 1; k < end && k <= j + 3; k++)
                if (_mentions.TryAt(k, out var m))
                {
                    CollectGroup(d.Actors, m, end, leftwards: false);
                    return true;
                }
            return false;
        }
        return false;
    }

    private void SubjectActor(EventDraft d, int start)
    {
        var clause = _lex.Cue("clause");
        var skippedAppositive = false;
        var limit = d.First - MaxLeft;
        for (var j = d.First - 1; j >= start && j >= limit; j--)
        {
            // "Peru, a close ally of Chile, has rejected": the subject stands before the appositive (which does not count against the window)
            if (!skippedAppositive && _text.IsComma(j) && AppositiveStart(j, start) is var a and >= 0)
            {
                limit -= j - a;
                j = a;
                skippedAppositive = true;
                continue;
            }
            if (_text.IsClausePunctuation(j) || clause.Starts(_text, j, j + 1)) return;
            if (_triggerAt[j] >= 0 && _drafts[_triggerAt[j]] != d)
            {
                d.ActorsFrom = _drafts[_triggerAt[j]];
                return;
            }
            if (IsFirstPerson(j))
            {
                if (Speaker(d) is { } speaker) AddArgument(d.Actors, speaker, j);
                return;
            }
            if (_mentions.TryAt(j, out var m) && !IsPlace(m) && !AfterLocative(m))
            {
                CollectGroup(d.Actors, m, start, leftwards: true);
                return;
            }
            // "Peru announced that it will ...": the pronoun is the one who says it
            if (_text.IsAny(j, ThirdPerson) && ReportingVerbBefore(j, start) is var r and >= 0)
            {
                for (var k = r - 1; k >= start && k >= r - MaxLeft && !_text.IsClausePunctuation(k) && !_text.IsComma(k); k--)
                    if (_mentions.TryAt(k, out var reporter) && !IsPlace(reporter))
                    {
                        CollectGroup(d.Actors, reporter, start, leftwards: true);
                        return;
                    }
                return;
            }
            if (_lex.Cue("parties").Starts(_text, j, d.First)) { d.WantsParties = true; return; }
        }
    }

    private static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"];

    /// <summary>A verb form right after a form of "be" or "get" (one adverb may stand between) that is no -ing form: "were killed", "is being held", "was later freed".</summary>
    private bool IsPassive(int trigger, int start)
    {
        if (_text[trigger].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        var j = trigger - 1;
        if (j > start && _text[j].EndsWith("ly", StringComparison.OrdinalIgnoreCase)) j--;
        return j >= start && _text.IsAny(j, BeForms);
    }

    private static readonly string[] Auxiliaries = ["has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "can", "not", "n't", "never"];

    /// <summary>
    /// The subject of a passive trigger is its recipient: a mention ending right before the verb group
    /// ("Kenya was attacked"), or one or two words before it ("Kenyan soldiers were killed"); the speaker for "we".
    /// </summary>
    private void PassiveSubject(EventDraft d, int start)
    {
        var j = d.First - 1;
        while (j >= start && (_text.IsAny(j, BeForms) || _text.IsAny(j, Auxiliaries) || _text[j].EndsWith("ly", StringComparison.OrdinalIgnoreCase))) j--;
        for (var words = 0; j >= start && words <= 2; words++, j--)
        {
            if (IsFirstPerson(j))
            {
                if (words == 0 && Speaker(d) is { } speaker) AddArgument(d.Recipients, speaker, j);
                return;
            }
            if (_mentions.TryAt(j, out var m))
            {
                if (!IsPlace(m) && !AfterLocative(m)) CollectGroup(d.Recipients, m, start, leftwards: true);
                return;
            }
            if (_tokens[j].Kind != TokenKind.Word || _triggerAt[j] >= 0 || _lex.Cue("clause").Starts(_text, j, j + 1)) return;
        }
    }

    private static readonly string[] ThirdPerson = ["it", "he", "she", "they"];

    // words that open an appositive or a non-restrictive relative clause after a comma
    private static readonly string[] AppositiveOpeners = ["a", "an", "the", "who", "which", "whose"];

    /// <summary>
    /// For a comma at <paramref name="comma"/> that closes an appositive ("Peru, a close ally of Chile,"),
    /// the comma that opens it (an opener word after it, no other comma or trigger between, up to 15 words back), or -1.
    /// </summary>
    private int AppositiveStart(int comma, int start)
    {
        for (var k = comma - 1; k > start && k >= comma - 15; k--)
        {
            if (_text.IsClausePunctuation(k) || _triggerAt[k] >= 0 && !_text.IsComma(k)) return -1;
            if (!_text.IsComma(k)) continue;
            return k + 1 < comma && _text.IsAny(k + 1, AppositiveOpeners) ? k : -1;
        }
        return -1;
    }

    /// <summary>The first token of a verb of saying right before a pronoun ("said it", "announced on Monday that he"), or -1.</summary>
    private int ReportingVerbBefore(int pronoun, int start)
    {
        var q = pronoun - 1;
        if (q >= start && _text.Is(q, "that")) q--;
        while (q >= start && (_inTime[q] || _text.IsAny(q, "on", "today", "yesterday"))) q--;
        var reporting = _lex.Cue("reporting");
        for (var k = q; k >= start && k >= q - 1; k--)
            if (reporting.Match(_text, k, q + 1) == q - k + 1) return k;
        return -1;
    }

    private void Recipients(EventDraft d, int end)
    {
        var clause = _lex.Cue("clause");
        var recipient = _lex.Cue("recipient");
        var locative = _lex.Cue("locative");
        var afterPreposition = false;
        for (var j = d.Last + 1; j < end && j <= d.Last + MaxRight; j++)
        {
            if (_text.IsClausePunctuation(j) || _text.IsComma(j) || clause.Starts(_text, j, end) || _triggerAt[j] >= 0) return;
            if (_lex.Cue("agent").Starts(_text, j, end)) return;
            if (recipient.Starts(_text, j, end) || d.Nominal && _text.Is(j, "of")) { afterPreposition = true; continue; }
            if (locative.Starts(_text, j, end)) { afterPreposition = false; continue; }
            if (!_mentions.TryAt(j, out var m)) continue;
            if (AfterLocative(m))
            {
                // "in Turkey's Istanbul": every name of the place phrase is a place
                while (m.Last + 2 < end && _text.IsPossessive(m.Last + 1) && _mentions.TryAt(m.Last + 2, out var inner)) m = inner;
                j = m.Last;
                continue;
            }
            if (d.Nominal && !afterPreposition) { j = m.Last; continue; }
            if (d.HasActor(m.Entity)) { j = m.Last; continue; }
            CollectGroup(d.Recipients, m, end, leftwards: false);
            d.Recipients.RemoveAll(r => r.Entity is { } e && d.HasActor(e));
            return;
        }
    }

    private EventArgument? Location(EventDraft d, int start, int end)
    {
        var locative = _lex.Cue("locative");
        EventArgument? before = null;
        for (var j = start; j < end; j++)
        {
            if (j >= d.First && j <= d.Last || !locative.Starts(_text, j, end)) continue;
            var k = j + 1;
            if (k < end && _text.IsAny(k, "the")) k++;
            if (k >= end || !_mentions.TryAt(k, out var m) || !IsLocatable(m)) continue;
            // "in Turkey's Istanbul": the place named last
            while (m.Last + 2 < end && _text.IsPossessive(m.Last + 1) && _mentions.TryAt(m.Last + 2, out var inner) && IsLocatable(inner)) m = inner;
            if (d.HasActor(m.Entity) || d.Recipients.Any(r => r.Entity?.Id == m.Entity.Id)) continue;
            var arg = new EventArgument(m.Entity.Id, _doc.Text[m.Start..m.End], m.Start, m.End);
            if (j > d.Last)
                return NoTriggerBetween(d.Last + 1, j, d) && !CrossesClause(d.Last + 1, j) ? arg : before;
            // a place before the trigger belongs to a verb ("In Kabul, police arrested"); before a noun it is another event's
            if (!d.Nominal && NoTriggerBetween(j, d.First, d)) before = arg;
        }
        return before;
    }

    private bool NoTriggerBetween(int from, int to, EventDraft self)
    {
        for (var k = from; k < to; k++)
            if (_triggerAt[k] >= 0 && _drafts[_triggerAt[k]] != self) return false;
        return true;
    }

    private bool CrossesClause(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_text.IsClausePunctuation(k)) return true;
        return false;
    }

    /// <summary>A mention and those joined to it by "and", "or", an ampersand or commas, in text order.</summary>
    private void CollectGroup(List<(EventArgument, Entity?)> into, PlacedMention m, int limit, bool leftwards)
    {
        var group = new List<PlacedMention> { m };
        var cur = m;
        while (true)
        {
            var c = leftwards ? cur.First - 1 : cur.Last + 1;
            if (leftwards ? c <= limit : c >= limit - 1) break;
            if (!_text.IsAny(c, "and", "or", "&", ",")) break;
            var n = leftwards ? c - 1 : c + 1;
            if (!leftwards && n < limit && _text.Is(n, "the")) n++;
            if (n < 0 || n >= _tokens.Length || !_mentions.TryAt(n, out var next) || IsPlace(next) && !IsPlace(m)) break;
            group.Add(next);
            cur = next;
        }
        if (leftwards) group.Reverse();
        foreach (var g in group)
            if (!into.Any(a => a.Item2?.Id == g.Entity.Id))
                into.Add((new EventArgument(g.Entity.Id, _doc.Text[g.Start..g.End], g.Start, g.End), g.Entity));
    }

    private void AddArgument(List<(EventArgument, Entity?)> into, Entity e, int token)
    {
        if (into.Any(a => a.Item2?.Id == e.Id)) return;
        into.Add((new EventArgument(e.Id, _doc.Text[_tokens[token].Start.._tokens[token].End], _tokens[token].Start, _tokens[token].End), e));
    }

    private bool IsFirstPerson(int j) => _lex.Cue("first-person").Starts(_text, j, j + 1);

    private Entity? Speaker(EventDraft d) =>
        QuoteSpans.Around(_quotes, _tokens[d.First].Start, _tokens[d.Last].End)?.Speaker;

    /// <summary>Places are never actors here: "in Istanbul", "the Black Sea"; capitals standing for governments are metonyms, not places.</summary>
    private static bool IsPlace(PlacedMention m) =>
        m.Kind is not (MentionKinds.Metonym or MentionKinds.Demonym) && m.Entity.Type is "LOCATION" or "FACILITY"
        || m.Kind == MentionKinds.Name && m.Entity.Type == "GPE" && !m.Entity.Id.StartsWith("country:", StringComparison.Ordinal);

    private static bool IsLocatable(PlacedMention m) => m.Entity.Type is "GPE" or "LOCATION" or "FACILITY";

    private bool AfterLocative(PlacedMention m)
    {
        var p = m.First - 1;
        if (p >= 0 && _text.Is(p, "the")) p--;
        return p >= 0 && _lex.Cue("locative").Starts(_text, p, p + 1) && !_lex.Cue("recipient").Starts(_text, p, p + 1);
    }
}
