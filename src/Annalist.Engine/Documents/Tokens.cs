using System.Collections;
using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>What a token looks like; set by the tokenizer, cheap to test in later stages.</summary>
public enum TokenKind : byte { Word, Number, Punctuation, Symbol, Url, Email, Handle, Other }

/// <summary>Stored form of a token: offsets into the text and its kind.</summary>
public readonly record struct TokenSpan(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
    public TextSpan Span => new(Start, End);
}

/// <summary>A view of one token of a document.</summary>
public readonly struct Token
{
    private readonly TokenSpan _data;

    internal Token(Document document, int index, TokenSpan data)
    {
        Document = document;
        Index = index;
        _data = data;
    }

    public Document Document { get; }
    public int Index { get; }
    public int Start => _data.Start;
    public int End => _data.End;
    public TokenKind Kind => _data.Kind;
    public string Text => Document.Text.Substring(_data.Start, _data.Length);
    public ReadOnlySpan<char> Chars => Document.Text.AsSpan(_data.Start, _data.Length);

    public override string ToString() => Text;
}

/// <summary>The tokens of a document (or of one sentence) as views.</summary>
public readonly struct TokenList(Document document, ImmutableArray<TokenSpan> all, int first, int count) : IReadOnlyList<Token>
{
    public TokenList(Document document, ImmutableArray<TokenSpan> all) : this(document, all, 0, all.Length) { }

    public int Count => count;
    public Token this[int i] => (uint)i < (uint)count ? new Token(document, first + i, all[first + i]) : throw new ArgumentOutOfRangeException(nameof(i));

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return new Token(document, first + i, all[first + i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
