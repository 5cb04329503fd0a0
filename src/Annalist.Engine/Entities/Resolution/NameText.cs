using System.Text;

namespace Annalist.Entities.Resolution;

/// <summary>Small text functions on names: stable ids, acronyms, typo distance.</summary>
internal static class NameText
{
    /// <summary>
    /// A stable id for an entity the gazetteer does not know: a prefix for its type and its name
    /// lower-cased with runs of other characters turned into '-' ("person:vladimir-medinsky").
    /// The same name and type give the same id in every document.
    /// </summary>
    public static string DerivedId(string type, string name)
    {
        if (type == "ORGANIZATION") name = WithoutLegalForm(name);
        var sb = new StringBuilder(name.Length + 12).Append(Prefix(type)).Append(':');
        var dash = false;
        var any = false;
        foreach (var ch in name)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && any) sb.Append('-');
                sb.Append(char.ToLowerInvariant(ch));
                dash = false;
                any = true;
            }
            else if (ch is not ('\'' or '’' or '.')) dash = true; // "O'Brien" -> obrien, "U.S." -> us
        }
        return sb.ToString();
    }

    // the legal form a company's name may end with or go without: "BP Plc" is "BP", "Transocean Ltd." is "Transocean"
    private static readonly string[] LegalForms = ["plc", "inc", "incorporated", "ltd", "limited", "llc", "corp", "co", "ag", "sa", "nv", "gmbh", "spa"];

    /// <summary>The name without a legal form at its end, when a word is left.</summary>
    internal static string WithoutLegalForm(string name)
    {
        var end = name.TrimEnd('.', ' ', ',');
        var space = end.LastIndexOf(' ');
        if (space <= 0) return name;
        var last = end[(space + 1)..].Replace(".", "");
        if (!LegalForms.Contains(last, StringComparer.OrdinalIgnoreCase)) return name;
        return end[..space].TrimEnd(',', ' ');
    }

    private static string Prefix(string type) => type switch
    {
        "PERSON" => "person",
        "ORGANIZATION" => "org",
        "GPE" => "gpe",
        "LOCATION" => "loc",
        "GROUP" => "group",
        "FACILITY" => "facility",
        "EVENT" => "event",
        _ => "other",
    };

    /// <summary>The letters of an acronym ("NATO", "U.N.", "OSCE"), or null when the name is not one: 2 to 8 capitals, optional dots.</summary>
    public static string? AcronymLetters(string name)
    {
        if (name.Length is < 2 or > 16) return null;
        Span<char> letters = stackalloc char[16];
        var n = 0;
        foreach (var ch in name)
        {
            if (ch == '.') continue;
            if (!char.IsUpper(ch) || n == 8) return null;
            letters[n++] = ch;
        }
        return n >= 2 ? new string(letters[..n]) : null;
    }

    /// <summary>
    /// Damerau distance in its optimal-string-alignment form: insertions, deletions, substitutions
    /// and swaps of two neighbours ("Zelesnkyy" is 1 from "Zelenskyy"). Stops early above <paramref name="max"/>.
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length > 64 || b.Length > 64) return a.SequenceEqual(b) ? 0 : max + 1;
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, prev2[j - 2] + 1);
                cur[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > max) return max + 1;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.Length];
    }

    /// <summary>
    /// How far apart two spellings may be and still be one name: none below 7 letters (Hamas and
    /// Hamad, Putin and Patin stay apart), one up to 11, two from 12.
    /// </summary>
    public static int AllowedTypos(int length) => length < 7 ? 0 : length < 12 ? 1 : 2;

    /// <summary>Whether two spellings of a long name differ by no more than a typo (same first letter, see <see cref="AllowedTypos"/>).</summary>
    public static bool IsTypoOf(string a, string b)
    {
        var max = AllowedTypos(Math.Min(a.Length, b.Length));
        if (max == 0 || a.Length == 0 || b.Length == 0 || char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0])) return false;
        return Distance(a, b, max) <= max;
    }
}
