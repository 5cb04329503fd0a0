using System.Globalization;

namespace Annalist.Time;

/// <summary>Writes TIMEX3 values at a granularity; the unresolved forms replace unknown digits by X.</summary>
internal static class TimexFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);
    public static string Month(int year, int month) => string.Create(Inv, $"{year:D4}-{month:D2}");
    public static string Year(int year) => year.ToString("D4", Inv);
    public static string Quarter(int year, int q) => string.Create(Inv, $"{year:D4}-Q{q}");
    public static string Season(int year, string code) => string.Create(Inv, $"{year:D4}-{code}");

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(Inv, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    /// <summary>"DATE at the unit's granularity" for a date moved by n units (last week, two years ago).</summary>
    public static string? AtUnit(DateOnly d, string unit) => unit switch
    {
        "D" or "TH" or "TM" or "TS" => Day(d),
        "W" => Week(d),
        "WE" => Week(d) + "-WE",
        "M" => Month(d.Year, d.Month),
        "Q" => Quarter(d.Year, QuarterOf(d.Month)),
        "Y" => Year(d.Year),
        "DE" => (d.Year / 10).ToString("D3", Inv),
        "CE" => (d.Year / 100).ToString("D2", Inv),
        _ => null,
    };

    /// <summary>The unresolved value of a unit's granularity (no document date).</summary>
    public static string Unknown(string unit) => unit switch
    {
        "D" or "TH" or "TM" or "TS" => "XXXX-XX-XX",
        "W" => "XXXX-WXX",
        "WE" => "XXXX-WXX-WE",
        "M" => "XXXX-XX",
        "Q" => "XXXX-QX",
        "DE" => "XXX",
        "CE" => "XX",
        _ => "XXXX",
    };

    public static DateOnly Add(DateOnly d, string unit, int n) => unit switch
    {
        "D" => d.AddDays(n),
        "W" or "WE" => d.AddDays(7 * n),
        "M" => d.AddMonths(n),
        "Q" => d.AddMonths(3 * n),
        "Y" => d.AddYears(n),
        "DE" => d.AddYears(10 * n),
        "CE" => d.AddYears(100 * n),
        _ => d,
    };

    /// <summary>A duration value: P3Y, PT5H, PXY.</summary>
    public static string Duration(string count, string unit) => unit switch
    {
        "TH" => $"PT{count}H",
        "TM" => $"PT{count}M",
        "TS" => $"PT{count}S",
        _ => $"P{count}{unit}",
    };
}
