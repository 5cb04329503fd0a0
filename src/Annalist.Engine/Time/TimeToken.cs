using System.Globalization;

namespace Annalist.Time;

/// <summary>Lexicon classes a token can belong to; pattern elements test these bits.</summary>
[Flags]
internal enum TimeClass
{
    None = 0,
    Month = 1 << 0, Weekday = 1 << 1, Season = 1 << 2, Num = 1 << 3, Few = 1 << 4, Ord = 1 << 5,
    Day = 1 << 6, Year = 1 << 7, Decade = 1 << 8, Unit = 1 << 9, Units = 1 << 10, Part = 1 << 11,
    AmPm = 1 << 12, Clock = 1 << 13, QToken = 1 << 14, SlashDate = 1 << 15, Holiday = 1 << 16, Zone = 1 << 17,
    Quote = 1 << 18, // a quotation mark (" `` '' “ ”): the tense cues do not look past it
}

/// <summary>
/// What the time stage knows about one token: its lower-cased text, classes and the values they
/// carry. Numbers are parsed once here so patterns and normalizers only compare integers.
/// </summary>
internal struct TimeToken
{
    public int Start, End;
    public string Lower;
    public TimeClass Classes;
    public int Number;       // Num, Day, Year, Ord (its position), Month (1-12), Weekday (1-7)
    public int Month, Weekday, Ordinal;
    public string? Code;     // Season, Unit, Part, AmPm, Few, Decade ("199"), Holiday ("12-25"), QToken ("3")
    public int Hour, Minute; // Clock
    public string? SlashValue;
    public bool MidPrefix;   // "mid-June": one token carrying the MID modifier
    public bool PastEd;      // a lower-case word ending in -ed (a cheap past-tense cue)
    public bool Capitalized; // first letter upper case
    public bool Letter;      // a word no rule mentions that starts with a letter (Lower is empty for those)

    public readonly bool Is(TimeClass c) => (Classes & c) != 0;
}

/// <summary>
/// Sorts tokens into <see cref="TimeClass"/>es using the lexicon. Every word the rules can
/// mention (lexicon forms, pattern words, words the code tests) is classified once up front;
/// a token is then one lookup of its lower-cased span, and words no rule mentions get no string.
/// </summary>
internal sealed class TimeTokenClassifier
{
    private readonly Dictionary<string, TimeToken[]> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeToken[]>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;

