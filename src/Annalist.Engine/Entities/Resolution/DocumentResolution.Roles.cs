namespace Annalist.Entities.Resolution;

internal sealed partial class DocumentResolution
{
    /// <summary>A role phrase that refers to a person on its own: "The Ukrainian President", "the defence minister".</summary>
    private readonly record struct Nominal(int Start, int End, RoleInfo Role, string? Affiliation);

    /// <summary>
    /// Reads every role phrase outside names, <c>[the] [Country's | Demonym | Country] role [of [the] Country]</c>:
    /// before a person ("President Volodymyr Zelenskyy", "Moscow's lead negotiator, Vladimir
    /// Medinsky") or after one ("Medinsky, Russia's lead negotiator") it is that person's title;
    /// with "the" or a country and no name after it, it is a nominal mention, resolved to the person
    /// nearest before it who holds that role for that country (in the article, or by the gazetteer's
    /// role "President of Ukraine"), else to the gazetteer's one holder of the role on the article's
    /// date. A phrase after "former", "deputy" and the like is neither.
    /// </summary>
    private void FindTitlesAndNominals()
    {
        var nominals = new List<Nominal>();
        var i = 0;
        while (i < _tokens.Length)
        {
            var limit = _tokens.Length;
            Named? inside = null;
            if (At(i) is { } named)
            {
                // a title inside a person's mention ("President Volodymyr Zelenskyy" as one mention)
                if (named.IsPerson && i < named.First && named.Valid)
                {
                    inside = named;
                    limit = named.First;
                }
                else
                {
                    i = Math.Max(i + 1, named.Mention.First + named.Mention.Count);
                    continue;
                }
            }
            var count = _lexicon.Roles.Match(_text, _tokens, i, limit, out var role);
            if (count == 0 || role is null || Has(i - 1, WordClass.RoleModifier))
            {
                i += Math.Max(count, 1);
                continue;
            }
            var end = i + count;
            var text = _text[_tokens[i].Start.._tokens[end - 1].End];
            // the country or organisation before it: "Ukraine's", "Ukrainian", "NATO"
            var start = inside?.Mention.First ?? i;
            string? affiliation = null;
            var owner = Has(start - 1, WordClass.Possessive) ? At(start - 2) : At(start - 1);
            if (owner is { IsPerson: false, Draft: not null })
            {
                affiliation = owner.Draft.Root.Id;
                start = owner.Mention.First;
            }
            var determiner = Has(start - 1, WordClass.Determiner);
            if (determiner) start--;
            // or after it: "the President of Ukraine"
            var after = end;
            if (inside is null && affiliation is null && Is(end, "of"))
            {
                var q = Has(end + 1, WordClass.Determiner) ? end + 2 : end + 1;
                if (At(q) is { IsPerson: false, Draft: not null } of && of.Mention.First == q)
                {
                    affiliation = of.Draft.Root.Id;
                    after = q + of.Mention.Count;
                }
            }
            if (inside is not null) AddTitle(inside, role, text, affiliation);
            else if (PersonStartingAt(after) is { } next) AddTitle(next, role, text, affiliation);
            else if (Is(after, ",") && PersonStartingAt(after + 1) is { } appositive) AddTitle(appositive, role, text, affiliation);
            else if (Is(start - 1, ",") && PersonEndingAt(start - 2) is { } previous) AddTitle(previous, role, text, affiliation);
            else if (!role.TitleOnly && (determiner || affiliation is not null) && !IsCapitalizedWord(after))
                nominals.Add(new Nominal(_tokens[start].Start, _tokens[after - 1].End, role, affiliation));
            i = Math.Max(end, after);
        }
        foreach (var d in Roots())
            if (d.IsPerson && d.Country is null && d.Titles.Find(t => t.FromArticle && t.Affiliation?.StartsWith("country:", StringComparison.Ordinal) == true) is { Affiliation: { } a })
                d.Country = a["country:".Length..];
        // who holds each role (by its key and its more general key), so a nominal looks only at them
        var holders = new Dictionary<string, List<Draft>>(StringComparer.Ordinal);
        foreach (var d in Roots())
            if (d.IsPerson) IndexTitles(holders, d);
        foreach (var n in nominals) ResolveNominal(n, holders);
    }

    private void AddTitle(Named person, RoleInfo role, string text, string? affiliation)
    {
        if (person.Draft?.Root is not { } d) return;
        d.Titles.Add(new Title(role, text, affiliation, FromArticle: true));
        if (d.Gender == Gender.Unknown) d.Gender = role.Gender;
    }

    private Named? PersonStartingAt(int token) => At(token) is { IsPerson: true, Valid: true } n && n.Mention.First == token ? n : null;

    private Named? PersonEndingAt(int token) =>
        At(token) is { IsPerson: true, Valid: true } n && n.Mention.First + n.Mention.Count - 1 == token ? n : null;

    // a capitalized word right after a role makes it part of a name the NER did not mark ("the President Hotel")
    private bool IsCapitalizedWord(int token) =>
        (uint)token < (uint)_tokens.Length && _tokens[token].Kind == Documents.TokenKind.Word && char.IsUpper(_text[_tokens[token].Start]);

    private static void IndexTitles(Dictionary<string, List<Draft>> holders, Draft d)
    {
        foreach (var t in d.Titles)
            foreach (var key in t.Role.General is { } general ? [t.Role.Key, general] : new[] { t.Role.Key })
            {
                if (!holders.TryGetValue(key, out var list)) holders[key] = list = [];
                if (list.Count == 0 || list[^1] != d) list.Add(d);
            }
    }

    private void ResolveNominal(Nominal n, Dictionary<string, List<Draft>> holders)
    {
        var best = holders.TryGetValue(n.Role.Key, out var candidates) ? Nearest(n.Start, candidates, d => Holds(d, n)) : null;
        if (best is null && n.Affiliation is not null && _roles.Holder(n.Role.Key, n.Affiliation, _date) is { } holder)
        {
            best = DraftFor(holder);
            if (best.Id.Length == 0) // new: not mentioned by name
            {
                best.Type = "PERSON";
                best.Id = holder.Id;
                foreach (var r in _roles.Of(holder))
                    if (r.ValidAt(_date)) best.Titles.Add(new Title(r.Role, r.Text, r.Affiliation, FromArticle: false));
                IndexTitles(holders, best);
            }
        }
        best?.Add(new DraftMention(n.Start, n.End, MentionKinds.Nominal, null));
    }

    /// <summary>Whether a person holds the nominal's role, for its country when it names one.</summary>
    private static bool Holds(Draft d, Nominal n)
    {
        foreach (var t in d.Titles)
            if (t.Answers(n.Role) && (n.Affiliation is null || t.Affiliation == n.Affiliation || (t.Affiliation is null && d.CountryId == n.Affiliation)))
                return true;
        return false;
    }
}
