using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Annalist.Entities.Clusters;

/// <summary>
/// Brown clustering as Liang (2005) runs it: the C most frequent words start as C clusters; each
/// step adds the next most frequent word as a cluster of its own and merges the two clusters
/// whose merge loses the least average mutual information (AMI) of the class bigram model. When
/// every word is in, the C clusters are merged on down to one, and the order of those merges is
/// the binary tree whose root-to-leaf bit strings are the clusters' paths: all words of a cluster
/// share its path. Words join the model as they are added: a bigram counts once both its words
/// (or the rare-word class) are in.
/// <para>
/// The model: p(c, d) is the count of cluster bigram (c, d) over all bigrams and p(c) the
/// cluster's unigram count over all tokens, as in Liang's program; the AMI is the sum over
/// cluster pairs of q(c, d) = p(c, d) log(p(c, d) / (p(c) p(d))). All rare words form one extra
/// class that is in the model but never merged. Sums are kept in count units: with n the
/// bigram count and l the log of unigram counts, q = n log n - n (l_c + l_d), up to a constant
/// factor and terms that cancel in every loss (a merge keeps the total bigram mass).
/// </para>
/// <para>
/// Cost: the loss L(c, d) of every pair is cached. A merge of a and b changes another pair's loss
/// only through its terms with a and b: a part that depends on c or d alone (added to every pair
/// at vector speed) and a part that is zero unless c or d has bigrams with the smaller-linked of
/// a and b. The merged cluster's losses come from the old losses of its larger part, corrected
/// for the clusters the smaller part has bigrams with. Most steps merge a new, rare word, so a
/// step costs little more than the O(C^2) scan for the best pair. Ties go to the first pair in
/// slot order; nothing depends on hashing, so the same input gives the same paths.
/// </para>
/// </summary>
public sealed class BrownClusterer
{
    private const int TableSize = 1 << 18;
    private static readonly Lazy<double[]> NLogNTable = new(() =>
    {
        var t = new double[TableSize];
        for (var i = 1; i < TableSize; i++) t[i] = i * Math.Log(i);
        return t;
    });

    private readonly WordBigrams _corpus;
    private readonly double[] _nlogn = NLogNTable.Value;
    private readonly int _k;          // clusters kept while words are added (C, or fewer words)
    private readonly int _s;          // slots: _k + 1 for clusters (the window and the word coming in), then the rare class
    private readonly int _rare;       // the rare class's slot
    private readonly int[] _n;        // _n[x * _s + y]: bigrams of cluster x followed by cluster y
    private readonly int[] _nt;       // _nt[x * _s + y] = _n[y * _s + x], so columns read as rows
    private readonly int[] _m;        // _n[x, y] + _n[y, x] (twice _n[x, x] on the diagonal)
    private readonly double[] _qs;    // q(x, y) + q(y, x) for x != y; q(x, x) on the diagonal
    private readonly double[] _logPair; // log(count(x) + count(y)): the unigram log of x and y merged
    private readonly double[] _loss;  // _loss[c * _s + d], c < d: the AMI lost by merging c and d
    private readonly long[] _count;   // unigram counts
    private readonly double[] _log;   // log of _count (0 for an empty class)
    private readonly double[] _sum;   // sum over y of _qs[x, y]: every term of the AMI that involves x
    private readonly long[] _degree;  // sum over y of _m[x, y]
    private readonly double[] _weighted; // sum over y of _m[x, y] * _log[y]
    private readonly bool[] _active;
    private readonly List<int>[] _members;
    private readonly int[] _clusterOf; // slot of each word added so far, -1 before
    private readonly int[] _node;      // tree node of each slot in the final merges
    private readonly List<(int Zero, int One)> _tree = [];
    private readonly bool _verify;
    private int _activeCount;

    // Buffers of one merge, indexed by slot; zero outside the merged clusters' links between merges.
    private readonly long[] _row, _col;
    private readonly double[] _qsNew, _delta, _alone, _deltaAlone, _newLoss;
    private readonly bool[] _linked, _inSparse;
    private readonly List<int> _linksA = [], _linksB = [], _union = [];

