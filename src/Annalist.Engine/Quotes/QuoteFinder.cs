using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;

namespace Annalist.Quotes;

/// <summary>
/// Finds the quotes of one document from its tokens, sentences, quotation marks, the reporting
/// words of <see cref="QuoteLexicon"/> and the resolved entities; one instance per document.
/// Direct quotes first (their cues are then used up), then indirect ones around the remaining
/// cues, then quotes without a cue take the speaker of the quote before them.
/// </summary>
internal sealed partial class QuoteFinder
{
    private readonly Document _doc;
    private readonly string _text;
    private readonly QuoteLexicon _lexicon;
    private readonly ImmutableArray<TokenSpan> _tokens;
    private readonly ImmutableArray<SentenceSpan> _sentences;
    private readonly QuoteWord[] _classes;
    private readonly int[] _sentenceOf;
    private readonly int[] _mentionAt;      // token -> index in _mentions, -1 outside names
    private readonly List<SpeakerMention> _mentions = [];
    private readonly HashSet<string> _personIds = [];
    private readonly List<MarkedSpan> _marks;
    private readonly int[] _markAt;         // token -> the marked span whose marks or content hold it, -1 outside
    private readonly int[] _openMark;       // token -> marked span it opens, -1
    private readonly int[] _openToken, _closeToken;
    private readonly bool[] _cueUsed;
    private readonly bool[] _markUsed;
    private readonly List<Draft> _found = [];

    /// <summary>A name, title or pronoun of the entities stage (or a name the resolver left unlinked): tokens [First, End).</summary>
    private readonly record struct SpeakerMention(int First, int End, string? Entity, string? Type);

    /// <summary>A speaker as tokens [First, End) and its entity.</summary>
    private readonly record struct Speaker(int First, int End, string? Entity);

    private sealed class Draft
    {
        public int Start, End;
        public string Kind = QuoteKinds.Direct;
        public int CueFirst = -1, CueEnd = -1;
        public Speaker? Speaker;
        public int Mark = -1;
    }

    public QuoteFinder(Document doc, QuoteLexicon lexicon)
    {
        _doc = doc;
        _text = doc.Text;
        _lexicon = lexicon;
        _tokens = doc.Get(CoreLayers.Tokens);
        _sentences = doc.Get(CoreLayers.Sentences);
        var n = _tokens.Length;
        _classes = new QuoteWord[n];
        for (var t = 0; t < n; t++)
            if (_tokens[t].Length <= 16) _classes[t] = lexicon.Classes(Chars(t));
        MarkSplitClitics();
        _sentenceOf = new int[n];
        for (var s = 0; s < _sentences.Length; s++)
            for (var t = _sentences[s].FirstToken; t < _sentences[s].FirstToken + _sentences[s].TokenCount && t < n; t++)
                _sentenceOf[t] = s;
        _mentionAt = new int[n];
        Array.Fill(_mentionAt, -1);
        AddMentions();
        _marks = QuoteMarks.Find(_text);
        _markAt = new int[n];
        Array.Fill(_markAt, -1);
        _openMark = new int[n];
        Array.Fill(_openMark, -1);
        _openToken = new int[_marks.Count];
        _closeToken = new int[_marks.Count];
        for (var q = 0; q < _marks.Count; q++)
        {
            var m = _marks[q];
            var open = TokenAt(m.Open);
            var end = m.Closed ? TokenAt(m.End) + 1 : TokenAt(m.End); // past the closing mark
            _openToken[q] = open;
            _closeToken[q] = m.Closed ? end - 1 : -1;
            if (open < n) _openMark[open] = q;
            for (var t = open; t < end && t < n; t++) _markAt[t] = q;
        }
        _cueUsed = new bool[n];
        _markUsed = new bool[_marks.Count];
    }

    public ImmutableArray<Quote> Find()
    {
        FindDirect();
        FindIndirect();
        return Output();
    }

    private void AddMentions()
    {
        if (_doc.TryGet(EntityLayers.Entities, out var entities))
            foreach (var e in entities)
            {
                if (e.Type == "PERSON") _personIds.Add(e.Id);
                foreach (var m in e.Mentions)
                    Add(TokenAt(m.Start), TokenAt(m.End), e.Id, e.Type);
            }
        // names the resolver did not turn into an entity still name a speaker
        if (_doc.TryGet(EntityLayers.Mentions, out var names))
            foreach (var m in names)
                Add(m.First, m.First + m.Count, null, m.Type);
        AddSurnames(entities);

        void Add(int first, int end, string? entity, string? type)
        {
            if (first >= end || end > _tokens.Length || _mentionAt[first] >= 0) return;
            _mentions.Add(new SpeakerMention(first, end, entity, type));
            for (var t = first; t < end; t++)
                if (_mentionAt[t] < 0) _mentionAt[t] = _mentions.Count - 1;
        }
    }

