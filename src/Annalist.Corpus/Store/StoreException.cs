namespace Annalist.Corpus.Store;

/// <summary>A store that cannot be opened or written, with a stable code (docs/ERRORS.md, ANL8xxx).</summary>
public sealed class StoreException(string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    public string Code { get; } = code;

    /// <summary>The message without its code, for "error CODE: message" lines.</summary>
    public string Detail { get; } = message;
}
