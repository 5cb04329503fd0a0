using System.Globalization;
using Annalist.Documents;
using Annalist.Tests.Invariants;
using Annalist.Tests.Text;
using Annalist.Text;
using Annalist.Time;

namespace Annalist.Tests.Time;

public class TimeSpecTests
{
    private const string Spec = "Time/times.spec";

    public static TheoryData<string> Cases => SpecFile.Titles(Spec);

    /// <summary>Tokenizes, splits and tags a text with the given article date.</summary>
    internal static Document Analyze(string text, DateOnly? dct)
    {
        var doc = new Document("spec", text, dct);
        new Tokenizer().Run(doc);
        new SentenceSplitter().Run(doc);
        new TimeTagger().Run(doc);
        return doc;
    }

    internal static string Describe(Document doc, TimeExpression t) =>
        $"{doc.Text[t.Start..t.End]} | {t.TypeName} | {t.Value}" + (t.Mod is null ? "" : $" | mod={t.Mod}");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tags_as_specified(string title)
    {
        var c = SpecFile.Get(Spec, title);
        var bar = c.Input.IndexOf(" | ", StringComparison.Ordinal);
        Assert.True(bar > 0, "input must be 'DCT | text'");
        var dctText = c.Input[..bar];
        DateOnly? dct = dctText == "none" ? null : DateOnly.ParseExact(dctText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var doc = Analyze(c.Input[(bar + 3)..], dct);
        var actual = doc.Get(TimeLayers.Times).Select(t => Describe(doc, t)).ToList();
        var expected = c.Expected is ["-"] ? [] : c.Expected.ToList();
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Spec_has_hundreds_of_cases() => Assert.True(SpecFile.Load(Spec).Count >= 200);

    [Fact]
    public void Unresolved_value_is_kept_when_the_date_anchors_it()
    {
        var doc = Analyze("The council met yesterday.", new DateOnly(2025, 6, 2));
        var t = Assert.Single(doc.Get(TimeLayers.Times));
        Assert.Equal("2025-06-01", t.Value);
        Assert.Equal("XXXX-XX-XX", t.Unresolved);
        Assert.True(t.Anchored);
    }

    [Fact]
    public void Second_day_of_a_pair_is_anchored_like_the_first()
    {
        var doc = Analyze("The summit will be held on April 24 and 25.", new DateOnly(2025, 2, 10));
        var times = doc.Get(TimeLayers.Times);
        Assert.Equal(2, times.Length);
        Assert.Equal("2025-04-25", times[1].Value);
        Assert.Equal("XXXX-04-25", times[1].Unresolved);
        var dated = Analyze("The summit was held on April 24 and 25, 1999.", new DateOnly(2025, 2, 10)).Get(TimeLayers.Times);
        Assert.Equal(["1999-04-24", "1999-04-25"], dated.Select(t => t.Value));
        Assert.All(dated, t => Assert.False(t.Anchored));
    }

    [Fact]
    public void Times_of_a_sentence_and_the_creation_time()
    {
        var doc = Analyze("Talks began on Monday. Nothing happened. They end next week.", new DateOnly(2025, 6, 2));
        var sentences = doc.Sentences;
        Assert.Equal(3, sentences.Count);
        Assert.Equal("2025-06-02", Assert.Single(doc.TimesIn(sentences[0]).ToArray()).Value);
        Assert.Empty(doc.TimesIn(sentences[1]).ToArray());
        Assert.Equal("2025-W24", Assert.Single(doc.TimesIn(sentences[2]).ToArray()).Value);
        Assert.Equal(new DateOnly(2025, 6, 2), doc.CreationTime());
    }
}
