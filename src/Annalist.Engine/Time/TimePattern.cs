using System.Globalization;

namespace Annalist.Time;

/// <summary>One element of a pattern: a set of words or a lexicon class, with its flags.</summary>
internal sealed record PatternElement(string[]? Words, TimeClass Class, string? Code, string Name, bool Optional, bool Glued, bool Context, bool Negated = false)
{
    public bool Accepts(in TimeToken t)
    {
        if (Words is not null) return Array.IndexOf(Words, t.Lower) >= 0 || (Class != TimeClass.None && t.Is(Class));
        if (!t.Is(Class)) return false;
        return Code is null || t.Code == Code;
    }
}

/// <summary>
/// A token pattern from <c>patterns.txt</c> with the TIMEX3 type and the normalization function
/// (and its arguments) that turns a match into a value.
/// </summary>
internal sealed class TimePattern
{
    public required PatternElement[] Elements { get; init; }
    public required TimeType Type { get; init; }
    public required string Function { get; init; }
    public required IReadOnlyDictionary<string, string> Args { get; init; }
    public required int Line { get; init; }

    /// <summary>The words a match can start with, or null when it starts with a class.</summary>
    public string[]? FirstWords { get; init; }

    /// <summary>The classes a match can start with.</summary>
    public TimeClass FirstClasses { get; init; }

    public static List<TimePattern> ParseAll(string text)
    {
        var result = new List<TimePattern>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            result.Add(Parse(line, lineNo));
        }
        return result;
    }

    private static TimePattern Parse(string line, int lineNo)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0) throw new FormatException($"patterns.txt:{lineNo}: missing '=>'");
        var elements = line[..arrow].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => ParseElement(e, lineNo)).ToArray();
        var rhs = line[(arrow + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rhs.Length < 2) throw new FormatException($"patterns.txt:{lineNo}: expected 'TYPE function' after '=>'");
        var type = rhs[0] switch
        {
            "DATE" => TimeType.Date, "TIME" => TimeType.Time, "DURATION" => TimeType.Duration, "SET" => TimeType.Set,
            _ => throw new FormatException($"patterns.txt:{lineNo}: unknown type '{rhs[0]}'"),
        };
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in rhs.Skip(2))
        {
            var eq = a.IndexOf('=');
            if (eq <= 0) throw new FormatException($"patterns.txt:{lineNo}: argument '{a}' is not key=value");
            args[a[..eq]] = a[(eq + 1)..];
        }
        // What the first token can be: every element up to and including the first required one.
        var words = new List<string>();
        var classes = TimeClass.None;
        var anyClass = false;
        foreach (var e in elements)
        {
            if (e.Negated) continue;
            if (e.Words is not null) words.AddRange(e.Words); else { classes |= e.Class; anyClass = true; }
            if (!e.Optional) break;
        }
        return new TimePattern
        {
            Elements = elements, Type = type, Function = rhs[1], Args = args, Line = lineNo,
            FirstWords = words.Count > 0 || !anyClass ? [.. words] : [], FirstClasses = classes,
        };
    }

    private static PatternElement ParseElement(string e, int lineNo)
    {
        var context = e.StartsWith('[') && e.EndsWith(']');
        if (context) e = e[1..^1];
        var negated = context && e.StartsWith('!');
        if (negated)
        {
            // "[!<NUM>|million]": words and at most one class
            var alts = e[1..].Split('|');
            var cls = TimeClass.None;
            foreach (var a in alts.Where(a => a.StartsWith('<')))
                if (!Enum.TryParse(a[1..^1], ignoreCase: true, out cls)) throw new FormatException($"patterns.txt:{lineNo}: unknown class '{a}'");
            return new PatternElement([.. alts.Where(a => !a.StartsWith('<')).Select(a => a.ToLowerInvariant())], cls, null, "", false, false, true, true);
        }
        var glued = e.StartsWith('~') && e.Length > 1;
        if (glued) e = e[1..];
        var optional = e.EndsWith('?') && e.Length > 1;
        if (optional) e = e[..^1];
        if (e.StartsWith('<') && e.EndsWith('>'))
        {
            var body = e[1..^1];
            string? code = null;
            var eq = body.IndexOf('=');
            if (eq > 0) { code = body[(eq + 1)..]; body = body[..eq]; }
            var colon = body.IndexOf(':');
            var name = colon > 0 ? body[(colon + 1)..] : body.ToLowerInvariant();
            var cls = colon > 0 ? body[..colon] : body;
            if (!Enum.TryParse<TimeClass>(cls, ignoreCase: true, out var c) || c == TimeClass.None)
                throw new FormatException($"patterns.txt:{lineNo}: unknown class '{cls}'");
            if (cls == "UNITS") name = "unit";
            return new PatternElement(null, c, code, name, optional, glued, context);
        }
        return new PatternElement(e.ToLowerInvariant().Split('|'), TimeClass.None, null, "", optional, glued, context);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"patterns.txt:{Line}");
}

