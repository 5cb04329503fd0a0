using Annalist.Text;
using System.Reflection;

namespace Annalist.Events;

/// <summary>One trigger phrase: per position the words it accepts (lower case), or null for a gap of up to three words.</summary>
internal sealed record TriggerEntry(string[]?[] Words, string Type, string? Mode, string? Context, bool Nominal, bool Reciprocal);

/// <summary>
/// The trigger phrases of Resources/triggers.txt with their generated word forms, and the cue
/// words of Resources/cues.txt by section. Loaded once per process.
/// </summary>
internal sealed class EventLexicon
{
    /// <summary>The type of an entry that names a use of a trigger word that is no event ("meet * demand", "close to").</summary>
    public const string Veto = "-";

    /// <summary>Entries by every form of their first word (case-insensitive), longest entries first.</summary>
    public Dictionary<string, List<TriggerEntry>> ByFirstWord { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cue phrases (as word arrays) by section and first word.</summary>
    public Dictionary<string, CueList> Cues { get; } = new(StringComparer.Ordinal);

    private static readonly Lazy<EventLexicon> Shared = new(() => new EventLexicon(Open("triggers.txt"), Open("cues.txt")));

    public static EventLexicon Default => Shared.Value;

    private static StreamReader Open(string name) =>
        new(Assembly.GetExecutingAssembly().GetManifestResourceStream("Annalist.Events." + name)
            ?? throw new InvalidOperationException($"{name} is missing from the engine's resources"));

    public CueList Cue(string section) =>
        Cues.TryGetValue(section, out var list) ? list : throw new InvalidDataException($"cues.txt has no section [{section}]");

    public EventLexicon(TextReader triggers, TextReader cues)
    {
        var sections = ReadSections(triggers, "triggers.txt");
        var irregular = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, cols) in sections.GetValueOrDefault("irregular", []))
            irregular[cols[0]] = cols.Length >= 3 ? (cols[1], cols[2]) : throw new InvalidDataException($"triggers.txt: irregular verb '{cols[0]}' needs past and participle");
        var reciprocal = sections.GetValueOrDefault("reciprocal", []).Select(l => l.Cols[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in new[] { "verbs", "nouns", "literal" })
            foreach (var (line, cols) in sections.GetValueOrDefault(kind, []))
                Add(kind, line, cols, irregular, reciprocal);
        // longest first; a stable order so that of equal lengths the entry read first wins
        foreach (var list in ByFirstWord.Values)
        {
            var sorted = list.OrderByDescending(e => e.Words.Length).ToList();
            list.Clear();
            list.AddRange(sorted);
        }

        var cueSections = ReadSections(cues, "cues.txt");
        foreach (var (section, lines) in cueSections)
            Cues[section] = new CueList(lines.Select(l => l.Cols[0].Split(' ')));
        // the verbs that tell a demand before an obligation, looked up once per token
        Cues["saying-or-stating"] = new CueList(cueSections.GetValueOrDefault("reporting", []).Concat(cueSections.GetValueOrDefault("stating", []))
            .Select(l => l.Cols[0].Split(' ')));
    }

    private void Add(string kind, int line, string[] cols, Dictionary<string, (string, string)> irregular, HashSet<string> reciprocal)
    {
        if (cols.Length < 2) throw new InvalidDataException($"triggers.txt:{line}: '{cols[0]}' needs a type after a tab");
        string? Field(int i) => cols.Length > i && cols[i] != "-" && cols[i].Length > 0 ? cols[i] : null;
        var words = cols[0].Split(' ').Select(w => w == "*" ? null : w.Split('/')).ToArray();
        if (words[0] is null) throw new InvalidDataException($"triggers.txt:{line}: a phrase cannot start with '*'");
        var isReciprocal = words.Any(w => w is not null && w.Any(reciprocal.Contains));
        if (kind == "verbs")
            words[0] = words[0]!.SelectMany(w => Inflection.VerbForms(w, irregular)).Distinct().ToArray();
        else if (kind == "nouns" && words[^1] is { } last && last[0][0] != '<')
            words[^1] = last.Concat(last.Select(Inflection.Plural)).Distinct().ToArray();
        var entry = new TriggerEntry(words, cols[1], Field(2), Field(3), kind == "nouns", isReciprocal);
        foreach (var first in words[0]!)
        {
            if (!ByFirstWord.TryGetValue(first, out var list)) ByFirstWord[first] = list = [];
            list.Add(entry);
        }
    }

    private static Dictionary<string, List<(int Line, string[] Cols)>> ReadSections(TextReader reader, string file)
    {
        var result = new Dictionary<string, List<(int, string[])>>(StringComparer.Ordinal);
        List<(int, string[])>? current = null;
        string? line;
        var n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[') { result[line.Trim('[', ']')] = current = []; continue; }
            if (current is null) throw new InvalidDataException($"{file}:{n}: entry outside a section");
            current.Add((n, line.Split('\t')));
        }
        return result;
    }
}

/// <summary>Cue phrases of one section, looked up by their first word without allocating.</summary>
internal sealed class CueList
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.OrdinalIgnoreCase);

    public CueList(IEnumerable<string[]> phrases)
    {
        foreach (var p in phrases)
        {
            if (!_byFirst.TryGetValue(p[0], out var list)) _byFirst[p[0]] = list = [];
            list.Add(p);
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The length in tokens of the longest phrase starting at <paramref name="i"/> (0 when none).</summary>
    public int Match(TokenText text, int i, int end)
    {
        if (!_byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text[i], out var list)) return 0;
        foreach (var p in list)
        {
            if (i + p.Length > end) continue;
            var ok = true;
            for (var k = 1; k < p.Length && ok; k++) ok = text.Is(i + k, p[k]);
            if (ok) return p.Length;
        }
        return 0;
    }

    public bool Starts(TokenText text, int i, int end) => Match(text, i, end) > 0;

    /// <summary>True when the section lists this one-word phrase.</summary>
    public bool Contains(string word) => _byFirst.TryGetValue(word, out var list) && list.Any(p => p.Length == 1);
}
