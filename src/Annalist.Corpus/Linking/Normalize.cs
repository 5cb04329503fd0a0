using System.Globalization;
using System.Text;

namespace Annalist.Corpus.Linking;

/// <summary>
/// The one spelling two mentions are compared in across articles: lower case, accents dropped,
/// quote marks and punctuation gone, white space collapsed ("Zelenskyy’s" ~ "zelenskyys",
/// "“We are ready”" ~ "we are ready").
/// </summary>
public static class Normalize
{
    // The base letter of each of U+00C0..U+017F (Latin-1 and Latin Extended-A), from their Unicode
    // decompositions; string.Normalize cannot do this under InvariantGlobalization.
    private const string Latin =
        "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    public static string Text(string s)
    {
        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && b.Length > 0) b.Append(' ');
                space = false;
                b.Append(char.ToLowerInvariant(c is >= '\u00C0' and <= '\u017F' ? Latin[c - '\u00C0'] : c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '/' or '—' or '–')
                space = true;
            // other punctuation (quote marks, apostrophes, commas) disappears without a gap
        }
        return b.ToString();
    }
}
