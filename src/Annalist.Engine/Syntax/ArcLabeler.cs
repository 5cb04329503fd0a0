namespace Annalist.Syntax;

/// <summary>
/// Names arcs of a finished tree with a relation. Working on the whole tree lets it see both
/// ends of the arc and their other dependents (a passive auxiliary beside the head, a case marker
/// under the dependent), which a label chosen during parsing could not; the parser asks it about
/// the arcs whose relation it was unsure of.
/// </summary>
public sealed class ArcLabeler
{
    private const int MaxFeatures = 56, MaxChildren = 6;
    private readonly LinearModel? _trained; // for saving
    private readonly WeightTable _table;
    private readonly string[] _relations;
    private readonly int _root;

    private ArcLabeler(string[] relations, LinearModel? trained, WeightTable table)
    {
        _relations = relations;
        _trained = trained;
        _table = table;
        _root = Array.IndexOf(relations, "root");
    }

    public IReadOnlyList<string> Relations => _relations;

    internal int FeatureTotal => _table.Features;

    /// <summary>Names the arcs marked in <paramref name="relabel"/>; the others keep the relation in <paramref name="relations"/>.</summary>
    internal void Label(ParseContext c, int[] heads, Span<int> relations, ReadOnlySpan<bool> relabel)
    {
        if (!relabel.Contains(true)) return;
        var children = Children(heads);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[_relations.Length];
        for (var d = 0; d < c.N; d++)
        {
            if (!relabel[d]) continue;
            if (heads[d] < 0 && _root >= 0) { relations[d] = _root; continue; }
            var count = Features(c, heads, children, d, features);
            _table.Score(features[..count], scores);
            var best = -1;
            for (var r = 0; r < scores.Length; r++)
                if (r != _root && (best < 0 || scores[r] > scores[best])) best = r;
            relations[d] = Math.Max(best, 0);
        }
    }

    /// <summary>Dependents of each word in sentence order, as a flat list with offsets (no per-word allocation).</summary>
    private static (int[] Start, int[] Items) Children(int[] heads)
    {
        var n = heads.Length;
        var start = new int[n + 1];
        foreach (var h in heads) if (h >= 0) start[h + 1]++;
        for (var i = 0; i < n; i++) start[i + 1] += start[i];
        var items = new int[start[n]];
        var fill = start[..n];
        for (var d = 0; d < n; d++) if (heads[d] >= 0) items[fill[heads[d]]++] = d;
        return (start, items);
    }

