namespace Annalist.Corpus.Timelines.Scoring;

/// <summary>
/// ROUGE-N raw counts of one peer text against one reference text (ROUGE-1.5.5's <c>-t 2</c>):
/// <see cref="Hits"/> n-grams in common (each counted at most as often as in both), the peer's
/// n-grams and the reference's. Precision is hits over peer, recall hits over reference.
/// </summary>
public readonly record struct RougeCounts(double Hits, int Peer, int Reference)
{
    public static RougeCounts Of(IReadOnlyList<string> peer, IReadOnlyList<string> reference, int n)
    {
        var p = NGrams(peer, n);
        var r = NGrams(reference, n);
        var hits = 0;
        foreach (var (gram, count) in p)
            if (r.TryGetValue(gram, out var other)) hits += Math.Min(count, other);
        return new RougeCounts(hits, Math.Max(0, peer.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }
}

/// <summary>Precision, recall and F1 (the harmonic mean; 0 when both are 0).</summary>
public readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf FromSums(double precisionHits, double peer, double recallHits, double reference) =>
        new(peer == 0 ? 0 : precisionHits / peer, reference == 0 ? 0 : recallHits / reference);

    /// <summary>
    /// news-tls's average over timelines: precision and recall are averaged, and F1 is computed
    /// from the averages (not the mean of the F1s).
    /// </summary>
    public static Prf Average(IReadOnlyCollection<Prf> scores) => scores.Count == 0
        ? new Prf(0, 0)
        : new Prf(scores.Average(s => s.Precision), scores.Average(s => s.Recall));
}
