namespace Annalist.Entities.Clusters;

/// <summary>
/// A word's place in the cluster tree: the bit string from the root (<see cref="Text"/>, e.g.
/// "0010110") and the same bits packed into a number, so prefix features cost no strings.
/// </summary>
public readonly struct ClusterPath
{
    /// <summary>Bits kept in <see cref="Bits"/>; deeper bits only show in <see cref="Text"/>.</summary>
    public const int MaxPackedLength = 58;

    public ClusterPath(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        ulong bits = 0;
        for (var i = 0; i < text.Length && i < MaxPackedLength; i++)
            if (text[i] == '1') bits |= 1UL << (63 - i);
        Bits = bits;
    }

    /// <summary>The path as 0s and 1s, root first.</summary>
    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The first <see cref="MaxPackedLength"/> bits of the path, first bit in the top bit.</summary>
    public ulong Bits { get; }

    /// <summary>
    /// A number standing for the path's first <paramref name="length"/> bits (all of them when the
    /// path is shorter, as a string prefix would be): two words get the same number exactly when
    /// those prefixes are the same string. The number packs the bits and their count, so prefixes
    /// of different lengths never collide. Lengths are capped at <see cref="MaxPackedLength"/>.
    /// </summary>
    public ulong Prefix(int length)
    {
        var n = Math.Min(Math.Min(length, Length), MaxPackedLength);
        return n <= 0 ? 0 : ((Bits >> (64 - n)) << 6) | (uint)n;
    }

    /// <summary>The first <paramref name="length"/> characters of <see cref="Text"/> (all of it when shorter).</summary>
    public string PrefixText(int length) => length >= Text.Length ? Text : Text[..Math.Max(0, length)];

    public override string ToString() => Text;
}
