using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Text;

namespace Annalist.Entities.Gazetteers;

/// <summary>A run of tokens that spells a gazetteer name: tokens [First, First + Count), and the entries it names.</summary>
public readonly record struct GazetteerMatch(int First, int Count, bool IsDemonym, GazetteerEntry[] Entries);

/// <summary>
/// Finds gazetteer names in tokenized text, longest match first, by walking a trie of the names'
/// tokens (names are tokenized with the same tokenizer, so "Turkey's" matches "Turkey"). Matches
/// are case-sensitive: "US" the country, not "us".
/// </summary>
public sealed class GazetteerMatcher
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public GazetteerEntry[]? Names;
        public GazetteerEntry[]? Demonyms;
    }

    private readonly Node _root = new();
    private static readonly Lazy<GazetteerMatcher> Shared = new(() => new GazetteerMatcher(Gazetteer.Default));

    public GazetteerMatcher(Gazetteer gazetteer)
    {
        var names = new Dictionary<Node, List<GazetteerEntry>>(ReferenceEqualityComparer.Instance);
        var demonyms = new Dictionary<Node, List<GazetteerEntry>>(ReferenceEqualityComparer.Instance);
        foreach (var e in gazetteer.Entries)
        {
            foreach (var n in e.Names) Add(names, n, e);
            foreach (var d in e.Demonyms) Add(demonyms, d, e);
        }
        foreach (var (node, list) in names) node.Names = [.. list.Distinct()];
        foreach (var (node, list) in demonyms) node.Demonyms = [.. list.Distinct()];
    }

    /// <summary>The matcher over the built-in gazetteer.</summary>
    public static GazetteerMatcher Default => Shared.Value;

    private void Add(Dictionary<Node, List<GazetteerEntry>> map, string name, GazetteerEntry entry)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.IsEmpty) return;
        var node = _root;
        foreach (var t in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var key = name.Substring(t.Start, t.Length);
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
            node = child;
        }
        if (!map.TryGetValue(node, out var list)) map[node] = list = [];
        list.Add(entry);
    }

    /// <summary>Non-overlapping longest matches, left to right, over the tokens of a text.</summary>
    public List<GazetteerMatch> Match(string text, ImmutableArray<TokenSpan> tokens)
    {
        var matches = new List<GazetteerMatch>();
        var i = 0;
        while (i < tokens.Length)
        {
            var best = default(GazetteerMatch);
            var node = _root;
            for (var j = i; j < tokens.Length && node.Next is not null; j++)
            {
                var t = tokens[j];
                if (!node.Next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(t.Start, t.Length), out var child)) break;
                node = child;
                if (node.Names is not null) best = new GazetteerMatch(i, j - i + 1, false, node.Names);
                else if (node.Demonyms is not null) best = new GazetteerMatch(i, j - i + 1, true, node.Demonyms);
            }
            if (best.Count > 0)
            {
                matches.Add(best);
                i += best.Count;
            }
            else i++;
        }
        return matches;
    }

    public List<GazetteerMatch> Match(Document document) => Match(document.Text, document.Get(CoreLayers.Tokens));
}
