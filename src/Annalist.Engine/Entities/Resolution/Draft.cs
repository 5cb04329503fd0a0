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

    private readonly List<DraftMention> _mentions = [];
    private readonly List<int> _starts = []; // mention starts, sorted, for "the last mention before"

    /// <summary>The mentions in the order they were found.</summary>
    public IReadOnlyList<DraftMention> Mentions => _mentions;

    public void Add(DraftMention mention)
    {
        _mentions.Add(mention);
        // mentions are mostly found in text order, so this is mostly an append
        if (_starts.Count == 0 || _starts[^1] <= mention.Start) _starts.Add(mention.Start);
        else
        {
            var at = _starts.BinarySearch(mention.Start);
            _starts.Insert(at < 0 ? ~at : at, mention.Start);
        }
    }

    /// <summary>The first word and surname of each distinct name of a person written with two words or more.</summary>
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
        foreach (var m in _mentions) other.Add(m);
        other.FullNames.AddRange(FullNames);
        other.Titles.AddRange(Titles);
        other.Entry ??= Entry;
        if (Name.Length > other.Name.Length) other.Name = Name;
        if (other.Gender == Gender.Unknown) other.Gender = Gender;
        other.Country ??= Country;
        _mentions.Clear();
        _starts.Clear();
        Into = other;
    }

    /// <summary>The start of the last mention before <paramref name="position"/>, or -1.</summary>
    public int LastBefore(int position)
    {
        if (_starts.Count == 0 || _starts[0] >= position) return -1;
        if (_starts[^1] < position) return _starts[^1];
        var at = _starts.BinarySearch(position);
        if (at < 0) at = ~at;
        while (at > 0 && _starts[at - 1] >= position) at--; // equal starts
        return _starts[at - 1];
    }

    public int FirstStart => _starts.Count == 0 ? int.MaxValue : _starts[0];

    /// <summary>Sorts the mentions into text order (for output).</summary>
    public void SortMentions() => _mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    /// <summary>The entity id of the person's country (<c>country:UKR</c>), when known.</summary>
    public string? CountryId => Country is null ? null : "country:" + Country;
}
