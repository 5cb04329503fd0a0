using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>
/// What a reader yields for one document: the document with any warnings, or the error that
/// stopped it. <see cref="Location"/> names the file (and line) so a user can find it.
/// </summary>
public sealed class ReadItem
{
    private readonly Func<ReadItem>? _load;

    private ReadItem(string location, Document? document, Diagnostic? error, Func<ReadItem>? load = null)
    {
        Location = location;
        Document = document;
        Error = error;
        _load = load;
    }

    /// <summary>
    /// A file not read yet: <see cref="Load"/> reads it. Lets a batch read files on its worker
    /// threads instead of the thread that walks the folder.
    /// </summary>
    public static ReadItem Deferred(string location, Func<ReadItem> load) => new(location, null, null, load);

    public bool IsDeferred => _load is not null;

    /// <summary>The item itself, or for a deferred one the item its file reads to.</summary>
    public ReadItem Load() => _load is null ? this : _load();

    public string Location { get; }
    public Document? Document { get; }
    public Diagnostic? Error { get; }

    public static ReadItem Ok(string location, Document document) => new(location, document, null);

    /// <summary>An input left out on purpose (for example an unsupported file in a folder), with a warning.</summary>
    public static ReadItem Skipped(string location, string code, string message) =>
        new(location, null, new Diagnostic(code, Severity.Warning, message));

    public bool IsSkipped => Document is null && Error?.Severity == Severity.Warning;

    public static ReadItem Failed(string location, string code, string message) =>
        new(location, null, new Diagnostic(code, Severity.Error, message));
}