    public TimeTokenClassifier(TimeLexicon lexicon, IEnumerable<string> words)
    {
        _month = Copy(lexicon.Section("month"));
        _weekday = Copy(lexicon.Section("weekday"));
        _season = Copy(lexicon.Section("season"));
        _number = Copy(lexicon.Section("number"));
        _ordinal = Copy(lexicon.Section("ordinal"));
        _few = Copy(lexicon.Section("few"));
        _unit = Copy(lexicon.Section("unit"));
        _part = Copy(lexicon.Section("part"));
        _ampm = Copy(lexicon.Section("ampm"));
        _holiday = Copy(lexicon.Section("holiday"));
        _zone = Copy(lexicon.Section("zone"));
        var all = new HashSet<string>(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var section in (string[])["month", "weekday", "season", "number", "ordinal", "few", "unit", "part", "ampm", "holiday", "zone", "modifier", "future", "past", "intent", "determiner"])
            foreach (var form in lexicon.Section(section).Keys)
                foreach (var w in form.Split(' ', StringSplitOptions.RemoveEmptyEntries)) all.Add(w);
        foreach (var w in all)
        {
            if (w.Length == 0 || w.Length > 24) continue;
            // three casings matter: lower ("may"), capitalized ("May"), all capitals ("EST")
            var cap = char.ToUpperInvariant(w[0]) + w[1..];
            var upper = w.ToUpperInvariant();
            _known[w] = [ClassifySlow(w, 0, w.Length), ClassifySlow(cap, 0, cap.Length), ClassifySlow(upper, 0, upper.Length)];
            for (var k = 0; k < 3; k++) _known[w][k].Lower = w;
        }
        _knownLookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TimeToken Classify(string text, int start, int end)
    {
        var len = end - start;
        var span = text.AsSpan(start, len);
        if (len > 24 || len == 0) return new TimeToken { Start = start, End = end, Lower = "" };
        var c0 = span[0];
        // digits, decades and "mid-June" are parsed from their characters
        if (char.IsDigit(c0) || c0 is '\'' or '\u2019' || (len == 2 && c0 is 'Q' or 'q') || (len > 4 && (c0 is 'm' or 'M') && span[3] == '-'))
            return ClassifySlow(text, start, end);
        Span<char> lower = stackalloc char[len];
        span.ToLowerInvariant(lower);
        if (_knownLookup.TryGetValue(lower, out var variants))
        {
            var casing = !char.IsUpper(c0) ? 0 : len > 1 && char.IsUpper(span[^1]) ? 2 : 1;
            var t = variants[casing];
            t.Start = start; t.End = end;
            return t;
        }
        var unknown = new TimeToken { Start = start, End = end, Lower = "", Capitalized = char.IsUpper(c0), Letter = char.IsLetter(c0) };
        // regular past tense; "need", "speed", "seed" are short or doubled-e, so they are skipped
        unknown.PastEd = len > 4 && lower[^2] == 'e' && lower[^1] == 'd' && lower[^3] != 'e' && char.IsAsciiLetterLower(c0);
        return unknown;
    }

    private readonly Dictionary<string, string> _month;
    private readonly Dictionary<string, string> _weekday;
    private readonly Dictionary<string, string> _season;
    private readonly Dictionary<string, string> _number;
    private readonly Dictionary<string, string> _ordinal;
    private readonly Dictionary<string, string> _few;
    private readonly Dictionary<string, string> _unit;
    private readonly Dictionary<string, string> _part;
    private readonly Dictionary<string, string> _ampm;
    private readonly Dictionary<string, string> _holiday;
    private readonly Dictionary<string, string> _zone;

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> d) => new(d, StringComparer.Ordinal);

    private TimeToken ClassifySlow(string text, int start, int end)
    {
        var t = new TimeToken { Start = start, End = end, Lower = "" };
        var len = end - start;
        if (len > 24) return t; // no time word is this long; keeps long tokens cheap
        var span = text.AsSpan(start, len);
        var lower = span.ToString().ToLowerInvariant();
        t.Lower = lower;
        var capitalized = char.IsUpper(span[0]);
        t.Capitalized = capitalized;
        if (lower is "\"" or "``" or "''" or "\u201c" or "\u201d") t.Classes |= TimeClass.Quote;

        if (capitalized && _month.TryGetValue(lower, out var v)) { t.Classes |= TimeClass.Month; t.Month = int.Parse(v, CultureInfo.InvariantCulture); }
        if (capitalized && _weekday.TryGetValue(lower, out v)) { t.Classes |= TimeClass.Weekday; t.Weekday = int.Parse(v, CultureInfo.InvariantCulture); }
        if (_season.TryGetValue(lower, out v)) { t.Classes |= TimeClass.Season; t.Code = v; }
        if (_number.TryGetValue(lower, out v)) { t.Classes |= TimeClass.Num; t.Number = int.Parse(v, CultureInfo.InvariantCulture); }
        if (_ordinal.TryGetValue(lower, out v))
        {
            t.Classes |= TimeClass.Ord; t.Ordinal = int.Parse(v, CultureInfo.InvariantCulture);
            if (char.IsDigit(lower[0])) t.Classes |= TimeClass.Day;
            t.Number = t.Ordinal;
        }
        if (_few.TryGetValue(lower, out v)) { t.Classes |= TimeClass.Few; t.Code = v; }
        if (_unit.TryGetValue(lower, out v))
        {
            t.Classes |= TimeClass.Unit; t.Code = v;
            if (lower.EndsWith('s')) t.Classes |= TimeClass.Units;
        }
        if (_part.TryGetValue(lower, out v)) { t.Classes |= TimeClass.Part; t.Code = v; }
        if (_ampm.TryGetValue(lower, out v)) { t.Classes |= TimeClass.AmPm; t.Code = v; }
        if (_zone.ContainsKey(lower) && char.IsUpper(span[^1])) t.Classes |= TimeClass.Zone;
        if (_holiday.TryGetValue(lower, out v) && capitalized) { t.Classes |= TimeClass.Holiday; t.Code = v; }

        if (char.IsDigit(span[0])) ClassifyDigits(span, ref t);
        else if (span[0] is '\'' or '\u2019' && len == 4 && char.IsDigit(span[1]) && char.IsDigit(span[2]) && span[3] == 's')
        {
            // '90s: a decade of the 1900s (news before 2000 writes them so)
            t.Classes |= TimeClass.Decade; t.Code = "19" + span[1];
        }
        else if (len is 2 && (span[0] is 'Q' or 'q') && span[1] is >= '1' and <= '4') { t.Classes |= TimeClass.QToken; t.Code = span[1].ToString(); }
        else if (lower.StartsWith("mid-", StringComparison.Ordinal) && len > 4 && char.IsUpper(span[4]) && _month.TryGetValue(lower[4..], out v))
        {
            t.Classes |= TimeClass.Month; t.Month = int.Parse(v, CultureInfo.InvariantCulture); t.MidPrefix = true;
        }
        return t;
    }

