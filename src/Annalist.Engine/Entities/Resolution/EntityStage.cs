using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Entities.Resolution;

/// <summary>
/// Stage "entities": clusters the NER stage's mentions into linked entities with their nominal,
/// demonym, capital and pronoun mentions (<see cref="EntityResolver"/>).
/// </summary>
public sealed class EntityStage(EntityResolver? resolver = null) : IStage
{
    // the gazetteer and word lists load on first use, not when the pipeline is built
    private readonly Lazy<EntityResolver> _resolver = new(() => resolver ?? EntityResolver.Default);

    public string Name => "entities";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences, EntityLayers.Mentions];
    public IReadOnlyList<Layer> Produces => [EntityLayers.Entities];

    public void Run(Document document) => document.Set(EntityLayers.Entities, _resolver.Value.Resolve(document));
}
