using System.Globalization;

namespace Annalist.Time;

/// <summary>Which way the sentence around an expression points (from cheap cues, see <see cref="TenseCues"/>).</summary>
internal enum Tense : byte { Unknown, Past, Future }

/// <summary>A normalized value: the type may differ from the pattern's (a weekday with a part of day is a TIME).</summary>
internal readonly record struct Normalized(TimeType Type, string Value, string? Mod = null);

/// <summary>What a normalization function sees besides the match.</summary>
internal sealed class NormalizeContext
{
    public required TimeToken[] Tokens { get; init; }
    public DateOnly? Dct { get; set; }
    /// <summary>Which way the sentence points around the expression being normalized; found only when a function asks.</summary>
    public Tense Tense
    {
        get => _tense ??= Cues is null ? Tense.Unknown : Cues.Around(Tokens, SentenceFrom, SentenceTo, _tenseFrom, _tenseTo);
        set => _tense = value;
    }

    private Tense? _tense;
    private int _tenseFrom, _tenseTo;

    /// <summary>The cue words that decide <see cref="Tense"/>; without them it is unknown.</summary>
    public TenseCues? Cues { get; init; }

    /// <summary>The extent the next normalization is for: its tense is found anew when asked.</summary>
    public void AskTenseAround(int from, int to)
    {
        _tense = null;
        _tenseFrom = from;
        _tenseTo = to;
    }

    /// <summary>The first token of the sentence being tagged.</summary>
    public int SentenceFrom { get; set; }

    /// <summary>The token after the last of the sentence being tagged.</summary>
    public int SentenceTo { get; set; }

    /// <summary>The last quarter named in the document ("1989-Q3"): "a year earlier" in an earnings story means that quarter a year before.</summary>
    public (int Year, int Q)? LastQuarter { get; private set; }

    /// <summary>Whether the document named the quarter that ended last before the article (the one an earnings story reports on).</summary>
    private bool _namedJustEnded;

    /// <summary>
    /// The quarter an earnings story is about: the one that ended last before the article when the story named it
    /// by number, else the quarter it named last by number, else the quarter named last. "A year earlier" and "the
    /// 1989 period" go with it, not with a quarter named in passing ("after a flat second quarter").
    /// </summary>
    public (int Year, int Q)? StoryQuarter =>
        _namedJustEnded && Dct is { } d ? (TimexFormat.Add(d, "Q", -1).Year, TimexFormat.QuarterOf(TimexFormat.Add(d, "Q", -1).Month))
        : LastNumberedQuarter ?? LastQuarter;

    /// <summary>The last quarter the document named by its number ("the third quarter", "Q3"), not as "the quarter" or "the 1988 period".</summary>
    public (int Year, int Q)? LastNumberedQuarter { get; private set; }

    /// <summary>A quarter the document named; <paramref name="byNumber"/> when it said which ("the third quarter", "Q3"), not "the quarter".</summary>
    public void NameQuarter(int year, int q, bool byNumber)
    {
        LastQuarter = (year, q);
        if (byNumber) LastNumberedQuarter = (year, q);
        if (byNumber && Dct is { } d && TimexFormat.Add(d, "Q", -1) is var e && e.Year == year && TimexFormat.QuarterOf(e.Month) == q) _namedJustEnded = true;
    }

    /// <summary>The value of the last DATE or TIME the document resolved to a calendar year or finer, for "that year", "the following month".</summary>
    public string? Anchor { get; set; }

    /// <summary>Scratch list for pattern captures, reused across match attempts of one document.</summary>
    public List<(string, int)> Scratch { get; } = new(8);
}

