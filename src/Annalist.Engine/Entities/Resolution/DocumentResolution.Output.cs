using System.Collections.Immutable;

namespace Annalist.Entities.Resolution;

internal sealed partial class DocumentResolution
{
    /// <summary>The entities in the order of their first mention, each with its mentions in text order.</summary>
    private ImmutableArray<Entity> Output()
    {
        var roots = Roots().ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in roots) names.TryAdd(d.Id, d.Entry?.Name ?? d.Name);
        var entities = new List<Entity>(roots.Count);
        foreach (var d in roots)
        {
            d.SortMentions();
            var mentions = ImmutableArray.CreateBuilder<EntityMention>(d.Mentions.Count);
            var previous = (Start: -1, End: -1);
            foreach (var m in d.Mentions)
            {
                if ((m.Start, m.End) == previous) continue;
                previous = (m.Start, m.End);
                mentions.Add(new EntityMention(m.Start, m.End, _text[m.Start..m.End], m.Kind));
            }
            entities.Add(new Entity(d.Id, d.Entry?.Name ?? d.Name, d.Type, d.Entry?.Wikidata, mentions.ToImmutable())
            {
                Role = d.IsPerson ? RoleOf(d, names) : null,
                Country = d.IsPerson || d.Type is "GPE" or "LOCATION" or "ORGANIZATION" ? d.Country : null,
                Gender = d.Gender switch { Gender.Male => "male", Gender.Female => "female", _ => null },
            });
        }
        entities.Sort((a, b) => a.Mentions[0].Start != b.Mentions[0].Start
            ? a.Mentions[0].Start.CompareTo(b.Mentions[0].Start)
            : string.CompareOrdinal(a.Id, b.Id));
        return [.. entities];
    }

    /// <summary>
    /// The role the article gives ("Defence Minister", with the country it is held for when known:
    /// "Defence Minister of Ukraine"), else the gazetteer's role valid at the article's date.
    /// </summary>
    private string? RoleOf(Draft d, Dictionary<string, string> names)
    {
        foreach (var t in d.Titles)
        {
            if (!t.FromArticle) continue;
            var affiliation = t.Affiliation ?? d.CountryId;
            var name = affiliation is null ? null : names.GetValueOrDefault(affiliation) ?? _links.ById(affiliation)?.Name;
            return name is null ? t.Text : $"{t.Text} of {name}";
        }
        foreach (var t in d.Titles)
            return t.Text;
        return null;
    }
}
