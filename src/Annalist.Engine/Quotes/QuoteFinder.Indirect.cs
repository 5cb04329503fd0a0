using Annalist.Documents;

namespace Annalist.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>
    /// Reported speech around the cues no direct quote used: a cue with a clause after it ("said
    /// (that) Ukraine has shown ...", "told reporters (that) ...", to the end of the sentence), a cue
    /// closing its sentence (", sources said."), and "according to X". A quoted fragment inside the
    /// content makes the quote mixed. An indirect quote needs a speaker; without one the words are
    /// more likely a noun ("the report") or a cue of something else.
    /// </summary>
    private void FindIndirect()
    {
        for (var c = 0; c < _tokens.Length; c++)
        {
            if (_cueUsed[c]) continue;
            if (IsAccording(c))
            {
                According(c);
                continue;
            }
            if (AskedQuestion(c)) continue;
            if (!IsCue(c)) continue;
            // "in 30 states that ...", "the early states host contests": "state" reports only with "that" or a colon after it
            if ((Is(c, "states") || Is(c, "state")) && (!Is(c + 1, "that") && !Is(c + 1, ":") || _tokens[c - 1].Kind == TokenKind.Number || Has(c - 1, QuoteWord.NumberWord)
                || RelativeThat(c))) continue;
            var end = CueEnd(c);
            var sentenceEnd = ContentEnd(c);
            var start = ContentStart(c, end, sentenceEnd);
            // "Some voters say: It is time to go home.", a block quote after "he wrote:": the words after the colon, without quotation marks
            if (Is(end, ":") && _markAt[end] < 0 && end + 1 < _tokens.Length && IsWord(end + 1) && _markAt[end + 1] < 0 && Has(c, QuoteWord.Speech) && !Has(c, QuoteWord.NounLike))
            {
                start = end + 1;
                sentenceEnd = ContentEnd(start);
            }
            // "Lee told aides he would run, according to two people there": the source of the whole report is the one cited
            if (start >= 0 && AccordingAfter(start, sentenceEnd)) continue;
            // a cue with a particle takes a noun phrase ("pointed to his record", "did not respond to requests")
            if (start >= 0 && Words(start, sentenceEnd) >= MinWords(c, end, start, sentenceEnd) && !OnlyTime(start, sentenceEnd))
            {
                // "his claim that ...", "Lee's promise to ...": the owner
                if (OwnedClaim(c))
                {
                    Add(c, end, start, sentenceEnd, IsApostropheS(c - 1) ? FromMention(_mentionAt[c - 2]) : new Speaker(c - 1, c, null));
                    continue;
                }
                if (!InvertedWithApposition(c, end) && SubjectOf(c) is { } speaker)
                {
                    Add(c, end, start, sentenceEnd, speaker);
                    continue;
                }
                // "Conceding that the deal was weak, Lee said ...", "After arguing that ..., she": the subject after the comma
                if (OpeningParticiple(c, start, SentenceEnd(c)) is var close and >= 0 && Words(start, close) >= 2)
                {
                    Add(c, end, start, close, SubjectAfter(close + 1, SentenceEnd(c)));
                    continue;
                }
                // without a subject before it, the cue may close its sentence with a named speaker after
                // it (", said Peter Marsh, a hydrologist at ..."), not a participle or a list ("..., writes a column")
                if (!Is(c - 1, ",") || Chars(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    || After(end) is not { } named || !char.IsUpper(_text[_tokens[named.First].Start])) continue;
            }
            // "As the paper noted, trust in government is collapsing": the clause after the comma
            if (Is(end, ",") && AsClause(c) is { } asWho && Words(end + 1, sentenceEnd) >= 3)
            {
                Add(c, end, end + 1, sentenceEnd, asWho);
                continue;
            }
            // the cue closes its sentence: "Secret Service protocol called for ..., sources said."
            var comma = LastComma(SentenceStart(c), c);
            if (comma < 0 || !Has(c, QuoteWord.Speech)) continue;
            // "his home state of Vermont", "30 states with 309 electoral votes": a noun, unless the sentence ends on it
            if (Has(c, QuoteWord.NounLike) && IsWord(end) && end < sentenceEnd) continue;
            var onlyBetween = true;
            for (var k = comma + 1; k < c; k++) onlyBetween &= !IsWord(k) || Has(k, QuoteWord.Between);
            var who = onlyBetween ? After(end) : Subject(c, comma + 1);
            if (who is not { } s) continue;
            // "..., who governed large states": a noun-like cue closes a clause only after a name or pronoun
            if (Has(c, QuoteWord.NounLike) && _mentionAt[s.First] < 0 && !Has(s.First, QuoteWord.Pronoun)) continue;
            var first = SentenceStart(c);
            var rest = RestAfterParenthetical(onlyBetween ? s.End : end, sentenceEnd, inverted: onlyBetween);
            if (Words(end, sentenceEnd) > 8 && rest == -2) continue;
            if (_markAt[first] >= 0 || Words(first, comma) < (rest >= 0 ? 1 : 4)) continue;
            Add(c, end, first, comma, s);
            // "Even then, he said, he has learned enough ...": the sentence goes on after the cue
            if (rest >= 0) Add(c, end, rest, sentenceEnd, s);
        }
    }

    /// <summary>"the states that have voted", "in states that Lee won": "that" opens a relative after a noun, not a report.</summary>
    private bool RelativeThat(int c) => Is(c + 1, "that") && (Has(c - 1, QuoteWord.Determiner) || Is(c - 1, "in") || Is(c - 1, "of")
        || Has(c + 2, QuoteWord.Between) && !Has(c + 2, QuoteWord.Pronoun) && !IsAdverb(c + 2));

    /// <summary>"announced earlier this year", "reported ten days ago": a time phrase after a cue is not what was said.</summary>
    private bool OnlyTime(int from, int to)
    {
        for (var t = from; t < to; t++)
            if (IsWord(t) && !(Has(t, QuoteWord.TimeWord | QuoteWord.NumberWord) || _tokens[t].Kind == TokenKind.Number
                || Is(t, "ago") || Is(t, "a") || Is(t, "few") || Is(t, "days") || Is(t, "weeks") || Is(t, "months") || Is(t, "years") || Is(t, "past")))
                return false;
        return true;
    }

    private bool AccordingAfter(int from, int to)
    {
        for (var t = from; t < to - 1; t++)
            if (Is(t, ",") && _markAt[t] < 0 && IsAccording(t + 1)) return true;
        return false;
    }

    /// <summary>
    /// "..., said Tom Reyes, the head of the dock union.": after a comma, a cue followed by a name
    /// and its apposition (or by a name ending the sentence) has its speaker after it and its content
    /// before the comma, whatever word a subject search before the comma would find.
    /// </summary>
    private bool InvertedWithApposition(int c, int end)
    {
        if (!Is(c - 1, ",") || end >= _tokens.Length || _mentionAt[end] < 0 || _markAt[end] >= 0 || !char.IsUpper(_text[_tokens[end].Start])) return false;
        var m = _mentions[_mentionAt[end]];
        if (m.First != end) return false;
        return m.End >= SentenceEnd(c) || Is(m.End, ".") || Is(m.End, ",") && (Is(m.End + 1, "a") || Is(m.End + 1, "an") || Is(m.End + 1, "the"));
    }

    /// <summary>
    /// The fewest words of reported speech after a cue: one after a particle ("pointed to his
    /// record") or for an answer ("said yes"), two after a verb that takes a noun phrase ("criticized
    /// the deal", "called him reckless"), else three, as a shorter clause after "said" is more often something else.
    /// </summary>
    private int MinWords(int cue, int end, int start, int limit) => end > cue + 1 || IsAnswer(start, limit) ? 1 : Has(cue, QuoteWord.NounVerb) || _lexicon.Verb(Chars(cue)) is { QuotedOnly: true } ? 2 : 3;

    /// <summary>
    /// After a cue inside its sentence ("..., he said on Friday, ..."): the first token of the
    /// content that goes on after the comma, -1 when the cue ends its sentence or only an apposition
    /// of an inverted speaker follows ("..., said Ann Lee, a lawyer for the city."), -2 otherwise.
    /// The content does not go on into another cue ("..., she said, adding that ...").
    /// </summary>
    private int RestAfterParenthetical(int from, int limit, bool inverted)
    {
        var t = from;
        while (t < limit && t < from + 4 && IsWord(t) && Has(t, QuoteWord.Between) && !Has(t, QuoteWord.Pronoun)) t++;
        if (t >= limit) return -1;
        if (!Is(t, ",")) return -2;
        if (inverted) return Words(t + 1, limit) <= 25 && !HasCue(t + 1, limit) ? -1 : -2;
        var next = t + 1;
        // "Take action now, they said, and you risk ...": a clause joined by "and" or "but" goes on with the speech
        var conjunction = (Is(next, "and") || Is(next, "but")) && Words(next, limit) >= 4 && !IsCue(next + 1) && !NextCue(next + 1, limit);
        if (Words(next, limit) < 2 || IsCue(next) || IsAccording(next) || _openMark[next] >= 0 || Has(next, QuoteWord.NotContent) && !conjunction) return -2;
        return next;
    }

    private bool HasCue(int from, int to)
    {
        for (var t = from; t < to; t++)
            if (IsCue(t) || Is(t, "that")) return true;
        return false;
    }

    /// <summary>
    /// The cue's subject; for a participle after a comma or a noun ("..., saying", "a series of tweets
    /// early Friday saying") the subject of the sentence: its first name.
    /// </summary>
    private Speaker? SubjectOf(int c)
    {
        // "X rejected the plan, calling it ...": a participle after a comma has the subject of the main clause
        if (Is(c - 1, ",") && Chars(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && MainSubject(c) is { } main) return main;
        var speaker = Subject(c, SentenceStart(c));
        if (Chars(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && speaker is not { Entity: not null }
            && PreviousSpeaker(SentenceStart(c), c) is { } previous)
            return previous;   // "..., the governor said, before clarifying that": the speaker of the cue before
        if (Chars(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && speaker is not { Entity: not null }
            && FirstSubjectMention(SentenceStart(c), c) is var first and >= 0)
            return FromMention(first);
        // "She said her father ..., saying": an unresolved pronoun opening the sentence
        if (Chars(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && speaker is null
            && SentenceStart(c) is var s0 && s0 < c && Has(s0, QuoteWord.PersonPronoun) && _markAt[s0] < 0)
            return new Speaker(s0, s0 + 1, null);
        return speaker;
    }

    /// <summary>
    /// A participle opening its sentence, alone or after a preposition ("Conceding that ...", "After
    /// suggesting on Wednesday that ...", "In addition to stating that ..."): the comma that ends its
    /// clause, or -1.
    /// </summary>
    private int OpeningParticiple(int c, int start, int limit)
    {
        if (!Chars(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return -1;
        var first = SentenceStart(c);
        var k = c - 1;
        while (k >= first && c - k <= 4 && IsWord(k) && char.IsLower(_text[_tokens[k].Start]) || k == first && Has(k, QuoteWord.Opening)) k--;
        if (k >= first) return -1;
        for (var t = start; t < limit; t++)
            if (Is(t, ",") && _markAt[t] < 0) return t;
        return -1;
    }

    /// <summary>The subject opening the clause at <paramref name="from"/>: a name or pronoun among its first words, else null.</summary>
    private Speaker? SubjectAfter(int from, int limit)
    {
        for (var t = from; t < limit && t < from + 6; t++)
        {
            if (_markAt[t] >= 0 || IsStop(t)) return null;
            if (_mentionAt[t] >= 0 && !Has(t, QuoteWord.ObjectPronoun)) return FromMention(_mentionAt[t]);
            if (Has(t, QuoteWord.Pronoun)) return new Speaker(t, t + 1, null);
        }
        return null;
    }

    /// <summary>
    /// The subject of the clause a participle after a comma belongs to: the speaker of a cue before
    /// it in the sentence, else the first name or pronoun after an opening phrase ("In a letter to
    /// Tom Weller, the mayor Anna Brooks blocked the plan, calling it ..."); null when neither.
    /// </summary>
    private Speaker? MainSubject(int c)
    {
        var first = SentenceStart(c);
        if (PreviousSpeaker(first, c) is { } previous) return previous;
        if (!Has(first, QuoteWord.Opening)) return null;
        var comma = first + 1;
        while (comma < c && !Is(comma, ",") && _markAt[comma] < 0) comma++;
        if (comma >= c - 1 || !Is(comma, ",")) return null;
        return FirstSubjectMention(comma + 1, c) is var m and >= 0 ? FromMention(m) : null;
    }

    /// <summary>
    /// A question put to the subject of the sentence: "Asked whether he would run, Rubio said ...",
    /// "When asked about the plan, she ...". The content is the question, up to the comma; its
    /// speaker is whoever asked ("Asked by a host if ..."), often nobody named, so it may be null.
    /// </summary>
    private bool AskedQuestion(int c)
    {
        if (!Is(c, "asked") || _markAt[c] >= 0 || _mentionAt[c] >= 0) return false;
        var first = SentenceStart(c);
        var opens = c == first || c == first + 1 && Is(first, "when");
        // "..., he said when asked whether ...", "Rubio was asked by the host if ...": inside the sentence, a question word must follow
        var inside = !opens && (Is(c - 1, "when") || Is(c - 1, ",") || Is(c - 1, "was") || Is(c - 1, "were") || Is(c - 1, "being") || Is(c - 1, "after"));
        if (!opens && !inside) return false;
        var k = c + 1;
        Speaker? asker = null;
        if (Is(k, "by") && After(k + 1) is { } by)
        {
            asker = by;
            k = by.End;
        }
        while (Has(k, QuoteWord.TimeWord) && !Is(k, "on") || Is(k, "on") && Has(k + 1, QuoteWord.TimeWord)) k++;
        // "she was asked about the plan." tells of a topic, not a question put
        if (inside && (!IsQuestionWord(k) || Is(k, "about") && !Is(c - 1, "when") && !Is(c - 1, ","))) return false;
        var cueEnd = Is(k, "about") && asker is null ? k + 1 : c + 1;
        if (Is(k, "about")) k++;
        var end = k;
        var limit = SentenceEnd(c);
        while (end < limit && !(Is(end, ",") && _markAt[end] < 0) && !IsStop(end)) end++;
        if (inside) while (end > k && !IsWord(end - 1) && !IsQuoteMark(end - 1)) end--;
        else if (end >= limit || !Is(end, ",")) return false;
        if (Words(k, end) < 2) return false;
        Add(c, cueEnd == k ? k : c + 1, k, end, asker);
        // "Asked if he thought that ...": a cue inside the question is part of it
        for (var t = k; t < end; t++) _cueUsed[t] = true;
        return true;
    }

    /// <summary>The speaker of a cue in an opening "As X noted," (no comma before the cue); null otherwise.</summary>
    private Speaker? AsClause(int c)
    {
        var first = SentenceStart(c);
        if (Is(first, "(")) first++;
        if (!Is(first, "as") || c - first > 12) return null;
        for (var t = first + 1; t < c; t++)
            if (Is(t, ",") || _markAt[t] >= 0) return null;
        return Subject(c, first + 1);
    }

    private bool IsAnswer(int t, int limit) => (Is(t, "yes") || Is(t, "no")) && (t + 1 >= limit || Is(t + 1, ",") || Is(t + 1, "to") && Is(t, "no"));

    private bool IsQuestionWord(int t) => Is(t, "whether") || Is(t, "if") || Is(t, "what") || Is(t, "how") || Is(t, "why") || Is(t, "who")
        || Is(t, "which") || Is(t, "about");

    /// <summary>The speaker of the last quote found with its cue in tokens [from, to).</summary>
    private Speaker? PreviousSpeaker(int from, int to)
    {
        for (var i = _found.Count - 1; i >= 0; i--)
            if (_found[i].CueFirst >= from && _found[i].CueFirst < to && _found[i].Speaker is { } s) return s;
        return null;
    }

    /// <summary>"according to X, ..." at the start of a sentence, or "..., according to X." after its content.</summary>
    private void According(int c)
    {
        if (After(c + 2) is not { } speaker) return;
        var first = SentenceStart(c);
        var end = ContentEnd(c);
        if (c == first || (c == first + 1 && !IsWord(first)))
        {
            var comma = speaker.End;
            while (comma < end && !Is(comma, ",")) comma++;
            if (comma < end && Words(comma + 1, end) >= 3) Add(c, c + 2, comma + 1, end, speaker);
        }
        else
        {
            var last = Is(c - 1, ",") ? c - 1 : c;
            if (Words(first, last) < 3 || _markAt[first] >= 0) return;
            Add(c, c + 2, first, last, speaker);
            // "Over the long term, according to the report, wages will rise": the sentence goes on after the source
            if (Is(c - 1, ",") && RestAfterParenthetical(speaker.End, end, inverted: false) is var rest and >= 0) Add(c, c + 2, rest, end, speaker);
        }
    }

    /// <summary>
    /// Where the content after a cue starts: after "that" when it comes within six words ("said on
    /// Tuesday that"), after the hearer of "told"-like verbs ("told reporters"), else right after the
    /// cue; -1 when the next word cannot open a clause ("said in a statement.", "said by"). Verbs of
    /// finding and belief take only a "that" clause ("a poll found that ...", not "has shown its capability").
    /// </summary>
    private int ContentStart(int cue, int end, int limit)
    {
        // "told members of the party's executive council that": a hearer may be longer
        var reach = Has(cue, QuoteWord.ObjectVerb) ? 12 : 6;
        for (var k = end; k < limit && k < end + reach; k++)
        {
            if (!IsWord(k) || k > end + 5 && (_markAt[k] >= 0 || IsCue(k) || Has(k, QuoteWord.Break) && !Is(k, "that"))) break;
            if (Is(k, "that")) return k + 1;
        }
        if (ThatAfterPhrase(end, limit) is var that and >= 0) return that + 1;
        // "said in a statement Thursday night they pulled the listing": a subject pronoun after the phrase opens the clause
        if (Has(cue, QuoteWord.Speech) && PronounAfterPhrase(end, limit) is var subject and >= 0) return subject;
        // "said, however, that", "said — on Twitter, as it happens — that": past an aside to its "that"
        if (AsideEnd(end, limit) is var aside and >= 0 && Is(aside, "that")) return aside + 1;
        if (!Has(cue, QuoteWord.Speech) || Has(cue, QuoteWord.NounLike) && end == cue + 1 && !AfterSubject(cue) && !OwnedClaim(cue)) return -1;
        var start = end;
        // "said on Friday he met", "said last week it would": past a time phrase
        while (start < limit && start < end + 4 && Has(start, QuoteWord.TimeWord)) start++;
        // the phrase must end on a day or time noun: "said on a call", "said last July" are not time phrases here
        if (start > end && (start >= limit || !IsWord(start) || Has(start, QuoteWord.NotContent | QuoteWord.TimeWord)
            || Is(start - 1, "on") || Is(start - 1, "last") || Is(start - 1, "this") || Is(start - 1, "early") || Is(start - 1, "late"))) start = end;
        if (Has(cue, QuoteWord.ObjectVerb) && end == cue + 1)   // "warned of higher rents": no hearer after a particle
        {
            if (start < limit && _mentionAt[start] >= 0) start = _mentions[_mentionAt[start]].End;
            else if (start < limit && IsWord(start) && char.IsLower(_text[_tokens[start].Start]) && !Has(start, QuoteWord.NotContent | QuoteWord.Determiner)) start++;
            // "asked the senator about the loan": the question is what comes after "about"
            if (start > end && Is(start, "about") && Is(cue, "asked") && start + 1 < limit) start++;
        }
        if (start >= limit || !IsWord(start) && _openMark[start] < 0) return -1;
        // "vowed to repeal the law", "urged the council to act": the hearer stays in the content
        if (Is(start, "to") && Has(cue, QuoteWord.ToVerb) && (IsWord(start + 1) && char.IsLower(_text[_tokens[start + 1].Start]) || _openMark[start + 1] >= 0 && Has(cue, QuoteWord.Speech))) return start == end ? start : end;
        // "46 percent said yes", "he said no to the war": an answer is the content
        if (IsAnswer(start, limit) && Has(cue, QuoteWord.Speech)) return start;
        // "said no decision had been made": "no" before a noun opens a clause
        if (Is(start, "no") && IsWord(start + 1) && char.IsLower(_text[_tokens[start + 1].Start]) && !Has(start + 1, QuoteWord.NotContent) && Has(cue, QuoteWord.Speech)) return start;
        if (Has(start, QuoteWord.NotContent)) return -1;
        return start;
    }

    /// <summary>
    /// A word that is more often a noun is a verb right after a subject pronoun, a name or "who"
    /// ("he vows to", "Trump claims he is", "women who claim"), not after "her" or "Trump's".
    /// </summary>
    private bool AfterSubject(int cue) =>
        Has(cue - 1, QuoteWord.Pronoun) && !Has(cue - 1, QuoteWord.ObjectPronoun | QuoteWord.Determiner) || Is(cue - 1, "who")
        || cue > 0 && _mentionAt[cue - 1] >= 0 && _markAt[cue - 1] < 0 && !Has(cue - 1, QuoteWord.ObjectPronoun);

    /// <summary>
    /// A subject pronoun (he, she, they, we) after a phrase that opens with a preposition, within
    /// ten tokens and before any comma, quotation mark or other cue; -1 when there is none.
    /// </summary>
    private int PronounAfterPhrase(int from, int limit)
    {
        if (!Has(from, QuoteWord.Preposition)) return -1;
        for (var k = from + 2; k < limit && k < from + 10; k++)
        {
            if (Is(k, "he") || Is(k, "she") || Is(k, "they") || Is(k, "we")) return Words(k, limit) >= 3 ? k : -1;
            if (!IsWord(k) || _markAt[k] >= 0 || IsCue(k) || Has(k, QuoteWord.Break)) return -1;
        }
        return -1;
    }

    /// <summary>The token after an aside between commas or dashes right after a cue (at most eight tokens); -1 when none.</summary>
    private int AsideEnd(int from, int limit)
    {
        if (!IsDash(from) && !Is(from, ",")) return -1;
        var dash = IsDash(from);
        for (var k = from + 1; k < limit && k < from + 10; k++)
        {
            if (_markAt[k] >= 0 || IsStop(k) || IsCue(k)) return -1;
            if (dash ? IsDash(k) : Is(k, ",")) return k > from + 1 ? k + 1 : -1;
        }
        return -1;
    }

    private bool IsDash(int t) => (uint)t < (uint)_tokens.Length && _tokens[t].Length <= 2 && _text[_tokens[t].Start] is '-' or '\u2014' or '\u2013' && SpaceAround(t);

    /// <summary>
    /// The "that" after a longer phrase that opens with a preposition ("said in a written statement
    /// in March that", "argued during Saturday's debate that"), up to twenty tokens, not past a
    /// comma, another cue or a relative pronoun; -1 when there is none.
    /// </summary>
    private int ThatAfterPhrase(int from, int limit)
    {
        if (!Has(from, QuoteWord.Preposition)) return -1;
        for (var k = from + 1; k < limit && k < from + 20; k++)
        {
            if (Is(k, "that") && _markAt[k] < 0) return k;
            if (IsStop(k) || Is(k, ",") || IsCue(k) || Has(k, QuoteWord.Break) && _markAt[k] < 0) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The end of a cue's sentence without its closing punctuation, the opening mark of a direct
    /// quote inside it, or the clause break before another cue, which reports something else
    /// ("..., suggesting that", "and said that", "— but she also insisted").
    /// </summary>
    private int ContentEnd(int cue)
    {
        var end = SentenceEnd(cue);
        var subordinate = OpensSubordinate(cue);
        for (var t = cue + 1; t < end; t++)
        {
            // "While Ramos said that ..., he appears uneasy": the main clause after the comma is not the speech
            if (subordinate && t > cue + 2 && Is(t, ",") && _markAt[t] < 0) { end = t; break; }
            if (_openMark[t] is var q and >= 0 && _markUsed[q]) { end = t; break; }
            if (t > cue + 2 && IsClauseBreak(t) && NextCue(t + 1, end)) { end = t; break; }
            // he has “expanded the party,” claiming that ...: a quoted fragment ending in a comma is a clause break too
            if (t > cue + 2 && _markAt[t] is var m and >= 0 && t == _closeToken[m] && !_markUsed[m] && _text[_marks[m].End - 1] == ','
                && NextCue(t + 1, end)) { end = t + 1; break; }
        }
        while (end > cue + 1 && !IsWord(end - 1) && !IsQuoteMark(end - 1)) end--;
        return end;
    }

    /// <summary>The cue's sentence opens with a subordinating word and no comma comes between it and the cue.</summary>
    private bool OpensSubordinate(int cue)
    {
        var first = SentenceStart(cue);
        if (!(Is(first, "while") || Is(first, "although") || Is(first, "though") || Is(first, "because") || Is(first, "since")
            || Is(first, "when") || Is(first, "whenever") || Is(first, "if") || Is(first, "after") || Is(first, "before") || Is(first, "once")
            || Is(first, "whereas") || Is(first, "until"))) return false;
        for (var t = first + 1; t < cue; t++)
            if (Is(t, ",") || _markAt[t] >= 0) return false;
        return true;
    }

    private bool IsClauseBreak(int t) => _markAt[t] < 0 && (Is(t, ",") || Is(t, "and") || Is(t, "but")
        || _tokens[t].Length <= 2 && _text[_tokens[t].Start] is '-' or '\u2014' or '\u2013' && SpaceAround(t));

    // a dash between words ("work-related", "Lopez-Cantera") joins them
    private bool SpaceAround(int t) => _tokens[t].Start > 0 && char.IsWhiteSpace(_text[_tokens[t].Start - 1])
        && _tokens[t].End < _text.Length && char.IsWhiteSpace(_text[_tokens[t].End]);

    /// <summary>A cue within four tokens of <paramref name="t"/> with only its subject or adverbs before it: "but she also insisted".</summary>
    private bool NextCue(int t, int end)
    {
        for (var k = t; k < end && k < t + 4; k++)
        {
            if (_markAt[k] >= 0) return false;
            if (IsCue(k) && Has(k, QuoteWord.Speech) && !Has(k, QuoteWord.NounLike)) return true;
            if (!(Is(k, "and") || Is(k, "but") || Has(k, QuoteWord.Between | QuoteWord.Pronoun) || IsAdverb(k) || _mentionAt[k] >= 0)) return false;
        }
        return false;
    }

    /// <summary>
    /// The comma before a cue that closes its clause, or the closing mark of a quoted fragment
    /// ending in one (Others are “having to be leaner,” she said): the content ends before it.
    /// </summary>
    private int LastComma(int from, int to)
    {
        for (var t = to - 1; t >= from; t--)
        {
            if (_markAt[t] is var q and >= 0)
                return t == _closeToken[q] && !_markUsed[q] && _marks[q].End > _marks[q].Start && _text[_marks[q].End - 1] == ',' ? t : -1;
            if (Is(t, ",")) return t;
        }
        return -1;
    }

    private int Words(int from, int to)
    {
        var n = 0;
        for (var t = from; t < to; t++)
            if (IsWord(t)) n++;
        return n;
    }

    /// <summary>Adds an indirect quote over tokens [first, end); a quoted fragment inside makes it mixed and is used up.</summary>
    private void Add(int cue, int cueEnd, int first, int end, Speaker? speaker)
    {
        if (first >= end) return;
        var d = new Draft { Start = _tokens[first].Start, End = _tokens[end - 1].End, Kind = QuoteKinds.Indirect, Speaker = speaker };
        for (var t = first; t < end; t++)
            if (_openMark[t] is var q and >= 0)
            {
                d.Kind = QuoteKinds.Mixed;
                _markUsed[q] = true;
            }
        for (var t = cue; t < cueEnd; t++) _cueUsed[t] = true;
        d.CueFirst = cue;
        d.CueEnd = cueEnd;
        _found.Add(d);
    }
}
