using Annalist.Entities.Clusters;
using Annalist.Syntax;

namespace Annalist.Entities.Ner;

/// <summary>
/// What the tagger knows about one document before tagging it: per-sentence word hashes,
/// gazetteer bits and cluster prefixes, and document-wide casing evidence ("Hours" at the start of
/// a sentence is probably not a name when "hours" occurs in lower case elsewhere in the article).
/// </summary>
internal sealed class NerDocumentContext
{
    public readonly NerSentenceContext[] Sentences;
    private readonly HashSet<ulong> _seenLower = [];       // lower-case forms written in lower case somewhere
    private readonly HashSet<ulong> _seenCapitalized = []; // lower-case forms written capitalized inside a sentence
    // the words before and after every capitalized occurrence of a word (Ratinov & Roth's context aggregation)
    private readonly Dictionary<ulong, List<ulong>> _contexts = [];
    private const int MaxContexts = 12;

    public NerDocumentContext(IReadOnlyList<IReadOnlyList<string>> sentences, NerLexicon lexicon, WordClusters? clusters)
    {
        Sentences = new NerSentenceContext[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var c = Sentences[s] = new NerSentenceContext(sentences[s], lexicon, clusters);
            for (var i = 0; i < c.Length; i++)
            {
                var w = sentences[s][i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                if (char.IsLower(w[0])) { _seenLower.Add(c.Lower[i]); continue; }
                if (i > 0 && !c.AllCaps) _seenCapitalized.Add(c.Lower[i]);
                if (!_contexts.TryGetValue(c.Lower[i], out var list)) _contexts[c.Lower[i]] = list = [];
                if (list.Count >= MaxContexts) continue;
                var left = FeatureHash.Key(1, c.L(i - 1));
                var right = FeatureHash.Key(2, c.L(i + 1));
                if (!list.Contains(left)) list.Add(left);
                if (list.Count < MaxContexts && !list.Contains(right)) list.Add(right);
            }
        }
    }

    /// <summary>Neighbouring words of the word's capitalized occurrences in the document, hashed with their side.</summary>
    public IReadOnlyList<ulong> Contexts(ulong lower) => _contexts.TryGetValue(lower, out var list) ? list : [];

    // the first stage's labels: per sentence and word, and per word form their types across the document
    private int[][]? _firstStage;
    private Dictionary<ulong, int[]>? _firstStageByWord;

    /// <summary>Gives the second stage what the first predicted for the whole document (Ratinov &amp; Roth's two-stage aggregation).</summary>
    public void SetFirstStage(int[][] classes, int types)
    {
        _firstStage = classes;
        _firstStageByWord = [];
        for (var s = 0; s < classes.Length; s++)
            for (var i = 0; i < classes[s].Length; i++)
            {
                if (classes[s][i] == 0) continue;
                var key = Sentences[s].Lower[i];
                if (!_firstStageByWord.TryGetValue(key, out var counts)) _firstStageByWord[key] = counts = new int[types];
                counts[(classes[s][i] - 1) / 4]++;
            }
    }

    public bool HasFirstStage => _firstStage is not null;

    /// <summary>Second-stage features of word i of sentence s; returns how many were written.</summary>
    public int FirstStageFeatures(int s, int i, Span<ulong> f)
    {
        var k = 0;
        var own = _firstStage![s][i];
        f[k++] = FeatureHash.Key(50, (ulong)own);
        var sentence = Sentences[s];
        f[k++] = FeatureHash.Key(51, (ulong)(i > 0 ? _firstStage[s][i - 1] : 99), (ulong)(i + 1 < sentence.Length ? _firstStage[s][i + 1] : 99));
        if (_firstStageByWord!.TryGetValue(sentence.Lower[i], out var counts))
        {
            var total = counts.Sum();
            var best = 0;
            for (var t = 0; t < counts.Length; t++)
            {
                if (counts[t] > counts[best]) best = t;
                if (counts[t] > 0) f[k++] = FeatureHash.Key(52, (ulong)t);
            }
            f[k++] = FeatureHash.Key(53, (ulong)best, own == 0 ? 0UL : (ulong)(own - 1) / 4 + 1);
            f[k++] = FeatureHash.Key(54, (ulong)best, counts[best] == total ? 1UL : 0UL);
        }
        else f[k++] = FeatureHash.Key(55, 1);
        return k;
    }

    public bool SeenLower(ulong lower) => _seenLower.Contains(lower);

    public bool SeenCapitalized(ulong lower) => _seenCapitalized.Contains(lower);
}

internal sealed class NerSentenceContext
{
    public const int MaxFeatures = 96;
    private const ulong Start = 0x1234567UL, End = 0x7654321UL;