    private BrownClusterer(WordBigrams corpus, int clusters, bool verify)
    {
        _corpus = corpus;
        _verify = verify;
        _k = Math.Max(1, Math.Min(clusters, corpus.Words.Count));
        _s = _k + 2;
        _rare = _k + 1;
        var s = _s;
        _n = new int[s * s];
        _nt = new int[s * s];
        _m = new int[s * s];
        _qs = new double[s * s];
        _logPair = new double[s * s];
        _loss = new double[s * s];
        _count = new long[s];
        _log = new double[s];
        _sum = new double[s];
        _degree = new long[s];
        _weighted = new double[s];
        _active = new bool[s];
        _members = new List<int>[s];
        for (var i = 0; i < s; i++) _members[i] = [];
        _clusterOf = new int[corpus.Words.Count];
        Array.Fill(_clusterOf, -1);
        _node = new int[s];
        _row = new long[s];
        _col = new long[s];
        _qsNew = new double[s];
        _delta = new double[s];
        _alone = new double[s];
        _deltaAlone = new double[s];
        _newLoss = new double[s];
        _linked = new bool[s];
        _inSparse = new bool[s];
    }

    /// <summary>
    /// The bit-string path of every word of <paramref name="corpus"/> (same order as its
    /// <see cref="WordBigrams.Words"/>), for at most <paramref name="clusters"/> clusters.
    /// <paramref name="progress"/> is told (words added, words) every 1,000 words.
    /// </summary>
    public static string[] Paths(WordBigrams corpus, int clusters, Action<int, int>? progress = null) =>
        new BrownClusterer(corpus, clusters, verify: false).Run(progress);

    /// <summary>As <see cref="Paths"/>, checking after every step that each cached value equals a fresh computation (slow; for tests).</summary>
    internal static string[] PathsVerified(WordBigrams corpus, int clusters) =>
        new BrownClusterer(corpus, clusters, verify: true).Run(null);

    private string[] Run(Action<int, int>? progress)
    {
        var words = _corpus.Words.Count;
        if (words == 0) return [];
        InitRare();
        var free = 0;
        for (var w = 0; w < words; w++)
        {
            AddWord(w, free);
            free = _activeCount <= _k ? free + 1 : Merge(BestPair());
            if (_verify) Verify();
            if (progress is not null && (w + 1) % 1000 == 0) progress(w + 1, words);
        }
        progress?.Invoke(words, words);

        // The final merges build the tree over the clusters left: leaves first, in slot order.
        for (var x = 0; x < _s; x++)
            if (_active[x])
            {
                _node[x] = _tree.Count;
                _tree.Add((-1, -1));
            }
        var leaves = _tree.Count;
        var leafOf = new int[words];
        for (var w = 0; w < words; w++) leafOf[w] = _node[_clusterOf[w]];
        while (_activeCount > 1)
        {
            var (a, b) = BestPair();
            // The branch holding the more frequent word is 0, so a path does not depend on slot numbers.
            var (zero, one) = _members[a].Min() < _members[b].Min() ? (a, b) : (b, a);
            var node = _tree.Count;
            _tree.Add((_node[zero], _node[one]));
            var gone = Merge((a, b));
            _node[gone == a ? b : a] = node;
            if (_verify) Verify();
        }
        var root = _node[Array.IndexOf(_active, true)];

        var leafPath = new string[leaves];
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            var (zero, one) = _tree[node];
            if (zero < 0) { leafPath[node] = path; continue; }
            stack.Push((zero, path + "0"));
            stack.Push((one, path + "1"));
        }
        // A single cluster is the root itself; give it a bit like everyone else.
        if (leaves == 1) leafPath[0] = "0";
        var paths = new string[words];
        for (var w = 0; w < words; w++) paths[w] = leafPath[leafOf[w]];
        return paths;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double NLogN(long n) => n < TableSize ? _nlogn[n] : n * Math.Log(n);

    /// <summary>q for a bigram count n between classes with unigram logs la and lb, in count units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Q(long n, double la, double lb) => n == 0 ? 0 : NLogN(n) - n * (la + lb);

    private static double LogOf(long count) => count > 0 ? Math.Log(count) : 0;

    /// <summary>The slots that take part in the model: active clusters and the rare class.</summary>
    private bool InModel(int x) => _active[x] || x == _rare;

    private int SlotOfWord(int word) => word == _corpus.Rare ? _rare : _clusterOf[word];

    private ref double Loss(int a, int b) => ref _loss[Math.Min(a, b) * _s + Math.Max(a, b)];

    private void SetCount(int x, int y, int value)
    {
        _n[x * _s + y] = value;
        _nt[y * _s + x] = value;
    }

