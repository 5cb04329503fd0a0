namespace Annalist.Corpus.Linking;

/// <summary>
/// What decides whether two reports describe one event: the type, the day, who acted and where.
/// <see cref="Day"/> is a day number (days since 0001-01-01) for day-precise dates, else null.
/// </summary>
public sealed record EventSignature(string Type, int? Day, IReadOnlySet<long> Actors, long? Location);

/// <summary>
/// The rule for merging event reports across articles: same type, both dated to a day and at
/// most one day apart (reports written the next day often date an event "yesterday" a day
/// off), at least one actor in common, and places that do not contradict (one unknown, or the
/// same). Reports with no resolved actor or no day are never merged: too little to tell two
/// events apart, and a wrong merge loses an event while a missed one only repeats it.
/// </summary>
public static class EventMatch
{
    public const int DaySlack = 1;

    public static bool Same(EventSignature a, EventSignature b) =>
        a.Type == b.Type
        && a.Day is { } da && b.Day is { } db && Math.Abs(da - db) <= DaySlack
        && a.Actors.Overlaps(b.Actors)
        && (a.Location is null || b.Location is null || a.Location == b.Location);

    /// <summary>The day number of a TIMEX3 value that names one day or a time in it (YYYY-MM-DD, YYYY-MM-DDTHH:MM), else null.</summary>
    public static int? DayOf(string? timex) =>
        timex is { Length: >= 10 } && (timex.Length == 10 || timex[10] == 'T')
        && DateOnly.TryParseExact(timex.AsSpan(0, 10), "yyyy-MM-dd", out var d) ? d.DayNumber : null;
}
