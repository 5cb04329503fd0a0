using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>
/// One pipeline stage: reads the layers it requires from a document and attaches the ones it
/// produces. Stages are stateless after construction and safe to share between threads.
/// </summary>
public interface IStage
{
    string Name { get; }
    IReadOnlyList<Layer> Requires { get; }
    IReadOnlyList<Layer> Produces { get; }
    void Run(Document document);
}
