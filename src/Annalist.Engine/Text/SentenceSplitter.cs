using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? and ellipses (with any closing quotes and
/// brackets that follow), at an abbreviation that is followed by a typical sentence start
/// ("in the U.S. He said"), always at a paragraph break (a blank line), and at a single line break
/// unless the line clearly continues (next line starts in lower case, or the line ends with a comma
/// or a word such as "the").
/// </summary>
public sealed class SentenceSplitter : IStage
{
    public string Name => "sentences";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens];
    public IReadOnlyList<Layer> Produces => [CoreLayers.Sentences];

    public void Run(Document document) =>
        document.Set(CoreLayers.Sentences, Split(document.Text, document.Get(CoreLayers.Tokens)));

    public static ImmutableArray<SentenceSpan> Split(string text, ImmutableArray<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty) return [];
        var sentences = new List<SentenceSpan>(tokens.Length / 16 + 1);
        var span = tokens.AsSpan();
        var first = 0;
        var i = 0;
        var quoteEnd = -1;
        while (i < span.Length)
        {
            if (i > first && i > quoteEnd) quoteEnd = EmbeddedQuoteEnd(text, span, i);
            var last = FindEnd(text, span, first, i, out var next);
            if (last >= 0 && last < quoteEnd && last + 1 < span.Length)
                last = -1; // inside a quotation that a sentence embeds: "said "A. B." keeps A and B together
            if (last < 0)
            {
                i = Math.Max(next, i + 1);
                continue;
            }
            sentences.Add(new SentenceSpan(span[first].Start, span[last].End, first, last + 1 - first));
            first = last + 1;
            i = first;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(sentences.ToArray());
    }

    /// <summary>
    /// Looks at token <paramref name="i"/>: returns the index of the last token of the sentence if one
    /// ends here (possibly after trailing closers), else -1 with <paramref name="next"/> the token to look at next.
    /// </summary>
    private static int FindEnd(string text, ReadOnlySpan<TokenSpan> tokens, int first, int i, out int next)
    {
        next = i + 1;
        var n = tokens.Length;
        if (i == n - 1) return i;
        var t = tokens[i];
        var terminal = TerminalKind(text, t);
        if (terminal == Terminal.None)
        {
            var gap = Gap(text, tokens, i);
            if (gap == Break.Paragraph) return i;
            if (gap == Break.Line && LineBreakEnds(text, tokens, i)) return i;
            if (IsCaptionCredit(text, tokens, i + 1) && CharClass.IsWord(text[t.End - 1])) return i;
            return -1;
        }

        // take closing quotes and brackets that belong to this sentence: ." .” .) ?'
        var last = i;
        while (last + 1 < n && Gap(text, tokens, last) != Break.Paragraph)
        {
            if (IsCloser(text, tokens, last + 1)) { last++; continue; }
            var cite = CitationEnd(text, tokens, last + 1);
            if (cite < 0) break;
            last = cite;
        }
        if (last == n - 1) return last;
        var g = Gap(text, tokens, last);
        if (g == Break.Paragraph) return last;

        var nt = tokens[last + 1];
        var c0 = text[nt.Start];
        if (terminal == Terminal.Strong)
        {
            // "Yahoo! said", "? he asked": lower case continues; so do , ; : and closing brackets
            // after "." a lower-case word still starts a sentence (informal text); after ! and ? it usually continues
            if (CharClass.IsLower(c0) && (text[t.Start] != '.' || last > i || IsEnumerator(text, tokens, last + 1)) || IsContinuationPunct(text, nt) || last > i && text[t.Start] != '.' && IsSpeechTag(text, tokens, last + 1))
            { next = last + 1; return -1; }
            return last;
        }
        if (terminal == Terminal.Ellipsis)
        {
            if (g == Break.Line || StartsSentence(text, tokens, last + 1, strict: false)) return last;
            next = last + 1;
            return -1;
        }
        if (terminal == Terminal.Title)
        {
            next = last + 1;
            return -1;
        }
        // abbreviation that may end a sentence
        if (g == Break.Line && !CharClass.IsLower(c0) || StartsSentence(text, tokens, last + 1, strict: true)) return last;
        next = last + 1;
        return -1;
    }

    private const int MaxEmbeddedQuoteTokens = 150;

    /// <summary>
    /// A double quotation that a sentence embeds right after a reporting verb or "that" (said "A. B.")
    /// belongs to that sentence, whatever sentences it holds, as UD/GUM annotate it; a quotation
    /// after a colon or standing alone is split as usual. Returns the index of the
    /// closing quote when token i opens such a quotation that closes within the paragraph and a
    /// bounded distance, else -1.
    /// </summary>
    private static int EmbeddedQuoteEnd(string text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        var t = tokens[i];
        if (t.Length != 1 || i == 0) return -1;
        var before = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        if (!SpeechLookup.Contains(before) && !before.SequenceEqual("that")) return -1;
        var open = text[t.Start];
        char close;
        if (open == '\u201C') close = '\u201D';
        else if (open == '\u00AB') close = '\u00BB';
        else if (open == '"' && (t.End < text.Length && !char.IsWhiteSpace(text[t.End])) && (t.Start == 0 || char.IsWhiteSpace(text[t.Start - 1]) || text[t.Start - 1] is '(' or '['))
            close = '"';
        else return -1;
        var end = Math.Min(tokens.Length - 1, i + MaxEmbeddedQuoteTokens);
        for (var k = i + 1; k <= end; k++)
        {
            if (Gap(text, tokens, k - 1) == Break.Paragraph) return -1;
            var u = tokens[k];
            if (u.Length == 1 && text[u.Start] == close) return k;
        }
        return -1;
    }

    private enum Terminal : byte { None, Strong, Ellipsis, Abbreviation, Title }

    private enum Break : byte { None, Space, Line, Paragraph }

    private static Terminal TerminalKind(string text, TokenSpan t)
    {
        var c = text[t.Start];
        if (t.Length == 1)
        {
            return c switch
            {
                '.' or '!' or '?' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F' => Terminal.Strong,
                '\u2026' => Terminal.Ellipsis,
                _ => Terminal.None,
            };
        }
        if (c is '!' or '?') return Terminal.Strong;
        if (text[t.End - 1] != '.') return Terminal.None;
        if (c == '.') return Terminal.Ellipsis; // .. ... ....
        if (t.Kind is TokenKind.Url or TokenKind.Email) return Terminal.None;
        var word = text.AsSpan(t.Start, t.Length - 1);
        if (word.Length == 1 && CharClass.IsUpper(word[0])) return Terminal.Title; // initial
        if (CharClass.IsDigit(word[0])) return Terminal.Title;                   // list number "1."
        if (word.Contains('.')) return Terminal.Abbreviation;                    // U.S.
        return Abbreviations.Find(word) == AbbreviationKind.Title ? Terminal.Title : Terminal.Abbreviation;
    }

    private static Break Gap(string text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        var from = tokens[i].End;
        var to = tokens[i + 1].Start;
        if (from == to) return Break.None;
        var newlines = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\n' || c == '\u2029' || c == '\u2028' || c == '\u0085' || (c == '\r' && (k + 1 == to || text[k + 1] != '\n')))
                newlines++;
        }
        return newlines switch { 0 => Break.Space, 1 => Break.Line, _ => Break.Paragraph };
    }

    private static bool IsCloser(string text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        var t = tokens[k];
        if (t.Length != 1 && !(t.Length == 2 && text[t.Start] == '\'' && text[t.Start + 1] == '\'')) return false;
        var c = text[t.Start];
        var attached = tokens[k - 1].End == t.Start;
        switch (c)
        {
            case '\u201D': case '\u2019': case '\u00BB': case '\u203A': case ')': case ']': case '}':
                return attached;
            case '"': case '\'':
                // a straight quote right after the period closes the quotation unless a word follows directly
                return attached && (k + 1 == tokens.Length || tokens[k + 1].Start > t.End || !CharClass.IsWord(text[tokens[k + 1].Start]));
            default:
                return false;
        }
    }

    /// <summary>"a)" "b)": an in-line list item marker continues the sentence.</summary>
    private static bool IsEnumerator(string text, ReadOnlySpan<TokenSpan> tokens, int k) =>
        tokens[k].Length == 1 && k + 1 < tokens.Length && tokens[k + 1].Start == tokens[k].End && text[tokens[k + 1].Start] == ')';

    private static bool IsContinuationPunct(string text, TokenSpan t) =>
        t.Length == 1 && text[t.Start] is ',' or ';' or ':' or ')' or ']' or '}' or '%';

    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before",
        "However", "Meanwhile", "His", "Her", "Its", "Their", "Our", "My", "Your", "Some", "Many", "Most", "All",
        "What", "Who", "Why", "How", "Where", "Also", "Then", "Now", "Today", "Yesterday", "Still", "Although",
        "Since", "Because", "According", "Last", "Earlier", "Later", "One", "Two", "Both", "Each", "Other", "Such",
        "Officials", "Police", "Mr.", "Mrs.", "Ms.", "Dr.", "THE",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether token k looks like the first token of a new sentence.</summary>
    private static bool StartsSentence(string text, ReadOnlySpan<TokenSpan> tokens, int k, bool strict)
    {
        var t = tokens[k];
        var c = text[t.Start];
        if (IsOpeningQuote(c) || c is '(' or '[')
        {
            if (k + 1 >= tokens.Length) return false;
            t = tokens[k + 1];
            c = text[t.Start];
        }
        if (!CharClass.IsUpper(c)) return !strict && CharClass.IsDigit(c);
        if (IsCaptionCredit(text, tokens, k)) return true;
        if (!strict) return true;
        return StarterLookup.Contains(text.AsSpan(t.Start, t.Length));
    }

    /// <summary>"[12]" or "[citation needed]" right after a sentence end: the end of the group, else -1.</summary>
    private static int CitationEnd(string text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        if (text[tokens[k].Start] != '[' || tokens[k].Length != 1) return -1;
        for (var j = k + 1; j < tokens.Length && j <= k + 4; j++)
        {
            var t = tokens[j];
            if (t.Length == 1 && text[t.Start] == ']') return j;
            if (!CharClass.IsWord(text[t.Start])) return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "asked", "asks", "ask", "replied", "replies", "added", "adds", "told", "tells", "shouted",
        "shouts", "whispered", "whispers", "cried", "cries", "explained", "explains", "continued", "continues", "wrote", "writes",
        "answered", "answers", "insisted", "recalled", "noted", "warned", "laughed", "yelled", "muttered", "screamed",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "?” Betty asked." — after a quoted question or exclamation, a capitalized name (or I/he/she)
    /// followed by a speech verb continues the sentence. After a period ("everything." He added)
    /// it starts a new one.
    /// </summary>
    private static bool IsSpeechTag(string text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        for (var j = k; j < tokens.Length && j <= k + 2; j++)
        {
            var t = tokens[j];
            if (j > k && SpeechLookup.Contains(text.AsSpan(t.Start, t.Length))) return true;
            if (!CharClass.IsUpper(text[t.Start])) return false;
        }
        return false;
    }

    private static readonly string[] CreditWords = ["Image", "Photo", "Picture", "Photograph", "Credit", "Source", "Video"];

    /// <summary>"... in Washington Image: United States Navy." — a photo credit starts a new sentence.</summary>
    private static bool IsCaptionCredit(string text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        if (k + 1 >= tokens.Length) return false;
        var colon = tokens[k + 1];
        if (colon.Length != 1 || text[colon.Start] != ':') return false;
        var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
        foreach (var c in CreditWords) if (w.SequenceEqual(c)) return true;
        return false;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '`';

    private static readonly HashSet<string> Continuing = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "as",
        "that", "is", "are", "was", "were", "be", "has", "have", "had", "said", "says", "his", "her", "their", "its",
        "who", "which", "than", "into", "after", "before", "about", "over", "under", "between", "during", "will", "would",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuingLookup = Continuing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A single line break ends a sentence (headline, bullet, list line) unless the text clearly runs on.</summary>
    private static bool LineBreakEnds(string text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        var t = tokens[i];
        var nt = tokens[i + 1];
        var c0 = text[nt.Start];
        if (CharClass.IsLower(c0)) return false;
        if (t.Length == 1 && text[t.Start] is ',' or ';' or '-' or '(' or '[' or '&' or '\u2013' or '\u2014' or '/') return false;
        if (ContinuingLookup.Contains(text.AsSpan(t.Start, t.Length))) return false;
        return true;
    }
}
