using System.Collections;
using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>Stored form of a sentence: its offsets and the range of tokens it holds.</summary>
public readonly record struct SentenceSpan(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A view of one sentence of a document.</summary>
public readonly struct Sentence
{
    private readonly SentenceSpan _data;

    internal Sentence(Document document, int index, SentenceSpan data)
    {
        Document = document;
        Index = index;
        _data = data;
    }

    public Document Document { get; }
    public int Index { get; }
    public int Start => _data.Start;
    public int End => _data.End;
    public string Text => Document.Text.Substring(_data.Start, _data.End - _data.Start);
    public TokenList Tokens => new(Document, Document.Get(CoreLayers.Tokens), _data.FirstToken, _data.TokenCount);

    public override string ToString() => Text;
}

/// <summary>The sentences of a document as views.</summary>
public readonly struct SentenceList(Document document, ImmutableArray<SentenceSpan> all) : IReadOnlyList<Sentence>
{
    public int Count => all.Length;
    public Sentence this[int i] => new(document, i, all[i]);

    public IEnumerator<Sentence> GetEnumerator()
    {
        for (var i = 0; i < all.Length; i++) yield return new Sentence(document, i, all[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
