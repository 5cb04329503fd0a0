namespace Annalist.Reading;

/// <summary>
/// Picks a reader for each input and walks folders. Readers are asked in order; the first that
/// accepts an input reads it, so a specific format goes before the plain-text fallback.
/// </summary>
public sealed class DocumentReaders(IReadOnlyList<IDocumentReader> readers)
{
    private const int HeadBytes = 512;

    /// <summary>File extensions a folder walk reads; other files are reported as skipped.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm",
        };

    public static DocumentReaders Default { get; } =
        new([new JsonLinesReader(), new SeedFormatReader(), new HtmlReader(), new PlainTextReader()]);

    public IReadOnlyList<IDocumentReader> Readers { get; } = readers;

    /// <summary>
    /// Reads a file, every supported file under a folder (in ordinal order of path), or standard
    /// input for "-". Lazy: documents are read as they are consumed. With <paramref name="defer"/>,
    /// one-document files in a folder are yielded as <see cref="ReadItem.Deferred"/> items for the
    /// consumer to <see cref="ReadItem.Load"/> (JSON Lines still stream line by line).
    /// </summary>
    public IEnumerable<ReadItem> ReadPath(string path, ReadOptions options, Func<Stream>? standardInput = null, bool defer = false)
    {
        if (path == "-")
            return ReadStandardInput(standardInput ?? Console.OpenStandardInput, options);
        if (Directory.Exists(path))
            return ReadFolder(path, options, defer);
        if (File.Exists(path))
            return ReadFile(InputFile.FromPath(path), options);
        return [ReadItem.Failed(path, ErrorCodes.InputNotFound, "no such file or folder")];
    }

    public IEnumerable<ReadItem> ReadFile(InputFile input, ReadOptions options)
    {
        byte[] head;
        try
        {
            head = ReadHead(input.Open, HeadBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Failed(input.Path, ErrorCodes.ReadFailed, $"cannot read: {ex.Message}")];
        }
        var reader = Readers.First(r => r.Accepts(input.Path, head));
        return reader.Read(input, options);
    }

    private IEnumerable<ReadItem> ReadFolder(string folder, ReadOptions options, bool defer)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            })
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!FolderExtensions.Contains(Path.GetExtension(file)))
            {
                yield return ReadItem.Skipped(file, ErrorCodes.UnsupportedFile,
                    $"skipped: '{Path.GetExtension(file)}' files are not read from folders (supported: {string.Join(", ", FolderExtensions.Order())})");
                continue;
            }
            if (defer && !IsJsonLines(file))
            {
                var path = file;
                yield return ReadItem.Deferred(path, () => ReadFile(InputFile.FromPath(path), options).Single());
                continue;
            }
            foreach (var item in ReadFile(InputFile.FromPath(file), options))
                yield return item;
        }
    }

    private static bool IsJsonLines(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".jsonl" or ".ndjson";

    private IEnumerable<ReadItem> ReadStandardInput(Func<Stream> open, ReadOptions options)
    {
        // Standard input can be read once: keep its head and chain the rest behind it.
        var stream = open();
        var head = new byte[HeadBytes];
        var n = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
        var opened = false;
        var input = new InputFile("-", () =>
        {
            if (opened) throw new InvalidOperationException("standard input can be read only once");
            opened = true;
            return new PrefixedStream(head.AsMemory(0, n), stream);
        });
        var reader = Readers.First(r => r.Accepts("-", head.AsSpan(0, n)));
        return reader.Read(input, options);
    }

    private static byte[] ReadHead(Func<Stream> open, int count)
    {
        using var s = open();
        var buffer = new byte[count];
        var n = s.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..n];
    }
}
