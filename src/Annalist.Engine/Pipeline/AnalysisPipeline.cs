using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>
/// An immutable, checked sequence of stages. A stage that throws is contained: the document
/// gets an error diagnostic and the stages that depend on its output are skipped.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IStage> stages) => Stages = stages;

    public IReadOnlyList<IStage> Stages { get; }

    public IEnumerable<Layer> Produces => Stages.SelectMany(s => s.Produces);

    /// <summary>Runs every stage on the document; returns false when a stage failed.</summary>
    public bool Run(Document document)
    {
        var ok = true;
        foreach (var stage in Stages)
        {
            if (stage.Requires.Any(l => !document.Has(l)))
                continue; // an earlier failure already reported why
            try
            {
                stage.Run(document);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                ok = false;
                document.Report(new Diagnostic(ErrorCodes.StageFailed, Severity.Error,
                    $"stage '{stage.Name}' failed: {ex.GetType().Name}: {ex.Message}. Later stages that need its output were skipped; please report this document."));
            }
        }
        return ok;
    }
}
