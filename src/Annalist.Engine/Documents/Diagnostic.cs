namespace Annalist.Documents;

public enum Severity { Warning, Error }

/// <summary>A problem found while reading or analyzing; <see cref="Code"/> is stable and listed in docs/ERRORS.md.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
