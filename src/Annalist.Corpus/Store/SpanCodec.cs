namespace Annalist.Corpus.Store;

/// <summary>
/// Lists of spans packed into one BLOB as unsigned LEB128 varints, each start as the distance
/// from the previous span's start, so a typical span takes two or three bytes. The store keeps a
/// document's sentences, and one entity's mentions in one document, this way: hundreds of
/// thousands of tiny rows would make the file several times the size of the text.
/// </summary>
public static class SpanCodec
{
    /// <summary>Packs spans ordered by start; when <paramref name="tagged"/>, with one small number per span (a mention's kind).</summary>
    public static byte[] Encode(IReadOnlyList<(int Start, int End, int Tag)> spans, bool tagged)
    {
        var bytes = new List<byte>(spans.Count * (tagged ? 4 : 3));
        var previous = 0;
        foreach (var (start, end, tag) in spans)
        {
            if (start < previous || end < start) throw new ArgumentException("spans must be in order of their starts");
            Write(bytes, start - previous);
            Write(bytes, end - start);
            if (tagged) Write(bytes, tag);
            previous = start;
        }
        return [.. bytes];
    }

    public static List<(int Start, int End, int Tag)> Decode(ReadOnlySpan<byte> bytes, bool tagged)
    {
        var spans = new List<(int, int, int)>();
        var at = 0;
        var previous = 0;
        while (at < bytes.Length)
        {
            var start = previous + Read(bytes, ref at);
            var end = start + Read(bytes, ref at);
            var tag = tagged ? Read(bytes, ref at) : 0;
            spans.Add((start, end, tag));
            previous = start;
        }
        return spans;
    }

    private static void Write(List<byte> bytes, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }
        bytes.Add((byte)v);
    }

    private static int Read(ReadOnlySpan<byte> bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (at >= bytes.Length || shift > 28) throw new FormatException("truncated or corrupt span list");
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return checked((int)value);
        }
    }
}
