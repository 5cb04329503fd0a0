using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;

namespace Annalist.Events;

/// <summary>An entity mention placed on tokens [First, Last].</summary>
internal readonly record struct PlacedMention(int First, int Last, int Start, int End, Entity Entity, string Kind);

/// <summary>
/// The entities stage's mentions by token: for each token the longest mention covering it, so an
/// event finds "The Ukrainian President" (the person) rather than the demonym nested in it.
/// </summary>
internal sealed class MentionIndex
{
    private readonly int[] _at;

    public List<PlacedMention> Mentions { get; } = [];

    public MentionIndex(ImmutableArray<TokenSpan> tokens, ImmutableArray<Entity> entities)
    {
        _at = new int[tokens.Length];
        Array.Fill(_at, -1);
        foreach (var e in entities)
            foreach (var m in e.Mentions)
            {
                // tokens overlapping the mention: "Belarus" inside the token "post-Belarus" still counts
                var first = LowerBound(tokens, m.Start);
                var last = first;
                while (last + 1 < tokens.Length && tokens[last + 1].Start < m.End) last++;
                if (first >= tokens.Length || tokens[first].Start >= m.End) continue;
                Mentions.Add(new PlacedMention(first, last, m.Start, m.End, e, m.Kind));
            }
        Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        for (var k = 0; k < Mentions.Count; k++)
        {
            var m = Mentions[k];
            for (var i = m.First; i <= m.Last; i++)
                if (_at[i] < 0 || Mentions[_at[i]].End - Mentions[_at[i]].Start < m.End - m.Start) _at[i] = k;
        }
    }

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public bool TryAt(int i, out PlacedMention mention)
    {
        var k = i >= 0 && i < _at.Length ? _at[i] : -1;
        mention = k >= 0 ? Mentions[k] : default;
        return k >= 0;
    }

    public bool Covers(int i) => i >= 0 && i < _at.Length && _at[i] >= 0;

    /// <summary>The first token whose end is after <paramref name="offset"/>.</summary>
    private static int LowerBound(ImmutableArray<TokenSpan> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