    private static void ClassifyDigits(ReadOnlySpan<char> s, ref TimeToken t)
    {
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits == s.Length)
        {
            if (digits > 4) return;
            var n = int.Parse(s, CultureInfo.InvariantCulture);
            t.Classes |= TimeClass.Num; t.Number = n;
            if (digits <= 2 && n is >= 1 and <= 31) t.Classes |= TimeClass.Day;
            if (digits == 4 && n is >= 1000 and <= 2199) t.Classes |= TimeClass.Year;
            return;
        }
        var rest = s[digits..];
        if (rest is "s" && digits is 4 && s[3] == '0') { t.Classes |= TimeClass.Decade; t.Code = s[..3].ToString(); return; }
        if (rest is "s" && digits is 2 && s[1] == '0') { t.Classes |= TimeClass.Decade; t.Code = "19" + s[0]; return; }
        if (digits is 1 or 2 && rest.Length == 3 && rest[0] == ':' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]))
        {
            var h = int.Parse(s[..digits], CultureInfo.InvariantCulture);
            var m = int.Parse(rest[1..], CultureInfo.InvariantCulture);
            if (h <= 24 && m < 60) { t.Classes |= TimeClass.Clock; t.Hour = h; t.Minute = m; }
            return;
        }
        if (digits is 1 or 2 && (rest is "am" or "pm" or "a.m." or "p.m."))
        {
            // "3pm" as one token
            var h = int.Parse(s[..digits], CultureInfo.InvariantCulture);
            if (h is >= 1 and <= 12) { t.Classes |= TimeClass.Clock | TimeClass.AmPm; t.Hour = h; t.Code = rest[0] == 'a' ? "AM" : "PM"; }
            return;
        }
        // 05/16/2025 or 5/16/25: month first, as US news writes it
        var parts = s.ToString().Split('/');
        if (parts.Length == 3 && parts[0].Length is 1 or 2 && parts[1].Length is 1 or 2 && parts[2].Length is 2 or 4
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var mo) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var d)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var y) && mo is >= 1 and <= 12 && d is >= 1 and <= 31)
        {
            if (parts[2].Length == 2) y += y < 50 ? 2000 : 1900;
            t.Classes |= TimeClass.SlashDate;
            t.SlashValue = string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{mo:D2}-{d:D2}");
        }
    }
}
