namespace Annalist.Entities;

/// <summary>Edit distances between names, for misspellings ("Zelesnkyy" / "Zelenskyy").</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters each cost one; case-sensitive.
    /// </summary>
    public static int Damerau(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var width = b.Length + 1;
        Span<int> d = a.Length * width < 1024 ? stackalloc int[(a.Length + 1) * width] : new int[(a.Length + 1) * width];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            d[i * width] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1), d[(i - 1) * width + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[(i - 2) * width + j - 2] + 1);
                d[i * width + j] = v;
            }
        }
        return d[a.Length * width + b.Length];
    }
}
