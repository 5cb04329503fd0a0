using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Annalist.Corpus.Timelines;

namespace Annalist.Tests.Timelines;

/// <summary>The Timeline17 (tilse) format both ways, and the text and JSON writers.</summary>
public class TimelineWriterTests
{
    private static readonly Timeline Sample = new(
    [
        new TimelineDay(new DateOnly(2010, 4, 20), 3.5,
        [
            new TimelineEntry(7, 0, 0, 40, "Deepwater Horizon rig\nexplodes in the Gulf .", new DateOnly(2010, 4, 21), 0.9),
            new TimelineEntry(9, 2, 120, 150, "Eleven workers are missing .", new DateOnly(2010, 4, 21), 0.7),
        ]),
        new TimelineDay(new DateOnly(2010, 4, 22), 2, [new TimelineEntry(3, 1, 10, 30, "The rig sinks .", null, 0.8)]),
    ]);

    [Fact]
    public void Tilse_format_is_date_sentences_dashes()
    {
        var w = new StringWriter();
        TimelineWriter.WriteTilse(w, Sample);
        Assert.Equal(
            "2010-04-20\nDeepwater Horizon rig explodes in the Gulf .\nEleven workers are missing .\n--------------------------------\n" +
            "2010-04-22\nThe rig sinks .\n--------------------------------\n", w.ToString());
    }

    [Fact]
    public void Tilse_format_reads_back()
    {
        var w = new StringWriter();
        TimelineWriter.WriteTilse(w, Sample);
        var read = TimelineReader.Read(w.ToString());
        Assert.Equal([new DateOnly(2010, 4, 20), new DateOnly(2010, 4, 22)], read.Days.Keys);
        Assert.Equal(["Deepwater Horizon rig explodes in the Gulf .", "Eleven workers are missing ."], read[new DateOnly(2010, 4, 20)]);
    }

    [Fact]
    public void Reader_takes_gold_files_with_trailing_spaces_and_repeated_dates()
    {
        var read = TimelineReader.Read("2010-04-20\nA . \nB . \n--------------------------------\n\n2010-04-20\nC .\n-----\n");
        Assert.Equal(["A .", "B .", "C ."], read[new DateOnly(2010, 4, 20)]);
    }

    [Fact]
    public void Text_names_the_document_and_span()
    {
        var w = new StringWriter();
        TimelineWriter.WriteText(w, Sample);
        Assert.Contains("2010-04-20  (score 3.5)", w.ToString(), StringComparison.Ordinal);
        Assert.Contains("  - The rig sinks .  [document 3, 10-30]", w.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_dates_and_sentences_with_provenance()
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) TimelineWriter.WriteJson(w, Sample);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        var dates = json.RootElement.GetProperty("dates");
        Assert.Equal(2, dates.GetArrayLength());
        var first = dates[0].GetProperty("sentences")[0];
        Assert.Equal("2010-04-20", dates[0].GetProperty("date").GetString());
        Assert.Equal(7, first.GetProperty("document").GetInt64());
        Assert.Equal(0, first.GetProperty("start").GetInt32());
        Assert.Equal(40, first.GetProperty("end").GetInt32());
        Assert.Equal("2010-04-21", first.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, dates[1].GetProperty("sentences")[0].GetProperty("published").ValueKind);
    }
}
