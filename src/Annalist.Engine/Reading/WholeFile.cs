using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>Reads a whole input as text within the size limit; shared by the one-document-per-file readers.</summary>
internal static class WholeFile
{
    public readonly record struct Result(string? Text, Diagnostic? Warning, ReadItem? Failure);

    public static Result Read(InputFile input, ReadOptions options, Func<byte[], TextDecoder.Result>? decode = null)
    {
        if (input.Length > options.MaxBytes)
            return TooLarge(input, options, input.Length.Value);
        byte[] bytes;
        try
        {
            using var stream = input.Open();
            bytes = input.Length is { } known ? ReadKnown(stream, known, options.MaxBytes) : ReadUnknown(stream, options.MaxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(null, null, ReadItem.Failed(input.Path, ErrorCodes.ReadFailed, $"cannot read: {ex.Message}"));
        }
        if (bytes.Length > options.MaxBytes) return TooLarge(input, options, null);
        var decoded = decode is null ? TextDecoder.Decode(bytes) : decode(bytes);
        if (decoded.Error is { } error)
            return new(null, null, ReadItem.Failed(input.Path, error.Code, error.Message));
        return new(decoded.Text, decoded.Warning, null);
    }

    private static byte[] ReadKnown(Stream stream, long length, long maxBytes)
    {
        var bytes = new byte[length];
        var n = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (n == bytes.Length && stream.ReadByte() < 0) return bytes;
        // the file changed size while we read it: fall back to reading what is there now
        stream.Seek(0, SeekOrigin.Begin);
        return ReadUnknown(stream, maxBytes);
    }

    /// <summary>Reads at most maxBytes + 1 bytes, so an oversized stream is detected without reading it all.</summary>
    private static byte[] ReadUnknown(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes) break;
        }
        return buffer.ToArray();
    }

    private static Result TooLarge(InputFile input, ReadOptions options, long? size) =>
        new(null, null, ReadItem.Failed(input.Path, ErrorCodes.InputTooLarge,
            $"{(size is { } s ? $"{s:N0} bytes" : "the input")} exceeds the limit of {options.MaxBytes:N0} bytes; split it or raise --max-bytes"));

    /// <summary>Builds the document and attaches the decoding warning and an empty-text warning.</summary>
    public static Document Finish(Document document, Diagnostic? warning)
    {
        if (warning is not null) document.Report(warning);
        if (string.IsNullOrWhiteSpace(document.Text))
            document.Report(new Diagnostic(ErrorCodes.EmptyDocument, Severity.Warning, "the document has no text; it is analyzed as empty"));
        return document;
    }

    public static DateOnly? DefaultDate(InputFile input, ReadOptions options) =>
        options.Date ?? (options.DateFromPath && !input.IsStandardInput ? DateParsing.FromPath(System.IO.Path.GetFullPath(input.Path)) : null);
}
