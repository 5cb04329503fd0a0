using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Text;

namespace Annalist.Entities.Resolution;

/// <summary>
/// Phrases of a few words ("defence minister", "secretary of state") found in tokenized text,
/// longest first and without regard to case. Phrases are tokenized with the document tokenizer,
/// so they split where the text does. Read-only after construction.
/// </summary>
internal sealed class PhraseTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public T? Value;
    }

    private readonly Node _root = new();

    /// <summary>Adds a phrase; the first value given for a phrase is kept.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.IsEmpty) return;
        var node = _root;
        foreach (var t in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            var key = phrase.Substring(t.Start, t.Length);
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
            node = child;
        }
        node.Value ??= value;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="first"/> and ending before token
    /// <paramref name="limit"/>: its token count (0 when none) and value.
    /// </summary>
    public int Match(string text, ImmutableArray<TokenSpan> tokens, int first, int limit, out T? value)
    {
        value = null;
        var count = 0;
        var node = _root;
        for (var j = first; j < limit && node.Next is not null; j++)
        {
            var t = tokens[j];
            if (!node.Next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(t.Start, t.Length), out var child)) break;
            node = child;
            if (node.Value is not null)
            {
                value = node.Value;
                count = j - first + 1;
            }
        }
        return count;
    }

    /// <summary>The longest phrase at the start of a list of words (a gazetteer role split on spaces).</summary>
    public int Match(IReadOnlyList<string> words, int first, out T? value)
    {
        value = null;
        var count = 0;
        var node = _root;
        for (var j = first; j < words.Count && node.Next is not null; j++)
        {
            if (!node.Next.TryGetValue(words[j], out var child)) break;
            node = child;
            if (node.Value is not null)
            {
                value = node.Value;
                count = j - first + 1;
            }
        }
        return count;
    }
}
