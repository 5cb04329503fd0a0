using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text;

/// <summary>Groups tokens into sentences (placeholder: ends at . ! ? and at paragraph breaks).</summary>
public sealed class SentenceSplitter : IStage
{
    public string Name => "sentences";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens];
    public IReadOnlyList<Layer> Produces => [CoreLayers.Sentences];

    public void Run(Document document) =>
        document.Set(CoreLayers.Sentences, Split(document.Text, document.Get(CoreLayers.Tokens)));

    public static ImmutableArray<SentenceSpan> Split(string text, ImmutableArray<TokenSpan> tokens)
    {
        var sentences = new List<SentenceSpan>();
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var end = i + 1 == tokens.Length
                || (t.Length == 1 && text[t.Start] is '.' or '!' or '?')
                || text.AsSpan(t.End, tokens[i + 1].Start - t.End).Count('\n') >= 2;
            if (!end) continue;
            sentences.Add(new SentenceSpan(tokens[first].Start, t.End, first, i + 1 - first));
            first = i + 1;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(sentences.ToArray());
    }
}
