namespace Annalist.Reading;

/// <summary>
/// Turns one input (a file or standard input) into documents. A reader for a new format (HTML,
/// RSS/Atom) implements this and is added to <see cref="DocumentReaders"/>; nothing else changes.
/// </summary>
public interface IDocumentReader
{
    string Name { get; }

    /// <summary>Whether this reader handles the input, judged by its name and its first bytes.</summary>
    bool Accepts(string path, ReadOnlySpan<byte> head);

    /// <summary>Reads lazily; never throws for bad content, yields a failed item instead.</summary>
    IEnumerable<ReadItem> Read(InputFile input, ReadOptions options);
}
