using Annalist.Entities.Ner;

namespace Annalist.Evaluation;

/// <summary>Per-type and overall name counts, with conlleval's precision, recall and F1 (0..1).</summary>
public sealed record NerScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Gold + Predicted == 0 ? 0 : 2.0 * Correct / (Gold + Predicted);
}

public sealed record NerReport(int Documents, int Sentences, int Tokens, NerScore Overall, IReadOnlyDictionary<string, NerScore> ByType);

/// <summary>
/// conlleval semantics: a predicted name counts when its first token, last token and type all
/// equal a gold name's; precision and recall over names, not tokens.
/// </summary>
public static class NerEvaluator
{
    public static NerReport Score(IReadOnlyList<NerDocument> gold, IReadOnlyList<List<NerSpan[]>> predicted)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Counts(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
        int sentences = 0, tokens = 0;
        for (var d = 0; d < gold.Count; d++)
            for (var s = 0; s < gold[d].Sentences.Count; s++)
            {
                sentences++;
                tokens += gold[d].Sentences[s].Words.Length;
                var g = gold[d].Sentences[s].Names;
                var p = predicted[d][s];
                foreach (var n in g) Counts(n.Type)[0]++;
                foreach (var n in p) Counts(n.Type)[1]++;
                var goldSet = g.ToHashSet();
                foreach (var n in p) if (goldSet.Contains(n)) Counts(n.Type)[2]++;
            }
        var byType = counts.ToDictionary(kv => kv.Key, kv => new NerScore(kv.Value[0], kv.Value[1], kv.Value[2]));
        var overall = new NerScore(byType.Values.Sum(x => x.Gold), byType.Values.Sum(x => x.Predicted), byType.Values.Sum(x => x.Correct));
        return new NerReport(gold.Count, sentences, tokens, overall, byType);
    }
}
