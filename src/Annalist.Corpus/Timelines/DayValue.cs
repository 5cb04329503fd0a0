using System.Globalization;

namespace Annalist.Corpus.Timelines;

/// <summary>The calendar day of a TIMEX3 value, when it names one.</summary>
public static class DayValue
{
    /// <summary>
    /// The day of "2011-01-25" or "2011-01-25T14:00" (a time on that day); null for coarser or
    /// vaguer values ("2011-01", "2011-W04", "PRESENT_REF", "XXXX-01-25").
    /// </summary>
    public static DateOnly? Parse(string? value)
    {
        if (value is null || value.Length < 10) return null;
        if (value.Length > 10 && value[10] != 'T') return null;
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
