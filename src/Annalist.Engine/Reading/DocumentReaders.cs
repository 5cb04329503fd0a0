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
            ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".rss", ".atom", ".xml",
        };

    // Feeds before HTML: a file named .rss that holds an HTML error page is a broken feed, not an article.
    public static DocumentReaders Default { get; } =
        new([new JsonLinesReader(), new SeedFormatReader(), new FeedFileReader(), new HtmlReader(), new PlainTextReader()]);

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
            if (defer && !HoldsManyDocuments(file))
            {
                var path = file;
                yield return ReadItem.Deferred(path, () => ReadOne(InputFile.FromPath(path), options));
                continue;
            }
            foreach (var item in ReadFile(InputFile.FromPath(file), options))
                yield return item;
        }
    }

    // JSON Lines and feeds stream their documents on the walking thread; other files are one document.
    private static bool HoldsManyDocuments(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".rss" or ".atom" or ".xml";

    /// <summary>
    /// A deferred file gives one item. A feed under another name (a .txt starting with &lt;rss)
    /// would give several, which a deferred item cannot carry: it is refused with a hint instead.
    /// </summary>
    private ReadItem ReadOne(InputFile input, ReadOptions options)
    {
        var items = ReadFile(input, options).Take(2).ToList();
        return items.Count == 1
            ? items[0]
            : ReadItem.Failed(input.Path, ErrorCodes.MalformedFeed,
                "this file is a feed with several items; in a folder, feeds are read when named .rss, .atom or .xml");
    }

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
