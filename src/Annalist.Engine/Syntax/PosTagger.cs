namespace Annalist.Syntax;

/// <summary>A part-of-speech tag: Universal (UPOS) and Penn Treebank (XPOS).</summary>
public readonly record struct PosTag(string Upos, string Xpos);

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. Each class is a (XPOS, UPOS) pair seen in
/// training, so one decision fixes both tags and they always agree with each other.
/// </summary>
public sealed class PosTagger
{
    internal const string Magic = "annalist-tagger-4";

    // a tagger trained in this process scores with its weights as trained, so the parser's
    // jackknifed training tags do not depend on how a loaded model stores them; a loaded one
    // scores with the table, whose half-float weights are the ones the file keeps
    private readonly LinearModel? _trained;
    private readonly WeightTable? _table;

    // frequent words that (almost) always had one tag in training: tagged without scoring
    private readonly Dictionary<ulong, int> _sure;

    private PosTagger(PosTag[] tags, Dictionary<ulong, int> sure, LinearModel? trained, WeightTable? table, Lemmatizer lemmatizer)
    {
        Tags = tags;
        _sure = sure;
        _trained = trained;
        _table = table;
        Lemmatizer = lemmatizer;
    }

    /// <summary>The tag set; class i is Tags[i].</summary>
    public IReadOnlyList<PosTag> Tags { get; }

    /// <summary>The lemmatizer trained with this tagger (its exception lexicon comes from the same data).</summary>
    public Lemmatizer Lemmatizer { get; }

    /// <summary>Tags one sentence; returns a class index per word (see <see cref="Tags"/>).</summary>
    public void Tag(IReadOnlyList<string> words, Span<int> classes) => Tag(words, classes, useSureWords: true);

    private void Tag(IReadOnlyList<string> words, Span<int> classes, bool useSureWords)
    {
        var context = new TagContext(words);
        Span<ulong> features = stackalloc ulong[TagContext.FeatureCount];
        Span<float> scores = stackalloc float[Tags.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (useSureWords && _sure.TryGetValue(context.WordHash(i), out var sure)) { classes[i] = sure; continue; }
            context.Features(i, i > 0 ? classes[i - 1] : -1, i > 1 ? classes[i - 2] : -1, features);
            if (_table is not null) _table.Score(features, scores);
            else _trained!.Score(features, scores);
            classes[i] = ArgMax(scores);
        }
    }

    /// <summary>Tags one sentence.</summary>
    public PosTag[] Tag(IReadOnlyList<string> words) => Tag(words, useSureWords: true);

