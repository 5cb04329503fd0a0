using Annalist.Documents;

namespace Annalist.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>
    /// The subject of the cue at <paramref name="cue"/>: the nearest name, title or pronoun before
    /// it, looking no further back than <paramref name="lo"/>, past auxiliaries and adverbs ("has also
    /// said") and past a parenthetical between commas ("Russia, in turn, announced"); a name between
    /// commas is an apposition and is the speaker ("Moscow's lead negotiator, Vladimir Medinsky, has
    /// confirmed"). Without a name, an unnamed speaker ("a source", "officials"). Null when a lone
    /// comma comes before the cue ("..., said Zelenskyy": the speaker is after it).
    /// </summary>
    private Speaker? Subject(int cue, int lo)
    {
        var j = cue - 1;
        var steps = 0;
        while (j >= lo && steps++ < 16)
        {
            // "Mr. Manafort, citing “the magic of Trump,” said": a quoted phrase ending in a comma closes an aside
            var quotedComma = _markAt[j] >= 0 && j == _closeToken[_markAt[j]] && !_markUsed[_markAt[j]] && _text[_marks[_markAt[j]].End - 1] == ',';
            if (_markAt[j] >= 0 && !quotedComma || IsStop(j)) return null;   // first-person words inside a quote are never its speaker
            if (Has(j, QuoteWord.ObjectPronoun))
            {
                // "most of them said", "a source close to him said": the noun phrase the pronoun ends
                if ((Is(j - 1, "of") || Is(j - 1, "to")) && j - 2 >= lo && IsWord(j - 2) && !Has(j - 2, QuoteWord.Cue) && _markAt[j - 2] < 0
                    && NounPhraseBefore(j - 2, lo) is { } np)
                    return new Speaker(np.First, j + 1, null);
                // "the groups who wrote to her on Thursday say": the object ends a long subject, the best left of it
                if (!IsPossessive(j) && Has(j - 1, QuoteWord.NotContent) && char.IsLower(_text[_tokens[j - 1].Start]))
                    return _mentionAt[j] >= 0 ? FromMention(_mentionAt[j]) : new Speaker(j, j + 1, null);
                j--;   // "for his part", "calling him": not a subject
                continue;
            }
            if (_mentionAt[j] >= 0) return FromMention(_mentionAt[j]);
            if (Is(j, ")"))
            {
                // "Rob Portman (R-Ohio), ... said": past the brackets
                var k = j - 1;
                while (k >= lo && k > j - 12 && !Is(k, "(")) k--;
                if (k < lo || !Is(k, "(")) return null;
                j = k - 1;
                continue;
            }
            if (Is(j, ",") || quotedComma)
            {
                // "Sen. Jack Reed (D-R.I.), said": the brackets end the subject
                if (Is(j - 1, ")")) { j--; continue; }
                // the comma that opens a parenthetical or an apposition, which may be long and hold a
                // quoted title ("Hemsley, the co-author of “Going Viral,” about ..., said")
                var k = j - 1;
                while (k >= lo && k > j - 40 && !(Is(k, ",") && _markAt[k] < 0) && !IsStop(k)) k--;
                // "Lee paused, then revealed": a short clause opened by a name before the comma, its subject
                if (k < lo && j - lo <= 8 && _mentionAt[lo] >= 0 && _markAt[lo] < 0 && !Has(lo, QuoteWord.ObjectPronoun) && !IsModifier(_mentionAt[lo])
                    && !HasBreak(lo, j)) return FromMention(_mentionAt[lo]);
                if (k < lo || !Is(k, ",") || k == j - 1) return null;
                // "..., but it has drawn a following, said Ms. Gil": a clause between the commas, not an apposition
                if (Has(k + 1, QuoteWord.Break) && !Has(k + 1, QuoteWord.Relative)) return null;
                // "Moscow's lead negotiator, Vladimir Medinsky, has confirmed": a name that is the apposition
                var named = LastSubjectMention(k + 1, j);
                if (named >= 0 && !Has(k + 1, QuoteWord.Relative) && (_mentions[named].First == k + 1 || _mentions[named].End == j)) return FromMention(named);
                j = k - 1;
                continue;
            }
            // "was quick to point out", "continued to suggest": the verb before "to" is not the subject
            if (Is(j, "to") && (Has(j - 1, QuoteWord.BeforeTo) || Is(j - 1, "on") && Has(j - 2, QuoteWord.BeforeTo)))
            {
                j -= Is(j - 1, "on") ? 3 : 2;   // "went on to explain"
                continue;
            }
            var c = _classes[j];
            if (((c & QuoteWord.Between) != 0 && !Has(j, QuoteWord.Pronoun)) || IsAdverb(j)) { j--; continue; }
            // "Sanders, who said": the name before the relative pronoun
            if (Is(j, "who") && Is(j - 1, ",") && j - 2 >= lo && _mentionAt[j - 2] >= 0) return FromMention(_mentionAt[j - 2]);
            // "... called on Congress to pass a deal and said": the subject of the sentence
            if (Is(j, "and") || Is(j, "but"))
                return FirstSubjectMention(lo, j) is var first and >= 0 ? FromMention(first)
                    : FirstMention(lo, j) is var any and >= 0 && _markAt[_mentions[any].First] < 0 ? FromMention(any) : null;
            if ((c & QuoteWord.Break) != 0) return null;
            if ((c & QuoteWord.Pronoun) != 0) return new Speaker(j, j + 1, null);
            return NounPhraseBefore(j, lo);
        }
        return null;
    }

    private bool HasBreak(int from, int to)
    {
        for (var t = from; t < to; t++)
            if (Has(t, QuoteWord.Break) || IsCue(t)) return true;
        return false;
    }

    /// <summary>The speaker after an inverted cue ("said Zelenskyy", "said a senior official").</summary>
    private Speaker? After(int cueEnd)
    {
        var j = cueEnd;
        if (j >= _tokens.Length || _markAt[j] >= 0) return null;
        if (_mentionAt[j] >= 0) return FromMention(_mentionAt[j]);
        if (Has(j, QuoteWord.Pronoun)) return new Speaker(j, j + 1, null);
        if (!IsWord(j) || Has(j, QuoteWord.NotSpeaker | QuoteWord.Break)) return null;
        var end = j;
        while (end < _tokens.Length && end - j < 5 && IsWord(end) && _markAt[end] < 0 && !Has(end, QuoteWord.NotSpeaker | QuoteWord.Break))
        {
            if (_mentionAt[end] >= 0) return FromMention(_mentionAt[end]); // "said Ukraine's president Zelenskyy"
            end++;
        }
        return new Speaker(j, end, null);
    }

    /// <summary>An unnamed speaker ending at <paramref name="head"/>: back over words to a determiner, at most five words.</summary>
    private Speaker? NounPhraseBefore(int head, int lo)
    {
        // "42% say": a share of those asked
        if (Is(head, "%") && head - 1 >= lo && _tokens[head - 1].Kind == TokenKind.Number) return new Speaker(head - 1, head + 1, null);
        // "one in three said", "three in 10 say": the whole count
        if ((Has(head, QuoteWord.NumberWord) || _tokens[head].Kind == TokenKind.Number) && Is(head - 1, "in") && head - 2 >= lo
            && (Has(head - 2, QuoteWord.NumberWord) || _tokens[head - 2].Kind == TokenKind.Number))
            return new Speaker(head - 2, head + 1, null);
        // a number heads "three in 10 said"; a noun-like cue word heads "the secretary of state said"
        if (!IsWord(head) || Has(head, QuoteWord.NotSpeaker) || (Has(head, QuoteWord.Cue) && !Has(head, QuoteWord.NounLike))) return null;
        var first = head;
        while (first - 1 >= lo && head - first < 4)
        {
            var p = first - 1;
            if (Has(p, QuoteWord.Determiner)) { first = p; break; }
            if (!IsWord(p) || _markAt[p] >= 0 || Has(p, QuoteWord.NotSpeaker | QuoteWord.Break | QuoteWord.Between) || (Has(p, QuoteWord.Cue) && !Has(p, QuoteWord.NounLike))) break;
            first = p;
        }
        return new Speaker(first, head + 1, null);
    }

    /// <summary>A group word used as an adjective ("the Republican nomination", "Democratic presidential nominee"): not a subject.</summary>
    private bool IsModifier(int mention)
    {
        var m = _mentions[mention];
        return m.Type == "OTHER" && IsWord(m.End) && char.IsLower(_text[_tokens[m.End].Start]) && !Has(m.End, QuoteWord.Cue | QuoteWord.Between);
    }

    private bool IsPossessive(int t) => Is(t, "his") || Is(t, "its") || Is(t, "their") || Is(t, "my") || Is(t, "our") || Is(t, "your");

    // "flatly", "early": words in -ly between a speaker and the cue
    private bool IsAdverb(int t) => IsWord(t) && _tokens[t].Length > 4 && char.IsLower(_text[_tokens[t].Start]) && Chars(t).EndsWith("ly", StringComparison.Ordinal);

    private int LastMention(int from, int to)
    {
        for (var t = to - 1; t >= from; t--)
            if (_mentionAt[t] >= 0) return _mentionAt[t];
        return -1;
    }

    private int FirstMention(int from, int to)
    {
        for (var t = from; t < to; t++)
            if (_mentionAt[t] >= 0) return _mentionAt[t];
        return -1;
    }

    /// <summary>The last mention in [from, to) that can be a subject: not an object or possessive pronoun ("for his part").</summary>
    private int LastSubjectMention(int from, int to)
    {
        for (var t = to - 1; t >= from; t--)
            if (_mentionAt[t] >= 0 && !Has(t, QuoteWord.ObjectPronoun)) return _mentionAt[t];
        return -1;
    }

    /// <summary>
    /// The first mention in [from, to) that can be the subject of a sentence: outside quotation
    /// marks (words inside a quote are never its speaker) and not an object or possessive pronoun.
    /// </summary>
    private int FirstSubjectMention(int from, int to)
    {
        for (var t = from; t < to; t++)
            if (_mentionAt[t] >= 0 && _markAt[t] < 0 && !Has(t, QuoteWord.ObjectPronoun) && !IsModifier(_mentionAt[t])) return _mentionAt[t];
        return -1;
    }

    private Speaker FromMention(int index)
    {
        var m = _mentions[index];
        return new Speaker(m.First, m.End, m.Entity);
    }
}