    private void InitRare()
    {
        var r = _rare;
        var s = _s;
        _count[r] = _corpus.RareCount;
        _log[r] = LogOf(_count[r]);
        var (words, counts) = _corpus.Right(_corpus.Rare);
        for (var i = 0; i < words.Length; i++)
            if (words.Span[i] == _corpus.Rare) SetCount(r, r, counts.Span[i]);
        _m[r * s + r] = 2 * _n[r * s + r];
        _degree[r] = _m[r * s + r];
        _weighted[r] = _degree[r] * _log[r];
        _qs[r * s + r] = Q(_n[r * s + r], _log[r], _log[r]);
        _sum[r] = _qs[r * s + r];
    }

    private void AddWord(int w, int t)
    {
        var s = _s;
        _members[t].Add(w);
        _clusterOf[w] = t;
        _count[t] = _corpus.Counts[w];
        _log[t] = LogOf(_count[t]);
        var (right, rightCounts) = _corpus.Right(w);
        for (var i = 0; i < right.Length; i++)
        {
            var x = SlotOfWord(right.Span[i]);
            if (x >= 0) SetCount(t, x, _n[t * s + x] + rightCounts.Span[i]);
        }
        var (left, leftCounts) = _corpus.Left(w);
        for (var i = 0; i < left.Length; i++)
        {
            if (left.Span[i] == w) continue; // counted as a right neighbour
            var x = SlotOfWord(left.Span[i]);
            if (x >= 0) SetCount(x, t, _n[x * s + t] + leftCounts.Span[i]);
        }

        // The clusters the new word has bigrams with; no other cached value changes.
        var linked = _linksA;
        linked.Clear();
        var lt = _log[t];
        _m[t * s + t] = 2 * _n[t * s + t];
        _degree[t] = _m[t * s + t];
        _weighted[t] = _m[t * s + t] * lt;
        _qs[t * s + t] = Q(_n[t * s + t], lt, lt);
        _sum[t] = _qs[t * s + t];
        for (var x = 0; x < s; x++)
        {
            if (x == t || !InModel(x)) continue;
            var both = _n[t * s + x] + _nt[t * s + x];
            if (both == 0) continue;
            linked.Add(x);
            _m[t * s + x] = _m[x * s + t] = both;
            _degree[x] += both;
            _degree[t] += both;
            _weighted[x] += both * lt;
            _weighted[t] += both * _log[x];
            var q = Q(_n[t * s + x], lt, _log[x]) + Q(_nt[t * s + x], _log[x], lt);
            _qs[t * s + x] = _qs[x * s + t] = q;
            _sum[t] += q;
            _sum[x] += q;
        }
        for (var x = 0; x < s; x++)
            if (_active[x]) _logPair[t * s + x] = _logPair[x * s + t] = LogOf(_count[t] + _count[x]);

        // A pair (c, d) gains the terms of the new cluster: in its clusters' sums, and in the merged pair's sums.
        foreach (var x in linked) _inSparse[x] = true;
        foreach (var c in linked)
        {
            if (c == _rare) continue;
            var qct = _qs[c * s + t];
            long nct = _nt[t * s + c], ntc = _n[t * s + c];
            for (var d = 0; d < s; d++)
            {
                if (!_active[d] || d == c || (_inSparse[d] && d < c)) continue;
                var l = _logPair[c * s + d];
                Loss(c, d) += qct + _qs[t * s + d] - Q(nct + _nt[t * s + d], l, lt) - Q(ntc + _n[t * s + d], lt, l);
            }
        }
        foreach (var x in linked) _inSparse[x] = false;

        _active[t] = true;
        _activeCount++;
        for (var x = 0; x < s; x++)
            if (_active[x] && x != t) Loss(x, t) = SparseLoss(x, t, linked);
    }

    /// <summary>
    /// L(u, v) from the cached sums, looking only at the clusters <paramref name="linkedV"/> that
    /// v has bigrams with: for any other y, merging v into u only changes u's terms with y
    /// through u's unigram log, a correction proportional to their bigram counts.
    /// </summary>
    private double SparseLoss(int u, int v, List<int> linkedV)
    {
        var s = _s;
        var l = _logPair[u * s + v];
        var shift = l - _log[u];
        long nuu = _n[u * s + u], nuv = _n[u * s + v], nvu = _n[v * s + u], nvv = _n[v * s + v];
        var loss = _sum[v] + _qs[u * s + u] - Q(nuu + nuv + nvu + nvv, l, l) + shift * (_degree[u] - 2 * nuu - nuv - nvu);
        foreach (var y in linkedV)
        {
            if (y == u || y == v) continue;
            long nuy = _n[u * s + y], nyu = _nt[u * s + y];
            loss -= Q(nuy + _n[v * s + y], l, _log[y]) + Q(nyu + _nt[v * s + y], _log[y], l) - _qs[u * s + y] + shift * (nuy + nyu);
        }
        return loss;
    }