    /// <summary>Tags one sentence; without the shortcut for frequent one-tag words when <paramref name="useSureWords"/> is false.</summary>
    public PosTag[] Tag(IReadOnlyList<string> words, bool useSureWords)
    {
        var classes = new int[words.Count];
        Tag(words, classes, useSureWords);
        var result = new PosTag[words.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Tags[classes[i]];
        return result;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>Trains on gold sentences; the same sentences, iterations and seed give the same model.</summary>
    public static PosTagger Train(IReadOnlyList<TreebankSentence> sentences, int iterations, int seed, Action<string>? log = null)
    {
        var tagIndex = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            for (var i = 0; i < s.Length; i++) tagIndex.TryAdd(s.Xpos[i] + "\t" + s.Upos[i], 0);
        var tags = tagIndex.Keys.Select(k => k.Split('\t')).Select(p => new PosTag(p[1], p[0])).ToArray();
        var ids = 0;
        foreach (var k in tagIndex.Keys.ToList()) tagIndex[k] = ids++;

        var sure = SureWords(sentences, tagIndex);
        var trainer = new PerceptronTrainer(tags.Length);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[TagContext.FeatureCount];
        var scores = new float[tags.Length];
        for (var it = 0; it < iterations; it++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var si in order)
            {
                var s = sentences[si];
                var context = new TagContext(s.Forms);
                var predicted = new int[s.Length];
                for (var i = 0; i < s.Length; i++)
                {
                    context.Features(i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    trainer.Score(features, scores);
                    var guess = ArgMax(scores);
                    var gold = tagIndex[s.Xpos[i] + "\t" + s.Upos[i]];
                    trainer.Tick();
                    trainer.Update(gold, guess, features);
                    // condition on the predicted history, as decoding does
                    predicted[i] = guess;
                    if (guess == gold) correct++;
                    total++;
                }
            }
            log?.Invoke($"tagger iteration {it + 1}: {100.0 * correct / Math.Max(1, total):F2}% of {total} words");
        }
        return new PosTagger(tags, sure, trainer.Average(), null, Lemmatizer.Train(sentences));
    }

    /// <summary>Words seen at least 20 times with one tag at least 99.9% of the time (the, of, and).</summary>
    private static Dictionary<ulong, int> SureWords(IReadOnlyList<TreebankSentence> sentences, SortedDictionary<string, int> tagIndex)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var s in sentences)
            for (var i = 0; i < s.Length; i++)
            {
                var key = FeatureHash.Of(s.Forms[i]);
                if (!counts.TryGetValue(key, out var byTag)) counts[key] = byTag = [];
                var tag = tagIndex[s.Xpos[i] + "\t" + s.Upos[i]];
                byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
            }
        var sure = new Dictionary<ulong, int>();
        foreach (var (key, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var best = byTag.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (total >= 20 && best.Value >= 0.999 * total) sure[key] = best.Key;
        }
        return sure;
    }

    public void Save(Stream stream) => ModelFile.Save(stream, Magic, w =>
    {
        w.Write(Tags.Count);
        foreach (var t in Tags) { w.Write(t.Upos); w.Write(t.Xpos); }
        w.Write(_sure.Count);
        foreach (var key in _sure.Keys.Order()) { w.Write(key); w.Write(_sure[key]); }
        WeightTable.Write(w, _trained ?? throw new InvalidOperationException("only a tagger trained in this process can be saved"));
        Lemmatizer.Write(w);
    });

    public static PosTagger Load(Stream stream) => ModelFile.Load(stream, Magic, r =>
    {
        var tags = new PosTag[r.ReadInt32()];
        for (var i = 0; i < tags.Length; i++) tags[i] = new PosTag(string.Intern(r.ReadString()), string.Intern(r.ReadString()));
        var count = r.ReadInt32();
        var sure = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++) sure[r.ReadUInt64()] = r.ReadInt32();
        var table = WeightTable.Read(r);
        return new PosTagger(tags, sure, null, table, Lemmatizer.Read(r));
    });
}

