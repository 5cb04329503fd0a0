using System.Runtime.CompilerServices;

namespace Annalist.Syntax;

/// <summary>
/// 64-bit feature keys built from a template number and hashed values. Deterministic across
/// processes (string.GetHashCode is randomized per process), so trained models can be saved.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the chars, lower-cased when asked.</summary>
    public static ulong Of(ReadOnlySpan<char> text, bool lower = false)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h ^= lower ? char.ToLowerInvariant(c) : c;
            h *= Prime;
        }
        return Mix(h ^ (ulong)text.Length);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) | 1UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => Mix(Key(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL)) | 1UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Mix(Key(template, a, b) ^ (c * 0x165667B19E3779F9UL)) | 1UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c, ulong d) => Mix(Key(template, a, b, c) ^ (d * 0x27D4EB2F165667C5UL)) | 1UL;
}
