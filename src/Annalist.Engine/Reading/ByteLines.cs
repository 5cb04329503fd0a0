namespace Annalist.Reading;

/// <summary>
/// Splits a stream into lines of raw bytes without decoding, so each line can be validated on
/// its own and an oversized line is skipped without holding it in memory.
/// </summary>
internal static class ByteLines
{
    public readonly record struct Line(int Number, byte[]? Bytes, long Length);

    /// <summary>Yields every line; <see cref="Line.Bytes"/> is null when the line exceeded maxBytes.</summary>
    public static IEnumerable<Line> Read(Stream stream, long maxBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        long length = 0;
        var tooLong = false;
        var number = 1;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                Append(buffer.AsSpan(start, i - start));
                yield return Take();
                start = i + 1;
            }
            Append(buffer.AsSpan(start, n - start));
        }
        if (length > 0) yield return Take();

        void Append(ReadOnlySpan<byte> part)
        {
            length += part.Length;
            if (tooLong) return;
            if (length > maxBytes) { tooLong = true; line.SetLength(0); return; }
            line.Write(part);
        }

        Line Take()
        {
            var bytes = tooLong ? null : line.ToArray();
            var result = new Line(number++, bytes, length);
            line.SetLength(0);
            length = 0;
            tooLong = false;
            return result;
        }
    }
}
