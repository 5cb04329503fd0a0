using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text;

/// <summary>
/// Splits news English into tokens following Universal Dependencies English (GUM/EWT) conventions:
/// clitics split off (do|n't, it|'s), punctuation split, abbreviations and initials keep their period,
/// numbers keep their separators, currency symbols, units and percent signs are separate tokens,
/// hyphenated compounds split except after bound prefixes (non-, re-, co-, ...), URLs, e-mail
/// addresses, @handles and #hashtags stay whole. Every non-white-space character ends up in exactly
/// one token; nothing is rewritten, tokens are offsets into the text.
/// </summary>
public sealed class Tokenizer : IStage
{
    public string Name => "tokens";
    public IReadOnlyList<Layer> Requires => [];
    public IReadOnlyList<Layer> Produces => [CoreLayers.Tokens];

    public void Run(Document document) => document.Set(CoreLayers.Tokens, Tokenize(document.Text));

    public static ImmutableArray<TokenSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer(text.Length / 4 + 8);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (CharClass.IsSpace(text[i])) { i++; continue; }
            var end = i + 1;
            while (end < n && !CharClass.IsSpace(text[end])) end++;
            ScanChunk(text, i, end, ref buffer);
            i = end;
        }
        return buffer.ToImmutable();
    }

    /// <summary>Tokenizes one white-space-free stretch [s, e).</summary>
    private static void ScanChunk(string text, int s, int e, ref TokenBuffer tokens)
    {
        var at = text.AsSpan(s, e - s).IndexOf('@');
        var atPos = at < 0 ? -1 : s + at;
        var p = s;
        while (p < e)
        {
            var c = text[p];
            var cls = CharClass.Of(c);
            if ((cls & CharClass.WordChar) != 0 || IsSurrogateLetter(text, p, e))
            {
                if (TryUrl(text, p, e, out var urlEnd)) { tokens.Add(p, urlEnd, TokenKind.Url); p = urlEnd; continue; }
                if (atPos > p && TryEmail(text, p, e, atPos, out var mailEnd)) { tokens.Add(p, mailEnd, TokenKind.Email); p = mailEnd; continue; }
                p = ScanWord(text, p, e, ref tokens);
                continue;
            }
            if ((cls & CharClass.Surrogate) != 0) { p = ScanSurrogate(text, p, e, ref tokens); continue; }
            p = ScanOther(text, p, e, ref tokens);
        }
    }

    private static int ScanOther(string text, int p, int e, ref TokenBuffer tokens)
    {
        var c = text[p];
        var next = p + 1 < e ? text[p + 1] : '\0';
        switch (c)
        {
            case '@':
            case '#':
                if (p + 1 < e && (c == '@' ? CharClass.IsWord(next) || next == '_' : CharClass.IsLetter(next) || next == '_'))
                {
                    var q = p + 1;
                    while (q < e && (CharClass.IsWord(text[q]) || text[q] == '_')) q++;
                    tokens.Add(p, q, TokenKind.Handle);
                    return q;
                }
                break;
            case '.':
            case '-':
            case '!':
            case '?':
            case '`':
            case '*':
            case '=':
            case '_':
            case '~':
            case '\u2014':
            case '\u2015':
            case '$':
            case '<':
            case '>':
            case '+':
            {
                // runs: ... -- !!! ?! `` ** == $$$ << >> ++
                var q = p + 1;
                if (c is '!' or '?') { while (q < e && text[q] is '!' or '?') q++; }
                else while (q < e && text[q] == c) q++;
                tokens.Add(p, q, KindOf(c));
                return q;
            }
            case '\'':
                if (next == '\'') { tokens.Add(p, p + 2, TokenKind.Punctuation); return p + 2; }
                if (p + 2 < e && CharClass.IsDigit(next) && CharClass.IsDigit(text[p + 2]))
                    return ScanWord(text, p, e, ref tokens, p + 1); // '90s
                break;
            case '\u2019':
                if (p + 2 < e && CharClass.IsDigit(next) && CharClass.IsDigit(text[p + 2]))
                    return ScanWord(text, p, e, ref tokens, p + 1);
                break;
            case ':':
            case ';':
                if (TryEmoticon(text, p, e, out var emoEnd)) { tokens.Add(p, emoEnd, TokenKind.Symbol); return emoEnd; }
                break;
        }
        var end = p + 1;
        while (end < e && text[end] == '\uFE0F') end++; // emoji presentation selector stays with its symbol
        tokens.Add(p, end, KindOf(c));
        return end;
    }

    private static TokenKind KindOf(char c)
    {
        if ((CharClass.Of(c) & CharClass.Punct) != 0) return TokenKind.Punctuation;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber => TokenKind.Symbol,
            _ => TokenKind.Other,
        };
    }

    private static bool TryEmoticon(string text, int p, int e, out int end)
    {
        end = p + 1;
        if (end < e && text[end] == '-') end++;
        if (end < e && text[end] is ')' or '(' or 'D' or 'P' or 'p' or '/' && (end + 1 == e || !CharClass.IsWord(text[end + 1])))
        {
            end++;
            return end == e || !CharClass.IsWord(text[end]) && text[end] != ')' && text[end] != '(';
        }
        return false;
    }

    private static bool IsSurrogateLetter(string text, int p, int e) =>
        char.IsHighSurrogate(text[p]) && p + 1 < e && char.IsLowSurrogate(text[p + 1])
        && CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[p], text[p + 1])) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>An emoji or other astral symbol (with modifiers and joined parts), or a lone surrogate.</summary>
    private static int ScanSurrogate(string text, int p, int e, ref TokenBuffer tokens)
    {
        if (!(char.IsHighSurrogate(text[p]) && p + 1 < e && char.IsLowSurrogate(text[p + 1])))
        {
            tokens.Add(p, p + 1, TokenKind.Other);
            return p + 1;
        }
        var q = p + 2;
        while (q < e)
        {
            var c = text[q];
            if (c == '\uFE0F') { q++; continue; }
            if (c == '\u200D' && q + 2 < e && char.IsHighSurrogate(text[q + 1]) && char.IsLowSurrogate(text[q + 2])) { q += 3; continue; }
            if (c == '\uD83C' && q + 1 < e && text[q + 1] is >= '\uDFFB' and <= '\uDFFF') { q += 2; continue; } // skin tone
            break;
        }
        tokens.Add(p, q, TokenKind.Symbol);
        return q;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Scans a word or number starting at <paramref name="start"/>; may emit two tokens (clitics).</summary>
    private static int ScanWord(string text, int start, int e, ref TokenBuffer tokens, int from = -1)
    {
        var j = from < 0 ? start : from;
        var digitsOnly = CharClass.IsDigit(text[j]);
        var internalDot = false;
        var segStart = start;
        while (j < e)
        {
            var ch = text[j];
            var cl = CharClass.Of(ch);
            if ((cl & CharClass.WordChar) != 0)
            {
                if ((cl & CharClass.Letter) != 0 && digitsOnly)
                {
                    // a number running into letters: keep ordinals/decades (19th, 1990s, 4A), split units (430|km, 2.4|bn)
                    var le = j;
                    while (le < e && CharClass.IsLetter(text[le])) le++;
                    if (!IsNumberSuffix(text.AsSpan(j, le - j)) || (le < e && CharClass.IsWord(text[le]))) break;
                    j = le;
                    digitsOnly = false;
                    continue;
                }
                if ((cl & CharClass.Digit) == 0) digitsOnly = false;
                j++;
                continue;
            }
            if (char.IsHighSurrogate(ch))
            {
                if (!IsSurrogateLetter(text, j, e)) break;
                digitsOnly = false;
                j += 2;
                continue;
            }
            // US$, HK$, A$: a currency written with its country's letters is one symbol
            if (ch == '$' && j - start is >= 1 and <= 2 && AllUpper(text.AsSpan(start, j - start)))
            {
                tokens.Add(start, j + 1, TokenKind.Symbol);
                return j + 1;
            }
            if (j + 1 >= e) break;
            var nx = text[j + 1];
            switch (ch)
            {
                case '.':
                    if (digitsOnly ? CharClass.IsDigit(nx) : CharClass.IsWord(nx)) { internalDot = true; j++; continue; }
                    break;
                case ',':
                    if (digitsOnly && j + 3 < e && CharClass.IsDigit(nx) && CharClass.IsDigit(text[j + 2]) && CharClass.IsDigit(text[j + 3])
                        && (j + 4 == e || !CharClass.IsDigit(text[j + 4])))
                    { j += 4; continue; }
                    break;
                case ':':
                    if (digitsOnly && CharClass.IsDigit(nx)) { j++; continue; }
                    break;
                case '/':
                    if (digitsOnly && CharClass.IsDigit(nx)) { j++; continue; }
                    // b/c, s/he, w/o, f/2: a one-letter word before the slash
                    if (j == start + 1 && CharClass.IsLetter(text[start]) && CharClass.IsWord(nx)) { digitsOnly = false; j++; continue; }
                    break;
                case '-':
                case '\u2010':
                case '\u2011':
                    if (JoinHyphen(text, segStart, j, e)) { j++; segStart = j; continue; }
                    break;
                case '&':
                    if (j > start && CharClass.IsUpper(text[j - 1]) && CharClass.IsUpper(nx)) { j++; continue; }
                    break;
                case '_':
                    if (CharClass.IsWord(nx)) { j++; continue; }
                    break;
                case '\'':
                case '\u2019':
                case '\u02BC':
                {
                    var k = j + 1;
                    while (k < e && CharClass.IsLetter(text[k])) k++;
                    var letters = k - j - 1;
                    if (letters == 0) break; // closing quote or plural possessive: the apostrophe is its own token
                    var wordEnds = k == e || !CharClass.IsWord(text[k]) && !IsApostrophe(text[k]);
                    if (wordEnds && digitsOnly && letters == 1 && text[j + 1] == 's' && j - start is 2 or 4)
                    {
                        tokens.Add(start, k, TokenKind.Number); // the 70's, the 1990's
                        return k;
                    }
                    if (wordEnds && letters == 1 && (nx | 0x20) == 't' && j - 1 > start && (text[j - 1] | 0x20) == 'n')
                    {
                        tokens.Add(start, j - 1, TokenKind.Word); // do|n't, ca|n't
                        tokens.Add(j - 1, k, TokenKind.Word);
                        return k;
                    }
                    if (wordEnds && j > start && IsClitic(text.AsSpan(j + 1, letters)))
                    {
                        tokens.Add(start, j, digitsOnly ? TokenKind.Number : TokenKind.Word); // it|'s, we|'re
                        tokens.Add(j, k, TokenKind.Word);
                        return k;
                    }
                    digitsOnly = false;
                    j++; // O'Brien
                    continue;
                }
            }
            break;
        }

        var end = j;
        var kind = digitsOnly ? TokenKind.Number : TokenKind.Word;
        if (end + 2 <= e && text[end] == '.' && text[end + 1] == '.' && (end + 2 == e || text[end + 2] != '.')
            && !digitsOnly && AttachPeriod(text, start, end, e, digitsOnly, internalDot))
        {
            end++; // "CCNG, Inc.." : the abbreviation's period, then the sentence's
        }
        else if (end < e && text[end] == '.' && (end + 1 == e || text[end + 1] != '.'))
        {
            if (AttachPeriod(text, start, end, e, digitsOnly, internalDot)) end++;
            else if (internalDot && !digitsOnly && HasTld(text.AsSpan(start, end - start)))
            {
                kind = TokenKind.Url; // example.com
            }
        }
        else if (internalDot && !digitsOnly && HasTld(text.AsSpan(start, end - start)))
        {
            kind = TokenKind.Url;
            if (end < e && text[end] == '/') end = UrlEnd(text, start, e);
        }

        if (kind == TokenKind.Word && SplitFused(text, start, end, ref tokens)) return end;
        tokens.Add(start, end, kind);
        return end;
    }

    /// <summary>Whether the period at <paramref name="end"/> belongs to the word [start, end).</summary>
    private static bool AttachPeriod(string text, int start, int end, int e, bool digitsOnly, bool internalDot)
    {
        var word = text.AsSpan(start, end - start);
        if (digitsOnly)
            return word.Length <= 3 && end + 1 == e && IsLineStart(text, start) && !internalDot || internalDot && IsLineStart(text, start) && end + 1 == e && word.Length <= 5; // list numbers: "1." "2.1."
        if (internalDot) return IsDottedAbbreviation(word);
        if (word.Length == 1 && CharClass.IsUpper(word[0])) return true;
        var kind = Abbreviations.Find(word);
        if (kind == AbbreviationKind.None) return false;
        if (word.Equals("No", StringComparison.OrdinalIgnoreCase) || word.Equals("Nos", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Art", StringComparison.OrdinalIgnoreCase) || word.Equals("Op", StringComparison.OrdinalIgnoreCase))
        {
            // "No. 5" but "said no."
            var q = end + 1;
            while (q < text.Length && CharClass.IsSpace(text[q]) && text[q] != '\n') q++;
            return q < text.Length && CharClass.IsDigit(text[q]);
        }
        return true;
    }

    /// <summary>U.S, e.g, Ph.D, J.R.R, a.m: short letter groups joined by periods.</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        var shortest = int.MaxValue;
        foreach (var range in word.Split('.'))
        {
            var seg = word[range];
            if (seg.Length is 0 or > 3) return false;
            foreach (var ch in seg) if (!CharClass.IsLetter(ch)) return false;
            shortest = Math.Min(shortest, seg.Length);
        }
        return shortest == 1;
    }

    private static bool IsLineStart(string text, int start)
    {
        for (var q = start - 1; q >= 0; q--)
        {
            var c = text[q];
            if (c == '\n' || c == '\r') return true;
            if (!CharClass.IsSpace(c)) return false;
        }
        return true;
    }

    private static bool IsNumberSuffix(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => s[0] is 's' or 'S' || CharClass.IsUpper(s[0]) && s[0] != 'K' && s[0] != 'M' && s[0] != 'B',
        2 => s.Equals("th", StringComparison.OrdinalIgnoreCase) || s.Equals("st", StringComparison.OrdinalIgnoreCase)
             || s.Equals("nd", StringComparison.OrdinalIgnoreCase) || s.Equals("rd", StringComparison.OrdinalIgnoreCase)
             || s.Equals("s", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'd' or 'm',
        2 => s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
             || s.Equals("ll", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static readonly string[] Prefixes =
    [
        "non", "pre", "re", "co", "anti", "pro", "e", "semi", "mini", "mid", "inter", "counter", "proto",
        "cross", "multi", "mis", "vice", "neo", "post", "ex", "bi", "tri", "uni", "pseudo", "quasi", "ultra", "intra",
    ];

    /// <summary>Hyphen inside a word: kept after a bound prefix (non-profit) and in phone numbers, else split.</summary>
    private static bool JoinHyphen(string text, int segStart, int j, int e)
    {
        if (j + 1 >= e || !CharClass.IsWord(text[j + 1]) || j == segStart) return false;
        var seg = text.AsSpan(segStart, j - segStart);
        if (CharClass.IsLetter(seg[0]))
        {
            if (seg.Length > 7) return false;
            foreach (var prefix in Prefixes)
                if (seg.Equals(prefix, StringComparison.OrdinalIgnoreCase)) return CharClass.IsLetter(text[j + 1]);
            return false;
        }
        // phone numbers and extensions: 555-1234, 303-832-8160, 3-5213
        if (seg.Length is < 1 or > 3 || !AllDigits(seg)) return false;
        var k = j + 1;
        while (k < e && CharClass.IsDigit(text[k])) k++;
        var next = k - j - 1;
        if (k < e && CharClass.IsWord(text[k])) return false;
        return next == 4 || seg.Length == 3 && next == 3 && k + 1 < e && text[k] == '-' && CharClass.IsDigit(text[k + 1]);
    }

    private static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!CharClass.IsUpper(c)) return false;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!CharClass.IsDigit(c)) return false;
        return true;
    }

    private static readonly string[] Tlds = ["com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca", "de", "fr", "au", "ru", "cn", "jp", "in", "eu", "nz", "ie"];

    private static bool HasTld(ReadOnlySpan<char> word)
    {
        var dot = word.LastIndexOf('.');
        if (dot <= 0) return false;
        var tld = word[(dot + 1)..];
        if (dot < 2 && tld.Length < 3) return false;
        foreach (var t in Tlds)
            if (tld.SequenceEqual(t)) return true; // lower case only: "end.The" is not a domain
        return false;
    }

    private static bool TryUrl(string text, int p, int e, out int end)
    {
        end = p;
        var s = text.AsSpan(p, e - p);
        int prefix;
        if (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) prefix = 7;
        else if (s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) prefix = 8;
        else if (s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)) prefix = 6;
        else if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) prefix = 4;
        else return false;
        if (s.Length <= prefix || !CharClass.IsWord(s[prefix])) return false;
        end = UrlEnd(text, p, e);
        return true;
    }

    /// <summary>End of a URL starting at <paramref name="p"/>: the chunk minus trailing punctuation.</summary>
    private static int UrlEnd(string text, int p, int e)
    {
        var end = e;
        while (end > p + 1)
        {
            var c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ']' or '}' or '>')
            { end--; continue; }
            if (c == ')' && text.AsSpan(p, end - p).Count('(') < text.AsSpan(p, end - p).Count(')')) { end--; continue; }
            break;
        }
        return end;
    }

    private static bool IsEmailLocal(char c) => CharClass.IsWord(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool TryEmail(string text, int p, int e, int at, out int end)
    {
        end = p;
        for (var q = p; q < at; q++) if (!IsEmailLocal(text[q])) return false;
        var q2 = at + 1;
        while (q2 < e && (CharClass.IsWord(text[q2]) || text[q2] is '.' or '-')) q2++;
        while (q2 > at + 1 && text[q2 - 1] is '.' or '-') q2--;
        var lastDot = text.AsSpan(at + 1, q2 - at - 1).LastIndexOf('.');
        lastDot = lastDot < 0 ? -1 : lastDot + at + 1;
        if (lastDot < 0 || lastDot >= q2 - 1 || lastDot == at + 1) return false;
        end = q2;
        return true;
    }

    // Fused forms and contractions written without their apostrophe (informal text), split where
    // UD English splits them. Left out on purpose: "its", "ill", "wont", "lets", "id" (real words).
    private static readonly (string Word, int Split)[] Fused =
    [
        ("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3), ("gimme", 3), ("lemme", 3),
        ("dont", 2), ("didnt", 3), ("doesnt", 4), ("isnt", 2), ("arent", 3), ("wasnt", 3), ("werent", 4),
        ("hasnt", 3), ("havent", 4), ("hadnt", 3), ("couldnt", 5), ("wouldnt", 5), ("shouldnt", 6), ("cant", 2),
        ("im", 1), ("ive", 1), ("thats", 4), ("whats", 4), ("youre", 3), ("theyre", 4),
    ];

    /// <summary>cannot -> can|not, gonna -> gon|na, dont -> do|nt (UD English words).</summary>
    private static bool SplitFused(string text, int start, int end, ref TokenBuffer tokens)
    {
        var len = end - start;
        if (len is < 2 or > 8) return false;
        var w = text.AsSpan(start, len);
        // "IM", "IVE" in capitals are acronyms, not contractions
        if (len <= 3 && CharClass.IsUpper(w[^1])) return false;
        foreach (var (word, split) in Fused)
        {
            if (!w.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            tokens.Add(start, start + split, TokenKind.Word);
            tokens.Add(start + split, end, TokenKind.Word);
            return true;
        }
        return false;
    }

    /// <summary>A growable array of tokens without List overhead.</summary>
    private struct TokenBuffer(int capacity)
    {
        private TokenSpan[] _items = new TokenSpan[Math.Max(capacity, 4)];
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int start, int end, TokenKind kind)
        {
            if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[_count++] = new TokenSpan(start, end, kind);
        }

        public readonly ImmutableArray<TokenSpan> ToImmutable() =>
            ImmutableCollectionsMarshal.AsImmutableArray(_items.AsSpan(0, _count).ToArray());
    }
}
