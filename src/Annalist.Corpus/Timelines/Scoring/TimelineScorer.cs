namespace Annalist.Corpus.Timelines.Scoring;

/// <summary>A timeline as the scorer sees it: dates with their sentences, in date order.</summary>
public sealed class DatedSummaries
{
    public DatedSummaries(IEnumerable<KeyValuePair<DateOnly, IReadOnlyList<string>>> days)
    {
        Days = new SortedDictionary<DateOnly, IReadOnlyList<string>>(days.ToDictionary(d => d.Key, d => d.Value));
    }

    public SortedDictionary<DateOnly, IReadOnlyList<string>> Days { get; }

    public IReadOnlyList<string> this[DateOnly date] => Days.TryGetValue(date, out var s) ? s : [];
}

/// <summary>The figures news-tls reports for one predicted timeline against one reference timeline.</summary>
public sealed record TimelineScore(Prf Dates, Prf Concat1, Prf Concat2, Prf Agreement1, Prf Agreement2, Prf Align1, Prf Align2)
{
    /// <summary>The news-tls average over timelines: each figure's precision and recall averaged, F1 from those.</summary>
    public static TimelineScore Average(IReadOnlyCollection<TimelineScore> scores) => new(
        Prf.Average(scores.Select(s => s.Dates).ToList()),
        Prf.Average(scores.Select(s => s.Concat1).ToList()),
        Prf.Average(scores.Select(s => s.Concat2).ToList()),
        Prf.Average(scores.Select(s => s.Agreement1).ToList()),
        Prf.Average(scores.Select(s => s.Agreement2).ToList()),
        Prf.Average(scores.Select(s => s.Align1).ToList()),
        Prf.Average(scores.Select(s => s.Align2).ToList()));
}

/// <summary>
/// Timeline ROUGE as defined by Martschat and Markert (2017) and computed by tilse, which news-tls
/// uses: concat (all sentences of each timeline as one summary), agreement (only the summaries of
/// dates in both), and the date-content alignment "align+ m:1" that news-tls reports as AR-1/AR-2
/// (each predicted date is paired with the reference date of least cost, and each reference date
/// with the predicted date of least cost, the cost being the date distance factor times one minus
/// a quick ROUGE-1 estimate; paired summaries are scored with ROUGE, weighted by
/// 1 / (days apart + 1)). Date F1 compares the sets of dates.
/// </summary>
public static class TimelineScorer
{
    public static TimelineScore Score(DatedSummaries predicted, DatedSummaries reference)
    {
        var pred = Prepare(predicted);
        var gold = Prepare(reference);
        return new TimelineScore(
            DateScore(predicted, reference),
            Concat(pred, gold, 1), Concat(pred, gold, 2),
            Agreement(pred, gold, 1), Agreement(pred, gold, 2),
            Align(pred, gold, 1), Align(pred, gold, 2));
    }

    public static Prf DateScore(DatedSummaries predicted, DatedSummaries reference)
    {
        var shared = predicted.Days.Keys.Count(reference.Days.ContainsKey);
        return new Prf(predicted.Days.Count == 0 ? 0 : (double)shared / predicted.Days.Count,
            reference.Days.Count == 0 ? 0 : (double)shared / reference.Days.Count);
    }

    /// <summary>One date's summary as ROUGE tokens and as the whitespace tokens the alignment's estimate uses.</summary>
    private sealed record Day(DateOnly Date, List<string> Tokens, Dictionary<string, int> Raw);

    private static List<Day> Prepare(DatedSummaries t) => t.Days.Select(d => new Day(d.Key, RougeTokens.Of(d.Value), RawCounts(d.Value))).ToList();

    private static Dictionary<string, int> RawCounts(IEnumerable<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                counts[w] = counts.GetValueOrDefault(w) + 1;
        return counts;
    }

    private static Prf Concat(List<Day> pred, List<Day> gold, int n)
    {
        var c = RougeCounts.Of(pred.SelectMany(d => d.Tokens).ToList(), gold.SelectMany(d => d.Tokens).ToList(), n);
        return Prf.FromSums(c.Hits, c.Peer, c.Hits, c.Reference);
    }

    private static Prf Agreement(List<Day> pred, List<Day> gold, int n)
    {
        var goldByDate = gold.ToDictionary(d => d.Date);
        var predDates = pred.Select(d => d.Date).ToHashSet();
        double precisionHits = 0, peer = 0, recallHits = 0, reference = 0;
        foreach (var p in pred)
        {
            var c = RougeCounts.Of(p.Tokens, goldByDate.TryGetValue(p.Date, out var g) ? g.Tokens : [], n);
            precisionHits += c.Hits;
            peer += c.Peer;
        }
        var predByDate = pred.ToDictionary(d => d.Date);
        foreach (var g in gold)
        {
            var c = RougeCounts.Of(predDates.Contains(g.Date) ? predByDate[g.Date].Tokens : [], g.Tokens, n);
            recallHits += c.Hits;
            reference += c.Reference;
        }
        return Prf.FromSums(precisionHits, peer, recallHits, reference);
    }

    private static Prf Align(List<Day> pred, List<Day> gold, int n)
    {
        double precisionHits = 0, peer = 0, recallHits = 0, reference = 0;
        foreach (var p in pred)
        {
            if (gold.Count == 0)
            {
                peer += RougeCounts.Of(p.Tokens, [], n).Peer;
                continue;
            }
            var g = Cheapest(p, gold, (x, y) => Cost(x, y));
            var c = RougeCounts.Of(p.Tokens, g.Tokens, n);
            precisionHits += Weight(p.Date, g.Date) * c.Hits;
            peer += c.Peer;
        }
        foreach (var g in gold)
        {
            if (pred.Count == 0)
            {
                reference += RougeCounts.Of([], g.Tokens, n).Reference;
                continue;
            }
            var p = Cheapest(g, pred, (x, y) => Cost(y, x));
            var c = RougeCounts.Of(p.Tokens, g.Tokens, n);
            recallHits += Weight(p.Date, g.Date) * c.Hits;
            reference += c.Reference;
        }
        return Prf.FromSums(precisionHits, peer, recallHits, reference);
    }

    /// <summary>The candidate of least cost, the first (earliest date) on a tie, as numpy's argmin.</summary>
    private static Day Cheapest(Day from, List<Day> candidates, Func<Day, Day, double> cost)
    {
        var best = candidates[0];
        var bestCost = cost(from, best);
        for (var i = 1; i < candidates.Count; i++)
        {
            var c = cost(from, candidates[i]);
            if (c < bestCost) { best = candidates[i]; bestCost = c; }
        }
        return best;
    }

    private static double Weight(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    private static double Cost(Day pred, Day gold) =>
        (1 - Weight(pred.Date, gold.Date)) * (1 - QuickRouge1(pred.Raw, gold.Raw));

    /// <summary>tilse's ROUGE-1 estimate for the alignment costs: whitespace tokens as written, no stemming or stop list.</summary>
    private static double QuickRouge1(Dictionary<string, int> pred, Dictionary<string, int> gold)
    {
        var match = 0;
        foreach (var (w, c) in pred)
            if (gold.TryGetValue(w, out var g)) match += Math.Min(c, g);
        var predTotal = pred.Values.Sum();
        var goldTotal = gold.Values.Sum();
        var precision = predTotal == 0 ? 0 : (double)match / predTotal;
        var recall = goldTotal == 0 ? 0 : (double)match / goldTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
