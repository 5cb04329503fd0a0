using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>Collects stages in order; <see cref="Build"/> checks that each stage's requirements are met.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Whether a stage added so far produces <paramref name="layer"/>.</summary>
    public bool Produces(Layer layer) => _stages.Exists(s => s.Produces.Contains(layer));

    /// <summary>Fails early, naming the missing layer and the stage that needs it.</summary>
    public AnalysisPipeline Build()
    {
        var produced = new Dictionary<Layer, IStage>();
        foreach (var stage in _stages)
        {
            foreach (var need in stage.Requires)
            {
                if (!produced.ContainsKey(need))
                    throw new PipelineException(ErrorCodes.MissingPrerequisite,
                        $"stage '{stage.Name}' requires layer '{need.Name}', which no earlier stage produces. " +
                        $"Add a stage producing '{need.Name}' before '{stage.Name}'.");
            }
            foreach (var output in stage.Produces)
            {
                if (produced.TryGetValue(output, out var other))
                    throw new PipelineException(ErrorCodes.DuplicateProducer,
                        $"stages '{other.Name}' and '{stage.Name}' both produce layer '{output.Name}'. Keep one of them.");
                produced[output] = stage;
            }
        }
        return new AnalysisPipeline([.. _stages]);
    }
}
