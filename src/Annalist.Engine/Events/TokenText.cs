using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Events;

/// <summary>The words of a document as spans, compared without case and without allocating.</summary>
internal readonly struct TokenText(string text, ImmutableArray<TokenSpan> tokens)
{
    public ReadOnlySpan<char> this[int i] => text.AsSpan(tokens[i].Start, tokens[i].Length);

    public int Count => tokens.Length;

    public TokenSpan Span(int i) => tokens[i];

    public bool Is(int i, string word) => this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        foreach (var w in words) if (Is(i, w)) return true;
        return false;
    }

    /// <summary>Punctuation that closes a clause for argument search: ; : dashes, brackets and quote marks.</summary>
    public bool IsClausePunctuation(int i)
    {
        if (tokens[i].Kind != TokenKind.Punctuation && tokens[i].Kind != TokenKind.Symbol) return false;
        var w = this[i];
        return w.Length == 1 && w[0] is ';' or ':' or '–' or '—' or '(' or ')' or '"' or '“' or '”' or '«' or '»' or '?' or '!' || w is "--";
    }

    public bool IsComma(int i) => this[i] is ",";

    public bool IsPossessive(int i) => this[i] is "'s" or "’s" or "'" or "’";

    public bool StartsUpper(int i) => this[i].Length > 0 && char.IsUpper(this[i][0]);
}
