using Annalist.Syntax;

namespace Annalist.Entities.Ner;

/// <summary>
/// Named-entity tagger: greedy left-to-right averaged perceptron over BILOU labels (Ratinov &amp;
/// Roth 2009), with gazetteer and word-cluster features and a memory of how the same word was
/// tagged earlier in the document. Decoding only allows well-formed label sequences.
/// </summary>
public sealed class NerTagger
{
    internal const string Magic = "annalist-ner-1";
    private readonly LinearModel _model;

    internal NerTagger(string[] types, LinearModel model)
    {
        Types = types;
        _model = model;
    }

    /// <summary>Entity types in class order (PER, ORG, LOC, MISC as trained on CoNLL).</summary>
    public IReadOnlyList<string> Types { get; }

    private int Classes => 1 + 4 * Types.Count;

    // class 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t
    private static bool Opens(int c) => c > 0 && (c - 1) % 4 is 0 or 1;

    private static bool Allowed(int previous, int c)
    {
        if (Opens(previous)) return c > 0 && (c - 1) / 4 == (previous - 1) / 4 && (c - 1) % 4 is 1 or 2;
        return c == 0 || (c - 1) % 4 is 0 or 3;
    }

    /// <summary>Tags a document's sentences; names per sentence.</summary>
    public List<NerSpan[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences, NerLexicon lexicon, ClusterLookup? clusters)
    {
        var doc = new NerDocumentContext(sentences, lexicon, clusters);
        var memory = new Memory(Types.Count);
        Span<ulong> features = stackalloc ulong[NerSentenceContext.MaxFeatures];
        Span<float> scores = stackalloc float[Classes];
        var result = new List<NerSpan[]>(sentences.Count);
        foreach (var s in doc.Sentences)
        {
            var classes = new int[s.Length];
            Decode(s, doc, memory, classes, features, scores, (f, sc) => _model.Score(f, sc), null);
            result.Add(Spans(classes, Types));
        }
        return result;
    }

    private delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>One greedy pass over a sentence; when training, <paramref name="learn"/> sees each decision.</summary>
    private void Decode(NerSentenceContext s, NerDocumentContext doc, Memory memory, int[] classes, Span<ulong> features, Span<float> scores,
        Scorer score, Action<int, ReadOnlySpan<ulong>, int>? learn)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var t1 = i > 0 ? classes[i - 1] : 0;
            var t2 = i > 1 ? classes[i - 2] : 0;
            var n = s.Features(i, i > 0 ? t1 : -1, i > 1 ? t2 : -1, doc, memory.Recall(s.Lower[i]), features);
            score(features[..n], scores);
            var best = -1;
            for (var c = 0; c < scores.Length; c++)
                if (Allowed(t1, c) && (best < 0 || scores[c] > scores[best])) best = c;
            learn?.Invoke(i, features[..n], best);
            classes[i] = best;
        }
        // a name cannot stay open past the sentence
        if (s.Length > 0 && Opens(classes[^1])) classes[^1] += 2;
        for (var i = 0; i < s.Length; i++) memory.Remember(s.Lower[i], classes[i]);
    }

    internal static NerSpan[] Spans(int[] classes, IReadOnlyList<string>? types = null)
    {
        var spans = new List<NerSpan>();
        for (var i = 0; i < classes.Length; i++)
        {
            var c = classes[i];
            if (c == 0) continue;
            var t = (c - 1) / 4;
            var j = i;
            if ((c - 1) % 4 == 0)
                while (j + 1 < classes.Length && classes[j + 1] > 0 && (classes[j + 1] - 1) / 4 == t && (classes[j + 1] - 1) % 4 is 1 or 2)
                {
                    j++;
                    if ((classes[j] - 1) % 4 == 2) break;
                }
            spans.Add(new NerSpan(i, j - i + 1, types is null ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : types[t]));
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

    /// <summary>Trains on gold documents; the same documents, iterations and seed give the same model.</summary>
    public static NerTagger Train(IReadOnlyList<NerDocument> documents, NerLexicon lexicon, ClusterLookup? clusters, int iterations, int seed, Action<string>? log = null)
    {
        var types = documents.SelectMany(d => d.Sentences).SelectMany(s => s.Names).Select(n => n.Type).Distinct().Order(StringComparer.Ordinal).ToArray();
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var tagger = new NerTagger(types, LinearModel.From(1 + 4 * types.Length, []));
        var trainer = new PerceptronTrainer(1 + 4 * types.Length);
        var contexts = documents.Select(d => new NerDocumentContext(d.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList(), lexicon, clusters)).ToArray();
        var gold = documents.Select(d => d.Sentences.Select(s => GoldClasses(s, typeIndex)).ToArray()).ToArray();
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[NerSentenceContext.MaxFeatures];
        var scores = new float[trainer.Classes];
        for (var it = 0; it < iterations; it++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var d in order)
            {
                var memory = new Memory(types.Length);
                for (var s = 0; s < contexts[d].Sentences.Length; s++)
                {
                    var sentence = contexts[d].Sentences[s];
                    var truth = gold[d][s];
                    var classes = new int[sentence.Length];
                    tagger.Decode(sentence, contexts[d], memory, classes, features, scores, trainer.Score, (i, f, guess) =>
                    {
                        trainer.Tick();
                        trainer.Update(truth[i], guess, f);
                        if (guess != truth[i]) errors++;
                        total++;
                    });
                }
            }
            log?.Invoke($"ner iteration {it + 1}: {100.0 * (total - errors) / Math.Max(1, total):F2}% of {total} labels right");
        }
        return new NerTagger(types, trainer.Average());
    }

    public void Save(Stream stream) => ModelFile.Save(stream, Magic, w =>
    {
        w.Write(Types.Count);
        foreach (var t in Types) w.Write(t);
        _model.Write(w);
    });

    public static NerTagger Load(Stream stream) => ModelFile.Load(stream, Magic, r =>
    {
        var types = new string[r.ReadInt32()];
        for (var i = 0; i < types.Length; i++) types[i] = r.ReadString();
        return new NerTagger(types, LinearModel.Read(r));
    });

    /// <summary>How each capitalized word was tagged so far in the document: its most frequent type, or O.</summary>
    private sealed class Memory(int types)
    {
        private readonly Dictionary<ulong, int[]> _counts = [];

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
