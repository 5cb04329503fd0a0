using System.Collections.Frozen;
using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Resolution;

/// <summary>
/// Which gazetteer entry a name refers to, if any. A mention is linked only when that is
/// unambiguous: one candidate (never across PERSON and non-PERSON), or one left after preferring
/// the mention's type, then countries (Georgia the country), then places in a country the
/// article names, then capitals (Paris, France over Paris, Texas), then entries with a Wikidata id.
/// </summary>
internal sealed class GazetteerLinks
{
    private static readonly Lazy<GazetteerLinks> Shared = new(() => new GazetteerLinks(Gazetteer.Default));

    private readonly FrozenDictionary<string, GazetteerEntry> _byId;
    private readonly FrozenDictionary<string, GazetteerEntry> _offices;

    public GazetteerLinks(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        var offices = Gazetteer.Offices();
        _byId = gazetteer.Entries.Concat(offices).DistinctBy(e => e.Id).ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _offices = offices.SelectMany(e => e.Names.Select(n => (n, e))).DistinctBy(x => x.n)
            .ToFrozenDictionary(x => x.n, x => x.e, StringComparer.Ordinal);
    }

    /// <summary>The office of state a building or street stands for ("Kremlin"), or null.</summary>
    public GazetteerEntry? Office(string name) => _offices.GetValueOrDefault(name);

    public static GazetteerLinks Default => Shared.Value;

    public Gazetteer Gazetteer { get; }

    public GazetteerEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country entry for an ISO 3166 alpha-3 code (<c>country:UKR</c>).</summary>
    public GazetteerEntry? Country(string code) => _byId.GetValueOrDefault("country:" + code);

    public static bool IsCountry(GazetteerEntry e) => e.Id.StartsWith("country:", StringComparison.Ordinal);

    public static bool IsCapital(GazetteerEntry e) => e.Role == "capital";

    /// <summary>
    /// The entry a mention of type <paramref name="type"/> named <paramref name="name"/> refers to, or null.
    /// <paramref name="countries"/> are the alpha-3 codes of the countries the article names.
    /// </summary>
    public GazetteerEntry? Link(string name, string type, IReadOnlySet<string> countries)
    {
        var found = Gazetteer.Find(name);
        // datelines and headlines are in capitals: "BERLIN", "NEW DELHI" (not acronyms, which the list spells in capitals)
        if (found.Count == 0 && name.Length > 4 && name.Any(char.IsLetter) && !name.Any(char.IsLower))
            found = Gazetteer.Find(TitleCase(name));
        return Choose(found, type, countries);
    }

    private static string TitleCase(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length <= 1 ? w : w[0] + w[1..].ToLowerInvariant()));

    public static GazetteerEntry? Choose(IReadOnlyList<GazetteerEntry> found, string type, IReadOnlySet<string> countries)
    {
        if (found.Count == 0) return null;
        var person = type == "PERSON";
        if (found.Count == 1) return (found[0].Type == "PERSON") == person ? found[0] : null; // the common case, without lists
        // a PERSON mention never links to a place or an organisation, nor the other way round
        var list = found.Where(e => (e.Type == "PERSON") == person).ToList();
        if (list.Count <= 1) return list.Count == 1 ? list[0] : null;
        list = Narrow(list, e => Compatible(e.Type, type));
        list = Narrow(list, IsCountry);
        list = Narrow(list, e => e.Country is { } c && countries.Contains(c));
        list = Narrow(list, IsCapital);
        list = Narrow(list, e => e.Wikidata is not null);
        return list.Count == 1 ? list[0] : null;
    }

    /// <summary>The place a demonym names ("Ukrainian" -> Ukraine): a country first, one the article names, one with a Wikidata id.</summary>
    public GazetteerEntry? Demonym(string word, IReadOnlySet<string> countries)
    {
        var found = Gazetteer.FindByDemonym(word);
        // plurals: "Ukrainians", "Russians"; demonyms ending in -s ("Swiss") are found as they are
        if (found.Count == 0 && word.Length > 4 && word[^1] == 's') found = Gazetteer.FindByDemonym(word[..^1]);
        if (found.Count <= 1) return found.Count == 1 ? found[0] : null;
        var list = found.Distinct().ToList();
        list = Narrow(list, IsCountry);
        list = Narrow(list, e => e.Country is { } c && countries.Contains(c));
        list = Narrow(list, e => e.Wikidata is not null);
        return list.Count == 1 ? list[0] : null;
    }

    /// <summary>The subset that satisfies a preference, unless none does.</summary>
    private static List<GazetteerEntry> Narrow(List<GazetteerEntry> list, Func<GazetteerEntry, bool> prefer)
    {
        if (list.Count <= 1) return list;
        var kept = list.Where(prefer).ToList();
        return kept.Count > 0 ? kept : list;
    }

    /// <summary>Whether an entry's type fits a mention's: places with places, organisations with groups.</summary>
    public static bool Compatible(string entryType, string mentionType) => Category(entryType) == Category(mentionType);

    /// <summary>Coarse type families within which names are compared: people, places, organisations, events, other.</summary>
    public static int Category(string type) => type switch
    {
        "PERSON" => 0,
        "GPE" or "LOCATION" or "FACILITY" => 1,
        "ORGANIZATION" or "GROUP" => 2,
        "EVENT" => 3,
        _ => 4,
    };
}
