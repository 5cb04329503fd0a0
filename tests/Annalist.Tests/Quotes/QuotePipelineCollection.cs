namespace Annalist.Tests.Quotes;

/// <summary>
/// The quote tests that run the whole default pipeline go in one collection run after the parallel
/// ones, so they do not load the CPU while timing tests (ResolutionPathologicalTests.Stays_linear) measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuotePipelineCollection
{
    public const string Name = "quotes over the whole pipeline";
}
