using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text;

/// <summary>Splits the text into tokens (placeholder: white space and single punctuation marks).</summary>
public sealed class Tokenizer : IStage
{
    public string Name => "tokens";
    public IReadOnlyList<Layer> Requires => [];
    public IReadOnlyList<Layer> Produces => [CoreLayers.Tokens];

    public void Run(Document document) => document.Set(CoreLayers.Tokens, Tokenize(document.Text));

    public static ImmutableArray<TokenSpan> Tokenize(string text)
    {
        var tokens = new List<TokenSpan>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                tokens.Add(new TokenSpan(start, i, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }
            var len = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            tokens.Add(new TokenSpan(i, i + len, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i += len;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(tokens.ToArray());
    }
}