    /// <summary>L(u, v) summed over every cluster: the definition the cached values must match.</summary>
    private double FreshLoss(int u, int v)
    {
        var s = _s;
        var l = _logPair[u * s + v];
        var merged = Q((long)_n[u * s + u] + _n[u * s + v] + _n[v * s + u] + _n[v * s + v], l, l);
        for (var y = 0; y < s; y++)
        {
            if (y == u || y == v || !InModel(y)) continue;
            merged += Q((long)_n[u * s + y] + _n[v * s + y], l, _log[y]) + Q((long)_n[y * s + u] + _n[y * s + v], _log[y], l);
        }
        return _sum[u] + _sum[v] - _qs[u * s + v] - merged;
    }

    private (int, int) BestPair()
    {
        var s = _s;
        var best = double.PositiveInfinity;
        (int, int) pair = (-1, -1);
        for (var c = 0; c < s; c++)
        {
            if (!_active[c]) continue;
            var row = _loss.AsSpan(c * s, s);
            for (var d = c + 1; d < s; d++)
            {
                if (!_active[d]) continue;
                if (row[d] < best || pair.Item1 < 0) { best = row[d]; pair = (c, d); }
            }
        }
        return pair;
    }

    private void LinksInto(int x, int other, List<int> list)
    {
        list.Clear();
        var s = _s;
        var row = _m.AsSpan(x * s, s);
        for (var y = 0; y < s; y++)
            if (row[y] != 0 && y != x && y != other && InModel(y)) list.Add(y);
    }

