using Annalist.Evaluation;
using Annalist.Pipeline;

namespace Annalist.Tests.Quotes;

public class QuoteEvaluatorTests
{
    private const string Text = "“We will win the vote,” said Maria Lopez. Officials said the count was fair.";

    [Fact]
    public void Brat_spans_in_pieces_make_one_attribution()
    {
        var ann = "T1\tContent 1 21\tWe will win the vote\nT2\tCue 24 28\tsaid\nT3\tSource 29 40\tMaria Lopez\nT4\tAttribution 24 28\tsaid\n"
            + "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\nT5\tContent 56 60;61 75\tthe count was fair\nE2\tAttribution-no-source:T5 Content:T5\n";
        var gold = PolnearCorpus.Parse(ann, Text, "test.ann");
        Assert.Equal(2, gold.Count);
        Assert.Equal("said", gold[0].CueText);
        Assert.Equal([(29, 40)], gold[0].Source);
        Assert.Equal([(56, 60), (61, 75)], gold[1].Content);
    }

    [Fact]
    public void Bad_offsets_are_a_format_error() =>
        Assert.Throws<FormatException>(() => PolnearCorpus.Parse("T1\tContent 5 500\tx\n", Text, "test.ann"));

    [Fact]
    public void Overlap_over_gold_length_with_speaker()
    {
        var gold = new List<GoldAttribution>
        {
            new([(1, 21)], [(24, 28)], [(29, 40)], "said"),
            new([(56, 75)], [(51, 55)], [(42, 51)], "said"),
        };
        var report = QuoteEvaluator.Evaluate([new PolnearArticle("t", Text, gold)], Pipelines.Default(), [0.3, 0.8], 0);
        Assert.Equal(2, report.All[0].Gold);
        Assert.True(report.All[0].Matched >= 1);
        Assert.True(report.All[0].SpeakerRight >= 1);
        Assert.True(QuoteEvaluator.IsSpeechCue("has said"));
        Assert.False(QuoteEvaluator.IsSpeechCue("found"));
    }
}