/// <summary>Per-sentence word hashes, computed once, from which the tagger's features are built.</summary>
internal readonly struct TagContext
{
    public const int FeatureCount = 38;
    private const ulong Start = 0x1234567UL, End = 0x7654321UL;
    private readonly ulong[] _word, _lower, _shape, _s1, _s2, _s3, _s4, _p1, _p2, _p3;
    private readonly bool[] _capitalized;
    private readonly ulong[] _c4, _c6, _ca; // Brown cluster prefixes (ParseContext.NoCluster for none)

    public TagContext(IReadOnlyList<string> words)
    {
        var n = words.Count;
        _word = new ulong[n]; _lower = new ulong[n]; _shape = new ulong[n];
        _s1 = new ulong[n]; _s2 = new ulong[n]; _s3 = new ulong[n]; _s4 = new ulong[n];
        _p1 = new ulong[n]; _p2 = new ulong[n]; _p3 = new ulong[n];
        _capitalized = new bool[n];
        _c4 = new ulong[n]; _c6 = new ulong[n]; _ca = new ulong[n];
        var clusters = Annalist.Entities.Clusters.WordClusters.Default;
        Span<char> shape = stackalloc char[16];
        for (var i = 0; i < n; i++)
        {
            var w = words[i].AsSpan();
            _word[i] = FeatureHash.Of(w);
            _lower[i] = FeatureHash.Of(w, lower: true);
            _s1[i] = Suffix(w, 1); _s2[i] = Suffix(w, 2); _s3[i] = Suffix(w, 3); _s4[i] = Suffix(w, 4);
            _p1[i] = Prefix(w, 1); _p2[i] = Prefix(w, 2); _p3[i] = Prefix(w, 3);
            _shape[i] = FeatureHash.Of(Shape(w, shape));
            _capitalized[i] = w.Length > 0 && char.IsUpper(w[0]);
            if (clusters.TryGetPath(w, out var path)) { _c4[i] = path.Prefix(4); _c6[i] = path.Prefix(6); _ca[i] = path.Prefix(Annalist.Entities.Clusters.ClusterPath.MaxPackedLength); }
            else _c4[i] = _c6[i] = _ca[i] = ParseContext.NoCluster;
        }
    }

    private static ulong Suffix(ReadOnlySpan<char> w, int k) => w.Length < k ? 0 : FeatureHash.Of(w[^k..], lower: true);

    private static ulong Prefix(ReadOnlySpan<char> w, int k) => w.Length < k ? 0 : FeatureHash.Of(w[..k], lower: true);

    /// <summary>Word shape with runs longer than two collapsed: "Kyiv" -> "Xxx", "2,000" -> "d,ddd" -> "d,dd".</summary>
    internal static ReadOnlySpan<char> Shape(ReadOnlySpan<char> w, Span<char> buffer)
    {
        var len = 0;
        char prev = '\0';
        var run = 0;
        foreach (var c in w)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = s == prev ? run + 1 : 1;
            prev = s;
            if (run > 2) continue;
            if (len == buffer.Length) break;
            buffer[len++] = s;
        }
        return buffer[..len];
    }

    public ulong WordHash(int i) => _word[i];

    private ulong Lower(int i) => i < 0 ? Start : i >= _lower.Length ? End : _lower[i];

    public void Features(int i, int t1, int t2, Span<ulong> f)
    {
        ulong p1 = (ulong)(t1 + 2), p2 = (ulong)(t2 + 2);
        var l = _lower[i];
        var k = 0;
        f[k++] = FeatureHash.Key(0, 1);
        f[k++] = FeatureHash.Key(1, _word[i]);
        f[k++] = FeatureHash.Key(2, l);
        f[k++] = FeatureHash.Key(3, _s1[i]);
        f[k++] = FeatureHash.Key(4, _s2[i]);
        f[k++] = FeatureHash.Key(5, _s3[i]);
        f[k++] = FeatureHash.Key(6, _s4[i]);
        f[k++] = FeatureHash.Key(7, _p1[i]);
        f[k++] = FeatureHash.Key(8, _p2[i]);
        f[k++] = FeatureHash.Key(9, _p3[i]);
        f[k++] = FeatureHash.Key(10, _shape[i]);
        f[k++] = FeatureHash.Key(11, p1);
        f[k++] = FeatureHash.Key(12, p2);
        f[k++] = FeatureHash.Key(13, p1, p2);
        f[k++] = FeatureHash.Key(14, p1, l);
        f[k++] = FeatureHash.Key(15, Lower(i - 1));
        f[k++] = FeatureHash.Key(16, Lower(i - 2));
        f[k++] = FeatureHash.Key(17, Lower(i + 1));
        f[k++] = FeatureHash.Key(18, Lower(i + 2));
        f[k++] = FeatureHash.Key(19, i > 0 ? _s3[i - 1] : Start);
        f[k++] = FeatureHash.Key(20, i + 1 < _lower.Length ? _s3[i + 1] : End);
        f[k++] = FeatureHash.Key(21, Lower(i - 1), l);
        f[k++] = FeatureHash.Key(22, l, Lower(i + 1));
        f[k++] = FeatureHash.Key(23, p1, Lower(i + 1));
        f[k++] = FeatureHash.Key(24, i + 1 < _lower.Length ? _shape[i + 1] : End);
        f[k++] = FeatureHash.Key(25, i == 0 ? 1UL : 0UL, _shape[i]);
        f[k++] = FeatureHash.Key(26, Lower(i - 1), Lower(i + 1));
        f[k++] = FeatureHash.Key(27, p1, _s3[i]);
        f[k++] = FeatureHash.Key(28, i > 0 ? _shape[i - 1] : Start);
        f[k++] = FeatureHash.Key(29, i == 0 ? 1UL : 0UL, _capitalized[i] ? _lower[i] : 0UL);
        f[k++] = FeatureHash.Key(30, _c4[i]);
        f[k++] = FeatureHash.Key(31, _c6[i]);
        f[k++] = FeatureHash.Key(32, _ca[i]);
        f[k++] = FeatureHash.Key(33, i > 0 ? _c6[i - 1] : Start);
        f[k++] = FeatureHash.Key(34, i + 1 < _lower.Length ? _c6[i + 1] : End);
        f[k++] = FeatureHash.Key(35, i + 1 < _lower.Length ? _ca[i + 1] : End);
        f[k++] = FeatureHash.Key(36, p1, _ca[i]);
        f[k++] = FeatureHash.Key(37, _ca[i], i + 1 < _lower.Length ? _c6[i + 1] : End);
    }
}
