namespace Annalist.Corpus.Timelines;

/// <summary>
/// Ranks the days of a set of articles by how much the articles make of them. A day counts for
/// each article that refers to it (a day-level DATE expression in any of its sentences, once per
/// article, so one article listing many dates does not make them all important), more when the
/// article looks back or ahead to it from another day than when it speaks of its own day, and
/// more again the longer after the day an article still looks back to it (the logarithm of the
/// days between: an event still cited weeks later mattered); for each article published that day
/// (news volume follows events); and for each event dated to it by an expression of its own (an
/// event the article only dates by its publication is not counted, as it is already counted as
/// published). A reference from a chronology entry ("March 17 - The Security Council votes ...")
/// weighs more: an editor picked that day for a list of the key dates.
/// <para>
/// Looking back is normalized by how much looking back a day could get: an early day has the
/// whole input after it, a day near the end only a few articles, so raw counts would fill a
/// timeline with its first weeks. The look-back sum of a day is multiplied by
/// ((E(first) + c) / (E(day) + c))^b, where E(day) is what it would get if every later article
/// looked back to it; references ahead likewise by the articles published before the day.
/// </para>
/// </summary>
public static class DateRanker
{
    public static Dictionary<DateOnly, double> Score(IEnumerable<TimelineSentence> sentences, DateWeights w)
    {
        var scores = new Dictionary<DateOnly, double>();
        var back = new Dictionary<DateOnly, double>();
        var ahead = new Dictionary<DateOnly, double>();
        var perDay = new SortedDictionary<DateOnly, int>();
        static void Add(Dictionary<DateOnly, double> to, DateOnly d, double x) => to[d] = to.GetValueOrDefault(d) + x;
        foreach (var article in sentences.GroupBy(s => s.DocumentId))
        {
            var published = article.First().Published;
            if (published is { } p)
            {
                Add(scores, p, w.Published);
                perDay[p] = perDay.GetValueOrDefault(p) + 1;
            }
            // each day the article names, at the weight of its strongest mention
            var referred = new Dictionary<DateOnly, double>();
            foreach (var s in article)
            {
                var weight = s.Chronology ? w.Chronology : 1.0;
                var named = new HashSet<DateOnly>();
                foreach (var v in s.TimeValues)
                    if (DayValue.Parse(v) is { } d)
                    {
                        named.Add(d);
                        referred[d] = Math.Max(referred.GetValueOrDefault(d), weight);
                    }
                foreach (var e in s.EventDates)
                    if (DayValue.Parse(e) is { } d && (d != published || named.Contains(d))) Add(scores, d, w.Event);
            }
            foreach (var (d, x) in referred)
            {
                if (d == published) Add(scores, d, x * w.SameDayReference);
                else if (published is { } from && from > d)
                    Add(back, d, x * (w.OtherDayReference + w.LookBack * Math.Log(1 + (from.DayNumber - d.DayNumber))));
                else Add(ahead, d, x * w.OtherDayReference);
            }
        }
        var days = perDay.ToList();
        if (back.Count > 0)
        {
            var most = LookBackRoom(days, days.Count > 0 ? days[0].Key.AddDays(-1) : back.Keys.Min(), w);
            foreach (var (d, x) in back)
                Add(scores, d, x * Math.Pow((most + w.NormalizationPrior) / (LookBackRoom(days, d, w) + w.NormalizationPrior), w.BackNormalization));
        }
        if (ahead.Count > 0)
        {
            var all = days.Sum(x => x.Value);
            foreach (var (d, x) in ahead)
            {
                var before = days.TakeWhile(y => y.Key < d).Sum(y => y.Value);
                Add(scores, d, x * Math.Pow((all + w.NormalizationPrior) / (before + w.NormalizationPrior), w.AheadNormalization));
            }
        }
        return scores;
    }

    /// <summary>The look-back weight a day would get if every article published after it looked back to it.</summary>
    private static double LookBackRoom(List<KeyValuePair<DateOnly, int>> perDay, DateOnly day, DateWeights w)
    {
        double sum = 0;
        foreach (var (p, n) in perDay)
            if (p > day) sum += n * (w.OtherDayReference + w.LookBack * Math.Log(1 + (p.DayNumber - day.DayNumber)));
        return sum;
    }

    /// <summary>The days in [from, to] by falling score, earlier first on a tie.</summary>
    public static List<(DateOnly Date, double Score)> Rank(Dictionary<DateOnly, double> scores, DateOnly? from, DateOnly? to) =>
        scores.Where(x => (from is null || x.Key >= from) && (to is null || x.Key <= to))
            .OrderByDescending(x => x.Value).ThenBy(x => x.Key)
            .Select(x => (x.Key, x.Value)).ToList();
}
