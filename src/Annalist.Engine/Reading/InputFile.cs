namespace Annalist.Reading;

/// <summary>A file or standard input, with the path used for ids, dates and messages.</summary>
public sealed class InputFile
{
    private readonly Func<Stream> _open;

    public InputFile(string path, Func<Stream> open, long? length = null)
    {
        Path = path;
        _open = open;
        Length = length;
    }

    public string Path { get; }

    /// <summary>Size in bytes when known before reading (not for standard input).</summary>
    public long? Length { get; }

    public bool IsStandardInput => Path == "-";

    /// <summary>The document id a whole-file document gets: the file name without extension.</summary>
    public string BaseId => IsStandardInput ? "stdin" : System.IO.Path.GetFileNameWithoutExtension(Path);

    public Stream Open() => _open();

    public static InputFile FromPath(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            new FileInfo(path).Length);

    public static InputFile FromBytes(string path, byte[] bytes) =>
        new(path, () => new MemoryStream(bytes, writable: false), bytes.Length);
}
