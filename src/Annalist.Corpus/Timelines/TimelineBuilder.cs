using System.Collections.Immutable;
using Annalist.Corpus.Timelines.Scoring;

namespace Annalist.Corpus.Timelines;

/// <summary>
/// Builds a timeline from the sentences of the articles a query matched: ranks the days
/// (<see cref="DateRanker"/>), then gives each of the best days its most central sentences
/// (<see cref="SentenceSelector"/>). A sentence is a candidate for every day it names, and for
/// its publication day when it names none (at a lower weight). A day without a usable candidate
/// is passed over for the next. Output is deterministic: ties go to the earlier date and the
/// earlier sentence of the input.
/// </summary>
public static class TimelineBuilder
{
    public static Timeline Build(IEnumerable<TimelineSentence> input, TimelineOptions options)
    {
        var sentences = input.ToList();
        // Content words as ROUGE sees them (stop words out, stemmed): what the timeline is judged on.
        var tokens = sentences.Select(s => (IReadOnlyList<string>)RougeTokens.Of(s.Text)).ToList();
        var space = new TermSpace();
        foreach (var t in tokens) space.Add(t);
        var vectors = tokens.Select(space.Vector).ToList();
        var keywords = RougeTokens.Of(string.Join(' ', options.Keywords)).ToHashSet(StringComparer.Ordinal);
        var candidates = Candidates(sentences, tokens, options.Sentences);
        var topic = TermSpace.Centroid(vectors.Select(v => (v, 1.0)));

        var ranked = DateRanker.Rank(DateRanker.Score(sentences, options.Dates), options.From, options.To);
        var chosen = new List<TermVector>();
        var days = new List<TimelineDay>();
        foreach (var (date, score) in ranked)
        {
            if (days.Count >= options.MaxDates) break;
            if (!candidates.TryGetValue(date, out var forDay)) continue;
            var picked = SentenceSelector.Select(forDay, topic, vectors, tokens, keywords, chosen, options.SentencesPerDate, options.Sentences);
            if (picked.Count == 0) continue;
            var entries = picked.Select(p =>
            {
                var s = sentences[p.Sentence];
                return new TimelineEntry(s.DocumentId, s.Index, s.Start, s.End, s.Text, s.Published, p.Score);
            }).ToImmutableArray();
            days.Add(new TimelineDay(date, score, entries));
        }
        return new Timeline([.. days.OrderBy(d => d.Date)]);
    }

    private static Dictionary<DateOnly, List<Candidate>> Candidates(
        List<TimelineSentence> sentences, List<IReadOnlyList<string>> tokens, SentenceWeights w)
    {
        var byDay = new Dictionary<DateOnly, List<Candidate>>();
        void Add(DateOnly d, Candidate c)
        {
            if (!byDay.TryGetValue(d, out var list)) byDay[d] = list = [];
            list.Add(c);
        }
        for (var i = 0; i < sentences.Count; i++)
        {
            if (tokens[i].Count < w.MinWords || tokens[i].Count > w.MaxWords) continue;
            var named = sentences[i].TimeValues.Select(DayValue.Parse).OfType<DateOnly>().Distinct().ToList();
            foreach (var d in named) Add(d, new Candidate(i, sentences[i].Chronology ? w.Chronology : 1.0));
            if (named.Count == 0 && sentences[i].TimeValues.IsEmpty && sentences[i].Published is { } p && w.PublishedOnly > 0)
                Add(p, new Candidate(i, w.PublishedOnly));
        }
        return byDay;
    }
}
