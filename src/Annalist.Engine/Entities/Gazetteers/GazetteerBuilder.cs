using System.Globalization;
using System.Text.Json;
using CsvHelper;
using YamlDotNet.Serialization;

namespace Annalist.Entities.Gazetteers;

/// <summary>
/// Builds the gazetteer from the public lists in <c>../shared/data/ner/gazetteers</c>: countries
/// with demonyms and capitals (mledoze, ODbL), cities over 15,000 people (GeoNames, CC BY 4.0),
/// heads of state and government as of 2022 with Wikidata ids (CC0) and international
/// organisations (SupraVerden, CC BY-SA 4.0). Output is sorted by id, so a rebuild from the same
/// data is byte-identical. The project's own additions live in facts.tsv, not here.
/// </summary>
public static class GazetteerBuilder
{
    public sealed record Report(int Countries, int Cities, int Leaders, int Organizations, IReadOnlyList<string> Unmatched);

    /// <param name="folder">The folder holding the four lists.</param>
    /// <param name="facts">The project's facts; their country names (Turkey, Cabo Verde) help match the lists to each other.</param>
    public static (IReadOnlyList<GazetteerEntry> Entries, Report Report) Build(string folder, IEnumerable<GazetteerEntry> facts)
    {
        var unmatched = new SortedSet<string>(StringComparer.Ordinal);
        var countries = ReadCountries(Path.Combine(folder, "mledoze-countries", "countries.json"));
        var codes = CountryCodes(countries);
        foreach (var f in facts)
            if (f.Id.StartsWith("country:", StringComparison.Ordinal) && f.Country is { } code)
                foreach (var n in f.Names) codes.TryAdd(n, code);
        var leaders = ReadLeaders(Path.Combine(folder, "world-leaders-wikidata-2022", "wikidata.csv"), codes, unmatched, out var countryWikidata);
        var capitals = countries.SelectMany(c => c.Capitals.Select(cap => (Key: (cap, c.Code), c.Code)))
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Code);
        var cities = ReadCities(Path.Combine(folder, "world-cities", "world-cities.csv"), codes, capitals, unmatched);
        var orgs = ReadOrganizations(Path.Combine(folder, "supraverden-intl-orgs", "general_list.yaml"));

