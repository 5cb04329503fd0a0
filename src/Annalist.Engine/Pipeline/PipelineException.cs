namespace Annalist.Pipeline;

/// <summary>Misuse of the pipeline API (bad configuration), carrying a stable code.</summary>
public sealed class PipelineException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
