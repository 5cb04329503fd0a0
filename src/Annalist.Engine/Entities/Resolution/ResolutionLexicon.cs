using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Entities.Resolution;

/// <summary>What the resolver knows about a single word, from its word lists.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    PronounMale = 1 << 0,
    PronounFemale = 1 << 1,
    Locative = 1 << 2,
    Motion = 1 << 3,
    PlaceBefore = 1 << 4,
    PlaceAfter = 1 << 5,
    ActorAfter = 1 << 6,
    Determiner = 1 << 7,
    Possessive = 1 << 8,
    AcronymSkip = 1 << 9,
    NameSuffix = 1 << 10,
    RoleModifier = 1 << 11,
    Honorific = 1 << 12,
    HonorificMale = 1 << 13,
    HonorificFemale = 1 << 14,
    MaleName = 1 << 15,
    FemaleName = 1 << 16,
    Institution = 1 << 17,
    Supranational = 1 << 18,
    Pronoun = PronounMale | PronounFemale,
}

/// <summary>
/// A role as the resolver reads it: its key ("defence minister"), a more general role
/// ("minister") or null, the gender its word gives (spokeswoman) or null, and whether it is only
/// a title before a name, never a nominal mention on its own.
/// </summary>
internal sealed record RoleInfo(string Key, string? General, Gender Gender, bool TitleOnly);

internal enum Gender : byte { Unknown, Male, Female }

/// <summary>
/// The resolver's word lists (<c>Entities/Resources/roles.txt</c>, <c>resolution.txt</c>,
/// <c>first-names.txt</c>), loaded once and read-only afterwards, so shared by all threads.
/// </summary>
internal sealed class ResolutionLexicon
{
    private static readonly Lazy<ResolutionLexicon> Shared = new(() =>
        new ResolutionLexicon(WordLists.Read("roles.txt"), WordLists.Read("resolution.txt"), WordLists.Read("first-names.txt")));

    private readonly FrozenDictionary<string, WordClass> _classes;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public static ResolutionLexicon Default => Shared.Value;

    public PhraseTrie<RoleInfo> Roles { get; } = new();

    public ResolutionLexicon(string roles, string resolution, string firstNames)
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Mark(string form, WordClass c) => classes[form] = classes.GetValueOrDefault(form) | c;

        var r = WordLists.Parse(resolution, "resolution.txt");
        foreach (var line in WordLists.Section(r, "pronoun", "resolution.txt"))
            foreach (var f in line.Forms) Mark(f, line.Value == "female" ? WordClass.PronounFemale : WordClass.PronounMale);
        foreach (var (section, c) in new (string, WordClass)[]
        {
            ("locative", WordClass.Locative), ("motion", WordClass.Motion), ("place-before", WordClass.PlaceBefore),
            ("place-after", WordClass.PlaceAfter), ("actor-after", WordClass.ActorAfter), ("determiner", WordClass.Determiner),
            ("possessive", WordClass.Possessive), ("acronym-skip", WordClass.AcronymSkip), ("name-suffix", WordClass.NameSuffix),
            ("institution", WordClass.Institution), ("supranational", WordClass.Supranational),
        })
            foreach (var line in WordLists.Section(r, section, "resolution.txt"))
                foreach (var f in line.Forms) Mark(f, c);

        var o = WordLists.Parse(roles, "roles.txt");
        foreach (var line in WordLists.Section(o, "honorific", "roles.txt"))
            foreach (var f in line.Forms)
                Mark(f, WordClass.Honorific | line.Value switch
                {
                    "male" => WordClass.HonorificMale,
                    "female" => WordClass.HonorificFemale,
                    _ => WordClass.None,
                });
        foreach (var line in WordLists.Section(o, "modifier", "roles.txt"))
            foreach (var f in line.Forms) Mark(f, WordClass.RoleModifier);
        var gender = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordLists.Section(o, "role-gender", "roles.txt"))
            foreach (var f in line.Forms) gender[f] = line.Value == "female" ? Gender.Female : Gender.Male;
        var titleOnly = WordLists.Section(o, "title-only", "roles.txt").SelectMany(l => l.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordLists.Section(o, "role", "roles.txt"))
        {
            // "defence minister (minister)": the key, then the more general role
            var open = line.Value.IndexOf('(');
            var key = (open < 0 ? line.Value : line.Value[..open]).Trim();
            var general = open < 0 ? null : line.Value[(open + 1)..].TrimEnd(')').Trim();
            foreach (var f in line.Forms)
                Roles.Add(f, new RoleInfo(key, general, gender.GetValueOrDefault(f, gender.GetValueOrDefault(key)), titleOnly.Contains(key)));
        }

        var n = WordLists.Parse(firstNames, "first-names.txt");
        foreach (var line in WordLists.Section(n, "first-name", "first-names.txt"))
            foreach (var f in line.Forms) Mark(f, line.Value == "female" ? WordClass.FemaleName : WordClass.MaleName);

        _classes = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordClass Classify(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var c) ? c : WordClass.None;

    public WordClass Classify(string text, TokenSpan token) => Classify(text.AsSpan(token.Start, token.Length));

    /// <summary>The classes of every token of a document, computed once per document.</summary>
    public WordClass[] Classify(string text, ImmutableArray<TokenSpan> tokens)
    {
        var classes = new WordClass[tokens.Length];
        for (var i = 0; i < classes.Length; i++)
            if (tokens[i].Length <= 24) classes[i] = Classify(text, tokens[i]);
        return classes;
    }

    /// <summary>The gender a word gives when it is read as <paramref name="male"/> or <paramref name="female"/> (pronoun, honorific, first name).</summary>
    public static Gender GenderOf(WordClass c, WordClass male, WordClass female) =>
        (c & male) != 0 ? Gender.Male : (c & female) != 0 ? Gender.Female : Gender.Unknown;
}
