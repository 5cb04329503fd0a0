using Annalist.Corpus.Timelines;
using Annalist.Corpus.Timelines.Scoring;

namespace Annalist.Tests.Timelines;

/// <summary>ROUGE tokens and counts, and the timeline figures on a case worked out by hand.</summary>
public class RougeTests
{
    private static DatedSummaries Tl(params (string Date, string[] Sentences)[] days) =>
        new(days.Select(d => KeyValuePair.Create(DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture), (IReadOnlyList<string>)d.Sentences)));

    [Fact]
    public void Tokens_are_lower_case_alphanumeric_without_stop_words_and_stemmed_over_three_letters()
    {
        // "the", "u", "s", "said" are SMART stop words; "3rd" and "war" are too short to stem.
        Assert.Equal(["armi", "3rd", "divis", "war"], RougeTokens.Of("The U.S. Army's 3rd division said : war ."));
    }

    [Fact]
    public void Counts_clip_each_ngram_at_the_smaller_count()
    {
        var c1 = RougeCounts.Of(["a1", "b1", "a1", "c1"], ["a1", "a1", "d1"], 1);
        Assert.Equal(new RougeCounts(2, 4, 3), c1);
        var c2 = RougeCounts.Of(["a1", "b1", "a1", "c1"], ["a1", "b1", "x1"], 2);
        Assert.Equal(new RougeCounts(1, 3, 2), c2);
        Assert.Equal(new RougeCounts(0, 0, 1), RougeCounts.Of([], ["a1"], 1));
    }

    [Fact]
    public void F1_of_averages_not_average_of_F1()
    {
        var avg = Prf.Average([new Prf(1, 0), new Prf(0, 1)]);
        Assert.Equal(0.5, avg.Precision);
        Assert.Equal(0.5, avg.F1);
    }

    // Predicted: Jan 1 "oil gas war", Jan 3 "ban tax"; gold: Jan 2 "oil gas", Jan 4 "tax rig" (three-letter
    // words outside the stop list, so tokens are the words). No date in common.
    private static readonly DatedSummaries Predicted = Tl(("2010-01-01", ["oil gas war"]), ("2010-01-03", ["ban tax"]));
    private static readonly DatedSummaries Gold = Tl(("2010-01-02", ["oil gas"]), ("2010-01-04", ["tax rig"]));

    [Fact]
    public void Concat_scores_all_sentences_as_one_summary()
    {
        var s = TimelineScorer.Score(Predicted, Gold);
        Assert.Equal(0, s.Dates.F1);
        // unigrams: oil, gas, tax of 5 predicted and 4 gold
        Assert.Equal(3.0 / 5, s.Concat1.Precision, 12);
        Assert.Equal(3.0 / 4, s.Concat1.Recall, 12);
        // bigrams: "oil gas" of 4 predicted (oil gas, gas war, war ban, ban tax) and 3 gold
        Assert.Equal(1.0 / 4, s.Concat2.Precision, 12);
        Assert.Equal(1.0 / 3, s.Concat2.Recall, 12);
        Assert.Equal(0, s.Agreement1.F1);
    }

    [Fact]
    public void Alignment_pairs_dates_by_distance_and_content_and_weights_by_distance()
    {
        // Jan 1 -> Jan 2 (cost 0.5 * (1 - 0.8) = 0.1 against 0.75 for Jan 4), Jan 3 -> Jan 4 (0.5 * 0.5
        // against 0.5 for Jan 2); every pair is a day apart, weight 1/2.
        var s = TimelineScorer.Score(Predicted, Gold);
        Assert.Equal((0.5 * 2 + 0.5 * 1) / 5, s.Align1.Precision, 12);
        Assert.Equal((0.5 * 2 + 0.5 * 1) / 4, s.Align1.Recall, 12);
        Assert.Equal(0.5 * 1 / 3, s.Align2.Precision, 12);
        Assert.Equal(0.5 * 1 / 2, s.Align2.Recall, 12);
    }

    [Fact]
    public void Same_dates_and_text_score_one()
    {
        var s = TimelineScorer.Score(Gold, Gold);
        Assert.Equal(1, s.Dates.F1);
        Assert.Equal(1, s.Concat1.F1, 12);
        Assert.Equal(1, s.Agreement2.F1, 12);
        Assert.Equal(1, s.Align1.F1, 12);
    }

    [Fact]
    public void Alignment_tie_goes_to_the_earlier_date()
    {
        // Jan 2 is as far from Jan 1 as from Jan 3, with the same words: equal costs, Jan 1 is taken.
        var pred = Tl(("2010-01-01", ["oil"]), ("2010-01-03", ["oil"]));
        var gold = Tl(("2010-01-02", ["oil"]));
        var s = TimelineScorer.Score(pred, gold);
        Assert.Equal(0.5, s.Align1.Recall, 12);
        Assert.Equal(0.5, s.Align1.Precision, 12);
        Assert.Equal(0, s.Dates.F1);
    }
}
