using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Syntax;

/// <summary>A word's syntactic head (a token index within the document, -1 for the sentence root) and its relation to it.</summary>
public readonly record struct Dependency(int Head, string Relation);

/// <summary>The layers the syntax stages add: one entry per token, parallel to <see cref="CoreLayers.Tokens"/>.</summary>
public static class SyntaxLayers
{
    public static readonly Layer<ImmutableArray<PosTag>> Tags = new("tags");
    public static readonly Layer<ImmutableArray<string>> Lemmas = new("lemmas");
    public static readonly Layer<ImmutableArray<Dependency>> Dependencies = new("dependencies");
}

/// <summary>Syntax of a token for later stages: <c>token.Lemma()</c>, <c>token.Head()</c>, <c>token.Relation()</c>.</summary>
public static class SyntaxTokenExtensions
{
    public static string Upos(this Token token) => token.Document.Get(SyntaxLayers.Tags)[token.Index].Upos;

    public static string Xpos(this Token token) => token.Document.Get(SyntaxLayers.Tags)[token.Index].Xpos;

    public static string Lemma(this Token token) => token.Document.Get(SyntaxLayers.Lemmas)[token.Index];

    /// <summary>The index of the head token in the document, -1 for a sentence root.</summary>
    public static int HeadIndex(this Token token) => token.Document.Get(SyntaxLayers.Dependencies)[token.Index].Head;

    /// <summary>The head token, or null for a sentence root.</summary>
    public static Token? Head(this Token token)
    {
        var h = token.HeadIndex();
        return h < 0 ? null : token.Document.Tokens[h];
    }

    /// <summary>The Universal Dependencies relation to the head ("root" for the root).</summary>
    public static string Relation(this Token token) => token.Document.Get(SyntaxLayers.Dependencies)[token.Index].Relation;

    public static bool IsRoot(this Token token) => token.HeadIndex() < 0;

    /// <summary>The token's dependents in text order (they are always in its sentence).</summary>
    public static IEnumerable<Token> Children(this Token token)
    {
        var doc = token.Document;
        var deps = doc.Get(SyntaxLayers.Dependencies);
        var (first, count) = SyntaxSegments.Containing(doc, token.Index);
        for (var i = first; i < first + count; i++)
            if (deps[i].Head == token.Index) yield return doc.Tokens[i];
    }
}
