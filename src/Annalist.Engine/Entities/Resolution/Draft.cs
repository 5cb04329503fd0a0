using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Resolution;

/// <summary>A mention as the resolver collects it: characters [Start, End), its kind, and the NER type for names.</summary>
internal readonly record struct DraftMention(int Start, int End, string Kind, string? Type);

/// <summary>
/// A title a person holds: the role, its words as written ("Defence Minister"), the country or
/// organisation it is held for (an entity id) when known, and whether the article gives it (else
/// the gazetteer does).
/// </summary>
internal readonly record struct Title(RoleInfo Role, string Text, string? Affiliation, bool FromArticle)
{
    /// <summary>Whether a nominal "the [affiliation] role" can refer to the holder of this title.</summary>
    public bool Answers(RoleInfo nominal) => Role.Key == nominal.Key || Role.General == nominal.Key;
}

/// <summary>
/// An entity being built for one document. Drafts merge as names are found to co-refer; a merged
/// draft points to the one it went into.
/// </summary>
internal sealed class Draft
{
    public Draft(bool person) => IsPerson = person;

    public bool IsPerson { get; }
    public GazetteerEntry? Entry { get; set; }
    public List<DraftMention> Mentions { get; } = [];

    /// <summary>The first word and surname of each name of a person written with two words or more.</summary>
    public List<(string First, string Surname)> FullNames { get; } = [];

    /// <summary>The entity type, set once the names are clustered.</summary>
    public string Type { get; set; } = "";

    /// <summary>The longest name seen (the canonical name unless the gazetteer gives one).</summary>
    public string Name { get; set; } = "";

    public List<Title> Titles { get; } = [];
    public Gender Gender { get; set; }

    /// <summary>Alpha-3 code of a person's country or a place's, when known.</summary>
    public string? Country { get; set; }

    public Draft? Into { get; private set; }
    public string Id { get; set; } = "";

    /// <summary>The draft this one has become (itself unless merged).</summary>
    public Draft Root
    {
        get
        {
            var d = this;
            while (d.Into is not null) d = d.Into;
            return d;
        }
    }

    /// <summary>Moves everything into <paramref name="other"/>; this draft then forwards to it.</summary>
    public void MergeInto(Draft other)
    {
        if (ReferenceEquals(this, other)) return;
        other.Mentions.AddRange(Mentions);
        other.FullNames.AddRange(FullNames);
        other.Titles.AddRange(Titles);
        other.Entry ??= Entry;
        if (Name.Length > other.Name.Length) other.Name = Name;
        if (other.Gender == Gender.Unknown) other.Gender = Gender;
        other.Country ??= Country;
        Mentions.Clear();
        Into = other;
    }

    /// <summary>The start of the last mention before <paramref name="position"/>, or -1.</summary>
    public int LastBefore(int position)
    {
        var best = -1;
        foreach (var m in Mentions)
            if (m.Start < position && m.Start > best) best = m.Start;
        return best;
    }

    public int FirstStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Start);

    /// <summary>The entity id of the person's country (<c>country:UKR</c>), when known.</summary>
    public string? CountryId => Country is null ? null : "country:" + Country;
}
