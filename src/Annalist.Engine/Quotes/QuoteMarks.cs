namespace Annalist.Quotes;

/// <summary>
/// A span of text between quotation marks, outermost only: the opening mark at <see cref="Open"/>,
/// the content [Start, End) without the marks, whether a closing mark ended it (else the paragraph
/// did), and whether it opens a paragraph right after a paragraph whose quote was left open (the
/// same speaker goes on).
/// </summary>
internal readonly record struct MarkedSpan(int Open, int Start, int End, bool Closed, bool Continues);

/// <summary>
/// Pairs quotation marks: straight and curly double quotes, guillemets, curly single quotes, and
/// ``...'' or ''...'' (two apostrophes for a double quote, as in PTB text and the New York Times).
/// Marks nest (“Spiderweb” inside a straight-quoted speech stays inside it); a straight quote
/// closes the nearest open straight quote. A paragraph break ends every open quote, because
/// writers leave the closing mark off when the next paragraph goes on with the same speaker.
/// </summary>
internal static class QuoteMarks
{
    public static List<MarkedSpan> Find(string text)
    {
        var spans = new List<MarkedSpan>();
        var stack = new (char Style, int At)[16];
        var depth = 0;
        var leftOpen = false;       // the previous paragraph ended inside a quote
        var paragraphStart = 0;     // first non-space character of the current paragraph
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    if (!IsParagraphBreak(text, i)) break;
                    if (depth > 0) spans.Add(Make(text, stack[0].At, i, closed: false, Continues(stack[0].At)));
                    leftOpen = depth > 0;
                    depth = 0;
                    paragraphStart = NextNonSpace(text, i + 1);
                    i = paragraphStart - 1; // the rest of the blank lines
                    break;
                case '"':
                    if (IndexOf(stack.AsSpan(0, depth), '"') is var s and >= 0) Close(s, i);
                    // “highly significant." : a straight mark after a word closes a curly quote left open
                    else if (depth > 0 && stack[depth - 1].Style == '\u201C' && ClosingShape(text, i)) Close(depth - 1, i);
                    else Push('"', i);
                    break;
                case '`' when i + 1 < text.Length && text[i + 1] == '`': // ``...'' of PTB-style text
                    Push('`', i);
                    i++;
                    break;
                case '\'' when i + 1 < text.Length && text[i + 1] == '\'': // '' as a double quote, as the New York Times writes
                    if (IndexOf(stack.AsSpan(0, depth), '`') is var b and >= 0) Close(b, i);
                    else Push('`', i);
                    i++;
                    break;
                case '\u201C': // “
                    Push(c, i);
                    break;
                case '\u201D': // ”, or the close of a straight quote written with a curly mark
                    if (IndexOf(stack.AsSpan(0, depth), '\u201C') is var d and >= 0) Close(d, i);
                    else if (depth > 0 && stack[depth - 1].Style == '"') Close(depth - 1, i);
                    break;
                case '\u00AB': // «
                    Push(c, i);
                    break;
                case '\u00BB': // »
                    if (IndexOf(stack.AsSpan(0, depth), '\u00AB') is var g and >= 0) Close(g, i);
                    break;
                case '\u2018': // ‘ opens before a word, not as an apostrophe ("rock ‘n’ roll" aside)
                    if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
                        Push(c, i);
                    break;
                case '\u2019': // ’ closes only the innermost ‘ and only where it is not an apostrophe inside a word
                    if (depth > 0 && stack[depth - 1].Style == '\u2018' && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
                        Close(depth - 1, i);
                    break;
            }
        }
        if (depth > 0) spans.Add(Make(text, stack[0].At, text.Length, closed: false, Continues(stack[0].At)));
        return spans;

        void Push(char style, int at)
        {
            if (depth < stack.Length) stack[depth++] = (style, at);
        }

        void Close(int level, int at)
        {
            if (level == 0) spans.Add(Make(text, stack[0].At, at, closed: true, Continues(stack[0].At)));
            depth = level;
        }

        bool Continues(int open) => leftOpen && open == paragraphStart;
    }

    private static MarkedSpan Make(string text, int open, int end, bool closed, bool continues)
    {
        var start = open + (text[open] is '`' or '\'' ? 2 : 1);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new MarkedSpan(open, start, end, closed, continues);
    }

    /// <summary>A blank line, or a line break before a line that opens a quote.</summary>
    private static bool IsParagraphBreak(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        return j >= text.Length || text[j] == '\n' || text[j] is '"' or '\u201C' or '\u00AB' or '`' or '\'';
    }

    /// <summary>A mark right after a word or punctuation and before a space, punctuation or the end: it closes rather than opens.</summary>
    private static bool ClosingShape(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));

    private static int NextNonSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    private static int IndexOf(ReadOnlySpan<(char Style, int At)> stack, char style)
    {
        for (var k = stack.Length - 1; k >= 0; k--)
            if (stack[k].Style == style) return k;
        return -1;
    }
}
