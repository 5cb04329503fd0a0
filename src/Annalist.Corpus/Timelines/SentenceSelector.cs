namespace Annalist.Corpus.Timelines;

/// <summary>A sentence that may speak for a date: its position in the input and how surely it is about that date.</summary>
public readonly record struct Candidate(int Sentence, double Weight);

/// <summary>
/// Picks a date's sentences: each candidate is scored by its cosine to the weighted centroid of
/// all the date's candidates (what most reports of that day say, so a sentence repeated by many
/// articles pulls the centroid its way) plus its cosine to the centroid of the whole input (the
/// story, so an aside of the day loses), times its weight, plus a bonus for the query's keywords;
/// then the best are taken in turn, skipping any too similar to a sentence already in the
/// timeline (on this date or another), so the timeline does not say one thing twice.
/// </summary>
public static class SentenceSelector
{
    public static List<(int Sentence, double Score)> Select(
        IReadOnlyList<Candidate> candidates, TermVector topic, IReadOnlyList<TermVector> vectors, IReadOnlyList<IReadOnlyList<string>> tokens,
        IReadOnlySet<string> keywords, List<TermVector> chosen, int count, SentenceWeights w)
    {
        var centroid = TermSpace.Centroid(candidates.Select(c => (vectors[c.Sentence], c.Weight)));
        var scored = candidates
            .Select(c => (c.Sentence, Score: c.Weight * (vectors[c.Sentence].Dot(centroid) + w.Topic * vectors[c.Sentence].Dot(topic)) + w.Keyword * KeywordShare(tokens[c.Sentence], keywords)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Sentence)
            .ToList();
        var picked = new List<(int, double)>();
        foreach (var (sentence, score) in scored)
        {
            if (picked.Count >= count) break;
            var v = vectors[sentence];
            if (v.IsEmpty || chosen.Any(c => c.Dot(v) > w.Redundancy)) continue;
            picked.Add((sentence, score));
            chosen.Add(v);
        }
        return picked;
    }

    private static double KeywordShare(IReadOnlyList<string> tokens, IReadOnlySet<string> keywords)
    {
        if (keywords.Count == 0) return 0;
        return (double)tokens.Distinct(StringComparer.Ordinal).Count(keywords.Contains) / keywords.Count;
    }
}