    /// <summary>Merges clusters a and b; returns the slot that was freed.</summary>
    private int Merge((int A, int B) pair)
    {
        var (a, b) = pair;
        var s = _s;
        var lab = _logPair[a * s + b];
        LinksInto(a, b, _linksA);
        LinksInto(b, a, _linksB);
        var union = _union;
        union.Clear();
        foreach (var y in _linksA) { _linked[y] = true; union.Add(y); }
        foreach (var y in _linksB) if (!_linked[y]) { _linked[y] = true; union.Add(y); }

        // The merged cluster's counts with every cluster it has bigrams with, and what each pair's loss gains
        // from c alone: D (c's terms with a and b replaced by those with the merged cluster) and E (the part
        // of the pair terms that is c's own when the other cluster has no bigrams with a or b).
        double newSum = 0;
        foreach (var y in union)
        {
            long row = (long)_n[a * s + y] + _n[b * s + y], col = (long)_nt[a * s + y] + _nt[b * s + y];
            _row[y] = row;
            _col[y] = col;
            var q = Q(row, lab, _log[y]) + Q(col, _log[y], lab);
            _qsNew[y] = q;
            newSum += q;
            if (y == _rare) continue;
            long ma = _m[y * s + a], mb = _m[y * s + b];
            _delta[y] = q - _qs[y * s + a] - _qs[y * s + b] - ma * _log[a] - mb * _log[b] + (ma + mb) * lab;
            _alone[y] = NLogN(_nt[a * s + y]) + NLogN(_n[a * s + y]) + NLogN(_nt[b * s + y]) + NLogN(_n[b * s + y])
                - NLogN(row) - NLogN(col);
            _deltaAlone[y] = _delta[y] + _alone[y];
        }
        long self = (long)_n[a * s + a] + _n[a * s + b] + _n[b * s + a] + _n[b * s + b];
        var qsSelf = Q(self, lab, lab);
        newSum += qsSelf;

        // The merged cluster's losses, from the old ones of its part with more links.
        var (dense, sparse, sparseLinks) = _linksB.Count <= _linksA.Count ? (a, b, _linksB) : (b, a, _linksA);
        var weightedMerged = _weighted[a] - _m[a * s + a] * _log[a] - _m[a * s + b] * _log[b]
            + _weighted[b] - _m[b * s + b] * _log[b] - _m[b * s + a] * _log[a] + 2 * self * lab;
        for (var x = 0; x < s; x++)
            if (_active[x] && x != a && x != b)
                _newLoss[x] = MergedLoss(dense, sparse, sparseLinks, x, lab, self, newSum, weightedMerged);

        // Every other pair (c, d): add D + E of both, then the coupled part where c or d has bigrams with
        // the sparse side (it is zero elsewhere).
        for (var c = 0; c < s; c++)
        {
            if (!_active[c] || c == a || c == b) continue;
            AddRow(_loss.AsSpan(c * s + c + 1, s - c - 1), _deltaAlone[c], _deltaAlone.AsSpan(c + 1, s - c - 1));
        }
        foreach (var c in sparseLinks) _inSparse[c] = true;
        foreach (var c in sparseLinks)
        {
            if (c == _rare) continue;
            long ca = _nt[a * s + c], ac = _n[a * s + c], cb = _nt[b * s + c], bc = _n[b * s + c];
            foreach (var d in union)
            {
                if (d == c || d == _rare || (_inSparse[d] && d < c)) continue;
                long da = _nt[a * s + d], ad = _n[a * s + d], db = _nt[b * s + d], bd = _n[b * s + d];
                Loss(c, d) += NLogN(ca + da) + NLogN(ac + ad) + NLogN(cb + db) + NLogN(bc + bd)
                    - NLogN(ca + cb + da + db) - NLogN(ac + bc + ad + bd) - _alone[c] - _alone[d];
            }
        }
        foreach (var c in sparseLinks) _inSparse[c] = false;

        // Commit: the merged cluster takes the slot of the part with more words (relabelling stays cheap).
        var (kept, gone) = _members[b].Count > _members[a].Count ? (b, a) : (a, b);
        foreach (var y in union)
        {
            _sum[y] += _qsNew[y] - _qs[y * s + a] - _qs[y * s + b];
            _weighted[y] += (_row[y] + _col[y]) * lab - _m[y * s + a] * _log[a] - _m[y * s + b] * _log[b];
        }
        var degree = _degree[a] + _degree[b];
        var count = _count[a] + _count[b];
        Clear(a, b, union);
        foreach (var y in union)
        {
            SetCount(kept, y, (int)_row[y]);
            SetCount(y, kept, (int)_col[y]);
            _m[kept * s + y] = _m[y * s + kept] = (int)(_row[y] + _col[y]);
            _qs[kept * s + y] = _qs[y * s + kept] = _qsNew[y];
        }
        SetCount(kept, kept, (int)self);
        _m[kept * s + kept] = (int)(2 * self);
        _qs[kept * s + kept] = qsSelf;
        _count[kept] = count;
        _log[kept] = lab;
        _degree[kept] = degree;
        _weighted[kept] = weightedMerged;
        _sum[kept] = newSum;
        _active[gone] = false;
        _activeCount--;
        foreach (var w in _members[gone]) _clusterOf[w] = kept;
        _members[kept].AddRange(_members[gone]);
        _members[gone].Clear();
        for (var x = 0; x < s; x++)
        {
            if (!_active[x] || x == kept) continue;
            _logPair[kept * s + x] = _logPair[x * s + kept] = LogOf(count + _count[x]);
            Loss(kept, x) = _newLoss[x];
        }
        foreach (var y in union)
            _row[y] = _col[y] = 0;
        foreach (var y in union)
        {
            _linked[y] = false;
            _qsNew[y] = _delta[y] = _alone[y] = _deltaAlone[y] = 0;
        }
        return gone;
    }

