using System.Collections.Frozen;
using Annalist.Entities.Gazetteers;
using Annalist.Text;
using Annalist.Time;

namespace Annalist.Entities.Resolution;

/// <summary>
/// One office a gazetteer person holds, read from its role text: "Minister of Defence of Ukraine
/// (2023-2025)" is the role key "defence minister" for <c>country:UKR</c> from 2023 to 2025.
/// Roles without dates come from the 2022 lists; dated ones from the project's facts.
/// </summary>
internal sealed record GazetteerRole(RoleInfo Role, string Text, string? Affiliation, DateOnly? From, DateOnly? To)
{
    public bool IsDated => From is not null || To is not null;

    public bool ValidAt(DateOnly? date) =>
        date is not { } d || ((From is not { } f || d >= f) && (To is not { } t || d <= t));
}

/// <summary>The roles of the gazetteer's people, parsed once, and who holds a role for a country.</summary>
internal sealed class GazetteerRoles
{
    private static readonly Lazy<GazetteerRoles> Shared = new(() => new GazetteerRoles(GazetteerLinks.Default, ResolutionLexicon.Default));

    private readonly FrozenDictionary<string, GazetteerRole[]> _byEntry;
    private readonly FrozenDictionary<string, (GazetteerEntry Entry, GazetteerRole Role)[]> _byRole;

    public GazetteerRoles(GazetteerLinks links, ResolutionLexicon lexicon)
    {
        var byEntry = new Dictionary<string, GazetteerRole[]>(StringComparer.Ordinal);
        var byRole = new Dictionary<string, List<(GazetteerEntry, GazetteerRole)>>(StringComparer.Ordinal);
        foreach (var e in links.Gazetteer.Entries)
        {
            if (e.Type != "PERSON" || e.Role is null) continue;
            var roles = e.Role.Split(';').Select(p => Parse(p.Trim(), e, links, lexicon)).OfType<GazetteerRole>().ToArray();
            if (roles.Length == 0) continue;
            byEntry[e.Id] = roles;
            foreach (var r in roles)
            {
                if (r.Affiliation is null) continue;
                foreach (var key in r.Role.General is { } g ? [r.Role.Key, g] : new[] { r.Role.Key })
                {
                    var k = key + "\u0001" + r.Affiliation;
                    if (!byRole.TryGetValue(k, out var list)) byRole[k] = list = [];
                    list.Add((e, r));
                }
            }
        }
        _byEntry = byEntry.ToFrozenDictionary(StringComparer.Ordinal);
        _byRole = byRole.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public static GazetteerRoles Default => Shared.Value;

    public IReadOnlyList<GazetteerRole> Of(GazetteerEntry entry) => _byEntry.GetValueOrDefault(entry.Id) ?? [];

    /// <summary>
    /// The one person who holds role <paramref name="key"/> for <paramref name="affiliation"/> on
    /// <paramref name="date"/>, or null. Dated facts win over the undated 2022 lists.
    /// </summary>
    public GazetteerEntry? Holder(string key, string affiliation, DateOnly? date)
    {
        if (!_byRole.TryGetValue(key + "\u0001" + affiliation, out var all)) return null;
        var valid = all.Where(x => x.Role.ValidAt(date) && (x.Role.Role.Key == key || x.Role.Role.General == key)).ToList();
        if (valid.Any(x => x.Role.IsDated)) valid = valid.Where(x => x.Role.IsDated).ToList();
        var people = valid.Select(x => x.Entry).Distinct().ToList();
        return people.Count == 1 ? people[0] : null;
    }

    /// <summary>
    /// Reads "President of Ukraine", "United States Secretary of State (from 2025)": a role phrase
    /// at the start or after the name of a country or organisation, then "of" and a name. A part
    /// that does not read so ("Aide to the President of Russia") is no role.
    /// </summary>
    internal static GazetteerRole? Parse(string part, GazetteerEntry person, GazetteerLinks links, ResolutionLexicon lexicon)
    {
        var (text, from, to) = SplitDates(part);
        var spans = Tokenizer.Tokenize(text);
        var words = spans.Select(s => text.Substring(s.Start, s.Length)).ToList();
        for (var at = 0; at < words.Count; at++)
        {
            var count = lexicon.Roles.Match(words, at, out var role);
            if (count == 0 || role is null) continue;
            string? affiliation = null;
            if (at > 0)
            {
                affiliation = Affiliation(string.Join(' ', words.Take(at)), links);
                if (affiliation is null) return null;
            }
            var end = at + count;
            if (end < words.Count)
            {
                if (!words[end].Equals("of", StringComparison.OrdinalIgnoreCase) || affiliation is not null) return null;
                var rest = words.Skip(end + 1).SkipWhile(w => w.Equals("the", StringComparison.OrdinalIgnoreCase));
                affiliation = Affiliation(string.Join(' ', rest), links);
            }
            affiliation ??= person.Country is { } c && links.Country(c) is { } country ? country.Id : null;
            return new GazetteerRole(role, text, affiliation, from, to);
        }
        return null;
    }

    private static string? Affiliation(string name, GazetteerLinks links)
    {
        var found = links.Gazetteer.Find(name);
        if (found.FirstOrDefault(GazetteerLinks.IsCountry) is { } country) return country.Id;
        if (found.Count == 1 && found[0].Type != "PERSON") return found[0].Id;
        return links.Demonym(name, new HashSet<string>())?.Id;
    }

    /// <summary>"Chancellor of Germany (from May 2025)" -> the text and the dates in parentheses: from 2025-05-01.</summary>
    internal static (string Text, DateOnly? From, DateOnly? To) SplitDates(string part)
    {
        var open = part.IndexOf('(');
        if (open < 0) return (part, null, null);
        var close = part.IndexOf(')', open);
        var inside = part[(open + 1)..(close < 0 ? part.Length : close)];
        var text = (part[..open] + (close < 0 ? "" : part[(close + 1)..])).Trim();
        var months = TimeLexicon.Default.Section("month");
        var dates = new List<(int Year, int Month)>();
        var month = 0;
        var until = false;
        foreach (var w in inside.Split([' ', '-', '–', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length == 4 && int.TryParse(w, out var year) && year is > 1800 and < 2200)
            {
                dates.Add((year, month));
                month = 0;
            }
            else if (months.TryGetValue(w.ToLowerInvariant(), out var m)) month = int.Parse(m, System.Globalization.CultureInfo.InvariantCulture);
            else if (dates.Count == 0 && w is "until" or "to" or "till") until = true;
        }
        DateOnly Start((int Year, int Month) d) => new(d.Year, d.Month == 0 ? 1 : d.Month, 1);
        DateOnly End((int Year, int Month) d) => d.Month == 0 ? new(d.Year, 12, 31) : new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);
        return dates.Count switch
        {
            0 => (text, null, null),
            1 when until => (text, null, End(dates[0])),
            1 => (text, Start(dates[0]), null),
            _ => (text, Start(dates[0]), End(dates[1])),
        };
    }
}
