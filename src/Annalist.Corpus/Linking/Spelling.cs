using System.Text;

namespace Annalist.Corpus.Linking;

/// <summary>
/// A coarse key under which the spellings of one transliterated name meet: "Muammar Gaddafi",
/// "Moammar Gadhafi" and "Muammar Gadaffi" all become "mmr gdf"; "Zelensky", "Zelenskiy" and
/// "Zelenskyy" become "zlnsk". It only finds candidates: many different names share a key
/// ("Mahmoud" and "Mohammed"), so a match is confirmed by <see cref="NameMatch"/>.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// The key a name is stored and looked up under, or null when it has no word of five letters
    /// or more: <see cref="NameMatch.Misspelling"/> accepts no other difference, so a shorter
    /// name can only match as spelled, which the aliases find.
    /// </summary>
    public static string? Key(string normalized)
    {
        var longWord = false;
        foreach (var word in normalized.Split(' ')) longWord |= word.Length >= 5;
        return longWord ? Skeleton(normalized) : null;
    }

    /// <summary>
    /// The key of a normalized name (<see cref="Normalize.Text"/>), per word: vowels and y
    /// dropped (a word that starts with one keeps an "a": "Usama" and "Osama" meet), an h after
    /// a consonant dropped ("dh", "kh", "gh", "th"), q and c written k, a doubled letter once.
    /// </summary>
    public static string Skeleton(string normalized)
    {
        var b = new StringBuilder(normalized.Length);
        var wordStart = true;
        char previous = ' ', last = ' ';
        foreach (var c in normalized)
        {
            if (c == ' ')
            {
                if (b.Length > 0 && b[^1] != ' ') b.Append(' ');
                wordStart = true;
                previous = last = ' ';
                continue;
            }
            var k = c is 'q' or 'c' ? 'k' : c;
            var vowel = k is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            char? put = null;
            if (wordStart && vowel) put = 'a';
            else if (!vowel && !(k == 'h' && previous is not (' ' or 'a' or 'e' or 'i' or 'o' or 'u' or 'y'))) put = k;
            wordStart = false;
            previous = k;
            if (put is { } p && p != last) { b.Append(p); last = p; }
            else if (vowel) last = ' '; // "mm" is one m, "mam" two
        }
        return b.ToString().TrimEnd();
    }
}
