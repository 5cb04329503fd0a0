using Annalist.Entities.Clusters;
using Annalist.Syntax;

namespace Annalist.Entities.Ner;

/// <summary>
/// Named-entity tagger: greedy left-to-right averaged perceptron over BILOU labels (Ratinov &amp;
/// Roth 2009), with gazetteer and word-cluster features and a memory of how the same word was
/// tagged earlier in the document. Decoding only allows well-formed label sequences.
/// </summary>
public sealed class NerTagger
{
    internal const string Magic = "annalist-ner-4";
    private readonly LinearModel _first;
    private readonly LinearModel? _second;
    // the same weights laid out for scoring (a feature's row in one cache line): tagging is table lookups
    private readonly WeightTable _firstTable;
    private readonly WeightTable? _secondTable;

    // Allowed(previous, c) and Opens(c) as tables: the beam asks them for every candidate
    private readonly bool[] _allowed;
    private readonly bool[] _opens;

    // words that never started a name in training though seen often ("the", "said", "percent"):
    // outside a name they are O without scoring, which is most of the words of an article
    private readonly HashSet<ulong> _neverStarts;
    // words that started a name in training; a lower-case word not among them is treated like the
    // words above (0.2% of CoNLL's names start with a lower-case word: "van", "de", "interior")
    private readonly HashSet<ulong> _starts;

    internal NerTagger(string[] types, LinearModel first, LinearModel? second, HashSet<ulong> neverStarts, HashSet<ulong> starts)
    {
        Types = types;
        _neverStarts = neverStarts;
        _starts = starts;
        _first = first;
        _second = second;
        _firstTable = WeightTable.From(first);
        _secondTable = second is null ? null : WeightTable.From(second);
        var n = 1 + 4 * types.Length;
        _allowed = new bool[n * n];
        _opens = new bool[n];
        for (var p = 0; p < n; p++)
        {
            _opens[p] = Opens(p);
            for (var c = 0; c < n; c++) _allowed[p * n + c] = Allowed(p, c);
        }
    }

    /// <summary>Entity types in class order (LOC, MISC, ORG, PER as trained on CoNLL).</summary>
    public IReadOnlyList<string> Types { get; }

    private int Classes => 1 + 4 * Types.Count;

    // class 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t
    private static bool Opens(int c) => c > 0 && (c - 1) % 4 is 0 or 1;

    private static bool Allowed(int previous, int c)
    {
        if (Opens(previous)) return c > 0 && (c - 1) / 4 == (previous - 1) / 4 && (c - 1) % 4 is 1 or 2;
        return c == 0 || (c - 1) % 4 is 0 or 3;
    }

    /// <summary>Hypotheses kept per word when tagging; greedy training, beam decoding over well-formed label sequences.</summary>
    public int BeamWidth { get; set; } = 8;

    /// <summary>
    /// Hypotheses scoring this much below the best are dropped from the beam. Most words are
    /// clear cases, so this keeps the beam at one or two there; 80 loses nothing on CoNLL dev
    /// (40 loses 0.05 F1) and doubles the speed of width 8.
    /// </summary>
    public float BeamMargin { get; set; } = 80;

    /// <summary>Tags a document's sentences; names per sentence.</summary>
    public List<NerSpan[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences, NerLexicon lexicon, WordClusters? clusters)
    {
        var doc = new NerDocumentContext(sentences, lexicon, clusters);
        var classes = Pass(doc, _firstTable.Score);
        if (_secondTable is not null)
        {
            doc.SetFirstStage(classes, Types.Count);
            classes = Pass(doc, _secondTable.Score);
        }
        return classes.Select(c => Spans(c, Types)).ToList();
    }

