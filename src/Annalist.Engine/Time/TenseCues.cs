namespace Annalist.Time;

/// <summary>
/// Guesses whether the clause around a time expression is past or future without a parser:
/// the nearest cue word in the sentence wins ("will", "'ll", "next" point forward; "was",
/// "said", -ed verbs point back). Cue words are the @future and @past sections of the lexicon.
/// </summary>
internal sealed class TenseCues(TimeLexicon lexicon)
{
    private readonly HashSet<string> _future = [.. lexicon.Section("future").Keys];
    private readonly HashSet<string> _past = [.. lexicon.Section("past").Keys];
    private readonly HashSet<string> _intent = [.. lexicon.Section("intent").Keys];
    private readonly HashSet<string> _determiner = [.. lexicon.Section("determiner").Keys];

    public Tense Around(TimeToken[] tokens, int sentenceFrom, int sentenceTo, int from, int to)
    {
        // Walk outwards from the expression, nearest token first; stop at clause-ish punctuation far away.
        // a quotation mark ends the search on its side: "will leave (4 a.m. Thursday)," Castro said
        var lowest = sentenceFrom;
        var highest = sentenceTo;
        for (var d = 1; d < 40; d++)
        {
            var l = from - d;
            var r = to - 1 + d;
            if (l >= lowest && tokens[l].Is(TimeClass.Quote)) lowest = l + 1;
            if (r < highest && tokens[r].Is(TimeClass.Quote)) highest = r;
            if (l < lowest && r >= highest) break;
            if (l >= lowest && Cue(tokens, l, before: true) is var a && a != Tense.Unknown) return a;
            if (r < highest && Cue(tokens, r, before: false) is var b && b != Tense.Unknown) return b;
        }
        return Tense.Unknown;
    }

    private Tense Cue(TimeToken[] tokens, int i, bool before)
    {
        // "planned to leave Thursday", "is to resume trading Tuesday", "set to meet Monday": an intention or
        // an arrangement points forward, whatever the tense of the verb that states it; but "Clinton Saturday
        // vowed to", "On Friday, the government planned to": after the expression it dates the vow itself
        if (before && i + 1 < tokens.Length && tokens[i + 1].Lower == "to" && _intent.Contains(tokens[i].Lower))
            return Tense.Future;
        // "next to the embassy" is a place
        if (tokens[i].Lower == "next" && i + 1 < tokens.Length && tokens[i + 1].Lower == "to") return Tense.Unknown;
        var past = Cue(tokens[i]);
        // "had been due to expire Friday", "had been scheduled to": the arrangement was in the past
        if (past == Tense.Future && i > 0 && i + 1 < tokens.Length && tokens[i + 1].Lower == "to" && (tokens[i - 1].Lower == "had" || (i > 1 && tokens[i - 1].Lower == "been" && tokens[i - 2].Lower == "had")))
            return Tense.Past;
        // "markets untouched by the crisis": a participle before "by" is passive, not a past tense
        if (past == Tense.Past && i + 1 < tokens.Length && tokens[i + 1].Lower == "by" && (tokens[i].PastEd || tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal)))
            return Tense.Unknown;
        // "a still unspecified date", "the planned sale": an -ed word after a determiner is an adjective
        if (past == Tense.Past && tokens[i].PastEd && i > 0 && _determiner.Contains(tokens[i - 1].Lower)) return Tense.Unknown;
        // after "be", "to" or a modal the word is a participle or a bare verb, not a past tense:
        // "will be held", "to be signed", "will hit" ("have been killed" stays past)
        if (past == Tense.Past && i > 0 && tokens[i - 1].Lower is "be" or "being" or "to" or "will" or "'ll" or "would"
                or "could" or "can" or "may" or "might" or "should" or "must" or "shall")
            return Tense.Unknown;
        return past;
    }

    private Tense Cue(in TimeToken t)
    {
        if (t.PastEd) return Tense.Past;
        var w = t.Lower;
        if (w.Length == 0) return Tense.Unknown;
        if (_future.Contains(w)) return Tense.Future;
        if (_past.Contains(w)) return Tense.Past;
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && w[^3] != 'e' && char.IsAsciiLetterLower(w[0])) return Tense.Past;
        return Tense.Unknown;
    }
}
