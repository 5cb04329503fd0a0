using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Time;

/// <summary>
/// The time stage: finds DATE, TIME, DURATION and SET expressions with TimeML extents and
/// normalizes them to TIMEX3 values against the document date. Rules are data
/// (<c>Time/Resources/patterns.txt</c> and <c>lexicon.txt</c>); this class only runs them:
/// at each token the longest pattern match whose function accepts it wins, scanning left to right.
/// </summary>
public sealed class TimeTagger : IStage
{
    private static readonly Lazy<Rules> DefaultRules = new(() => new Rules(
        TimeLexicon.Default, TimePattern.ParseAll(ResourceText.Read("patterns.txt"))));

    private readonly Rules _rules;

    public TimeTagger() => _rules = DefaultRules.Value;

    public string Name => "times";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<Layer> Produces => [TimeLayers.Times];

    public void Run(Document document) => document.Set(TimeLayers.Times, Tag(document));

    /// <summary>The time expressions of a tokenized, sentence-split document.</summary>
    public ImmutableArray<TimeExpression> Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var spans = document.Get(CoreLayers.Tokens);
        var tokens = new TimeToken[spans.Length];
        for (var i = 0; i < spans.Length; i++) tokens[i] = _rules.Classifier.Classify(text, spans[i].Start, spans[i].End);
        var context = new NormalizeContext { Tokens = tokens, Dct = document.Date, Cues = _rules.Tense };
        var resolved = new NormalizeContext { Tokens = tokens, Dct = null }; // for the unresolved values
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        foreach (var s in document.Get(CoreLayers.Sentences))
            TagSentence(tokens, s.FirstToken, s.FirstToken + s.TokenCount, context, resolved, result);
        return result.ToImmutable();
    }

    private void TagSentence(TimeToken[] tokens, int from, int to, NormalizeContext c, NormalizeContext unresolved, ImmutableArray<TimeExpression>.Builder result)
    {
        var lastEnd = from;
        var i = from;
        while (i < to)
        {
            if (!_rules.CanStart(tokens[i])) { i++; continue; }
            var best = Best(tokens, from, to, i, c);
            if (best is not { } b) { i++; continue; }
            var (m, n) = b;
            var start = m.ExtentFrom;
            var mod = n.Mod;
            var end = m.ExtentTo;
            // a comma or dash at an edge comes from an optional element that matched nothing else
            while (start < end - 1 && IsEdgePunct(tokens[start].Lower)) start++;
            while (end - 1 > start && IsEdgePunct(tokens[end - 1].Lower)) end--;
            while (end - 1 > start && tokens[end - 1].Lower is "of" or "the" or "and") end--;
            if (_rules.Modifier(tokens, lastEnd, start) is { } pre && FitsModifier(pre.Mod, n.Type, m.Pattern.Function))
            {
                start = pre.From;
                mod ??= pre.Mod;
                // "the early 1990s": the article goes with the modified expression
                if (start - 1 >= lastEnd && tokens[start - 1].Lower == "the" && tokens[start].Lower != "the") start--;
            }
            if (end + 1 < to && tokens[end].Lower == "or" && tokens[end + 1].Lower == "so")
            {
                end += 2;
                mod ??= "APPROX";
            }
            string? plain = null;
            if (c.Dct is not null)
            {
                // without an article date no function asks for the tense
                var u = TimeNormalizer.Normalize(m, unresolved);
                if (u is { } uv && uv.Value != n.Value) plain = uv.Value;
            }
            result.Add(new TimeExpression(tokens[start].Start, tokens[end - 1].End, n.Type, n.Value, mod, plain));
            if (n.Type is TimeType.Date or TimeType.Time && n.Value.Length >= 4 && char.IsAsciiDigit(n.Value[0]) && char.IsAsciiDigit(n.Value[3])) c.Anchor = n.Value;
            lastEnd = end;
            i = end;
            // "April 24 and 25": the second day of the same month; "April 24 and 25, 1999": of that year, both
            if (n.Type == TimeType.Date && n.Value.Length == 10 && char.IsAsciiDigit(n.Value[0]) && SecondDay(tokens, end, to) is { } second)
            {
                var inv = System.Globalization.CultureInfo.InvariantCulture;
                var last = second;
                string? secondPlain = plain is { Length: 10 } p ? p[..8] + tokens[second].Number.ToString("D2", inv) : null;
                var first = n.Value;
                if (second + 2 < to && tokens[second + 1].Lower == "," && tokens[second + 2].Is(TimeClass.Year) && plain is not null)
                {
                    // the year after the pair belongs to both days; the first is no longer anchored to the article
                    first = tokens[second + 2].Number.ToString("D4", inv) + n.Value[4..];
                    last = second + 2;
                    secondPlain = null;
                }
                var value = string.Create(inv, $"{first[..8]}{tokens[second].Number:D2}");
                if (DateOnly.TryParseExact(first, "yyyy-MM-dd", inv, System.Globalization.DateTimeStyles.None, out _)
                    && DateOnly.TryParseExact(value, "yyyy-MM-dd", inv, System.Globalization.DateTimeStyles.None, out _))
                {
                    if (first != n.Value) result[^1] = result[^1] with { Value = first, Unresolved = null };
                    result.Add(new TimeExpression(tokens[second].Start, tokens[last].End, TimeType.Date, value, null, secondPlain));
                    c.Anchor = value;
                    lastEnd = i = last + 1;
                }
            }
        }
    }

    /// <summary>A bare day number after "and", "or" or "to" that ends the phrase ("on April 24 and 25.").</summary>
    private static int? SecondDay(TimeToken[] tokens, int end, int to)
    {
        if (end + 1 >= to || tokens[end].Lower is not ("and" or "or" or "to")) return null;
        var d = tokens[end + 1];
        if (!d.Is(TimeClass.Day) || d.Is(TimeClass.Ord) || d.Number is < 1 or > 31) return null;
        // then punctuation: a known mark, or an unknown token that is no word (".", ")")
        if (end + 2 < to && tokens[end + 2] is var next && next.Lower is not ("," or ";" or ":" or "--") && (next.Lower.Length > 0 || next.Letter)) return null;
        return end + 1;
    }

    /// <summary>
    /// Point modifiers (early, late, mid) go with dates and times; amount modifiers (about, at least)
    /// with durations and "two years ago"-style dates, not with a calendar date ("until at least June 23").
    /// </summary>
    private static bool FitsModifier(string mod, TimeType type, string function) => mod switch
    {
        "START" or "END" or "MID" => type is TimeType.Date or TimeType.Time,
        _ => type == TimeType.Duration || function is "ago" or "later" or "ref",
    };

    private static bool IsEdgePunct(string t) => t is "," or "-" or "--" or ";" or ":";

    private (PatternMatch M, Normalized N)? Best(TimeToken[] tokens, int from, int to, int at, NormalizeContext c)
    {
        PatternMatch[]? candidates = null;
        var count = 0;
        Span<bool> tryIt = stackalloc bool[_rules.Patterns.Length];
        _rules.MarkCandidates(tokens[at], tryIt);
        for (var k = 0; k < tryIt.Length; k++)
        {
            if (!tryIt[k]) continue;
            var p = _rules.Patterns[k];
            if (!PatternMatcher.TryMatch(p, tokens, to, at, c.Scratch, out var m)) continue;
            candidates ??= new PatternMatch[8];
            if (count == candidates.Length) Array.Resize(ref candidates, count * 2);
            candidates[count++] = m;
        }
        if (candidates is null) return null;
        // longest extent first; on a tie the earlier line of patterns.txt (stable sort)
        var ordered = candidates.AsSpan(0, count).ToArray().OrderByDescending(m => m.ExtentTo - m.ExtentFrom).ThenByDescending(m => m.To - m.From);
        foreach (var m in ordered)
        {
            c.SentenceFrom = from;
            c.SentenceTo = to;
            c.AskTenseAround(m.ExtentFrom, m.ExtentTo);
            if (TimeNormalizer.Normalize(m, c) is { } n) return (m, n);
        }
        return null;
    }

    /// <summary>Patterns, lexicon classes and modifier words, built once.</summary>
    private sealed class Rules
    {
        public Rules(TimeLexicon lexicon, List<TimePattern> patterns)
        {
            foreach (var p in patterns)
                if (!TimeNormalizer.IsKnown(p.Function))
                    throw new FormatException($"{p}: unknown normalization function '{p.Function}'");
            Patterns = [.. patterns];
            Classifier = new TimeTokenClassifier(lexicon,
                patterns.SelectMany(p => p.Elements).SelectMany(e => e.Words ?? []).Concat(TimeNormalizer.CodeWords));
            Tense = new TenseCues(lexicon);
            foreach (var p in patterns)
            {
                StartClasses |= p.FirstClasses;
                foreach (var w in p.FirstWords ?? []) StartWords.Add(w);
            }
            foreach (var (form, mod) in lexicon.Section("modifier"))
                if (form != "or so") Modifiers.Add((form.Split(' ', StringSplitOptions.RemoveEmptyEntries), mod));
            Modifiers.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            // index patterns by what their first token can be, so a token tries only those
            _byWord = Patterns.SelectMany((p, k) => (p.FirstWords ?? []).Select(w => (w, k)))
                .GroupBy(x => x.w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.k).Distinct().ToArray(), StringComparer.Ordinal);
            _byClass = new int[32][];
            for (var bit = 0; bit < 32; bit++)
                _byClass[bit] = [.. Enumerable.Range(0, Patterns.Length).Where(k => ((uint)Patterns[k].FirstClasses & (1u << bit)) != 0)];
        }

        public TimePattern[] Patterns { get; }
        public TimeTokenClassifier Classifier { get; }
        public TenseCues Tense { get; }
        private TimeClass StartClasses { get; }
        private HashSet<string> StartWords { get; } = new(StringComparer.Ordinal);
        private List<(string[] Words, string Mod)> Modifiers { get; } = [];

        /// <summary>Marks, in file order, the patterns whose first element can match <paramref name="t"/>.</summary>
        public void MarkCandidates(in TimeToken t, Span<bool> mark)
        {
            if (t.Lower.Length > 0 && _byWord.TryGetValue(t.Lower, out var ws))
                foreach (var k in ws) mark[k] = true;
            var classes = (uint)t.Classes;
            while (classes != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(classes);
                foreach (var k in _byClass[bit]) mark[k] = true;
                classes &= classes - 1;
            }
        }

        private readonly Dictionary<string, int[]> _byWord;
        private readonly int[][] _byClass;

        public bool CanStart(in TimeToken t) => (t.Classes & StartClasses) != 0 || (t.Lower.Length > 0 && StartWords.Contains(t.Lower));

        /// <summary>"early", "the end of", "mid-" right before an expression: its first token and the TIMEX3 mod.</summary>
        public (int From, string Mod)? Modifier(TimeToken[] tokens, int lowest, int start)
        {
            foreach (var (words, mod) in Modifiers) // longest first: "the end of" before "end of"
            {
                var from = start - words.Length;
                if (from < lowest) continue;
                var ok = true;
                for (var k = 0; k < words.Length && ok; k++) ok = tokens[from + k].Lower == words[k];
                if (ok) return (from, mod);
            }
            // "mid-" before a number ("mid-1990s") is the two tokens "mid" "-"
            if (start - 2 >= lowest && tokens[start - 1].Lower == "-" && tokens[start - 2].Lower == "mid" && tokens[start - 1].Start == tokens[start - 2].End)
                return (start - 2, "MID");
            return null;
        }
    }
}
