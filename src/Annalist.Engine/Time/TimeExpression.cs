using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Time;

/// <summary>The four TIMEX3 types.</summary>
public enum TimeType : byte { Date, Time, Duration, Set }

/// <summary>
/// One time expression: its extent (UTF-16 offsets into the text, end exclusive, on token
/// boundaries), TIMEX3 type and value resolved against the document date, the TIMEX3 mod
/// (START, END, MID, ...) and, when the value needed the document date, the value without it
/// (e.g. "XXXX-XX-XX" for "yesterday"), so later stages can tell anchored values from absolute ones.
/// </summary>
public readonly record struct TimeExpression(int Start, int End, TimeType Type, string Value, string? Mod = null, string? Unresolved = null)
{
    public TextSpan Span => new(Start, End);

    /// <summary>True when the value was computed from the document date (TIMEX3 temporalFunction).</summary>
    public bool Anchored => Unresolved is not null;

    /// <summary>The TIMEX3/JSON spelling of the type: DATE, TIME, DURATION or SET.</summary>
    public string TypeName => Names[(int)Type];

    private static readonly string[] Names = ["DATE", "TIME", "DURATION", "SET"];
}

/// <summary>The time layer key and the questions later stages ask about times.</summary>
public static class TimeLayers
{
    /// <summary>All time expressions of a document, ordered by start, not overlapping.</summary>
    public static readonly Layer<ImmutableArray<TimeExpression>> Times = new("times");

    /// <summary>The document creation time (the article date) that relative times are anchored to.</summary>
    public static DateOnly? CreationTime(this Document document) => document.Date;

    /// <summary>For each token, whether it lies inside a time expression (requires the times layer).</summary>
    public static bool[] TokensInTimes(this Document document)
    {
        var tokens = document.Get(CoreLayers.Tokens);
        var times = document.Get(Times);
        var inside = new bool[tokens.Length];
        var t = 0;
        for (var i = 0; i < tokens.Length && t < times.Length; i++)
        {
            while (t < times.Length && times[t].End <= tokens[i].Start) t++;
            if (t < times.Length && times[t].Start < tokens[i].End) inside[i] = true;
        }
        return inside;
    }

    /// <summary>The time expressions inside <paramref name="sentence"/> (requires the times layer).</summary>
    public static ReadOnlySpan<TimeExpression> TimesIn(this Document document, Sentence sentence)
    {
        var all = document.Get(Times).AsSpan();
        var lo = LowerBound(all, sentence.Start);
        var hi = LowerBound(all, sentence.End);
        return all[lo..hi];
    }

    private static int LowerBound(ReadOnlySpan<TimeExpression> times, int offset)
    {
        int lo = 0, hi = times.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (times[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