    /// <summary>
    /// A person's surname standing alone after the full name, where the name tagger left it out
    /// because it is also a common word ("Ellen Day ... Day said"): capitalized, not next to another
    /// capitalized word, and the surname of one person of the document only; "day" stays a noun.
    /// </summary>
    private void AddSurnames(ImmutableArray<Entity> entities)
    {
        if (entities.IsDefaultOrEmpty) return;
        var surnames = new Dictionary<string, (string? Id, int After)>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type != "PERSON" || e.Mentions.Length == 0) continue;
            var space = e.Name.LastIndexOf(' ');
            if (space <= 0 || space == e.Name.Length - 1) continue;
            var surname = e.Name[(space + 1)..];
            var first = e.Mentions.Min(m => m.Start);
            surnames[surname] = surnames.TryGetValue(surname, out var other) && other.Id != e.Id ? (null, 0) : (e.Id, first);
        }
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (_mentionAt[t] >= 0 || !IsWord(t) || _tokens[t].Length < 2 || !char.IsUpper(_text[_tokens[t].Start])) continue;
            if (!lookup.TryGetValue(Chars(t), out var p) || p.Id is null || _tokens[t].Start < p.After) continue;
            if (Capitalized(t - 1) && !BreakBetween(t - 1, t) || Capitalized(t + 1) && !BreakBetween(t, t + 1)) continue;
            _mentions.Add(new SpeakerMention(t, t + 1, p.Id, "PERSON"));
            _mentionAt[t] = _mentions.Count - 1;
        }
    }

    private bool Capitalized(int t) => IsWord(t) && char.IsUpper(_text[_tokens[t].Start]);

    /// <summary>The first token starting at or after <paramref name="offset"/>.</summary>
    private int TokenAt(int offset)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// PTB-tokenized text splits a contraction off with a space before its apostrophe ("it 's",
    /// "they 've said"), and the tokenizer makes the apostrophe and the rest two tokens. Both are
    /// auxiliaries between a subject and its cue, never a speaker ("they 've said" is said by "they").
    /// </summary>
    private void MarkSplitClitics()
    {
        for (var t = 1; t < _tokens.Length; t++)
        {
            var a = _tokens[t - 1];
            if (a.Length != 1 || _text[a.Start] is not ('\'' or '\u2019') || _tokens[t].Start != a.Start + 1 || a.Start == 0 || _text[a.Start - 1] != ' ') continue;
            if (!(Is(t, "s") || Is(t, "re") || Is(t, "ve") || Is(t, "ll") || Is(t, "d") || Is(t, "m"))) continue;
            _classes[t - 1] |= QuoteWord.Between;
            _classes[t] |= QuoteWord.Between;
        }
    }

    private ReadOnlySpan<char> Chars(int t) => _text.AsSpan(_tokens[t].Start, _tokens[t].Length);

    private bool Has(int t, QuoteWord c) => (uint)t < (uint)_tokens.Length && (_classes[t] & c) != 0;

    private bool Is(int t, string word) => (uint)t < (uint)_tokens.Length && Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsWord(int t) => (uint)t < (uint)_tokens.Length && _tokens[t].Kind is TokenKind.Word or TokenKind.Number;

    private bool IsQuoteMark(int t) => (uint)t < (uint)_tokens.Length && (_tokens[t].Length == 1 && _text[_tokens[t].Start] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019'
        || _tokens[t].Length == 2 && _text[_tokens[t].Start] is '`' or '\'');

    /// <summary>A token that ends a sentence or clause for the speaker search: . ! ? ; and the like.</summary>
    private bool IsStop(int t) => (uint)t < (uint)_tokens.Length && _tokens[t].Kind == TokenKind.Punctuation
        && _text[_tokens[t].Start] is '.' or '!' or '?' or ';' or '\u2026';

    /// <summary>True when a paragraph break lies between tokens <paramref name="a"/> and <paramref name="b"/> (a before b).</summary>
    private bool BreakBetween(int a, int b) =>
        a >= 0 && b < _tokens.Length && _text.AsSpan(_tokens[a].End, Math.Max(0, _tokens[b].Start - _tokens[a].End)).Contains('\n');

    /// <summary>The first token of <paramref name="t"/>'s sentence, after a dateline ("BERLIN, June 20 -") when it opens with one.</summary>
    private int SentenceStart(int t)
    {
        var first = _sentences.Length == 0 ? 0 : _sentences[_sentenceOf[t]].FirstToken;
        if (!IsWord(first) || _tokens[first].Length < 3 || !IsUpperWord(first)) return first;
        for (var k = first + 1; k < first + 14 && k < t; k++)
            if (_tokens[k].Length == 1 && _text[_tokens[k].Start] is '-' or '\u2014' or '\u2013') return k + 1;
        return first;
    }

    private bool IsUpperWord(int t)
    {
        foreach (var c in Chars(t))
            if (char.IsLower(c)) return false;
        return true;
    }

    private int SentenceEnd(int t) => _sentences.Length == 0 ? _tokens.Length : _sentences[_sentenceOf[t]].FirstToken + _sentences[_sentenceOf[t]].TokenCount;

    /// <summary>A cue verb in use as one: a lexicon verb, lower case, not part of a name, not inside quotation marks.</summary>
    private bool IsCue(int t) => Has(t, QuoteWord.Cue) && (char.IsLower(_text[_tokens[t].Start]) || InTitle(t) || OpensWithParticiple(t)) && _mentionAt[t] < 0 && _markAt[t] < 0
        && !(Has(t - 1, QuoteWord.Determiner) && !Has(t - 1, QuoteWord.Pronoun) && !CountSubject(t) && !OwnedClaim(t)) // "his remarks", "the report"
        && !IsAdjective(t)

        && _lexicon.Verb(Chars(t)) is { } v && (!v.ParticleRequired || (IsWord(t + 1) && v.Particles.Contains(Chars(t + 1).ToString().ToLowerInvariant()))
            || (v.QuotedOnly && (QuotedFragmentAfter(t) || NamingAfter(t))));

    /// <summary>
    /// "called Trump a fascist", "calling them reckless": a name or object pronoun, then the words it
    /// is called (a lower-case word or an article), not a time or place ("called him on Friday").
    /// </summary>
    private bool NamingAfter(int t)
    {
        var k = t + 1;
        if (_mentionAt[Math.Min(k, _tokens.Length - 1)] >= 0 && k < _tokens.Length) k = _mentions[_mentionAt[k]].End;
        else if (Is(k, "him") || Is(k, "her") || Is(k, "them") || Is(k, "it") || Is(k, "himself") || Is(k, "herself") || Is(k, "themselves")) k++;
        else return false;
        return IsWord(k) && _markAt[k] < 0 && char.IsLower(_text[_tokens[k].Start]) && !Has(k, QuoteWord.NotContent | QuoteWord.TimeWord | QuoteWord.Break | QuoteWord.Cue | QuoteWord.Between);
    }

    /// <summary>
    /// A participle used as an adjective before a plural noun, after a preposition, a number or a
    /// quantity: "a lead in pledged delegates", "758 pledged delegates", "more pledged delegates".
    /// </summary>
    private bool IsAdjective(int t) => Chars(t).EndsWith("ed", StringComparison.Ordinal) && IsWord(t + 1) && char.IsLower(_text[_tokens[t + 1].Start])
        && Chars(t + 1).EndsWith("s", StringComparison.Ordinal) && !Has(t + 1, QuoteWord.Between | QuoteWord.Pronoun | QuoteWord.ObjectPronoun)
        && (Is(t - 1, "in") || Is(t - 1, "of") || Is(t - 1, "with") || Is(t - 1, "for") || _tokens[t - 1].Kind == TokenKind.Number || Is(t - 1, "more") || Is(t - 1, "enough"));

    /// <summary>"one in three said", "several said": a count that is the subject, not "in three states" or "her five proposed bills".</summary>
    private bool CountSubject(int t) => Has(t - 1, QuoteWord.NumberWord) && !Has(t, QuoteWord.NounLike) && !Has(t - 2, QuoteWord.Determiner);

    /// <summary>
    /// A claim or promise with its owner and its clause: "his claim that ...", "Lee's promise to ...";
    /// the owner is its speaker.
    /// </summary>
    private bool OwnedClaim(int t) => Has(t, QuoteWord.NounLike) && (Is(t + 1, "that") || Is(t + 1, "to") && Has(t, QuoteWord.ToVerb))
        && (Is(t - 1, "his") || Is(t - 1, "her") || Is(t - 1, "their") || IsApostropheS(t - 1) && (uint)(t - 2) < (uint)_tokens.Length && _mentionAt[t - 2] >= 0);

    private bool IsApostropheS(int t) => Is(t, "'s") || Is(t, "\u2019s");

    /// <summary>"Conceding that ...": a participle opening its sentence, "that" after it.</summary>
    private bool OpensWithParticiple(int t) => Chars(t).EndsWith("ing", StringComparison.Ordinal) && Is(t + 1, "that") && t == SentenceStart(t);

    /// <summary>A capitalized verb form between capitalized words, as in a headline: "Mayor Says Bridge Will Reopen".</summary>
    private bool InTitle(int t) => IsWord(t - 1) && IsWord(t + 1) && char.IsUpper(_text[_tokens[t - 1].Start]) && char.IsUpper(_text[_tokens[t + 1].Start])
        && !BreakBetween(t - 1, t) && !BreakBetween(t, t + 1) && !Has(t, QuoteWord.NounLike) && !Chars(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>A quotation mark opens within eight tokens after <paramref name="t"/>, in its sentence.</summary>
    private bool QuotedFragmentAfter(int t)
    {
        var end = Math.Min(SentenceEnd(t), t + 9);
        for (var k = t + 1; k < end; k++)
            if (_openMark[k] >= 0) return true;
        return false;
    }

    /// <summary>The end of a cue: after its particle when one follows ("pointed out").</summary>
    private int CueEnd(int t) =>
        _lexicon.Verb(Chars(t)) is { Particles.Count: > 0 } v && IsWord(t + 1) && v.Particles.Contains(Chars(t + 1).ToString().ToLowerInvariant()) ? t + 2 : t + 1;

    private bool IsAccording(int t) => Has(t, QuoteWord.According) && Is(t + 1, "to") && _markAt[t] < 0;
}
