namespace Annalist.Corpus.Timelines;

/// <summary>A unit-length TF-IDF vector: term ids in ascending order and their weights.</summary>
public sealed record TermVector(int[] Terms, double[] Weights)
{
    public static readonly TermVector Empty = new([], []);

    public bool IsEmpty => Terms.Length == 0;

    public double Dot(TermVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] == other.Terms[j]) sum += Weights[i++] * other.Weights[j++];
            else if (Terms[i] < other.Terms[j]) i++;
            else j++;
        }
        return sum;
    }
}

/// <summary>
/// TF-IDF over the sentences of one timeline's input: document frequency counts sentences, so a
/// word in every sentence of a topic (its name) weighs little, and a word of one event much.
/// </summary>
public sealed class TermSpace
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _df = [];
    private int _sentences;

    /// <summary>Counts one sentence's words (each once) towards the document frequencies.</summary>
    public void Add(IReadOnlyList<string> tokens)
    {
        _sentences++;
        foreach (var t in tokens.Distinct(StringComparer.Ordinal))
        {
            if (!_ids.TryGetValue(t, out var id))
            {
                id = _df.Count;
                _ids[t] = id;
                _df.Add(0);
            }
            _df[id]++;
        }
    }

    public double Idf(int term) => Math.Log((1.0 + _sentences) / (1.0 + _df[term])) + 1;

    public TermVector Vector(IReadOnlyList<string> tokens)
    {
        var counts = new SortedDictionary<int, double>();
        foreach (var t in tokens)
            if (_ids.TryGetValue(t, out var id)) counts[id] = counts.GetValueOrDefault(id) + 1;
        if (counts.Count == 0) return TermVector.Empty;
        var terms = counts.Keys.ToArray();
        var weights = terms.Select(id => counts[id] * Idf(id)).ToArray();
        var norm = Math.Sqrt(weights.Sum(w => w * w));
        for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
        return new TermVector(terms, weights);
    }

    /// <summary>The unit-length weighted sum of some vectors (their centroid's direction).</summary>
    public static TermVector Centroid(IEnumerable<(TermVector Vector, double Weight)> vectors)
    {
        var sum = new SortedDictionary<int, double>();
        foreach (var (v, w) in vectors)
            for (var i = 0; i < v.Terms.Length; i++)
                sum[v.Terms[i]] = sum.GetValueOrDefault(v.Terms[i]) + w * v.Weights[i];
        if (sum.Count == 0) return TermVector.Empty;
        var norm = Math.Sqrt(sum.Values.Sum(x => x * x));
        if (norm == 0) return TermVector.Empty;
        return new TermVector(sum.Keys.ToArray(), sum.Values.Select(x => x / norm).ToArray());
    }
}