/// <summary>A pattern matched at a token position: token range, extent range, and the tokens each name captured.</summary>
internal readonly record struct PatternMatch(TimePattern Pattern, int From, int To, int ExtentFrom, int ExtentTo, (string Name, int Token)[] Captures)
{
    public int? Get(string name)
    {
        foreach (var (n, t) in Captures) if (n == name) return t;
        return null;
    }

    /// <summary>True when one of the extent tokens is <paramref name="word"/> (lower-cased).</summary>
    public bool HasWord(TimeToken[] tokens, string word)
    {
        for (var i = ExtentFrom; i < ExtentTo; i++) if (tokens[i].Lower == word) return true;
        return false;
    }
}

/// <summary>Matches patterns against a token array with bounded backtracking (patterns are short).</summary>
internal static class PatternMatcher
{
    // caps: a scratch list the caller reuses (cleared here), so a failed attempt allocates nothing
    public static bool TryMatch(TimePattern p, TimeToken[] tokens, int count, int at, List<(string, int)> caps, out PatternMatch match)
    {
        caps.Clear();
        var end = Step(p.Elements, 0, tokens, count, at, at, caps, out var extentFrom, out var extentTo);
        if (end < 0 || extentTo <= extentFrom) { match = default; return false; }
        match = new PatternMatch(p, at, end, extentFrom, extentTo, [.. caps]);
        return true;
    }

    // Returns the token index after the match, or -1. Greedy: an optional element is tried first.
    private static int Step(PatternElement[] els, int e, TimeToken[] tokens, int count, int start, int i,
        List<(string, int)> caps, out int extentFrom, out int extentTo)
    {
        extentFrom = extentTo = 0;
        if (e == els.Length)
        {
            // extent: from the first to the last token matched by a non-context element
            return i;
        }
        var el = els[e];
        if (el.Negated)
        {
            // looks at the token before the match (first element) or at the next token; consumes nothing
            var look = e == 0 ? start - 1 : i;
            if (look >= 0 && look < count && el.Accepts(tokens[look])) return -1;
            return Step(els, e + 1, tokens, count, start, i, caps, out extentFrom, out extentTo);
        }
        if (i < count && el.Accepts(tokens[i]) && (!el.Glued || i == start || tokens[i].Start == tokens[i - 1].End))
        {
            var mark = caps.Count;
            if (el.Words is null) caps.Add((el.Name, i));
            var end = Step(els, e + 1, tokens, count, start, i + 1, caps, out extentFrom, out extentTo);
            if (end >= 0)
            {
                if (!el.Context)
                {
                    if (extentTo <= extentFrom) { extentFrom = i; extentTo = i + 1; }
                    else extentFrom = i;
                }
                return end;
            }
            caps.RemoveRange(mark, caps.Count - mark);
        }
        if (el.Optional) return Step(els, e + 1, tokens, count, start, i, caps, out extentFrom, out extentTo);
        return -1;
    }
}
