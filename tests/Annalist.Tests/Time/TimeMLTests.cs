using Annalist.Evaluation;
using Annalist.Pipeline;

namespace Annalist.Tests.Time;

public class TimeMLTests
{
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
        <TEXT>
        Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3> &amp; rose <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
        </TimeML>
        """;

    [Fact]
    public void Reads_DCT_text_and_gold()
    {
        var f = TimeMLFile.Parse("X1", Gold);
        Assert.Equal(new DateOnly(1998, 2, 6), f.Dct);
        Assert.DoesNotContain("<", f.Text, StringComparison.Ordinal);
        Assert.Contains("Stocks fell yesterday &amp; rose for three days.", f.Text, StringComparison.Ordinal);
        Assert.Equal(["yesterday", "three days"], f.Gold.Select(g => f.Text[g.Start..g.End]));
        Assert.Equal("P3D", f.Gold[1].Value);
    }

    [Fact]
    public void Writes_TIMEX3_tags_and_keeps_every_other_byte()
    {
        var f = TimeMLFile.Parse("X1", Gold);
        var doc = new Annalist.Documents.Document("X1", f.Text, f.Dct);
        Pipelines.Default().Run(doc);
        var output = f.WithTimes(doc.Get(Annalist.Time.TimeLayers.Times));
        Assert.Contains("""<TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3>""", output, StringComparison.Ordinal);
        Assert.Contains("""<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>""", output, StringComparison.Ordinal);
        var textStart = Gold.IndexOf("<TEXT>", StringComparison.Ordinal) + 6;
        var textEnd = Gold.IndexOf("</TEXT>", StringComparison.Ordinal);
        Assert.StartsWith(Gold[..textStart], output, StringComparison.Ordinal);
        Assert.EndsWith(Gold[textEnd..], output, StringComparison.Ordinal);
        // reading our own output back gives the same text and our expressions as gold
        var back = TimeMLFile.Parse("X1", output);
        Assert.Equal(f.Text, back.Text);
        Assert.Equal(2, back.Gold.Count);
    }

    [Fact]
    public void Scores_like_TempEval3()
    {
        var f = TimeMLFile.Parse("X1", Gold);
        var docs = new List<TimexGoldDocument> { new(f.Name, f.Text, f.Dct, f.Gold, []) };
        var report = TimexEvaluator.Evaluate("x", docs, Pipelines.Default(), 10);
        Assert.Equal(1.0, report.Strict.F1, 6);
        Assert.Equal(1.0, report.Value.F1, 6);
    }

    [Fact]
    public void Missing_TEXT_is_a_format_error() =>
        Assert.Throws<FormatException>(() => TimeMLFile.Parse("bad", "<TimeML><DCT></DCT></TimeML>"));
}
