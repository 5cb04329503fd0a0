using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Ner;

/// <summary>
/// The gazetteer as the NER tagger sees it: every name and demonym as a word sequence, matched
/// case-insensitively (headlines are in capitals), with a category per entry kind. A token gets
/// one bit per (category, position in the match, exact case) for every match covering it, not just the
/// longest: "New York Stock Exchange" is an organization and "New York" a city, and both are evidence.
/// </summary>
public sealed class NerLexicon
{
    /// <summary>Entry kinds the tagger distinguishes.</summary>
    public enum Category { Country, City, Person, Organization, Location, Demonym, Other }

    public const int Categories = 7;

    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public int Mask; // categories of names ending here (bit per Category)
        public bool Named; // an entry's name (not a demonym) ends here, in some case
    }

    private readonly Node _root = new();
    private readonly Dictionary<string, List<GazetteerEntry>> _exact = new(StringComparer.Ordinal); // words joined by spaces
    private static readonly Lazy<NerLexicon> Shared = new(() => new NerLexicon(Gazetteer.Default));

    public static NerLexicon Default => Shared.Value;

    public NerLexicon(Gazetteer gazetteer)
    {
        foreach (var e in gazetteer.Entries)
        {
            var category = CategoryOf(e);
            foreach (var n in e.Names) Add(n, category, e);
            foreach (var d in e.Demonyms) Add(d, Category.Demonym, null);
        }
    }

    private static Category CategoryOf(GazetteerEntry e) => e.Type switch
    {
        "PERSON" => Category.Person,
        "ORGANIZATION" => Category.Organization,
        "LOCATION" => Category.Location,
        "GPE" => e.Id.StartsWith("country:", StringComparison.Ordinal) ? Category.Country : Category.City,
        _ => Category.Other,
    };

    private void Add(string name, Category category, GazetteerEntry? entry)
    {
        var words = Split(name);
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Next.TryGetValue(w, out var child)) node.Next[w] = child = new Node();
            node = child;
        }
        node.Mask |= 1 << (int)category;
        if (entry is null) return;
        node.Named = true;
        var spelled = string.Join(' ', words);
        if (!_exact.TryGetValue(spelled, out var list)) _exact[spelled] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
    }

    /// <summary>
    /// The longest name starting at word <paramref name="first"/> spelled exactly as in the list
    /// (case included), with its entries; (0, []) when none.
    /// </summary>
    public (int Count, IReadOnlyList<GazetteerEntry> Entries) Longest(IReadOnlyList<string> words, int first)
    {
        var node = _root;
        (int, IReadOnlyList<GazetteerEntry>) best = (0, []);
        for (var j = first; j < words.Count && node.Next is not null; j++)
        {
            if (!node.Next.TryGetValue(words[j], out var child)) break;
            node = child;
            if (!node.Named) continue;
            // the trie ignores case; the exact spelling decides
            var name = j == first ? words[first] : string.Join(' ', words.Skip(first).Take(j - first + 1));
            if (_exact.TryGetValue(name, out var exact)) best = (j - first + 1, exact);
        }
        return best;
    }

    /// <summary>A name's words: split at spaces, with a final period and a possessive kept apart as the tokenizer does.</summary>
    internal static List<string> Split(string name)
    {
        var words = new List<string>();
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 2 && part.EndsWith("'s", StringComparison.Ordinal)) { words.Add(part[..^2]); words.Add("'s"); }
            else if (part.Length > 1 && part[^1] == ',') words.Add(part[..^1]);
            else words.Add(part);
        }
        return words;
    }

    /// <summary>
    /// For each word, a bit set of matches covering it: bit (category * 4 + position) where position
    /// is 0 begin, 1 inside, 2 last, 3 a one-word name; bit 32 + category when some match covering the
    /// word is in the case it was written in the list (so "us" is weak evidence for the US).
    /// </summary>
    public void Match(IReadOnlyList<string> words, Span<long> bits)
    {
        bits.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            var node = _root;
            var exact = true;
            for (var j = i; j < words.Count && node.Next is not null; j++)
            {
                if (!node.Next.TryGetValue(words[j], out var child)) break;
                node = child;
                // a lower-case word matching a capitalized name is the weak kind ("may" for May)
                exact &= !char.IsLower(words[j][0]);
                if (node.Mask == 0) continue;
                for (var c = 0; c < Categories; c++)
                {
                    if ((node.Mask & (1 << c)) == 0) continue;
                    for (var k = i; k <= j; k++)
                    {
                        var position = i == j ? 3 : k == i ? 0 : k == j ? 2 : 1;
                        bits[k] |= 1L << (c * 4 + position);
                        if (exact) bits[k] |= 1L << (32 + c);
                    }
                }
            }
        }
    }
}
