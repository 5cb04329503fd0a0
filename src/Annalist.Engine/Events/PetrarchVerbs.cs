using Annalist.Text;

namespace Annalist.Events;

/// <summary>
/// Builds Resources/petrarch.txt, trigger phrases in the format of triggers.txt, from the verb
/// pattern dictionary of PETRARCH-2 (CAMEO.2.0.txt) and the PLOVER project's CAMEO-to-PLOVER table:
/// each pattern that starts at the verb ("- * AID", "- * (TO BORDER)") with the verbs of its block,
/// as "rush/hasten * aid/aids", "rush * to * border/borders". Codes the
/// table does not map (CAMEO 01 and 02, statements and appeals) give no entry; so do patterns
/// with words before the verb (the subject side), which a phrase of triggers.txt cannot say.
/// </summary>
public static class PetrarchVerbs
{
    /// <summary>At most this many phrases from one pattern (its synonym sets multiplied out).</summary>
    private const int MaxExpansions = 40;

    public static List<string> Build(TextReader dictionary, TextReader table)
    {
        var plover = ReadTable(table);
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var verbs = new SortedSet<string>(StringComparer.Ordinal);
        var literal = new SortedSet<string>(StringComparer.Ordinal);
        List<string>? set = null;
        var inPatterns = false;
        List<string> lemmas = [], forms = [];

        string? Entry(string phrase, string code) => Map(plover, code) is { } p ? $"{phrase}\t{p}" : null;

        // the verbs of a block as one phrase start: single words as alternatives, phrases ("shut down") each alone
        static IEnumerable<string> Starts(IEnumerable<string> words)
        {
            var single = words.Where(w => !w.Contains(' ')).Distinct().ToList();
            if (single.Count > 0) yield return string.Join('/', single);
            foreach (var w in words.Where(w => w.Contains(' ')).Distinct()) yield return w;
        }

        string? line;
        while ((line = dictionary.ReadLine()) is not null)
        {
            if (line.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inPatterns = true; continue; }
            if (line.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal)) break;
            var hash = line.IndexOf('#');
            var body = (hash >= 0 ? line[..hash] : line).Trim();
            if (body.Length == 0) { set = null; continue; }
            if (!inPatterns)
            {
                if (body[0] == '&') sets[body] = set = [];
                else if (body[0] == '+' && set is not null) set.Add(Word(body[1..]));
                continue;
            }
            if (body.StartsWith("---", StringComparison.Ordinal)) { lemmas.Clear(); forms.Clear(); continue; }
            if (body[0] == '-')
            {
                var bracket = body.IndexOf('[');
                if (bracket < 0) continue;
                var code = Code(body[bracket..]);
                var pattern = body[1..bracket].Trim();
                if (!pattern.StartsWith('*') || code is null || Map(plover, code) is null) continue;
                foreach (var tail in Expand(pattern[1..], sets).Where(HasContentWord))
                {
                    foreach (var start in Starts(lemmas))
                        if (Entry($"{start} * {tail}", code) is { } e) verbs.Add(e);
                    foreach (var start in Starts(forms))
                        if (Entry($"{start} * {tail}", code) is { } f) literal.Add(f);
                }
                continue;
            }
            // a verb of the block: "SPEED {SPEEDING SPEEDS SPED}", "+SHUT_DOWN {+SHUTS_DOWN ...} [160]";
            // the verbs alone are left out (the blocks hold WordNet synonyms such as "give" and "issue" under "grant")
            var brace = body.IndexOf('{');
            var close = body.IndexOf('}');
            var head = (brace >= 0 ? body[..brace] : body.Split('[')[0]).Trim();
            if (head.Length == 0 || head.Contains(' ')) continue;
            lemmas.Add(Word(head.TrimStart('+')));
            if (brace >= 0 && close > brace)
                forms.AddRange(body[(brace + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => Word(f.TrimStart('+'))));
        }
        return ["[verbs]", .. verbs, "", "[literal]", .. literal];
    }