    public readonly int Length;
    public readonly bool AllCaps;
    public readonly ulong[] Word, Lower, Shape;
    private readonly IReadOnlyList<string> _words;
    private readonly ulong[][] _cluster;
    private readonly long[] _gazetteer;
    private readonly bool[] _capitalized;
    private readonly bool[] _lowerCase;
    private static readonly int[] ClusterLengths = [4, 6, 10, 20];

    public NerSentenceContext(IReadOnlyList<string> words, NerLexicon lexicon, WordClusters? clusters)
    {
        var n = Length = words.Count;
        Word = new ulong[n]; Lower = new ulong[n]; Shape = new ulong[n];
        _words = words;
        _cluster = new ulong[ClusterLengths.Length][];
        for (var k = 0; k < ClusterLengths.Length; k++) _cluster[k] = new ulong[n];
        _capitalized = new bool[n];
        _lowerCase = new bool[n];
        _gazetteer = new long[n];
        Span<char> shape = stackalloc char[16];
        int letters = 0, upper = 0;
        for (var i = 0; i < n; i++)
        {
            var w = words[i].AsSpan();
            Word[i] = FeatureHash.Of(w);
            Lower[i] = FeatureHash.Of(w, lower: true);
            Shape[i] = FeatureHash.Of(TagContext.Shape(w, shape));
            if (clusters is not null && clusters.TryGetPath(w, out var path))
                for (var k = 0; k < ClusterLengths.Length; k++)
                    _cluster[k][i] = path.Prefix(ClusterLengths[k]);
            _capitalized[i] = w.Length > 0 && char.IsUpper(w[0]);
            _lowerCase[i] = w.Length > 0 && char.IsLower(w[0]) && !w.ContainsAnyInRange('A', 'Z');
            foreach (var c in w)
                if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
        }
        AllCaps = letters >= 8 && upper >= 0.9 * letters;
        lexicon.Match(words, _gazetteer);
    }

    /// <summary>A word in lower case throughout ("airstrikes", not "neo-Nazi").</summary>
    public bool IsLowerCase(int i) => _lowerCase[i];

    public ulong L(int i) => i < 0 ? Start : i >= Length ? End : Lower[i];
    private ulong S(int i) => i < 0 ? Start : i >= Length ? End : Shape[i];
    private ulong C(int k, int i) => i < 0 ? Start : i >= Length ? End : _cluster[k][i];
    private long G(int i) => i < 0 || i >= Length ? 0 : _gazetteer[i];

    /// <summary>
    /// Features of word i given the two previous labels and the document's memory of this word.
    /// Returns how many were written.
    /// </summary>
    public int Features(int sentenceIndex, int i, int t1, int t2, NerDocumentContext doc, int memory, Span<ulong> f)
    {
        var k = StaticFeatures(sentenceIndex, i, doc, memory, f);
        return k + LabelFeatures(i, t1, t2, f[k..]);
    }

    /// <summary>The features that depend on the previous two labels (-1 before the sentence); a beam scores only these per hypothesis.</summary>
    public int LabelFeatures(int i, int t1, int t2, Span<ulong> f)
    {
        ulong p1 = (ulong)t1 + 3, p2 = (ulong)t2 + 3;
        f[0] = FeatureHash.Key(19, p1);
        f[1] = FeatureHash.Key(20, p1, p2);
        f[2] = FeatureHash.Key(21, p1, Lower[i]);
        f[3] = FeatureHash.Key(22, p1, Shape[i]);
        f[4] = FeatureHash.Key(41, p1, C(1, i));
        return 5;
    }

