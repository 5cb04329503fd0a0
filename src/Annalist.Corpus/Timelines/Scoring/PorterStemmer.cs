namespace Annalist.Corpus.Timelines.Scoring;

/// <summary>
/// The original Porter (1980) suffix-stripping algorithm for lower-case English words, the
/// stemmer ROUGE-1.5.5 applies with <c>-m</c>. Written from the paper's rules: in steps 2-4 the
/// first (longest) listed suffix that ends the word is the one tried, and when its condition on
/// the stem fails no shorter suffix is tried.
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4 =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
        "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        var w = word;
        w = Step1A(w);
        w = Step1B(w);
        if (w.EndsWith('y') && HasVowel(w, w.Length - 1)) w = w[..^1] + "i";
        w = Replace(w, Step2, 0);
        w = Replace(w, Step3, 0);
        w = Step4Strip(w);
        w = Step5(w);
        return w;
    }

    private static string Step1A(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ss", StringComparison.Ordinal)) return w;
        if (w.EndsWith('s')) return w[..^1];
        return w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
            return Measure(w, w.Length - 3) > 0 ? w[..^1] : w;
        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w, w.Length - 2)) stem = w[..^2];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w, w.Length - 3)) stem = w[..^3];
        else return w;
        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
            return stem + "e";
        if (EndsWithDoubleConsonant(stem, stem.Length) && stem[^1] is not ('l' or 's' or 'z'))
            return stem[..^1];
        if (Measure(stem, stem.Length) == 1 && EndsCvc(stem, stem.Length)) return stem + "e";
        return stem;
    }

    private static string Replace(string w, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stemLength = w.Length - suffix.Length;
            return Measure(w, stemLength) > minMeasure ? w[..stemLength] + replacement : w;
        }
        return w;
    }

    private static string Step4Strip(string w)
    {
        // Longest first among suffixes sharing an ending ("ement" before "ment" before "ent").
        foreach (var suffix in Step4.OrderByDescending(s => s.Length))
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stemLength = w.Length - suffix.Length;
            if (Measure(w, stemLength) <= 1) return w;
            if (suffix == "ion" && (stemLength == 0 || w[stemLength - 1] is not ('s' or 't'))) return w;
            return w[..stemLength];
        }
        return w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var m = Measure(w, w.Length - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, w.Length - 1))) w = w[..^1];
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && Measure(w, w.Length) > 1) w = w[..^1];
        return w;
    }

    /// <summary>y is a consonant at the start or after a vowel, a vowel after a consonant.</summary>
    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m in [C](VC){m}[V] for the first <paramref name="length"/> letters.</summary>
    private static int Measure(string w, int length)
    {
        var m = 0;
        var i = 0;
        while (i < length && IsConsonant(w, i)) i++;
        while (i < length)
        {
            while (i < length && !IsConsonant(w, i)) i++;
            if (i >= length) break;
            m++;
            while (i < length && IsConsonant(w, i)) i++;
        }
        return m;
    }

    private static bool HasVowel(string w, int length)
    {
        for (var i = 0; i < length; i++)
            if (!IsConsonant(w, i)) return true;
        return false;
    }

    private static bool EndsWithDoubleConsonant(string w, int length) =>
        length >= 2 && w[length - 1] == w[length - 2] && IsConsonant(w, length - 1);

    /// <summary>*o: consonant-vowel-consonant at the end, the last consonant not w, x or y.</summary>
    private static bool EndsCvc(string w, int length) =>
        length >= 3 && IsConsonant(w, length - 1) && !IsConsonant(w, length - 2) && IsConsonant(w, length - 3)
        && w[length - 1] is not ('w' or 'x' or 'y');
}
