using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Resolution;

/// <summary>
/// The work of resolving one document, in passes over its mentions: names are prepared and
/// linked, people and other names clustered, ids assigned, then titles and nominal mentions,
/// then pronouns. Each pass is linear in the tokens or works on the (few) mentions and entities.
/// </summary>
internal sealed partial class DocumentResolution
{
    private readonly string _text;
    private readonly ImmutableArray<TokenSpan> _tokens;
    private readonly ImmutableArray<SentenceSpan> _sentences;
    private readonly ImmutableArray<NamedMention> _mentions;
    private readonly DateOnly? _date;
    private readonly ResolutionLexicon _lexicon;
    private readonly GazetteerLinks _links;
    private readonly GazetteerRoles _roles;

    private readonly WordClass[] _classes;
    private readonly int[] _owner; // token -> index of the named mention covering it, or -1
    private readonly Named[] _named;
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal); // alpha-3 codes the article names
    private readonly List<Draft> _drafts = [];
    private readonly Dictionary<string, Draft> _byEntry = new(StringComparer.Ordinal);

    /// <summary>One NER mention and what the resolver makes of it.</summary>
    private sealed class Named
    {
        public NamedMention Mention;
        public int First;        // the name's tokens [First, End): titles, honorifics, "the" and "'s" removed
        public int End;
        public string Name = "";
        public string Surname = "";
        public int WordCount;
        public string Kind = MentionKinds.Name;
        public Draft? Draft;
        public Gender Gender;
        public bool Valid;
        public bool IsPerson => Mention.Type == "PERSON";
    }

    public DocumentResolution(string text, ImmutableArray<TokenSpan> tokens, ImmutableArray<SentenceSpan> sentences,
        ImmutableArray<NamedMention> mentions, DateOnly? date, ResolutionLexicon lexicon, GazetteerLinks links, GazetteerRoles roles)
    {
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        _mentions = mentions;
        _date = date;
        _lexicon = lexicon;
        _links = links;
        _roles = roles;
        _classes = lexicon.Classify(text, tokens);
        _owner = new int[tokens.Length];
        Array.Fill(_owner, -1);
        _named = new Named[mentions.Length];
    }

    public ImmutableArray<Entity> Resolve()
    {
        // without a name there is no entity, and nothing a title or pronoun could refer to
        if (_mentions.IsEmpty) return [];
        PrepareNames();
        LinkPlacesAndOrganizations();
        ClusterPeople();
        ClusterOtherNames();
        AssignIds();
        OrganizationCountries();
        FindTitlesAndNominals();
        ResolvePronouns();
        return Output();
    }

    private ReadOnlySpan<char> Word(int token) => _text.AsSpan(_tokens[token].Start, _tokens[token].Length);

    private bool Is(int token, string word) =>
        (uint)token < (uint)_tokens.Length && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Has(int token, WordClass c) => (uint)token < (uint)_classes.Length && (_classes[token] & c) != 0;

    /// <summary>The named mention covering a token, or null.</summary>
    private Named? At(int token) =>
        (uint)token < (uint)_owner.Length && _owner[token] >= 0 ? _named[_owner[token]] : null;

    private Draft NewDraft(bool person)
    {
        var d = new Draft(person);
        _drafts.Add(d);
        return d;
    }

    /// <summary>The draft of a gazetteer entry, made on first use.</summary>
    private Draft DraftFor(GazetteerEntry entry)
    {
        if (_byEntry.TryGetValue(entry.Id, out var d)) return d.Root;
        d = NewDraft(entry.Type == "PERSON");
        d.Entry = entry;
        d.Name = entry.Name;
        d.Country = entry.Country;
        _byEntry[entry.Id] = d;
        return d;
    }

    private static void Add(Draft draft, Named n)
    {
        draft.Add(new DraftMention(n.Mention.Start, n.Mention.End, n.Kind, n.Mention.Type));
        n.Draft = draft;
        if (n.Kind == MentionKinds.Name && draft.Entry is null && n.Name.Length > draft.Name.Length) draft.Name = n.Name;
        if (draft.Gender == Gender.Unknown) draft.Gender = n.Gender;
    }

    private IEnumerable<Draft> Roots() => _drafts.Where(d => d.Into is null && d.Mentions.Count > 0);

    private int SentenceOf(int position)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_sentences[mid].Start <= position) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