    // Particles, prepositions and pronouns: a phrase made only of these after the verb ("go * to",
    // "set * up", "want * it") tells nothing of the event without the parse PETRARCH matches it on.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "about", "across", "after", "against", "ahead", "along", "an", "around", "as", "at", "away", "back", "before",
        "behind", "by", "down", "for", "from", "her", "him", "himself", "in", "into", "it", "itself", "its", "me", "of",
        "off", "on", "onto", "out", "over", "the", "their", "them", "themselves", "this", "that", "these", "those", "through",
        "to", "toward", "towards", "under", "up", "upon", "us", "with", "within", "without", "you", "together", "forward",
        "aside", "apart", "home", "here", "there", "all", "more", "so", "too", "once", "again",
    };

    /// <summary>True when a position of the tail accepts no function word: the phrase names something.</summary>
    private static bool HasContentWord(string tail) =>
        tail.Split(' ').Where(w => w != "*").Any(position => position.Split('/').All(o => !FunctionWords.Contains(o.Split(' ')[0]) || o.Contains(' ') && !o.Split(' ').All(FunctionWords.Contains)));

    /// <summary>PETRARCH words are upper case with '_' between the words of a phrase and a final '_' for no inflection.</summary>
    private static string Word(string w) => w.Trim().TrimEnd('_').Replace('_', ' ').ToLowerInvariant();

    /// <summary>The first code of "[042:043]" or "[---]" (null), "[:173]" taking the second.</summary>
    private static string? Code(string text)
    {
        var open = text.IndexOf('[');
        var close = text.IndexOf(']', open + 1);
        if (open < 0 || close < 0) return null;
        var codes = text[(open + 1)..close].Split(':').Select(c => c.Trim()).Where(c => c.Length > 0 && c.All(char.IsAsciiDigit));
        return codes.FirstOrDefault();
    }

    /// <summary>The object side of a pattern as trigger phrase tails: elements joined by gaps, synonym sets as alternatives.</summary>
    private static List<string> Expand(string pattern, Dictionary<string, List<string>> sets)
    {
        // elements: a word, a synonym set, a {noun phrase}, a (prepositional phrase) that may hold a noun phrase
        var elements = new List<List<string>>();
        var tokens = pattern.Replace("(", " ( ").Replace(")", " ) ").Replace("{", " { ").Replace("}", " } ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<List<string>>? paren = null, brace = null;
        var parenRaw = new List<bool>();
        foreach (var t in tokens)
        {
            if (t is "$" or "+" or "^" or "%" or "*") continue;
            if (t == "(") { paren = []; parenRaw.Clear(); continue; }
            if (t == "{") { brace = []; continue; }
            if (t == "}")
            {
                foreach (var el in Phrase(brace ?? []))
                {
                    if (paren is not null) { paren.Add(el); parenRaw.Add(false); }
                    else elements.Add(el);
                }
                brace = null;
                continue;
            }
            if (t == ")")
            {
                // the preposition as written, a bare noun after it with its plural
                for (var k = 0; k < (paren?.Count ?? 0); k++)
                    elements.Add(k > 0 && parenRaw[k] ? Nouns(paren![k]) : paren![k]);
                paren = null;
                continue;
            }
            var options = t[0] == '&' ? (sets.TryGetValue(t, out var s) ? s : null) : [Word(t.TrimStart('+', '$', '^'))];
            if (options is null || options.Count == 0) return [];
            if (brace is not null) brace.Add(options);
            else if (paren is not null) { paren.Add(options); parenRaw.Add(true); }
            else elements.Add(Nouns(options));
        }
        if (elements.Count == 0) return [];
        // multiply out the elements, each element's options being alternatives of one phrase position
        var phrases = new List<string> { "" };
        foreach (var el in elements)
        {
            var single = el.Where(o => !o.Contains(' ')).ToList();
            var multi = el.Where(o => o.Contains(' ')).ToList();
            var next = new List<string>();
            foreach (var p in phrases)
            {
                var sep = p.Length == 0 ? "" : " * ";
                if (single.Count > 0) next.Add(p + sep + string.Join('/', single.Distinct()));
                next.AddRange(multi.Select(m => p + sep + m));
            }
            phrases = next;
            if (phrases.Count > MaxExpansions) return [];
        }
        return phrases.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The words of {A B C} side by side as one element, with the plural of the last; with a synonym set inside, one element each.</summary>
    private static IEnumerable<List<string>> Phrase(List<List<string>> words)
    {
        if (words.Count == 0) yield break;
        if (words.Count == 1 || words.Any(w => w.Count != 1)) { foreach (var w in words) yield return words.Count == 1 ? Nouns(w) : w; yield break; }
        var head = string.Join(' ', words.SkipLast(1).Select(w => w[0]));
        yield return [$"{head} {words[^1][0]}", $"{head} {Inflection.Plural(words[^1][0])}"];
    }

    /// <summary>A noun with its plural (PETRARCH matches both).</summary>
    private static List<string> Nouns(List<string> words) =>
        words.SelectMany(w => w.Contains(' ') ? new[] { w } : new[] { w, Inflection.Plural(w) }).Distinct().ToList();

    private static Dictionary<string, string> ReadTable(TextReader table)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        while ((line = table.ReadLine()) is not null)
        {
            var hash = line.IndexOf('#');
            var body = (hash >= 0 ? line[..hash] : line).Trim();
            var colon = body.IndexOf(':');
            if (colon < 3 || !body[..colon].All(char.IsAsciiDigit)) continue;
            var f = body[(colon + 1)..].Split(',').Select(x => x.Trim()).ToArray();
            if (f.Length < 2 || f[0].Length == 0) continue;
            var mode = f[1].Length > 0 ? f[1] : "-";
            var context = f.Length > 2 && f[2].Length > 0 ? f[2].Split(';')[0].Trim() : null;
            map[body[..colon]] = context is null ? (mode == "-" ? f[0] : $"{f[0]}\t{mode}") : $"{f[0]}\t{mode}\t{context}";
        }
        return map;
    }

    /// <summary>The PLOVER fields of a CAMEO code, else of its shorter parents ("1722" -> "172").</summary>
    private static string? Map(Dictionary<string, string> plover, string code)
    {
        for (var c = code; c.Length >= 3; c = c[..^1])
            if (plover.TryGetValue(c, out var p)) return p;
        return null;
    }
}
