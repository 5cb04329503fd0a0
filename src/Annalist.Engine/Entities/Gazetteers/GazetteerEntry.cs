namespace Annalist.Entities.Gazetteers;

/// <summary>
/// One known entity: a stable id (<c>country:UKR</c>, <c>city:703448</c>, <c>wd:Q3874799</c>), its
/// type in the output contract's vocabulary, canonical name, Wikidata id where known, ISO 3166
/// alpha-3 country, other names, demonyms (Ukrainian) and a role (President of Ukraine).
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    string Type,
    string Name,
    string? Wikidata,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    string? Role)
{
    /// <summary>The canonical name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