    private static int Features(ParseContext c, int[] heads, (int[] Start, int[] Items) children, int d, Span<ulong> f)
    {
        var h = heads[d] < 0 ? c.N : heads[d];
        var hh = h < c.N ? (heads[h] < 0 ? c.N : heads[h]) : -1;
        ulong dw = c.W(d), dp = c.P(d), du = c.U(d), hw = c.W(h), hp = c.P(h), hu = c.U(h);
        var dir = h < d ? 1UL : 2UL;
        var dist = ParseContext.Distance(Math.Abs(h - d));
        var k = 0;
        f[k++] = FeatureHash.Key(101, 1);
        f[k++] = FeatureHash.Key(102, dw);
        f[k++] = FeatureHash.Key(103, dp);
        f[k++] = FeatureHash.Key(104, du);
        f[k++] = FeatureHash.Key(105, hw);
        f[k++] = FeatureHash.Key(106, hp);
        f[k++] = FeatureHash.Key(107, dp, hp);
        f[k++] = FeatureHash.Key(108, du, hu);
        f[k++] = FeatureHash.Key(109, dw, hp);
        f[k++] = FeatureHash.Key(110, dp, hw);
        f[k++] = FeatureHash.Key(111, dw, hw);
        f[k++] = FeatureHash.Key(112, dir, dist);
        f[k++] = FeatureHash.Key(113, dp, hp, dir);
        f[k++] = FeatureHash.Key(114, dp, hp, dist);
        f[k++] = FeatureHash.Key(115, c.P(hh));
        f[k++] = FeatureHash.Key(116, dp, hp, c.P(hh));
        f[k++] = FeatureHash.Key(117, c.Word[d]);
        f[k++] = FeatureHash.Key(118, c.W(d - 1), dp);
        f[k++] = FeatureHash.Key(119, c.W(d + 1 < c.N ? d + 1 : -1), dp);
        f[k++] = FeatureHash.Key(120, du, hu, dir);
        f[k++] = FeatureHash.Key(121, dw, dp, hu);
        f[k++] = FeatureHash.Key(127, c.C6(d), dp);
        f[k++] = FeatureHash.Key(128, c.CA(d));
        f[k++] = FeatureHash.Key(129, c.C6(h), hp);
        f[k++] = FeatureHash.Key(130, c.CA(d), c.CA(h));
        f[k++] = FeatureHash.Key(131, c.C6(d), hp, dir);
        f[k++] = FeatureHash.Key(132, dp, c.C6(h), dir);
        var (start, items) = children;
        int dChildren = start[d + 1] - start[d], shown = 0;
        f[k++] = FeatureHash.Key(122, dp, (ulong)Math.Min(dChildren, 3));
        for (var i = start[d]; i < start[d + 1] && shown < MaxChildren; i++, shown++)
        {
            var ch = items[i];
            f[k++] = FeatureHash.Key(123, c.W(ch), dp, ch < d ? 1UL : 2UL);
            f[k++] = FeatureHash.Key(124, c.P(ch), dp);
        }
        if (h < c.N)
        {
            var rank = 0UL; // how many siblings on the same side lie between the word and its head
            shown = 0;
            for (var i = start[h]; i < start[h + 1]; i++)
            {
                var sib = items[i];
                if (sib == d) continue;
                if ((sib < h) == (d < h) && Math.Abs(sib - h) < Math.Abs(d - h)) rank++;
                if (shown++ < MaxChildren) f[k++] = FeatureHash.Key(125, c.W(sib), dp, sib < d ? 1UL : 2UL);
            }
            f[k++] = FeatureHash.Key(126, Math.Min(rank, 3UL), dp, hp, dir);
        }
        return k;
    }

    /// <summary>The relations of the training sentences in ordinal order; relation ids index it.</summary>
    internal static string[] RelationSet(IReadOnlyList<TreebankSentence> sentences) =>
        sentences.SelectMany(s => s.Relations).Distinct().Order(StringComparer.Ordinal).ToArray();

    internal static ArcLabeler Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<PosTag[]> tags, int iterations, int seed, Action<string>? log, float minWeight)
    {
        var relations = RelationSet(sentences);
        var index = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var trainer = new PerceptronTrainer(relations.Length);
        var contexts = new ParseContext[sentences.Count];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed + 1);
        var features = new ulong[MaxFeatures];
        var scores = new float[relations.Length];
        for (var it = 0; it < iterations; it++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var si in order)
            {
                var s = sentences[si];
                var c = contexts[si] ??= new ParseContext(s.Forms, tags[si]);
                var children = Children(s.Heads);
                for (var d = 0; d < s.Length; d++)
                {
                    var count = Features(c, s.Heads, children, d, features);
                    var f = features.AsSpan(0, count);
                    trainer.Score(f, scores);
                    var guess = PosTagger.ArgMax(scores);
                    var gold = index[s.Relations[d]];
                    trainer.Tick();
                    trainer.Update(gold, guess, f);
                    if (guess == gold) correct++;
                    total++;
                }
            }
            log?.Invoke($"labeler iteration {it + 1}: {100.0 * correct / Math.Max(1, total):F2}% of {total} arcs");
        }
        var model = trainer.Average(minWeight);
        return new ArcLabeler(relations, model, WeightTable.From(model));
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(_relations.Length);
        foreach (var r in _relations) w.Write(r);
        WeightTable.Write(w, _trained ?? throw new InvalidOperationException("only a labeler trained in this process can be saved"));
    }

    internal static ArcLabeler Read(BinaryReader r)
    {
        var relations = new string[r.ReadInt32()];
        for (var i = 0; i < relations.Length; i++) relations[i] = string.Intern(r.ReadString());
        return new ArcLabeler(relations, null, WeightTable.Read(r));
    }
}