    // training's jackknife scores with the unrounded weights of a model trained in this process
    private int[][] Pass(NerDocumentContext doc, Scorer model)
    {
        var memory = new Memory(Types.Count, doc.Sentences.Sum(x => x.Length) / 2);
        var buffers = new BeamBuffers(Math.Max(1, BeamWidth), Classes);
        Span<ulong> features = stackalloc ulong[NerSentenceContext.MaxFeatures];
        var result = new int[doc.Sentences.Length][];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = Beam(doc, s, memory, model, buffers, features);
            for (var i = 0; i < result[s].Length; i++) memory.Remember(doc.Sentences[s].Lower[i], result[s][i]);
        }
        return result;
    }

    /// <summary>
    /// Beam search over well-formed BILOU sequences. The label-independent features are scored once
    /// per word; each hypothesis adds only its label features.
    /// </summary>
    private int[] Beam(NerDocumentContext doc, int sentence, Memory memory, Scorer model, BeamBuffers b, Span<ulong> features)
    {
        var s = doc.Sentences[sentence];
        var n = s.Length;
        var width = b.Width;
        var classes = Classes;
        b.Reserve(n);
        // hypotheses as back-pointers: label and parent per step (row i of width entries)
        var labels = b.Labels;
        var parents = b.Parents;
        var score = b.Score;
        var next = b.Next;
        var count = 1;
        score[0] = 0;
        Span<float> fixedScores = stackalloc float[classes];
        Span<ulong> labelFeatures = stackalloc ulong[8];
        // the best `width` candidates, kept sorted by insertion (a full sort per word cost more than tagging)
        var candScore = b.CandScore;
        var candParent = b.CandParent;
        var candLabel = b.CandLabel;
        var pairT1 = b.PairT1;
        var pairT2 = b.PairT2;
        var pairScores = b.PairScores;
        for (var i = 0; i < n; i++)
        {
            if (_neverStarts.Contains(s.Word[i]) || s.IsLowerCase(i) && !_starts.Contains(s.Word[i]))
            {
                var inside = false;
                for (var h = 0; i > 0 && h < count; h++) inside |= _opens[labels[(i - 1) * width + h]];
                if (!inside)
                {
                    // every hypothesis goes on with O and keeps its score
                    for (var h = 0; h < count; h++) { labels[i * width + h] = 0; parents[i * width + h] = h; }
                    continue;
                }
            }
            var k = s.StaticFeatures(sentence, i, doc, memory.Recall(s.Lower[i]), features);
            model(features[..k], fixedScores);
            var found = 0;
            var pairs = 0;
            for (var h = 0; h < count; h++)
            {
                var t1 = i > 0 ? labels[(i - 1) * width + h] : 0;
                var t2 = i > 1 ? labels[(i - 2) * width + parents[(i - 1) * width + h]] : 0;
                // hypotheses often share their last two labels: score those features once per pair
                var cached = -1;
                for (var q = 0; q < pairs; q++) if (pairT1[q] == t1 && pairT2[q] == t2) { cached = q; break; }
                if (cached < 0)
                {
                    cached = pairs++;
                    pairT1[cached] = t1;
                    pairT2[cached] = t2;
                    var m = s.LabelFeatures(i, i > 0 ? t1 : -1, i > 1 ? t2 : -1, labelFeatures);
                    model(labelFeatures[..m], pairScores.AsSpan(cached * classes, classes));
                }
                var scores = pairScores.AsSpan(cached * classes, classes);
                var allowed = _allowed.AsSpan(t1 * classes, classes);
                var last = i + 1 == n;
                for (var c = 0; c < classes; c++)
                {
                    if (!allowed[c] || (last && _opens[c])) continue;
                    var total = score[h] + fixedScores[c] + scores[c];
                    // ties keep the earlier (lower parent, lower label) candidate, so results are reproducible
                    if (found == width && total <= candScore[width - 1]) continue;
                    var at = Math.Min(found, width - 1);
                    while (at > 0 && candScore[at - 1] < total) { candScore[at] = candScore[at - 1]; candParent[at] = candParent[at - 1]; candLabel[at] = candLabel[at - 1]; at--; }
                    candScore[at] = total; candParent[at] = h; candLabel[at] = c;
                    if (found < width) found++;
                }
            }
            // hypotheses far behind the best one never come back: dropping them keeps most words at one or two
            count = 1;
            while (count < found && candScore[count] >= candScore[0] - BeamMargin) count++;
            for (var h = 0; h < count; h++)
            {
                labels[i * width + h] = candLabel[h];
                parents[i * width + h] = candParent[h];
                next[h] = candScore[h];
            }
            (score, next) = (next, score);
        }
        var result = new int[n];
        for (int i = n - 1, h = 0; i >= 0; h = parents[i * width + h], i--) result[i] = labels[i * width + h];
        return result;
    }

    /// <summary>The beam's working arrays, reused across the sentences of a pass (they were a sixth of what tagging allocated).</summary>
    private sealed class BeamBuffers(int width, int classes)
    {
        public readonly int Width = width;
        public int[] Labels = [], Parents = [];
        public readonly float[] Score = new float[width], Next = new float[width], CandScore = new float[width];
        public readonly int[] CandParent = new int[width], CandLabel = new int[width], PairT1 = new int[width], PairT2 = new int[width];
        public readonly float[] PairScores = new float[width * classes];

        public void Reserve(int words)
        {
            if (Labels.Length >= words * Width) return;
            Labels = new int[words * Width];
            Parents = new int[words * Width];
        }
    }

    private delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>One greedy pass over a sentence; when training, <paramref name="learn"/> sees each decision.</summary>
    private static void Decode(NerDocumentContext doc, int sentence, Memory memory, int[] classes, Span<ulong> features, Span<float> scores,
        Scorer score, Action<int, ReadOnlySpan<ulong>, int>? learn)
    {
        var s = doc.Sentences[sentence];
        for (var i = 0; i < s.Length; i++)
        {
            var t1 = i > 0 ? classes[i - 1] : 0;
            var t2 = i > 1 ? classes[i - 2] : 0;
            var n = s.Features(sentence, i, i > 0 ? t1 : -1, i > 1 ? t2 : -1, doc, memory.Recall(s.Lower[i]), features);
            score(features[..n], scores);
            var best = 0;
            for (var c = 1; c < scores.Length; c++)
                if (scores[c] > scores[best]) best = c;
            learn?.Invoke(i, features[..n], best);
            classes[i] = best;
        }
        for (var i = 0; i < s.Length; i++) memory.Remember(s.Lower[i], classes[i]);
    }

    /// <summary>
    /// Names from labels, read leniently (decoding is unconstrained): a name starts at B or U, or
    /// at I or L that does not continue the name before it; it ends at L or U, or where the next
    /// label does not continue it.
    /// </summary>
    internal static NerSpan[] Spans(int[] classes, IReadOnlyList<string> types)
    {
        var spans = new List<NerSpan>();
        for (var i = 0; i < classes.Length; i++)
        {
            var c = classes[i];
            if (c == 0) continue;
            var t = (c - 1) / 4;
            var j = i;
            while ((classes[j] - 1) % 4 is 0 or 1 && j + 1 < classes.Length && classes[j + 1] > 0
                && (classes[j + 1] - 1) / 4 == t && (classes[j + 1] - 1) % 4 is 1 or 2)
                j++;
            spans.Add(new NerSpan(i, j - i + 1, types[t]));
            i = j;
        }
        return [.. spans];
    }

    /// <summary>BILOU classes for gold names.</summary>
    private static int[] GoldClasses(NerSentence s, Dictionary<string, int> typeIndex)
    {
        var classes = new int[s.Words.Length];
        foreach (var span in s.Names)
        {
            var b = 1 + 4 * typeIndex[span.Type];
            if (span.Count == 1) { classes[span.First] = b + 3; continue; }
            classes[span.First] = b;
            for (var i = span.First + 1; i < span.First + span.Count - 1; i++) classes[i] = b + 1;
            classes[span.First + span.Count - 1] = b + 2;
        }
        return classes;
    }

    /// <summary>
    /// Trains on gold documents; the same documents, iterations and seed give the same model. With
    /// <paramref name="folds"/> &gt; 1 a second stage is trained on first-stage labels that each
    /// come from a model not trained on that document (jackknifing), as they would at run time.
    /// </summary>
    public static NerTagger Train(IReadOnlyList<NerDocument> documents, NerLexicon lexicon, WordClusters? clusters, int iterations, int seed, int folds = 0, Action<string>? log = null)
    {
        var types = documents.SelectMany(d => d.Sentences).SelectMany(s => s.Names).Select(n => n.Type).Distinct().Order(StringComparer.Ordinal).ToArray();
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var contexts = documents.Select(d => new NerDocumentContext(d.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList(), lexicon, clusters)).ToArray();
        var gold = documents.Select(d => d.Sentences.Select(s => GoldClasses(s, typeIndex)).ToArray()).ToArray();
        var all = Enumerable.Range(0, documents.Count).ToArray();
        var first = TrainStage(types.Length, contexts, gold, all, iterations, seed, "stage 1", log);
        var (neverStarts, starts) = NeverStarts(documents);
        if (folds < 2) return new NerTagger(types, first, null, neverStarts, starts);

        var tagger = new NerTagger(types, first, null, neverStarts, starts);
        var firstLabels = new int[documents.Count][][];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = all.Where(d => d % folds != fold).ToArray();
            var model = TrainStage(types.Length, contexts, gold, train, iterations, seed, $"fold {fold + 1}/{folds}", null);
            foreach (var d in all.Where(d => d % folds == fold)) firstLabels[d] = tagger.Pass(contexts[d], model.Score);
            log?.Invoke($"ner fold {fold + 1}/{folds} done");
        }
        for (var d = 0; d < contexts.Length; d++) contexts[d].SetFirstStage(firstLabels[d], types.Length);
        var second = TrainStage(types.Length, contexts, gold, all, iterations, seed, "stage 2", log);
        return new NerTagger(types, first, second, neverStarts, starts);
    }

    /// <summary>Word forms seen at least 10 times in training and never at the start of a name; and the forms that started one.</summary>
    private static (HashSet<ulong> Never, HashSet<ulong> Starts) NeverStarts(IReadOnlyList<NerDocument> documents)
    {
        var seen = new Dictionary<ulong, int>();
        var starts = new HashSet<ulong>();
        foreach (var s in documents.SelectMany(d => d.Sentences))
        {
            for (var i = 0; i < s.Words.Length; i++)
            {
                var key = FeatureHash.Of(s.Words[i]);
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }
            foreach (var n in s.Names) starts.Add(FeatureHash.Of(s.Words[n.First]));
        }
        return ([.. seen.Where(kv => kv.Value >= 10 && !starts.Contains(kv.Key)).Select(kv => kv.Key)], starts);
    }

    private static LinearModel TrainStage(int types, NerDocumentContext[] contexts, int[][][] gold, int[] documents, int iterations, int seed, string name, Action<string>? log)
    {
        var trainer = new PerceptronTrainer(1 + 4 * types);
        var order = documents.ToArray();
        var random = new Random(seed);
        var features = new ulong[NerSentenceContext.MaxFeatures];
        var scores = new float[trainer.Classes];
        for (var it = 0; it < iterations; it++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var d in order)
            {
                var memory = new Memory(types);
                for (var s = 0; s < contexts[d].Sentences.Length; s++)
                {
                    var truth = gold[d][s];
                    var classes = new int[truth.Length];
                    Decode(contexts[d], s, memory, classes, features, scores, trainer.Score, (i, f, guess) =>
                    {
                        trainer.Tick();
                        trainer.Update(truth[i], guess, f);
                        if (guess != truth[i]) errors++;
                        total++;
                    });
                }
            }
            log?.Invoke($"ner {name} iteration {it + 1}: {100.0 * (total - errors) / Math.Max(1, total):F2}% of {total} labels right");
        }
        return trainer.Average();
    }

    public void Save(Stream stream) => ModelFile.Save(stream, Magic, w =>
    {
        w.Write(Types.Count);
        foreach (var t in Types) w.Write(t);
        _first.Write(w);
        w.Write(_second is not null);
        _second?.Write(w);
        w.Write(_neverStarts.Count);
        foreach (var key in _neverStarts.Order()) w.Write(key);
        w.Write(_starts.Count);
        foreach (var key in _starts.Order()) w.Write(key);
    });

    public static NerTagger Load(Stream stream) => ModelFile.Load(stream, Magic, r =>
    {
        var types = new string[r.ReadInt32()];
        for (var i = 0; i < types.Length; i++) types[i] = r.ReadString();
        var first = LinearModel.Read(r);
        var second = r.ReadBoolean() ? LinearModel.Read(r) : null;
        var count = r.ReadInt32();
        var neverStarts = new HashSet<ulong>(count);
        for (var i = 0; i < count; i++) neverStarts.Add(r.ReadUInt64());
        var startCount = r.ReadInt32();
        var starts = new HashSet<ulong>(startCount);
        for (var i = 0; i < startCount; i++) starts.Add(r.ReadUInt64());
        return new NerTagger(types, first, second, neverStarts, starts);
    });

    /// <summary>How each capitalized word was tagged so far in the document: its most frequent type, or O.</summary>
    /// <param name="types">The entity types.</param>
    /// <param name="words">About how many distinct words the document has (the table is made that big once).</param>
    private sealed class Memory(int types, int words = 0)
    {
        private readonly Dictionary<ulong, int[]> _counts = new(words);

        public int Recall(ulong lower)
        {
            if (!_counts.TryGetValue(lower, out var counts)) return -1;
            var best = 0;
            for (var t = 1; t < counts.Length; t++) if (counts[t] > counts[best]) best = t;
            return best;
        }

        public void Remember(ulong lower, int c)
        {
            if (!_counts.TryGetValue(lower, out var counts)) _counts[lower] = counts = new int[types + 1];
            counts[c == 0 ? types : (c - 1) / 4]++;
        }
    }
}
