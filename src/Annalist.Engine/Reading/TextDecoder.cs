using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>Bytes to text: BOM-aware, refuses binary data, replaces invalid UTF-8 with a warning.</summary>
public static class TextDecoder
{
    private const int SniffBytes = 8192;

    public readonly record struct Result(string? Text, Diagnostic? Warning, Diagnostic? Error);

    public static Result Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
            return Utf16(Encoding.Unicode.GetString(bytes[2..]));
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Utf16(Encoding.BigEndianUnicode.GetString(bytes[2..]));

        if (LooksBinary(bytes))
            return new(null, null, new Diagnostic(ErrorCodes.BinaryInput, Severity.Error,
                "this looks like a binary file (NUL or control bytes), not text; give a UTF-8 text or JSON Lines file"));

        var warning = FirstInvalidUtf8(bytes) is { } at
            ? new Diagnostic(ErrorCodes.InvalidUtf8, Severity.Warning,
                $"invalid UTF-8 from byte {at}; undecodable bytes were replaced with U+FFFD (re-save the file as UTF-8 to keep them)")
            : null;
        // Encoding.UTF8 replaces each invalid sequence with U+FFFD, so no text is dropped silently.
        return new(Encoding.UTF8.GetString(bytes), warning, null);
    }

    private static Result Utf16(string text)
    {
        var clean = ReplaceLoneSurrogates(text);
        return new(clean, ReferenceEquals(clean, text) ? null : LoneSurrogateWarning, null);
    }

    public static readonly Diagnostic LoneSurrogateWarning = new(ErrorCodes.InvalidUtf8, Severity.Warning,
        "the text holds unpaired UTF-16 surrogates; each was replaced with U+FFFD (offsets are unchanged)");

    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD, one code unit for one, so offsets stay valid and
    /// the text can always be written as UTF-8. Returns the same instance when nothing changed.
    /// </summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>Binary if a NUL appears early, or control bytes make up over a tenth of the start.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.Contains((byte)0)) return true;
        var control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B)) control++;
        return head.Length > 0 && control * 10 > head.Length;
    }

    private static long? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return null;
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long offset = 0;
            while (!bytes.IsEmpty)
            {
                var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status == OperationStatus.InvalidData) return offset + read;
                offset += read;
                bytes = bytes[read..];
                if (status == OperationStatus.Done) break;
            }
            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