    /// <summary>The features that do not depend on the labels before word i.</summary>
    public int StaticFeatures(int sentenceIndex, int i, NerDocumentContext doc, int memory, Span<ulong> f)
    {
        var k = 0;
        var l = Lower[i];
        var caps = AllCaps ? 1UL : 0UL;
        var first = i == 0 ? 1UL : 0UL;
        f[k++] = FeatureHash.Key(0, 1);
        f[k++] = FeatureHash.Key(1, Word[i]);
        f[k++] = FeatureHash.Key(2, l);
        f[k++] = FeatureHash.Key(3, Shape[i]);
        // affixes here rather than for every word up front: most words are never scored (lower case outside a name)
        var w = _words[i].AsSpan();
        for (var j = 0; j < 4 && w.Length > j + 1; j++)
        {
            f[k++] = FeatureHash.Key(4 + j, FeatureHash.Of(w[..(j + 1)], lower: true));
            f[k++] = FeatureHash.Key(8 + j, FeatureHash.Of(w[^(j + 1)..], lower: true));
        }
        f[k++] = FeatureHash.Key(12, L(i - 1));
        f[k++] = FeatureHash.Key(13, L(i + 1));
        f[k++] = FeatureHash.Key(14, L(i - 2));
        f[k++] = FeatureHash.Key(15, L(i + 2));
        f[k++] = FeatureHash.Key(16, S(i - 1));
        f[k++] = FeatureHash.Key(17, S(i + 1));
        f[k++] = FeatureHash.Key(18, S(i - 1), Shape[i], S(i + 1));
        f[k++] = FeatureHash.Key(23, first, l);
        f[k++] = FeatureHash.Key(24, caps, Shape[i]);
        f[k++] = FeatureHash.Key(25, L(i - 1), l);
        f[k++] = FeatureHash.Key(26, l, L(i + 1));
        f[k++] = FeatureHash.Key(27, caps, l);
        // casing evidence from the rest of the document
        if (_capitalized[i])
        {
            f[k++] = FeatureHash.Key(28, first | (caps << 1), doc.SeenLower(l) ? 1UL : 0UL);
            f[k++] = FeatureHash.Key(29, first | (caps << 1), doc.SeenCapitalized(l) ? 1UL : 0UL);
        }
        // what this word was tagged as earlier in the document
        f[k++] = FeatureHash.Key(30, (ulong)memory + 1);
        f[k++] = FeatureHash.Key(31, (ulong)memory + 1, Shape[i]);
        // clusters: the word's at four depths, the neighbours' at two
        if (_cluster[0][i] != 0)
            for (var j = 0; j < ClusterLengths.Length; j++) f[k++] = FeatureHash.Key(32 + j, _cluster[j][i]);
        else f[k++] = FeatureHash.Key(36, 0);
        f[k++] = FeatureHash.Key(37, C(1, i - 1));
        f[k++] = FeatureHash.Key(38, C(1, i + 1));
        f[k++] = FeatureHash.Key(39, C(2, i - 1));
        f[k++] = FeatureHash.Key(40, C(2, i + 1));
        f[k++] = FeatureHash.Key(45, C(3, i - 1));
        f[k++] = FeatureHash.Key(46, C(3, i + 1));
        f[k++] = FeatureHash.Key(47, C(1, i - 1), C(1, i));
        f[k++] = FeatureHash.Key(48, C(1, i), C(1, i + 1));
        // gazetteer bits of the word, and the categories around it
        var g = G(i);
        for (var b = 0; b < 64 && g != 0; b++, g >>= 1)
            if ((g & 1) != 0) f[k++] = FeatureHash.Key(42, (ulong)b);
        if (_capitalized[i])
            foreach (var context in doc.Contexts(l))
                if (k < f.Length - 12) f[k++] = FeatureHash.Key(44, context);
        if (doc.HasFirstStage) k += doc.FirstStageFeatures(sentenceIndex, i, f[k..]);
        var around = (ulong)(Categories(G(i - 1)) | (Categories(G(i + 1)) << 8));
        if (around != 0) f[k++] = FeatureHash.Key(43, around);
        return k;
    }

    private static long Categories(long bits)
    {
        long c = 0;
        for (var cat = 0; cat < NerLexicon.Categories; cat++)
            if (((bits >> (cat * 4)) & 0xF) != 0) c |= 1L << cat;
        return c;
    }
}
