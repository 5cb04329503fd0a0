namespace Annalist.Corpus.Timelines;

/// <summary>
/// Ranks the days of a set of articles by how much the articles make of them. A day counts for
/// each article that refers to it (a day-level DATE expression in any of its sentences, once per
/// article, so one article listing many dates does not make them all important), more when the
/// article looks back or ahead to it from another day than when it speaks of its own day, and
/// more again the longer after the day an article still looks back to it (the logarithm of the
/// days between: an event still cited weeks later mattered); for
/// each article published that day (news volume follows events); and for each event dated to it
/// by an expression of its own (an event the article only dates by its publication is not
/// counted, as it is already counted as published).
/// </summary>
public static class DateRanker
{
    public static Dictionary<DateOnly, double> Score(IEnumerable<TimelineSentence> sentences, DateWeights w)
    {
        var scores = new Dictionary<DateOnly, double>();
        void Add(DateOnly d, double x) => scores[d] = scores.GetValueOrDefault(d) + x;
        foreach (var article in sentences.GroupBy(s => s.DocumentId))
        {
            var published = article.First().Published;
            if (published is { } p) Add(p, w.Published);
            var referred = new HashSet<DateOnly>();
            foreach (var s in article)
            {
                var named = new HashSet<DateOnly>();
                foreach (var v in s.TimeValues)
                    if (DayValue.Parse(v) is { } d) named.Add(d);
                referred.UnionWith(named);
                foreach (var e in s.EventDates)
                    if (DayValue.Parse(e) is { } d && (d != published || named.Contains(d))) Add(d, w.Event);
            }
            foreach (var d in referred)
            {
                if (d == published) { Add(d, w.SameDayReference); continue; }
                Add(d, w.OtherDayReference);
                if (published is { } from && from > d) Add(d, w.LookBack * Math.Log(1 + (from.DayNumber - d.DayNumber)));
            }
        }
        return scores;
    }

    /// <summary>The days in [from, to] by falling score, earlier first on a tie.</summary>
    public static List<(DateOnly Date, double Score)> Rank(Dictionary<DateOnly, double> scores, DateOnly? from, DateOnly? to) =>
        scores.Where(x => (from is null || x.Key >= from) && (to is null || x.Key <= to))
            .OrderByDescending(x => x.Value).ThenBy(x => x.Key)
            .Select(x => (x.Key, x.Value)).ToList();
}
