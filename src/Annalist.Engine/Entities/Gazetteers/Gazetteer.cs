using System.Reflection;

namespace Annalist.Entities.Gazetteers;

/// <summary>
/// Known entities by name: the built lists (gazetteer.tsv, rebuilt by <c>annalist build
/// gazetteers</c>) merged with the project's own facts (facts.tsv). Loaded once, lazily.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Load(
        Resource("Annalist.Entities.gazetteer.tsv"),
        Resource("Annalist.Entities.facts.tsv") ?? throw new InvalidOperationException("facts.tsv is missing from the engine's resources")));

    private readonly Dictionary<string, GazetteerEntry[]> _byName;
    private readonly Dictionary<string, GazetteerEntry[]> _byDemonym;

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        _byName = Index(entries, e => e.Names);
        _byDemonym = Index(entries, e => e.Demonyms);
    }

    /// <summary>The gazetteer built into the engine.</summary>
    public static Gazetteer Default => Shared.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Entries with this name or alias, exactly as written ("Kyiv", "UN").</summary>
    public IReadOnlyList<GazetteerEntry> Find(string name) => _byName.GetValueOrDefault(name) ?? [];

    /// <summary>Countries and places whose people are called this ("Ukrainian" gives Ukraine).</summary>
    public IReadOnlyList<GazetteerEntry> FindByDemonym(string demonym) => _byDemonym.GetValueOrDefault(demonym) ?? [];

    /// <summary>
    /// Parses built entries and facts; a fact with the id of a built entry is merged into it
    /// (its name, type, Wikidata id, country and role win; aliases and demonyms are added).
    /// </summary>
    public static Gazetteer Load(TextReader? built, TextReader facts)
    {
        var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        if (built is not null)
            foreach (var e in GazetteerFile.Parse(built, "gazetteer.tsv"))
                if (byId.TryAdd(e.Id, e)) order.Add(e.Id);
        foreach (var f in GazetteerFile.Parse(facts, "facts.tsv"))
        {
            if (byId.TryGetValue(f.Id, out var b))
            {
                var names = f.Aliases.Concat(b.Names).Where(n => n != f.Name).Distinct(StringComparer.Ordinal).ToList();
                byId[f.Id] = new GazetteerEntry(f.Id, f.Type, f.Name, f.Wikidata ?? b.Wikidata, f.Country ?? b.Country,
                    names, f.Demonyms.Concat(b.Demonyms).Distinct(StringComparer.Ordinal).ToList(), f.Role ?? b.Role);
            }
            else
            {
                byId[f.Id] = f;
                order.Add(f.Id);
            }
        }
        return new Gazetteer(order.Select(id => byId[id]).ToList());
    }

    private static Dictionary<string, GazetteerEntry[]> Index(IReadOnlyList<GazetteerEntry> entries, Func<GazetteerEntry, IEnumerable<string>> keys)
    {
        var map = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var e in entries)
            foreach (var k in keys(e).Distinct(StringComparer.Ordinal))
            {
                if (!map.TryGetValue(k, out var list)) map[k] = list = [];
                list.Add(e);
            }
        // a plain dictionary: freezing 70,000 names cost more at load than it saved in lookups
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The project's facts file as built into the engine.</summary>
    public static IReadOnlyList<GazetteerEntry> BuiltInFacts()
    {
        using var reader = Resource("Annalist.Entities.facts.tsv")!;
        return GazetteerFile.Parse(reader, "facts.tsv").ToList();
    }

    /// <summary>
    /// Buildings and streets that stand for an office of state ("White House", offices.tsv): kept
    /// out of <see cref="Entries"/>, so the NER tagger's features stay those it was trained with.
    /// </summary>
    public static IReadOnlyList<GazetteerEntry> Offices() => LazyOffices.Value;

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> LazyOffices = new(() =>
    {
        using var reader = Resource("Annalist.Entities.offices.tsv") ?? throw new InvalidOperationException("offices.tsv is missing from the engine's resources");
        return GazetteerFile.Parse(reader, "offices.tsv").ToList();
    });

    private static StreamReader? Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name) is { } s ? new StreamReader(s) : null;
}
