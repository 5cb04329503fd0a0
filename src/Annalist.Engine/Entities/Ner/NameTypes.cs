using System.Reflection;
using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Ner;

/// <summary>
/// Turns the tagger's four types into the contract's eight, by the rules of
/// Resources/name-types.txt and the gazetteer: a demonym is a GROUP ("Russians"), a name the
/// gazetteer knows takes its type there ("Europe" LOCATION), head words decide facilities,
/// natural locations and events.
/// </summary>
public sealed class NameTypes
{
    private sealed record Rule(string Type, HashSet<string> Applies, string Where, HashSet<string> Words);

    private readonly List<Rule> _rules;
    private static readonly Lazy<NameTypes> Shared = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Annalist.Entities.name-types.txt")
            ?? throw new InvalidOperationException("name-types.txt is missing from the engine's resources");
        return new NameTypes(new StreamReader(stream));
    });

    public static NameTypes Default => Shared.Value;

    public NameTypes(TextReader rules)
    {
        _rules = [];
        string? line;
        while ((line = rules.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 4) throw new InvalidDataException($"name-types.txt: expected 4 tab-separated columns: {line}");
            _rules.Add(new Rule(cols[0], [.. cols[1].Split(' ')], cols[2],
                new HashSet<string>(cols[3].Split(cols[3].Contains('|') ? '|' : ' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase)));
        }
    }

    /// <summary>Not a name at all ("GMT"): the caller drops it.</summary>
    public const string None = "NONE";

    /// <summary>The word a name is a kind of: its last, or the one before "of" ("Gulf of Mexico", "University of Texas").</summary>
    internal static string Head(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count - 1; i++)
            if (words[i].Equals("of", StringComparison.OrdinalIgnoreCase)) return words[i - 1];
        return words[^1];
    }

    /// <summary>The contract type of a name with these words, tagged <paramref name="tagged"/>.</summary>
    public string Of(string tagged, IReadOnlyList<string> words, Gazetteer gazetteer)
    {
        var name = string.Join(' ', words);
        var known = gazetteer.Find(name);
        if (tagged == "MISC" && words.Count == 1 && (gazetteer.FindByDemonym(name).Count > 0 || gazetteer.FindByDemonym(name.TrimEnd('s')).Count > 0))
            return "GROUP";
        foreach (var r in _rules)
        {
            if (!r.Applies.Contains(tagged)) continue;
            var hit = r.Where switch
            {
                "head" => r.Words.Contains(Head(words)),
                "name" => r.Words.Contains(name),
                "word" => words.Any(r.Words.Contains),
                "suffix" => words.Count == 1 && r.Words.Any(s => words[0].Length > s.Length + 2 && words[0].EndsWith(s, StringComparison.OrdinalIgnoreCase)),
                _ => false,
            };
            if (hit) return r.Type;
        }
        return tagged switch
        {
            "PER" => "PERSON",
            "ORG" => "ORGANIZATION",
            "LOC" => known.FirstOrDefault(e => e.Type is "GPE" or "LOCATION")?.Type ?? "GPE",
            _ => "OTHER",
        };
    }
}