        var entries = new List<GazetteerEntry>();
        foreach (var c in countries)
            entries.Add(new GazetteerEntry($"country:{c.Code}", "GPE", c.Name, countryWikidata.GetValueOrDefault(c.Code), c.Code,
                c.Aliases, c.Demonyms, null));
        // Capitals missing from the city list (small capitals) still need an entry.
        var cityKeys = cities.Select(e => (e.Name, e.Country)).ToHashSet();
        foreach (var ((capital, code), _) in capitals)
            if (!cityKeys.Contains((capital, code)))
                entries.Add(new GazetteerEntry($"capital:{code}:{capital}", "GPE", capital, null, code, [], [], "capital"));
        entries.AddRange(cities);
        entries.AddRange(leaders);
        entries.AddRange(orgs);
        var sorted = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        return (sorted, new Report(countries.Count, cities.Count, leaders.Count, orgs.Count, [.. unmatched]));
    }

    private sealed record Country(string Code, string Name, string Official, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);

    private static List<Country> ReadCountries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<Country>();
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var official = name.GetProperty("official").GetString()!;
            var aliases = new List<string> { official };
            if (c.TryGetProperty("altSpellings", out var alt))
                // Two-letter codes (UA, TR) are rarely written in news and collide with words; facts.tsv adds UK, US.
                aliases.AddRange(alt.EnumerateArray().Select(a => a.GetString()!).Where(a => a.Length > 2));
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var g in eng.EnumerateObject())
                    if (g.Value.GetString() is { Length: > 0 } d) demonyms.Add(d);
            var capitals = c.TryGetProperty("capital", out var cap) ? cap.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            list.Add(new Country(c.GetProperty("cca3").GetString()!, common, official,
                Distinct(aliases.Where(a => a != common)), Distinct(demonyms), capitals));
        }
        return list;
    }

    /// <summary>Country names as other lists write them (common, official, alternative spellings) to alpha-3 codes.</summary>
    private static Dictionary<string, string> CountryCodes(List<Country> countries)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in countries)
            foreach (var n in c.Aliases.Prepend(c.Name))
                codes.TryAdd(n, c.Code);
        return codes;
    }

    private static string? CodeOf(string country, Dictionary<string, string> codes)
    {
        if (codes.TryGetValue(country, out var code)) return code;
        // "Korea, Republic of", "The Bahamas", "Kingdom of the Netherlands"
        var comma = country.IndexOf(',');
        if (comma > 0 && codes.TryGetValue(country[..comma], out code)) return code;
        if (country.StartsWith("The ", StringComparison.Ordinal) && codes.TryGetValue(country[4..], out code)) return code;
        if (country.StartsWith("Kingdom of the ", StringComparison.Ordinal) && codes.TryGetValue(country[15..], out code)) return code;
        return null;
    }

    private static List<GazetteerEntry> ReadCities(string path, Dictionary<string, string> codes,
        Dictionary<(string, string), string> capitals, SortedSet<string> unmatched)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var list = new List<GazetteerEntry>();
        while (csv.Read())
        {
            var name = csv.GetField("name")!;
            var country = csv.GetField("country")!;
            var code = CodeOf(country, codes);
            if (code is null) unmatched.Add("city country: " + country);
            var role = code is not null && capitals.ContainsKey((name, code)) ? "capital" : null;
            list.Add(new GazetteerEntry($"city:{csv.GetField("geonameid")}", "GPE", name, null, code, [], [], role));
        }
        return list;
    }

    private static List<GazetteerEntry> ReadLeaders(string path, Dictionary<string, string> codes, SortedSet<string> unmatched,
        out Dictionary<string, string> countryWikidata)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        countryWikidata = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new SortedDictionary<string, (string Name, string? Code, List<string> Roles)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var country = csv.GetField("country")!;
            var code = CodeOf(country, codes);
            if (code is null) unmatched.Add("leader country: " + country);
            else countryWikidata.TryAdd(code, csv.GetField("countryid")!);
            if (csv.GetField("end_year") is { Length: > 0 }) continue; // left office by 2022
            var id = csv.GetField("officeholder")!;
            var role = csv.GetField("positionLabel")!;
            if (!people.TryGetValue(id, out var p))
                people[id] = p = (csv.GetField("officeholderLabel")!, code, []);
            if (!p.Roles.Contains(role)) p.Roles.Add(role);
        }
        return people.Select(kv => new GazetteerEntry($"wd:{kv.Key}", "PERSON", kv.Value.Name, kv.Key, kv.Value.Code, [], [],
            string.Join("; ", kv.Value.Roles))).ToList();
    }

    private static List<GazetteerEntry> ReadOrganizations(string path)
    {
        var yaml = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, Dictionary<string, object?>>>(File.ReadAllText(path));
        var list = new List<GazetteerEntry>();
        foreach (var (key, fields) in yaml)
        {
            var name = Text(fields.GetValueOrDefault("Name_en")) ?? key;
            var wikidata = Text(fields.GetValueOrDefault("Wikidata_code")) is { } q && q.StartsWith('Q') ? q : null;
            var id = wikidata is not null ? $"wd:{wikidata}" : $"sprvd:{Text(fields.GetValueOrDefault("SPRVD_id")) ?? key}";
            var aliases = new List<string>();
            foreach (var field in (ReadOnlySpan<string>)["Abbreviation_en", "Name_other_en", "Abbreviation_other_en"])
                aliases.AddRange(Texts(fields.GetValueOrDefault(field)));
            if (key != name) aliases.Add(key);
            list.Add(new GazetteerEntry(id, "ORGANIZATION", name, wikidata, null, Distinct(aliases.Where(a => a != name)), [], null));
        }
        return list.DistinctBy(e => e.Id).ToList();
    }

    private static string? Text(object? value) => value switch
    {
        string s when s.Length > 0 && !s.StartsWith('[') => s.Trim(),
        _ => null,
    };

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        string s => Text(s) is { } t ? [t] : [],
        IEnumerable<object> list => list.Select(Text).OfType<string>(),
        _ => [],
    };

    private static List<string> Distinct(IEnumerable<string> names) =>
        names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
