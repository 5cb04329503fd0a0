using Annalist.Documents;
using Annalist.Entities;
using Annalist.Pipeline;

namespace Annalist.Quotes;

/// <summary>
/// Stage "quotes": direct, indirect and mixed quotes with their cues and speakers resolved to the
/// entities stage's entities (<see cref="QuoteFinder"/>). Works without the syntax stages, which
/// the default pipeline leaves out for speed.
/// </summary>
public sealed class QuoteStage : IStage
{
    public string Name => "quotes";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences, EntityLayers.Mentions, EntityLayers.Entities];
    public IReadOnlyList<Layer> Produces => [QuoteLayers.Quotes];

    public void Run(Document document) => document.Set(QuoteLayers.Quotes, new QuoteFinder(document, QuoteLexicon.Default).Find());
}
