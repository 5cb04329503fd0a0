using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Syntax;

/// <summary>Stage "tags": UPOS and XPOS for every token, sentence by sentence.</summary>
public sealed class TaggerStage(PosTagger? tagger = null) : IStage
{
    private readonly Lazy<PosTagger> _tagger = new(() => tagger ?? SyntaxModels.Tagger);

    public string Name => "tags";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<Layer> Produces => [SyntaxLayers.Tags];

    public void Run(Document document)
    {
        var model = _tagger.Value;
        var tags = new PosTag[document.Get(CoreLayers.Tokens).Length];
        foreach (var (first, count) in SyntaxSegments.Of(document))
            model.Tag(SyntaxSegments.Words(document, first, count)).CopyTo(tags, first);
        document.Set(SyntaxLayers.Tags, ImmutableArray.Create(tags));
    }
}

/// <summary>Stage "lemmas": the dictionary form of every token, from its text and XPOS.</summary>
public sealed class LemmaStage(Lemmatizer? lemmatizer = null) : IStage
{
    private readonly Lazy<Lemmatizer> _lemmatizer = new(() => lemmatizer ?? SyntaxModels.Tagger.Lemmatizer);

    public string Name => "lemmas";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, SyntaxLayers.Tags];
    public IReadOnlyList<Layer> Produces => [SyntaxLayers.Lemmas];

    public void Run(Document document)
    {
        var model = _lemmatizer.Value;
        var tokens = document.Get(CoreLayers.Tokens);
        var tags = document.Get(SyntaxLayers.Tags);
        var lemmas = new string[tokens.Length];
        for (var i = 0; i < lemmas.Length; i++) lemmas[i] = model.Lemmatize(document.Slice(tokens[i].Span), tags[i].Xpos);
        document.Set(SyntaxLayers.Lemmas, ImmutableArray.Create(lemmas));
    }
}

/// <summary>Stage "dependencies": a head and relation for every token; each sentence becomes one tree.</summary>
public sealed class ParserStage(DependencyParser? parser = null) : IStage
{
    private readonly Lazy<DependencyParser> _parser = new(() => parser ?? SyntaxModels.Parser);

    public string Name => "dependencies";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences, SyntaxLayers.Tags];
    public IReadOnlyList<Layer> Produces => [SyntaxLayers.Dependencies];

    public void Run(Document document)
    {
        var model = _parser.Value;
        var tags = document.Get(SyntaxLayers.Tags);
        var result = new Dependency[tags.Length];
        foreach (var (first, count) in SyntaxSegments.Of(document))
        {
            var heads = new int[count];
            var relations = new int[count];
            model.Parse(SyntaxSegments.Words(document, first, count), new ArraySegment<PosTag>(AsArray(tags), first, count), heads, relations);
            for (var i = 0; i < count; i++)
                result[first + i] = new Dependency(heads[i] < 0 ? -1 : first + heads[i], model.Relations[relations[i]]);
        }
        document.Set(SyntaxLayers.Dependencies, ImmutableArray.Create(result));
    }

    // a view of the tags without copying them for every sentence
    private static PosTag[] AsArray(ImmutableArray<PosTag> tags) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(tags)!;
}