/// <summary>
/// The normalization functions named in <c>patterns.txt</c>. Each turns a match into a TIMEX3
/// value against the document date, or returns null to refuse the match. Without a document
/// date they return the unresolved value (XXXX-XX-XX, XXXX-WXX-5, ...).
/// </summary>
internal static class TimeNormalizer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Words before a bare month name ("May") that make it a date rather than a verb or a name.
    private static readonly HashSet<string> MonthCue = new(StringComparer.Ordinal)
        { "in", "since", "until", "till", "by", "of", "last", "this", "next", "early", "late", "mid", "during", "through", "from", "to", "before", "after", "between", "and", "or", "end", "beginning", "middle", "--", "-" };

    /// <summary>Words the code (not the pattern file) compares tokens with; the classifier must know them.</summary>
    public static readonly string[] CodeWords =
        [.. MonthCue, "$", "€", "£", "#", "no.", "number", "%", "percent", "people", "miles", "feet", "points", "shares", "tons", "acres",
         "in", "since", "of", "by", "until", "from", "to", "fiscal", "year", "last", "past", "previous", "latest", "this", "current", "next",
         "coming", "following", "yesterday", "tomorrow", "earlier", "later", ",", "-", "--", ";", ":", "the", "and", "or", "so", "mid", "for",
         "be", "been", "being", "'s", "could", "can", "may", "should", "must", "\u2013", "\u2014", "*", "\u2022", "\"", "``", "''", "\u201c", "\u201d"];

    public static bool IsKnown(string function) => function is "date" or "weekof" or "slashdate" or "year" or "spokenyear" or "decade" or "holiday" or "season"
        or "relday" or "relpart" or "weekday" or "weekend" or "rel" or "ago" or "later" or "duration" or "quarter" or "half" or "ref"
        or "clock" or "set" or "weekdayset" or "century" or "anchored" or "monthset";

    public static Normalized? Normalize(in PatternMatch m, NormalizeContext c)
    {
        try
        {
            return Apply(m, c);
        }
        catch (ArgumentOutOfRangeException)
        {
            // "7000 years ago", "9000 years from now": outside the calendar DateOnly covers; refuse the match
            return null;
        }
    }

    private static Normalized? Apply(in PatternMatch m, NormalizeContext c)
    {
        var p = m.Pattern;
        return p.Function switch
        {
            "date" => Date(m, c),
            "weekof" => WeekOf(m, c),
            "slashdate" => new Normalized(p.Type, c.Tokens[m.ExtentFrom].SlashValue!),
            "year" => Year(m, c),
            "spokenyear" => SpokenYear(m, c),
            "decade" => Decade(m, c),
            "holiday" => Holiday(m, c),
            "season" => Season(m, c),
            "relday" => RelDay(m, c),
            "relpart" => RelPart(m, c),
            "weekday" => Weekday(m, c),
            "weekend" => Weekend(m, c),
            "rel" => Rel(m, c),
            "ago" => Ago(m, c, -1),
            "later" => Ago(m, c, +1),
            "duration" => Duration(m, c),
            "quarter" => Quarter(m, c),
            "half" => Half(m, c),
            "ref" => new Normalized(p.Type, p.Args["value"]),
            "clock" => Clock(m, c),
            "set" => Set(m, c),
            "century" => Century(m, c),
            "monthset" => new Normalized(TimeType.Set, string.Create(Inv, $"XXXX-{c.Tokens[m.Get("month")!.Value].Month:D2}")),
            "anchored" => Anchored(m, c),
            "weekdayset" => new Normalized(TimeType.Set, string.Create(Inv, $"XXXX-WXX-{c.Tokens[m.Get("weekday")!.Value].Weekday}")),
            _ => null,
        };
    }

    private static int? Num(in PatternMatch m, NormalizeContext c, string name)
    {
        if (m.Pattern.Args.TryGetValue(name, out var a)) return a == "X" ? null : int.Parse(a, Inv);
        var i = m.Get(name);
        if (i is null) return null;
        var t = c.Tokens[i.Value];
        return t.Is(TimeClass.Ord) ? t.Ordinal : t.Number;
    }

    /// <summary>A word of the extent that says the direction: last -1, this 0, next +1.</summary>
    private static int? Direction(in PatternMatch m, NormalizeContext c)
    {
        for (var i = m.ExtentFrom; i < m.ExtentTo; i++)
            switch (c.Tokens[i].Lower)
            {
                case "last" or "past" or "previous" or "latest": return -1;
                case "this" or "current": return 0;
                case "next" or "coming" or "following": return 1;
            }
        return null;
    }

    private static Normalized? Date(in PatternMatch m, NormalizeContext c)
    {
        var monthTok = c.Tokens[m.Get("month")!.Value];
        var month = monthTok.Month;
        if (month == 0) month = monthTok.Number; // ISO dates capture the month as a number
        if (month is < 1 or > 12) return null;
        var day = Num(m, c, "day");
        var year = YearOf(m, c);
        // "March last year", "June 5 next year"
        if (year is null && m.HasWord(c.Tokens, "year") && Direction(m, c) is { } yearDir && c.Dct is { } d0) year = d0.Year + yearDir;
        if (day is null && year is null && m.ExtentTo - m.ExtentFrom == 1 && !monthTok.MidPrefix)
        {
            // a bare month name: "May" must follow a cue word; abbreviations alone are too risky
            var prev = m.ExtentFrom > 0 ? c.Tokens[m.ExtentFrom - 1].Lower : "";
            if (monthTok.Lower.Length <= 4 && monthTok.Lower is not ("may" or "june" or "july")) return null;
            // "February 30": a day that did not fit; do not fall back to the month
            if (m.ExtentTo < c.Tokens.Length && c.Tokens[m.ExtentTo].Is(TimeClass.Num | TimeClass.Day)) return null;
            if (month == 5 && !MonthCue.Contains(prev)) return null;
            // "the annual March for Life", "the March of the Combatant Mothers": a march, not the month
            if (month == 3 && m.ExtentTo + 1 < c.Tokens.Length && c.Tokens[m.ExtentTo].Lower is "for" or "of"
                && (c.Tokens[m.ExtentTo + 1].Capitalized || (c.Tokens[m.ExtentTo + 1].Lower == "the" && m.ExtentTo + 2 < c.Tokens.Length && c.Tokens[m.ExtentTo + 2].Capitalized)))
                return null;
        }
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month))) return null;
        if (day is not null && year is null && IsNamePart(m, c)) return null;
        var mod = monthTok.MidPrefix ? "MID" : null;
        if (year is null)
        {
            if (c.Dct is not { } dct)
                return new Normalized(TimeType.Date, day is { } dd ? string.Create(Inv, $"XXXX-{month:D2}-{dd:D2}") : string.Create(Inv, $"XXXX-{month:D2}"), mod);
            // "since March" names a time before the article, like "last March"
            var since = m.ExtentFrom > 0 && c.Tokens[m.ExtentFrom - 1].Lower == "since";
            year = day is { } listed && IsListEntry(m, c)
                ? LatestNotAfter(dct, month, listed)
                : YearFor(dct, month, day ?? (dct.Month == month ? dct.Day : 15), since ? -1 : Direction(m, c), c.Tense);
        }
        if (day is { } d3 && d3 > DateTime.DaysInMonth(year.Value, month)) return null; // Feb. 29 of a common year
        var value = day is { } dd2 ? string.Create(Inv, $"{year:D4}-{month:D2}-{dd2:D2}") : TimexFormat.Month(year.Value, month);
        return new Normalized(TimeType.Date, value, mod);
    }

    /// <summary>"the week of March 6": the ISO week of that day (XXXX-WXX without an article date or year).</summary>
    private static Normalized? WeekOf(in PatternMatch m, NormalizeContext c)
    {
        if (Date(m, c) is not { } d) return null;
        if (!DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day)) return new Normalized(TimeType.Date, "XXXX-WXX");
        return new Normalized(TimeType.Date, TimexFormat.Week(day));
    }

    /// <summary>
    /// "the February 17 Martyrs' Brigade", "the February 17 Uprising,": a year-less day after "the" and before
    /// a capitalized word that is no time word and is not followed by a lower-case word is part of a name, not
    /// a date ("the Aug. 7 Embassy bombings" stays a date).
    /// </summary>
    private static bool IsNamePart(in PatternMatch m, NormalizeContext c)
    {
        if (m.ExtentFrom == 0 || c.Tokens[m.ExtentFrom - 1].Lower != "the" || m.ExtentTo >= c.Tokens.Length) return false;
        var next = c.Tokens[m.ExtentTo];
        if (!next.Capitalized || next.Classes != TimeClass.None) return false;
        if (m.ExtentTo + 1 >= c.Tokens.Length) return true;
        var after = c.Tokens[m.ExtentTo + 1];
        var lowerWord = !after.Capitalized && (after.Lower.Length == 0 ? after.Letter : char.IsLetter(after.Lower[0]));
        return !lowerWord;
    }

    /// <summary>
    /// A year-less day heading its sentence and followed by a dash or colon is an entry of a chronology
    /// ("Feb. 26 - The U.N. Security Council imposes sanctions ..."). Such lists tell of days already past
    /// in the historic present, which misleads the tense cues, so the day is the latest one not after the article.
    /// </summary>
    private static bool IsListEntry(in PatternMatch m, NormalizeContext c)
    {
        for (var i = c.SentenceFrom; i < m.ExtentFrom; i++)
            if (c.Tokens[i].Lower is not ("*" or "-" or "--" or "\u2022")) return false;
        var end = m.ExtentTo;
        while (end - 1 > m.ExtentFrom && c.Tokens[end - 1].Lower is "," or "-" or "--" or ":") end--;
        return end < c.Tokens.Length && c.Tokens[end].Lower is "-" or "--" or ":" or "\u2013" or "\u2014";
    }

    private static int LatestNotAfter(DateOnly dct, int month, int day) =>
        day > DateTime.DaysInMonth(dct.Year, month) || new DateOnly(dct.Year, month, day) > dct ? dct.Year - 1 : dct.Year;

    /// <summary>
    /// The year of a year-less month/day: "last April" is before the article, "next April" after;
    /// otherwise past sentences point back, future ones forward, and with no cue the nearer one.
    /// </summary>
    // news says "said on Jan. 14" of a date days or weeks ahead, so a tense cue gives way inside this window
    private const int Tolerance = 90;

    private static int YearFor(DateOnly dct, int month, int day, int? direction, Tense tense)
    {
        day = Math.Min(day, DateTime.DaysInMonth(dct.Year, month));
        var same = new DateOnly(dct.Year, month, day);
        var dir = direction switch { -1 => Tense.Past, 1 => Tense.Future, _ => tense };
        if (direction == 0) return dct.Year;
        // "last December" in October is last year's, "last September" this year's: the latest one before this month
        if (direction == -1) return month >= dct.Month ? dct.Year - 1 : dct.Year;
        if (direction == 1) return month <= dct.Month ? dct.Year + 1 : dct.Year;
        return dir switch
        {
            Tense.Past => same.DayNumber <= dct.DayNumber + Tolerance ? dct.Year : dct.Year - 1,
            Tense.Future => same.DayNumber >= dct.DayNumber - Tolerance ? dct.Year : dct.Year + 1,
            _ => Math.Abs(same.DayNumber - dct.DayNumber) <= 183 ? dct.Year : same < dct ? dct.Year + 1 : dct.Year - 1,
        };
    }

    /// <summary>The year a match names: a four-digit token, or spoken ("nineteen ninety-six" = 19 + 90 + 6).</summary>
    private static int? YearOf(in PatternMatch m, NormalizeContext c)
    {
        if (m.Get("year") is { } yi) return c.Tokens[yi].Number;
        if (m.Get("century") is not { } ci || m.Get("tens") is not { } ti) return null;
        var century = c.Tokens[ci].Number;
        var tens = c.Tokens[ti].Number;
        var ones = m.Get("ones") is { } oi ? c.Tokens[oi].Number : 0;
        // only the nineteen-hundreds: "twenty ten" is as often a count as a year
        if (century != 19 || !c.Tokens[ci].Lower.StartsWith('n') || ones > 9 || (ones > 0 && (tens < 20 || tens % 10 != 0)) || tens is < 10 or > 99) return null;
        return century * 100 + tens + ones;
    }

    private static Normalized? SpokenYear(in PatternMatch m, NormalizeContext c) =>
        YearOf(m, c) is { } y ? new Normalized(TimeType.Date, TimexFormat.Year(y)) : null;

    private static Normalized? Year(in PatternMatch m, NormalizeContext c)
    {
        var i = m.Get("year")!.Value;
        var y = c.Tokens[i].Number;
        var prev = i > 0 ? c.Tokens[i - 1].Lower : "";
        var next = i + 1 < c.Tokens.Length ? c.Tokens[i + 1].Lower : "";
        // money, percentages, counts of things and model numbers are not years
        if (prev is "$" or "€" or "£" or "#" or "no." or "number") return null;
        if (next is "%" or "percent" or "people" or "miles" or "feet" or "points" or "shares" or "tons" or "acres") return null;
        if (y < 1900 || y > 2100)
            if (prev is not ("in" or "since" or "of" or "by" or "until" or "from" or "to" or "fiscal" or "year")) return null;
        return new Normalized(TimeType.Date, TimexFormat.Year(y));
    }

    /// <summary>
    /// A holiday: "MM-DD" is a fixed day; "MM-D@K" is the first weekday D (1 = Monday) on or after day K of
    /// month MM (Thanksgiving, the fourth Thursday of November, is "11-4@22"); a trailing "!" means the name
    /// needs "Day" after it ("Election Day", not "Election officials").
    /// </summary>
    private static Normalized? Holiday(in PatternMatch m, NormalizeContext c)
    {
        var code = c.Tokens[m.Get("holiday")!.Value].Code!;
        if (code.EndsWith('!'))
        {
            if (!m.HasWord(c.Tokens, "day")) return null;
            code = code[..^1];
        }
        var month = int.Parse(code[..2], Inv);
        var at = code.IndexOf('@');
        var day = int.Parse(at < 0 ? code[3..] : code[(at + 1)..], Inv);
        if (c.Dct is not { } dct) return new Normalized(TimeType.Date, at < 0 ? "XXXX-" + code : string.Create(Inv, $"XXXX-{month:D2}-XX"));
        var year = YearFor(dct, month, day, Direction(m, c), c.Tense);
        if (at >= 0)
        {
            var weekday = code[3] - '0';
            var first = new DateOnly(year, month, day);
            var isoDay = (int)first.DayOfWeek == 0 ? 7 : (int)first.DayOfWeek;
            day += (weekday - isoDay + 7) % 7;
        }
        return new Normalized(TimeType.Date, string.Create(Inv, $"{year:D4}-{month:D2}-{day:D2}"));
    }

    /// <summary>
    /// A capitalized unit inside a sentence whose next word is not capitalized too is a title: ABC's
    /// "This Week", CBS's "60 Minutes" (a headline in title case capitalizes the words around it as well).
    /// </summary>
    private static bool IsTitle(NormalizeContext c, int unitAt)
    {
        var u = c.Tokens[unitAt];
        if (!u.Capitalized || unitAt <= c.SentenceFrom + 1) return false;
        if (unitAt + 1 < c.Tokens.Length && c.Tokens[unitAt + 1].Capitalized) return false;
        return true;
    }

    /// <summary>A decade; "in his 30s" is an age.</summary>
    private static Normalized? Decade(in PatternMatch m, NormalizeContext c)
    {
        var at = m.Get("decade")!.Value;
        if (at > 0 && c.Tokens[at - 1].Lower is "his" or "her" or "their" or "my" or "your" or "our") return null;
        return new Normalized(m.Pattern.Type, c.Tokens[at].Code!);
    }

    /// <summary>"the 20th century" is 19, "the eleventh century" 10.</summary>
    private static Normalized? Century(in PatternMatch m, NormalizeContext c)
    {
        var n = c.Tokens[m.Get("n")!.Value].Ordinal;
        return n is < 1 or > 21 ? null : new Normalized(TimeType.Date, (n - 1).ToString("D2", Inv));
    }

    /// <summary>
    /// "that year", "the same day", "the following month": a unit of the last resolved date the document
    /// named ("in June 1998 ... later that year" is 1998), moved by n units. Without such a date (or when it is
    /// coarser than the unit) the match is refused, and the article date's reading of the words is tried.
    /// </summary>
    private static Normalized? Anchored(in PatternMatch m, NormalizeContext c)
    {
        var unitTok = c.Tokens[m.Get("unit")!.Value];
        if (unitTok.Is(TimeClass.Units) || c.Anchor is not { } a) return null;
        var unit = unitTok.Code!;
        var n = int.Parse(m.Pattern.Args["n"], Inv);
        if (unit == "Q" && n == 0 && c.LastQuarter is { } lq) return new Normalized(TimeType.Date, TimexFormat.Quarter(lq.Year, lq.Q));
        if (a.Length < 4 || !int.TryParse(a.AsSpan(0, 4), NumberStyles.None, Inv, out var year)) return null;
        int? month = a.Length >= 7 && a[4] == '-' && char.IsAsciiDigit(a[5]) && int.TryParse(a.AsSpan(5, 2), NumberStyles.None, Inv, out var mm) ? mm : null;
        int? day = month is not null && a.Length >= 10 && a[7] == '-' && int.TryParse(a.AsSpan(8, 2), NumberStyles.None, Inv, out var dd) ? dd : null;
        if (unit == "Y") return new Normalized(TimeType.Date, TimexFormat.Year(year + n));
        if (month is not { } mo || mo is < 1 or > 12) return null;
        if (unit == "M") { var d = new DateOnly(year, mo, 1).AddMonths(n); return new Normalized(TimeType.Date, TimexFormat.Month(d.Year, d.Month)); }
        if (day is not { } dy || dy < 1 || dy > DateTime.DaysInMonth(year, mo))
            return unit == "D" && n == 0 ? new Normalized(TimeType.Date, TimexFormat.Month(year, mo) + "-XX") : null;
        var value = TimexFormat.AtUnit(TimexFormat.Add(new DateOnly(year, mo, dy), unit, n), unit);
        return unit is "D" or "W" && value is not null ? new Normalized(TimeType.Date, value) : null;
    }

    private static readonly Dictionary<string, (int First, int Last)> SeasonMonths = new(StringComparer.Ordinal)
        { ["SP"] = (3, 5), ["SU"] = (6, 8), ["FA"] = (9, 11), ["WI"] = (12, 14) };

    private static Normalized? Season(in PatternMatch m, NormalizeContext c)
    {
        var code = c.Tokens[m.Get("season")!.Value].Code!;
        if (YearOf(m, c) is { } y) return new Normalized(TimeType.Date, TimexFormat.Season(y, code));
        if (c.Dct is not { } dct) return new Normalized(TimeType.Date, "XXXX-" + code);
        var (first, last) = SeasonMonths[code];
        var month = dct.Month < 3 && code == "WI" ? dct.Month + 12 : dct.Month;
        var baseYear = dct.Month < 3 && code == "WI" ? dct.Year - 1 : dct.Year;
        var dir = Direction(m, c) ?? (c.Tense == Tense.Past && month < first ? -1 : c.Tense == Tense.Future && month > last ? 1 : 0);
        var year = dir switch
        {
            -1 => month > last ? baseYear : baseYear - 1,
            1 => month < first ? baseYear : baseYear + 1,
            _ => baseYear,
        };
        return new Normalized(TimeType.Date, TimexFormat.Season(year, code));
    }

    private static Normalized? RelDay(in PatternMatch m, NormalizeContext c)
    {
        var n = int.Parse(m.Pattern.Args["n"], Inv);
        var part = m.Pattern.Args.GetValueOrDefault("part");
        var day = c.Dct is { } dct ? TimexFormat.Day(dct.AddDays(n)) : "XXXX-XX-XX";
        return part is null ? new Normalized(TimeType.Date, day) : new Normalized(TimeType.Time, day + "T" + part);
    }

    private static Normalized? RelPart(in PatternMatch m, NormalizeContext c)
    {
        var n = c.Tokens[m.ExtentFrom].Lower switch { "yesterday" or "last" => -1, "tomorrow" => 1, _ => 0 };
        var part = c.Tokens[m.Get("part")!.Value].Code!;
        var day = c.Dct is { } dct ? TimexFormat.Day(dct.AddDays(n)) : "XXXX-XX-XX";
        return new Normalized(TimeType.Time, day + "T" + part);
    }

    private static Normalized? Weekday(in PatternMatch m, NormalizeContext c)
    {
        var wd = c.Tokens[m.Get("weekday")!.Value].Weekday;
        var part = m.Get("part") is { } pi ? "T" + c.Tokens[pi].Code : "";
        // "on Mondays", "Tuesday nights": every such day
        if (m.Pattern.Args.Count == 0 && (c.Tokens[m.Get("weekday")!.Value].Lower.EndsWith("days", StringComparison.Ordinal)
            || (m.Get("part") is { } pp && c.Tokens[pp].Lower.EndsWith('s'))))
            return new Normalized(TimeType.Set, string.Create(Inv, $"XXXX-WXX-{wd}{part}"));
        var type = TimeType.Date; // TimeBank types "Friday night" as a DATE more often than a TIME
        if (c.Dct is not { } dct) return new Normalized(type, string.Create(Inv, $"XXXX-WXX-{wd}{part}"));
        var dir = m.Pattern.Args.GetValueOrDefault("dir") ?? (Possessive(m, c) || c.Tense != Tense.Future ? "past" : "future");
        // "down 4.5% from the previous Friday": the weekday before the date the story named last
        if (m.Pattern.Args.ContainsKey("anchored"))
        {
            if (AnchorDay(c) is not { } anchor) return null;
            dct = anchor;
        }
        var today = (int)dct.DayOfWeek == 0 ? 7 : (int)dct.DayOfWeek;
        int delta;
        if (dir == "future") { delta = (wd - today + 7) % 7; if (delta == 0) delta = 7; }
        else { delta = -((today - wd + 7) % 7); if (delta == 0 && m.Pattern.Args.ContainsKey("dir")) delta = -7; }
        return new Normalized(type, TimexFormat.Day(dct.AddDays(delta)) + part);
    }

    /// <summary>"Friday's trading", "Wednesday's ruling": a weekday that owns an event tells of one that took place.</summary>
    private static bool Possessive(in PatternMatch m, NormalizeContext c) =>
        m.ExtentTo < c.Tokens.Length && c.Tokens[m.ExtentTo].Lower == "'s" && c.Tokens[m.ExtentTo - 1].Is(TimeClass.Weekday);

    /// <summary>The last date the document resolved, when it names a day.</summary>
    private static DateOnly? AnchorDay(NormalizeContext c) =>
        c.Anchor is { Length: >= 10 } a && DateOnly.TryParseExact(a.AsSpan(0, 10), "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>"the weekend": the one just past in a past sentence (or the current one on a Saturday or Sunday), else the coming one.</summary>
    private static Normalized? Weekend(in PatternMatch m, NormalizeContext c)
    {
        if (c.Tokens[m.Get("unit")!.Value].Is(TimeClass.Units)) return null;
        if (c.Dct is not { } dct) return new Normalized(TimeType.Date, "XXXX-WXX-WE");
        var inWeekend = dct.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var week = c.Tense == Tense.Future || inWeekend ? dct : dct.AddDays(-7);
        return new Normalized(TimeType.Date, TimexFormat.Week(week) + "-WE");
    }

    private static Normalized? Rel(in PatternMatch m, NormalizeContext c)
    {
        string unit;
        if (m.Pattern.Args.TryGetValue("unit", out var fixedUnit)) unit = fixedUnit;
        else
        {
            var unitTok = c.Tokens[m.Get("unit")!.Value];
            if (unitTok.Is(TimeClass.Units)) return null; // "the coming years" is a duration
            if (IsTitle(c, m.Get("unit")!.Value)) return null;
            unit = unitTok.Code!;
        }
        var n = m.Pattern.Args.TryGetValue("n", out var a) ? int.Parse(a, Inv) : Direction(m, c) ?? 0;
        string? mod = c.Tokens[m.ExtentFrom].Lower switch { "earlier" => "START", "later" => "END", _ => null };
        if (unit is "TH" or "TM" or "TS") return null; // "the last hour" is a duration
        if (unit is "DE" or "CE" && n < 0) return null; // TimeBank: "the past decade" is a duration
        if (c.Dct is not { } dct) return new Normalized(TimeType.Date, TimexFormat.Unknown(unit), mod);
        if (unit == "Q") c.NameQuarter(TimexFormat.Add(dct, "Q", n).Year, TimexFormat.QuarterOf(TimexFormat.Add(dct, "Q", n).Month), byNumber: false);
        var value = TimexFormat.AtUnit(TimexFormat.Add(dct, unit, n), unit);
        return value is null ? null : new Normalized(TimeType.Date, value, mod);
    }

    private static Normalized? Ago(in PatternMatch m, NormalizeContext c, int sign)
    {
        var unit = c.Tokens[m.Get("unit")!.Value].Code!;
        // "30 days before closing the purchase", "10 days before the murder": counted from an event, not from
        // the article; the count alone is then a duration
        if (c.Tokens[m.ExtentTo - 1].Lower == "before" && m.ExtentTo < c.Tokens.Length && c.Tokens[m.ExtentTo] is { } next
            && (next.Letter || (next.Lower.Length > 0 && char.IsLetter(next.Lower[0]))))
            return null;
        var n = Num(m, c, "n");
        if (n is null && !m.Pattern.Args.ContainsKey("n")) n = 1;
        if (n is null) return new Normalized(TimeType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        if (c.Dct is not { } dct) return new Normalized(TimeType.Date, TimexFormat.Unknown(unit));
        if (unit == "Y" && n == 1 && sign < 0 && c.StoryQuarter is { } lq && !TalksOfMonths(c))
            return new Normalized(TimeType.Date, TimexFormat.Quarter(lq.Year - 1, lq.Q));
        var value = TimexFormat.AtUnit(TimexFormat.Add(dct, unit, sign * n.Value), unit);
        return value is null ? null : new Normalized(TimeType.Date, value);
    }

    /// <summary>
    /// "In the first nine months, net rose 5% from a year earlier": a sentence about a span of six months or
    /// more compares with the year before, not with the quarter the story is about.
    /// </summary>
    private static bool TalksOfMonths(NormalizeContext c)
    {
        for (var i = c.SentenceFrom + 1; i < c.SentenceTo && i < c.Tokens.Length; i++)
            if (c.Tokens[i].Is(TimeClass.Units) && c.Tokens[i].Code == "M" && c.Tokens[i - 1].Is(TimeClass.Num) && c.Tokens[i - 1].Number >= 6)
                return true;
        return false;
    }

    private static Normalized? Duration(in PatternMatch m, NormalizeContext c)
    {
        var unit = c.Tokens[m.Get("unit")!.Value].Code!;
        var n = Num(m, c, "n");
        if (n is null && m.Get("n") is null && !m.Pattern.Args.ContainsKey("n")) return null;
        // a count above one takes a plural unit: "the 1988 second quarter" is no duration, "9000 years" is
        if (n is { } k && (k <= 0 || (k > 1 && !c.Tokens[m.Get("unit")!.Value].Is(TimeClass.Units) && m.Get("n") is not null && c.Tokens[m.Get("n")!.Value].Is(TimeClass.Year)))) return null;
        // "three-quarters" is a fraction
        var unitAt = m.Get("unit")!.Value;
        // "more than a quarter of the market" is a fraction
        if (c.Tokens[unitAt].Code == "Q" && !c.Tokens[unitAt].Is(TimeClass.Units) && unitAt + 1 < c.Tokens.Length && c.Tokens[unitAt + 1].Lower == "of") return null;
        if (IsTitle(c, unitAt)) return null;
        // "a second group": the ordinal before a word, not the unit of time
        if (c.Tokens[unitAt].Lower == "second" && unitAt + 1 < c.Tokens.Length && c.Tokens[unitAt + 1] is { Lower.Length: 0, Letter: true, Capitalized: false }) return null;
        if (unit == "Q" && unitAt > 0 && c.Tokens[unitAt - 1].Lower == "-") return null;
        var count = n?.ToString(Inv) ?? "X";
        if (m.Pattern.Args.ContainsKey("half") && n is { } h)
        {
            // TimeBank writes the half in the next smaller unit: 2 1/2 years P2Y6M, 5 1/2 hours PT5H30M
            var half = unit switch
            {
                "Y" => string.Create(Inv, $"P{h}Y6M"),
                "M" => string.Create(Inv, $"P{h}M15D"),
                "D" => string.Create(Inv, $"P{h}DT12H"),
                "TH" => string.Create(Inv, $"PT{h}H30M"),
                "TM" => string.Create(Inv, $"PT{h}M30S"),
                _ => null,
            };
            if (half is not null) return new Normalized(TimeType.Duration, half);
            count += ".5";
        }
        // TimeBank writes decades and centuries in years
        if (unit is "DE" or "CE" && n is { } y) (count, unit) = ((y * (unit == "DE" ? 10 : 100)).ToString(Inv), "Y");
        return new Normalized(TimeType.Duration, TimexFormat.Duration(count, unit));
    }

    private static Normalized? Quarter(in PatternMatch m, NormalizeContext c)
    {
        int q;
        if (m.Get("unit") is { } ui && c.Tokens[ui].Is(TimeClass.Units)) return null;
        if (m.Get("qtoken") is { } qi) q = c.Tokens[qi].Code![0] - '0';
        else if (m.Get("ord") is { } oi) q = c.Tokens[oi].Ordinal;
        else q = 0;
        if (q > 4) return null;
        var byNumber = q > 0;
        int? year = m.Get("year") is { } yi ? c.Tokens[yi].Number : null;
        if (year is null && m.HasWord(c.Tokens, "'s") && c.Dct is { } d0 && Direction(m, c) is { } dir)
        {
            // "this year's third quarter", "last year's quarter"
            year = d0.Year + dir;
            if (q == 0) q = TimexFormat.QuarterOf(TimexFormat.Add(d0, "Q", -1).Month);
        }
        if (year is null && c.Dct is not { } _)
            return new Normalized(TimeType.Date, q == 0 ? "XXXX-QX" : string.Create(Inv, $"XXXX-Q{q}"));
        if (year is null && c.Dct is { } dct)
        {
            var current = TimexFormat.QuarterOf(dct.Month);
            if (q == 0 && m.Pattern.Args.ContainsKey("named"))
            {
                // "the latest period" of an earnings story is the quarter it named last; with none named it is vague
                if (c.StoryQuarter is not { } named) return null;
                (year, q) = named;
            }
            else if (q == 0 && m.Pattern.Args.ContainsKey("story") && c.LastNumberedQuarter is { } numbered)
            {
                // "the quarter" of a story that said which quarter it reports on ("the fiscal first quarter")
                (year, q) = c.StoryQuarter ?? numbered;
            }
            else if (q == 0)
            {
                // "the quarter", "the latest quarter": the one the company just reported
                var n = m.Pattern.Args.TryGetValue("n", out var a) ? int.Parse(a, Inv) : 0;
                var d = TimexFormat.Add(dct, "Q", n);
                year = d.Year; q = TimexFormat.QuarterOf(d.Month);
            }
            else year = c.Tense == Tense.Past && q > current ? dct.Year - 1 : dct.Year;
        }
        // "the 1989 period": the story's quarter in an earnings story about one, else the year
        if (q == 0 && m.Pattern.Args.ContainsKey("period") && (c.StoryQuarter is null || TalksOfMonths(c)))
            return new Normalized(TimeType.Date, TimexFormat.Year(year!.Value));
        if (q == 0)
        {
            // "the 1988 quarter": the quarter the story is about, in that year
            if (c.StoryQuarter is { } named) q = named.Q;
            else if (c.Dct is { } d1) q = TimexFormat.QuarterOf(TimexFormat.Add(d1, "Q", -1).Month);
            else return new Normalized(TimeType.Date, string.Create(Inv, $"{year!.Value:D4}-QX"));
        }
        c.NameQuarter(year!.Value, q, byNumber);
        return new Normalized(TimeType.Date, TimexFormat.Quarter(year.Value, q));
    }

    private static Normalized? Half(in PatternMatch m, NormalizeContext c)
    {
        var h = m.Pattern.Args.TryGetValue("h", out var ha) ? int.Parse(ha, Inv) : c.Tokens[m.Get("ord")!.Value].Ordinal;
        if (h is not (1 or 2)) return null;
        var year = m.Get("year") is { } yi ? c.Tokens[yi].Number : c.Dct?.Year;
        return new Normalized(TimeType.Date, year is { } y ? string.Create(Inv, $"{y:D4}-H{h}") : string.Create(Inv, $"XXXX-H{h}"));
    }

    private static Normalized? Clock(in PatternMatch m, NormalizeContext c)
    {
        int hour, minute = 0;
        string? ampm = null;
        if (m.Pattern.Args.TryGetValue("hour", out var h)) hour = int.Parse(h, Inv);
        else if (m.Get("clock") is { } ci) { hour = c.Tokens[ci].Hour; minute = c.Tokens[ci].Minute; ampm = c.Tokens[ci].Is(TimeClass.AmPm) ? c.Tokens[ci].Code : null; }
        else
        {
            hour = c.Tokens[m.Get("hour")!.Value].Number;
            if (hour is < 1 or > 12) return null;
        }
        if (m.Get("ampm") is { } ai) ampm = c.Tokens[ai].Code;
        if (ampm == "PM" && hour < 12) hour += 12;
        if (ampm == "AM" && hour == 12) hour = 0;
        if (hour > 24) return null;
        string day;
        if (m.Get("weekday") is not null)
            day = Weekday(m, c)!.Value.Value; // "9 a.m. Tuesday": that Tuesday
        else if (m.Get("month") is not null)
        {
            if (Date(m, c) is not { } d) return null;
            day = d.Value;
        }
        // "was shot at 10 p.m.": the day the story last named, else the article's
        else day = c.Dct is null ? "XXXX-XX-XX" : AnchorDay(c) is { } anchor ? TimexFormat.Day(anchor) : TimexFormat.Day(c.Dct.Value);
        return new Normalized(TimeType.Time, string.Create(Inv, $"{day}T{hour:D2}:{minute:D2}"));
    }

    private static Normalized? Set(in PatternMatch m, NormalizeContext c)
    {
        // "the People's Daily" is a newspaper: a capitalized set word after another word is a name
        var first = c.Tokens[m.ExtentFrom];
        if (first.Capitalized && m.ExtentFrom > 0 && c.Tokens[m.ExtentFrom - 1].Lower is not ("," or "." or "--" or "\"" or "``" or ":" or ";")) return null;
        var unit = m.Pattern.Args.GetValueOrDefault("unit") ?? c.Tokens[m.Get("unit")!.Value].Code!;
        var n = Num(m, c, "n") ?? 1;
        return new Normalized(TimeType.Set, TimexFormat.Duration(n.ToString(Inv), unit));
    }
}
