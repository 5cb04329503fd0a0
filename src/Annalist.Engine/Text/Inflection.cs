namespace Annalist.Text;

/// <summary>
/// English word forms, so the word lists (event triggers, quote cues) list lemmas only: a verb's
/// third person, past, participle and -ing form, a noun's plural. Irregular verbs come from the lists.
/// </summary>
internal static class Inflection
{
    private const string Vowels = "aeiou";

    private static readonly Dictionary<string, (string Past, string Participle)> NoIrregulars = [];

    /// <summary>The regular forms of a verb.</summary>
    public static IEnumerable<string> VerbForms(string verb) => VerbForms(verb, NoIrregulars);

    public static IEnumerable<string> VerbForms(string verb, IReadOnlyDictionary<string, (string Past, string Participle)> irregular)
    {
        yield return verb;
        yield return ThirdPerson(verb);
        if (irregular.TryGetValue(verb, out var forms))
        {
            yield return forms.Past;
            yield return forms.Participle;
        }
        else yield return Past(verb);
        yield return Gerund(verb, irregular.TryGetValue(verb, out var f) && f.Past == verb + verb[^1] + "ed");
    }

    public static string Plural(string noun) =>
        noun.EndsWith('s') ? noun
        : noun.EndsWith('y') && noun.Length > 1 && !Vowels.Contains(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('y') && verb.Length > 1 && !Vowels.Contains(verb[^2]) ? verb[..^1] + "ies"
        : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith('o') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es"
        : verb + "s";

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : verb.EndsWith('y') && verb.Length > 1 && !Vowels.Contains(verb[^2]) ? verb[..^1] + "ied"
        : DoublesFinal(verb) ? verb + verb[^1] + "ed"
        : verb + "ed";

    private static string Gerund(string verb, bool doubled) =>
        verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal) ? verb[..^1] + "ing"
        : doubled || DoublesFinal(verb) ? verb + verb[^1] + "ing"
        : verb + "ing";

    /// <summary>One-syllable consonant-vowel-consonant verbs double their last letter (ban, banned); longer ones are listed as irregular.</summary>
    private static bool DoublesFinal(string verb)
    {
        if (verb.Length < 3) return false;
        char a = verb[^3], b = verb[^2], c = verb[^1];
        if (Vowels.Contains(a) || !Vowels.Contains(b) || Vowels.Contains(c) || c is 'w' or 'x' or 'y') return false;
        var groups = 0;
        for (var i = 0; i < verb.Length; i++)
            if (Vowels.Contains(verb[i]) && (i == 0 || !Vowels.Contains(verb[i - 1]))) groups++;
        return groups == 1;
    }
}
