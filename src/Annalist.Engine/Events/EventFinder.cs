using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Quantities;
using Annalist.Time;

namespace Annalist.Events;

/// <summary>
/// Finds the events of one document: triggers from the lexicon, then for each its arguments
/// (EventFinder.Arguments.cs), modality, date and quantities (EventFinder.Context.cs), then the
/// steps that look across sentences (EventFinder.Discourse.cs). Works from tokens, sentences,
/// entities, times and quantities only, so it needs no tagger or parser.
/// </summary>
internal sealed partial class EventFinder
{
    private readonly Document _doc;
    private readonly EventLexicon _lex;
    private readonly TokenText _text;
    private readonly ImmutableArray<TokenSpan> _tokens;
    private readonly ImmutableArray<SentenceSpan> _sentences;
    private readonly MentionIndex _mentions;
    private readonly ImmutableArray<TimeExpression> _times;
    private readonly bool[] _inTime;
    private readonly List<QuoteSpan> _quotes;
    private readonly List<EventDraft> _drafts = [];

    /// <summary>The event whose trigger covers each token (-1: none), for searches that must not cross another event.</summary>
    private readonly int[] _triggerAt;

    // Words that show a noun is meant when a word is both ("a fresh attack", "its support").
    private static readonly string[] Determiners =
        ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "no",
         "every", "each", "fresh", "new", "further", "more", "another", "latest", "previous", "first", "second", "major", "largest", "possible"];

    // Words after which a word is not a verb.
    private static readonly string[] Articles = ["a", "an", "the", "this", "these", "its", "their", "his", "her", "our", "my", "your"];

    // Words before a noun-only trigger that show the word is a verb here ("to deal with", "they deal").
    private static readonly string[] VerbContext =
        ["to", "will", "would", "can", "could", "may", "might", "must", "should", "not", "they", "we", "i", "you", "he", "she", "it"];

    public EventFinder(Document doc, EventLexicon lexicon)
    {
        _doc = doc;
        _lex = lexicon;
        _tokens = doc.Get(CoreLayers.Tokens);
        _sentences = doc.Get(CoreLayers.Sentences);
        _text = new TokenText(doc.Text, _tokens);
        _mentions = new MentionIndex(_tokens, doc.Get(EntityLayers.Entities));
        _times = doc.Get(TimeLayers.Times);
        _inTime = doc.TokensInTimes();
        _quotes = QuoteSpans.Find(doc);
        _triggerAt = new int[_tokens.Length];
        Array.Fill(_triggerAt, -1);
    }

    public ImmutableArray<Event> Find()
    {
        for (var s = 0; s < _sentences.Length; s++) FindTriggers(s);
        if (_drafts.Count == 0) return [];
        foreach (var d in _drafts)
        {
            FindArguments(d);
            d.Modality = Modality(d);
            // an intended act the modality rules did not recode ("if they will help") or with no actor is no event
            if (d.Intended && (!d.Recoded || d.Actors.Count == 0 && d.ActorsFrom is null)) Fold(d, null);
        }
        AbsorbContents();
        DropBackground();
        DropMobilizeInAssault();
        DropHazards();
        DropSpeculation();
        DropReportedContent();
        foreach (var d in _drafts)
        {
            d.Date = Date(d, out var fromText);
            d.DateFromText = fromText;
        }
        AttachQuantities();
        MergeWithinSentences();
        ResolveDiscourse();
        JointExercises();
        return [.. _drafts.Where(d => !d.Merged).Select(Freeze)];
    }

    private static readonly string[] ExerciseWords = ["exercises", "drills", "maneuvers", "manoeuvres", "games"];

    /// <summary>
    /// PLOVER (MOBILIZE): "joint military operations are coded as COOPERATE but single-country exercises
    /// should be coded as MOBILIZE"; exercises whose actors belong to two or more countries are joint.
    /// </summary>
    private void JointExercises()
    {
        foreach (var d in _drafts)
            if (d.Type == "MOBILIZE" && d.Entry.Words[^1] is { } last && last.Any(w => ExerciseWords.Contains(w))
                && d.ActorCountries().Distinct().Count() >= 2)
                (d.Type, d.Mode, d.Context) = ("COOPERATE", null, "military");
    }

    private void FindTriggers(int sentence)
    {
        var start = _drafts.Count;
        FindLexiconTriggers(sentence);
        FindIntended(sentence);
        FindDemand(sentence);
        InTextOrder(start);
    }

    /// <summary>
    /// The intent and demand rules add their events after the lexicon's; the rules that follow (quantities,
    /// merges, "the event before") read a sentence's drafts in text order, so they are put back in it.
    /// </summary>
    private void InTextOrder(int start)
    {
        var ordered = true;
        for (var k = start + 1; k < _drafts.Count && ordered; k++) ordered = _drafts[k - 1].First <= _drafts[k].First;
        if (ordered) return;
        var sorted = _drafts.GetRange(start, _drafts.Count - start).OrderBy(d => d.First).ToList(); // stable
        for (var k = 0; k < sorted.Count; k++)
        {
            _drafts[start + k] = sorted[k];
            for (var t = sorted[k].First; t <= sorted[k].Last; t++) _triggerAt[t] = start + k;
        }
    }

    private void FindLexiconTriggers(int sentence)
    {
        var s = _sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        var byFirst = _lex.ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = s.FirstToken; i < end; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || _inTime[i] || !byFirst.TryGetValue(_text[i], out var entries)) continue;
            // inside a name ("Operation Spiderweb", "Support Group") a word is not a trigger
            if (InName(i)) continue;
            // "meet the demand", "release a statement", "close to": a use of the word that is no event
            if (Vetoed(entries, i, end) is var skip and >= 0) { i = skip; continue; }
            if (!TryMatch(entries, s.FirstToken, i, end, out var entry, out var last, out var nominal)) continue;
            AddDraft(new EventDraft(entry, i, last, nominal, sentence, s));
            i = last;
        }
    }

    private bool InName(int i) => _mentions.TryAt(i, out var m) && m.Kind == MentionKinds.Name && m.Entity.Type != "EVENT";

    private void AddDraft(EventDraft draft)
    {
        for (var k = draft.First; k <= draft.Last; k++) _triggerAt[k] = _drafts.Count;
        _drafts.Add(draft);
    }

    // The kinds of an intended act whose verb is no trigger of its own (cues.txt, intended-cooperative and
    // intended-conflictual); the modality rules recode them to AGREE, REJECT or THREATEN.
    private static readonly TriggerEntry IntendedCooperation = new([["intended"]], "COOPERATE", null, null, false, false);
    private static readonly TriggerEntry IntendedForce = new([["intended"]], "COERCE", null, null, false, false);
    private static readonly TriggerEntry IntendedConcession = new([["intended"]], "CONCEDE", null, null, false, false);

    // words between an intent cue and its verb ("will not accept", "will soon help")
    private static readonly string[] IntentAdverbs = ["not", "n't", "never", "also", "soon", "now", "then", "jointly", "immediately", "still"];

    // words between a subject and an intent cue ("Peru has vowed to", "Chad is set to")
    private static readonly string[] SubjectAuxiliaries = ["has", "have", "had", "is", "are", "was", "were", "also", "now", "still", "then"];

    /// <summary>
    /// "Israel will evacuate ...", "Chad said it will not accept ...", "Peru vowed to punish ...": a verb
    /// of known kind right after an intent cue, when the cue's subject is an actor (a mention, a personal
    /// pronoun, or "it" after a verb of saying), is an intended act; a verb the lexicon types is left to it.
    /// </summary>
    private void FindIntended(int sentence)
    {
        var s = _sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        var intent = _lex.Cue("intent");
        var cooperative = _lex.Cue("intended-cooperative");
        var conflictual = _lex.Cue("intended-conflictual");
        var concession = _lex.Cue("intended-concession");
        for (var j = s.FirstToken + 1; j < end; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word) continue;
            var n = intent.Match(_text, j, end);
            if (n == 0 || _inTime[j] || !ActingSubject(j - 1, s.FirstToken)) continue;
            var k = j + n;
            for (var skipped = 0; k < end && skipped < 2 && (_text.IsAny(k, IntentAdverbs) || _text[k].EndsWith("ly", StringComparison.OrdinalIgnoreCase)); skipped++) k++;
            if (k >= end || _triggerAt[k] >= 0) continue;
            var entry = IntendedCooperation;
            var m = cooperative.Match(_text, k, end);
            if (m == 0) (entry, m) = (IntendedConcession, concession.Match(_text, k, end));
            if (m == 0) (entry, m) = (IntendedForce, conflictual.Match(_text, k, end));
            if (m == 0) continue;
            AddDraft(new EventDraft(entry, k, k + m - 1, false, sentence, s) { Intended = true });
            j = k + m - 1;
        }
    }

    /// <summary>Whether the words ending at token p are an actor as subject: a mention that is no place, "he", "she", "they", "we", "I", or "it" after a verb of saying.</summary>
    private bool ActingSubject(int p, int start)
    {
        while (p >= start && _text.IsAny(p, SubjectAuxiliaries)) p--;
        if (p < start) return false;
        if (_mentions.TryAt(p, out var m)) return !IsPlace(m);
        if (_text.IsAny(p, PersonalSubjects)) return true;
        return _text.Is(p, "it") && ReportingVerbBefore(p, start) >= 0;
    }

    /// <summary>The trigger of a demand told as an obligation: the verb of saying.</summary>
    private static readonly TriggerEntry Demand = new([["said"]], "REQUEST", null, null, false, false);

    // how far after a verb of saying the obligation may stand ("said that the government and the rebels must ...")
    private const int ObligedWindow = 12;

    /// <summary>
    /// "X said (that) Y must/should do Z" is X's demand on Y (PLOVER REQUEST) whatever Z is, so the
    /// verb of saying (or of stating a finding: "concluded", "ruled") becomes a REQUEST trigger when an obligation of someone else follows it in its
    /// clause ("we must", "it should be" are no demand on another party).
    /// </summary>
    private void FindDemand(int sentence)
    {
        var s = _sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        var saying = _lex.Cue("saying-or-stating");
        var obligation = _lex.Cue("obligation");
        for (var j = s.FirstToken; j < end; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word) continue;
            var n = saying.Match(_text, j, end);
            if (n == 0 || _triggerAt[j] >= 0 || InQuote(j)) continue;
            for (var k = j + n + 1; k < end && k <= j + n + ObligedWindow; k++)
            {
                if (_text.IsClausePunctuation(k)) break;
                if (!obligation.Starts(_text, k, end)) continue;
                if (_text.IsAny(k - 1, "we", "i", "it", "this", "that", "there")) break;
                AddDraft(new EventDraft(Demand, j, j + n - 1, false, sentence, s));
                return;
            }
        }
    }

    /// <summary>The last token of the longest veto entry (type "-") matching at token i, or -1.</summary>
    private int Vetoed(List<TriggerEntry> entries, int i, int end)
    {
        var last = -1;
        foreach (var e in entries)
            if (e.Type == EventLexicon.Veto && MatchFrom(e.Words, 1, i + 1, end) is var l && l > last) last = l;
        return last;
    }

    /// <summary>The longest entry matching at token i; between a noun and a verb reading of the same words, the words before decide.</summary>
    private bool TryMatch(List<TriggerEntry> entries, int start, int i, int end, out TriggerEntry entry, out int last, out bool nominal)
    {
        entry = null!;
        last = -1;
        nominal = false;
        TriggerEntry? verb = null, noun = null;
        int verbLast = -1, nounLast = -1;
        var prev = i > start ? i - 1 : -1;
        var nounLikely = prev >= 0 && (_text.IsAny(prev, Determiners) || _text.IsPossessive(prev) || _mentions.Covers(prev) || _tokens[prev].Kind == TokenKind.Number);
        var verbLikely = prev >= 0 && _text.IsAny(prev, VerbContext);
        foreach (var e in entries)
        {
            if (e.Nominal && verbLikely || e.Type == EventLexicon.Veto) continue;
            var l = MatchFrom(e.Words, 1, i + 1, end);
            if (l < 0) continue;
            if (e.Nominal) { if (l > nounLast) (noun, nounLast) = (e, l); }
            else if (l > verbLast) (verb, verbLast) = (e, l);
        }
        if (noun is null && verb is null) return false;
        var useNoun = noun is not null && (verb is null || nounLast > verbLast || nounLast == verbLast && nounLikely);
        // right after an article or possessive a verb form is a noun or adjective the lexicon does not
        // hold as an event ("at the jail", "the proposed treaty", "the occupied territories")
        if (!useNoun && prev >= 0 && _text.IsAny(prev, Articles)) return false;
        // joined by a hyphen to the word before, a verb form is part of a modifier ("Western-backed", "long-threatened")
        if (!useNoun && _tokens[i].Start > 0 && _doc.Text[_tokens[i].Start - 1] == '-') return false;
        (entry, last, nominal) = useNoun ? (noun!, nounLast, true) : (verb!, verbLast, false);
        return true;
    }

    /// <summary>The last token of a match of words[w..] starting at token t, or -1; a gap takes the fewest words that let the rest match.</summary>
    private int MatchFrom(string[]?[] words, int w, int t, int end)
    {
        if (w == words.Length) return t - 1;
        if (words[w] is null)
        {
            for (var (k, gap) = (t, 0); ; gap++)
            {
                var r = MatchFrom(words, w + 1, k, end);
                if (r >= 0 || gap == 3 || k >= end || _tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return r;
                // a hyphenated compound ("day-old", "long-standing") is one word of the gap
                for (k++; k + 1 < end && _text[k] is "-" && Joined(k - 1, k) && Joined(k, k + 1)
                     && _tokens[k + 1].Kind is TokenKind.Word or TokenKind.Number; k += 2) { }
            }
        }
        if (t >= end) return -1;
        if (words[w]![0] == NameSlot) return NameAt(t, end) is var n and >= 0 ? MatchFrom(words, w + 1, n, end) : -1;
        foreach (var option in words[w]!)
            if (_text.Is(t, option)) return MatchFrom(words, w + 1, t + 1, end);
        return -1;
    }

    private bool Joined(int a, int b) => _tokens[a].End == _tokens[b].Start;

    /// <summary>In a phrase, "&lt;name&gt;" is a capitalized word, perhaps in quote marks ("operation “Spiderweb”").</summary>
    private const string NameSlot = "<name>";

    /// <summary>The token after a name starting at t, or -1.</summary>
    private int NameAt(int t, int end)
    {
        var k = t;
        var quoted = k < end && _text[k] is "“" or "\"" or "‘" or "'";
        if (quoted) k++;
        if (k >= end || _tokens[k].Kind != TokenKind.Word || !_text.StartsUpper(k)) return -1;
        k++;
        if (quoted && k < end && _text[k] is "”" or "\"" or "’" or "'") k++;
        return k;
    }

    private Event Freeze(EventDraft d)
    {
        var start = _tokens[d.First].Start;
        var end = _tokens[d.Last].End;
        return new Event(
            d.Type, d.Mode, d.Context,
            new TextSpan(start, end), _doc.Text[start..end],
            [.. d.Actors.Select(a => a.Argument)], [.. d.Recipients.Select(a => a.Argument)],
            d.Location, d.Date, d.Modality, [.. d.Quantities], d.Sentence,
            CameoCodes.Default.Code(d.Type, d.Mode));
    }
}
