using System.Globalization;
using System.Text.RegularExpressions;

namespace Annalist.Reading;

/// <summary>Article dates from headers, JSON fields and paths.</summary>
public static partial class DateParsing
{
    /// <summary>
    /// ISO 8601 date or date-time (the calendar date as written, ignoring any offset, since that
    /// is the article's local date), or another invariant date-time form such as RFC 1123.
    /// </summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        var m = IsoPrefix().Match(s);
        if (m.Success)
            return DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }
        return false;
    }

    /// <summary>The last valid YYYY-MM-DD in a path, as in Timeline17's InputDocs/2011-01-25/.</summary>
    public static DateOnly? FromPath(string path)
    {
        foreach (var m in PathDate().Matches(path).Reverse())
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=$|[T ]\d)")]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex PathDate();
}
