namespace Annalist.Syntax;

/// <summary>
/// Lemmas from suffix rules chosen by the Penn tag, corrected by an exception lexicon learned from
/// the training treebank (irregular forms such as said -> say, was -> be, children -> child). The
/// lexicon stores only words whose training lemma the rules get wrong, so it stays small.
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _exceptions; // "lower\tXPOS" -> lemma

    internal Lemmatizer(Dictionary<string, string> exceptions) => _exceptions = exceptions;

    public int ExceptionCount => _exceptions.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        if (_exceptions.Count > 0 && _exceptions.TryGetValue(Key(form, xpos), out var lemma)) return lemma;
        return Rules(form, xpos);
    }

    private static string Key(string form, string xpos) => form.ToLowerInvariant() + "\t" + xpos;

    /// <summary>The regular lemma: inflectional suffixes removed by tag; proper nouns keep their case.</summary>
    internal static string Rules(string form, string xpos)
    {
        switch (xpos)
        {
            case "NNP": return form;
            case "NNPS": return form.Length > 3 && form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal) ? form[..^1] : form;
            case "CD": case "SYM": case "LS": case "FW": case "ADD": case "NFP": return form;
        }
        if (xpos.Length == 0 || !char.IsLetter(xpos[0])) return form; // punctuation tags
        var w = form.ToLowerInvariant();
        return xpos switch
        {
            "NNS" => Plural(w),
            "VBZ" => ThirdPerson(w),
            "VBD" or "VBN" => Past(w),
            "VBG" => Gerund(w),
            "JJR" or "RBR" => Strip(w, "er"),
            "JJS" or "RBS" => Strip(w, "est"),
            _ => w,
        };
    }

    private static string Plural(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal)) return w[..^2];
        return w[..^1];
    }

    private static string ThirdPerson(string w)
    {
        if (w.Length <= 2 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal) || w.EndsWith("oes", StringComparison.Ordinal)) return w[..^2];
        return w[..^1];
    }

    private static string Past(string w)
    {
        if (w.Length <= 3 || !w.EndsWith("ed", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("eed", StringComparison.Ordinal)) return w[..^1];    // freed, agreed
        return Stem(w[..^2]);
    }

    private static string Gerund(string w) =>
        w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) ? Stem(w[..^3]) : w;

    /// <summary>Undoes spelling changes before -ed/-ing: stopp -> stop, mak -> make.</summary>
    private static string Stem(string s)
    {
        var n = s.Length;
        if (n >= 3 && s[n - 1] == s[n - 2] && "bdgmnprt".Contains(s[n - 1]) && IsVowel(s[n - 3])) return s[..^1];
        if (s.EndsWith('v') || s.EndsWith('z') || (s.EndsWith('u') && n > 2) || s.EndsWith("rg", StringComparison.Ordinal) || s.EndsWith("dg", StringComparison.Ordinal)
            || s.EndsWith("ang", StringComparison.Ordinal) && n > 4 || s.EndsWith("ac", StringComparison.Ordinal) || s.EndsWith("uc", StringComparison.Ordinal) || s.EndsWith("rc", StringComparison.Ordinal))
            return s + "e";
        // a single short syllable ending consonant-vowel-consonant (bas, vot, mak) took an e
        if (n == 3 && !IsVowel(s[0]) && IsVowel(s[1]) && !IsVowel(s[2]) && s[2] is not ('w' or 'x' or 'y')) return s + "e";
        return s;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Strip(string w, string suffix)
    {
        if (w.Length <= suffix.Length + 2 || !w.EndsWith(suffix, StringComparison.Ordinal)) return w;
        var s = w[..^suffix.Length];
        if (s.EndsWith('i')) return s[..^1] + "y";
        var n = s.Length;
        if (n >= 3 && s[n - 1] == s[n - 2] && "bdgmnt".Contains(s[n - 1])) return s[..^1];
        return s;
    }

    /// <summary>Learns the exceptions: for each (lower-cased form, XPOS), the most frequent gold lemma, kept where the rules differ.</summary>
    public static Lemmatizer Train(IEnumerable<TreebankSentence> sentences)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
            for (var i = 0; i < s.Length; i++)
            {
                if (s.Lemmas[i] == "_" || s.Forms[i] == "_") continue;
                var key = Key(s.Forms[i], s.Xpos[i]);
                Bump(counts, key, s.Lemmas[i]);
                Bump(forms, key, s.Forms[i]);
            }
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in counts.Keys.Order(StringComparer.Ordinal))
        {
            var lemma = Most(counts[key]);
            var form = Most(forms[key]);
            var xpos = key[(key.IndexOf('\t') + 1)..];
            var rule = Rules(form, xpos);
            if (rule == lemma) continue;
            // a word seen once whose lemma cuts off more than the rules do is more likely an
            // annotation slip (GUM has freed -> "fre") than an irregular form
            if (counts[key].Values.Sum() < 2 && form.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) && rule.Length > lemma.Length) continue;
            exceptions[key] = lemma;
        }
        return new Lemmatizer(exceptions);
    }

    private static void Bump(Dictionary<string, Dictionary<string, int>> d, string key, string value)
    {
        if (!d.TryGetValue(key, out var inner)) d[key] = inner = new(StringComparer.Ordinal);
        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    // ties go to the ordinally smallest, so training is reproducible
    private static string Most(Dictionary<string, int> d) =>
        d.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    internal void Write(BinaryWriter w)
    {
        w.Write(_exceptions.Count);
        foreach (var key in _exceptions.Keys.Order(StringComparer.Ordinal)) { w.Write(key); w.Write(_exceptions[key]); }
    }

    internal static Lemmatizer Read(BinaryReader r)
    {
        var n = r.ReadInt32();
        var d = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) d[r.ReadString()] = string.Intern(r.ReadString());
        return new Lemmatizer(d);
    }
}
