namespace Annalist.Tests;

/// <summary>
/// Tests that compare run times (linear growth checks) run in this collection: after every
/// parallel test and one at a time, so other tests (some start the program) do not load the CPU
/// while they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing, run alone";
}
