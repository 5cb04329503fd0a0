namespace Annalist.Corpus.Linking;

/// <summary>
/// Whether an entity may join a stored one through a shorter name they share: every other word
/// of its own name must be in the stored name, or a misspelling of a word there. "Hosni Mubarek"
/// may join "Hosni Mubarak" through "Mubarak"; "Gamal Mubarak" may not.
/// </summary>
public static class NameMatch
{
    /// <param name="ours">Our normalized canonical name.</param>
    /// <param name="theirs">The stored entity's normalized canonical name.</param>
    /// <param name="shared">The normalized name both go by.</param>
    public static bool Compatible(string ours, string theirs, string shared)
    {
        var sharedWords = shared.Split(' ');
        var theirWords = theirs.Split(' ');
        foreach (var word in ours.Split(' '))
        {
            if (sharedWords.Contains(word) || theirWords.Contains(word)) continue;
            if (!theirWords.Any(t => Misspelling(word, t))) return false;
        }
        return true;
    }

    /// <summary>Two spellings of one long word: at most one edit per four letters, and at least five letters.</summary>
    public static bool Misspelling(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 5 && Distance(a, b) <= Math.Max(a.Length, b.Length) / 4;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
