using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;

namespace Annalist.Events;

/// <summary>A quoted stretch of text [Start, End) and the entity that said it, when found.</summary>
internal sealed record QuoteSpan(int Start, int End, Entity? Speaker);

/// <summary>
/// The hook for "reported" modality and for first-person actors ("we", "our") inside quotes.
/// Until the quotes stage exists, quotes are found here from quote marks alone: straight quotes
/// pair up within a paragraph (an unclosed one runs to the paragraph's end), curly and angle
/// quotes pair by direction; the speaker is the person or organization named next to a verb
/// of saying right after the closing mark (", said Zelenskyy") or right before the opening one
/// ("Zelenskyy said: "). When the quotes stage lands, <see cref="Find"/> should read its layer
/// instead (its quotes carry resolved speakers and indirect quotes too); nothing else changes.
/// </summary>
internal static class QuoteSpans
{
    public static List<QuoteSpan> Find(Document doc, TokenText text, ImmutableArray<SentenceSpan> sentences, MentionIndex mentions, EventLexicon lexicon)
    {
        var spans = new List<QuoteSpan>();
        var s = doc.Text;
        int straightOpen = -1, curlyOpen = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n' && i + 1 < s.Length && s[i + 1] == '\n' || i == s.Length - 1)
            {
                // a paragraph ends: an open straight quote runs to here
                if (straightOpen >= 0) spans.Add(new QuoteSpan(straightOpen, i + 1, null));
                straightOpen = -1;
                curlyOpen = -1;
            }
            else if (c == '"')
            {
                if (straightOpen < 0) straightOpen = i;
                else { spans.Add(new QuoteSpan(straightOpen, i + 1, null)); straightOpen = -1; }
            }
            else if (c is '“' or '«') curlyOpen = i;
            else if (c is '”' or '»' && curlyOpen >= 0) { spans.Add(new QuoteSpan(curlyOpen, i + 1, null)); curlyOpen = -1; }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var tokens = doc.Get(CoreLayers.Tokens);
        for (var k = 0; k < spans.Count; k++)
            spans[k] = spans[k] with { Speaker = Speaker(spans[k], text, tokens, sentences, mentions, lexicon) };
        return spans;
    }

    private static Entity? Speaker(QuoteSpan q, TokenText text, ImmutableArray<TokenSpan> tokens, ImmutableArray<SentenceSpan> sentences, MentionIndex mentions, EventLexicon lexicon)
    {
        var reporting = lexicon.Cue("reporting");
        var close = FirstTokenAtOrAfter(tokens, q.End);
        var open = FirstTokenAtOrAfter(tokens, q.Start) - 1;
        var sentenceEnd = SentenceEnd(sentences, close);
        Entity? Look(int from, int to, int step)
        {
            bool said = false;
            Entity? who = null;
            for (var i = from; i != to && Math.Abs(i - from) < 8; i += step)
            {
                if (i < 0 || i >= tokens.Length || text.IsClausePunctuation(i)) break;
                if (reporting.Starts(text, i, tokens.Length)) said = true;
                if (who is null && mentions.TryAt(i, out var m) && m.Entity.Type is "PERSON" or "ORGANIZATION" or "GPE" or "GROUP") who = m.Entity;
                if (said && who is not null) return who;
            }
            return null;
        }
        return Look(close, sentenceEnd, 1) ?? Look(open - 1, -1, -1);
    }

    private static int FirstTokenAtOrAfter(ImmutableArray<TokenSpan> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int SentenceEnd(ImmutableArray<SentenceSpan> sentences, int token)
    {
        foreach (var s in sentences)
            if (token < s.FirstToken + s.TokenCount) return s.FirstToken + s.TokenCount;
        return token;
    }

    /// <summary>The outermost quote holding [start, end), if any.</summary>
    public static QuoteSpan? Around(List<QuoteSpan> quotes, int start, int end)
    {
        QuoteSpan? best = null;
        foreach (var q in quotes)
        {
            if (q.Start > start) break;
            if (q.End >= end && (best is null || q.Speaker is not null && best.Speaker is null)) best = q;
        }
        return best;
    }
}
