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
    public static string Text(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && b.Length > 0) b.Append(' ');
                space = false;
                b.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '/' or '—' or '–')
                space = true;
            // other punctuation (quote marks, apostrophes, commas) disappears without a gap
        }
        return b.ToString();
    }
}