    /// <summary>
    /// L(merged, x) before the merge is committed, from the cached L(dense, x): take out of it
    /// everything but G, the sum over clusters y of n log n of the merged pair's bigram counts
    /// with y; correct G where the sparse part has bigrams; put the rest back as it will be.
    /// </summary>
    private double MergedLoss(int dense, int sparse, List<int> sparseLinks, int x, double lab, long self, double newSum, double weightedMerged)
    {
        int s = _s, u = dense, w = sparse, a = Math.Min(u, w), b = Math.Max(u, w);
        double lu = _log[u], lx = _log[x];
        // The old pair (u, x).
        var l = _logPair[u * s + x];
        long nux = _n[u * s + x], nxu = _n[x * s + u], nxx = _n[x * s + x], muu = _m[u * s + u], mxx = _m[x * s + x], mux = nux + nxu;
        var selfOld = (long)_n[u * s + u] + nux + nxu + nxx;
        var massOld = _degree[u] + _degree[x] - muu - mxx - 2 * mux;
        var weightOld = _weighted[u] - muu * lu - mux * lx + _weighted[x] - mxx * lx - mux * lu;
        var g = _sum[u] + _sum[x] - _qs[u * s + x] - Loss(u, x) - NLogN(selfOld) + 2 * selfOld * l + l * massOld + weightOld;
        // G over y outside {u, x}: drop y = w, and where w has bigrams the counts grow by w's.
        g -= NLogN((long)_n[u * s + w] + _n[x * s + w]) + NLogN((long)_n[w * s + u] + _n[w * s + x]);
        foreach (var y in sparseLinks)
        {
            if (y == u || y == x) continue;
            long uy = (long)_n[u * s + y] + _n[x * s + y], yu = (long)_nt[u * s + y] + _nt[x * s + y];
            g += NLogN(uy + _n[w * s + y]) - NLogN(uy) + NLogN(yu + _nt[w * s + y]) - NLogN(yu);
        }
        // The new pair (merged, x), with the merged cluster's values as the commit will set them.
        var lNew = LogOf(_count[a] + _count[b] + _count[x]);
        long mkx = _row[x] + _col[x], mkk = 2 * self;
        var selfNew = self + mkx + nxx;
        var massNew = _degree[a] + _degree[b] + _degree[x] - mkk - mxx - 2 * mkx;
        var weightedX = _weighted[x] + mkx * lab - _m[x * s + a] * _log[a] - _m[x * s + b] * _log[b];
        var weightNew = weightedMerged - mkk * lab - mkx * lx + weightedX - mxx * lx - mkx * lab;
        var sumX = _sum[x] + _qsNew[x] - _qs[x * s + a] - _qs[x * s + b];
        return newSum + sumX - _qsNew[x] - (NLogN(selfNew) - 2 * selfNew * lNew + g - lNew * massNew - weightNew);
    }

    /// <summary>target[i] += scalar + values[i], a vector at a time (each element rounds as the scalar loop would).</summary>
    private static void AddRow(Span<double> target, double scalar, ReadOnlySpan<double> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var t = MemoryMarshal.Cast<double, Vector<double>>(target);
            var v = MemoryMarshal.Cast<double, Vector<double>>(values);
            var add = new Vector<double>(scalar);
            for (var j = 0; j < t.Length; j++) t[j] += add + v[j];
            i = t.Length * Vector<double>.Count;
        }
        for (; i < target.Length; i++) target[i] += scalar + values[i];
    }

    /// <summary>Zeroes the counts and sums of a and b; their links are among <paramref name="links"/>.</summary>
    private void Clear(int a, int b, List<int> links)
    {
        var s = _s;
        foreach (var x in (ReadOnlySpan<int>)[a, b])
        {
            foreach (var y in links) Zero(x, y);
            Zero(x, a);
            Zero(x, b);
            _count[x] = 0;
            _log[x] = 0;
            _degree[x] = 0;
            _weighted[x] = 0;
            _sum[x] = 0;
        }

        void Zero(int x, int y)
        {
            SetCount(x, y, 0);
            SetCount(y, x, 0);
            _m[x * s + y] = _m[y * s + x] = 0;
            _qs[x * s + y] = _qs[y * s + x] = 0;
        }
    }

    private void Verify()
    {
        var s = _s;
        for (var c = 0; c < s; c++)
            for (var d = c + 1; d < s; d++)
            {
                if (!_active[c] || !_active[d]) continue;
                Check($"loss of ({c}, {d})", _loss[c * s + d], FreshLoss(c, d));
            }
        for (var c = 0; c < s; c++)
        {
            if (!InModel(c)) continue;
            double sum = 0, weighted = 0;
            long degree = 0;
            for (var y = 0; y < s; y++)
            {
                if (!InModel(y)) continue;
                sum += _qs[c * s + y];
                degree += _m[c * s + y];
                weighted += _m[c * s + y] * _log[y];
                if (_n[c * s + y] != _nt[y * s + c] || _m[c * s + y] != _n[c * s + y] + _n[y * s + c])
                    throw new InvalidOperationException($"counts of ({c}, {y}) disagree");
            }
            Check($"sum of {c}", _sum[c], sum);
            Check($"weighted degree of {c}", _weighted[c], weighted);
            if (degree != _degree[c]) throw new InvalidOperationException($"degree of {c}: cached {_degree[c]}, fresh {degree}");
        }
    }

    private static void Check(string what, double cached, double fresh)
    {
        if (Math.Abs(cached - fresh) > 1e-6 * Math.Max(1, Math.Abs(fresh)))
            throw new InvalidOperationException($"{what}: cached {cached}, fresh {fresh}");
    }
}
