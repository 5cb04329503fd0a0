using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Quantities;

namespace Annalist.Tests.Quantities;

public class QuantityTests
{
    private static Quantity[] Quantities(string text)
    {
        var doc = new Document("q", text, new DateOnly(2025, 6, 2));
        Pipelines.Default().Run(doc);
        Assert.Empty(doc.Diagnostics);
        var found = doc.Get(QuantityLayers.Quantities).ToArray();
        foreach (var q in found) Assert.Equal(q.Text, text[q.Start..q.End]);
        return found;
    }

    [Theory]
    [InlineData("The strike damaged around 41 aircraft at two bases.", "around 41 aircraft", 41, "aircraft", true)]
    [InlineData("They freed 1,000 detainees on Friday.", "1,000 detainees", 1000, "detainees", false)]
    [InlineData("More than 200 people gathered outside.", "More than 200 people", 200, "people", true)]
    [InlineData("The fund holds $2.4bn in reserve.", "$2.4bn", 2.4e9, "USD", false)]
    [InlineData("Brussels pledged €20 million for repairs.", "€20 million", 2e7, "EUR", false)]
    [InlineData("Prices rose 3.5 per cent in May.", "3.5 per cent", 3.5, "percent", false)]
    [InlineData("Turnout fell to 48% this time.", "48%", 48, "percent", false)]
    [InlineData("Dozens of protesters were arrested.", "Dozens of protesters", 24, "protesters", true)]
    [InlineData("Police said tens of thousands of marchers came.", "tens of thousands of marchers", 20000, "marchers", true)]
    [InlineData("Twenty-five soldiers were wounded.", "Twenty-five soldiers", 25, "soldiers", false)]
    [InlineData("The army lost three Russian-made tanks and three Ukrainian helicopters.", "three Ukrainian helicopters", 3, "helicopters", false)]
    [InlineData("The deal is worth 3 billion dollars.", "3 billion dollars", 3e9, "USD", false)]
    [InlineData("About 300 were evacuated.", "About 300", 300, null, true)]
    public void Reads_number_unit_and_approximation(string text, string extent, double value, string? unit, bool approximate)
    {
        var q = Assert.Single(Quantities(text), q => q.Text == extent);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(approximate, q.Approximate);
    }

    [Theory]
    [InlineData("Leaders of the Bucharest Nine met in Vilnius.")]
    [InlineData("The talks on May 16, 2025, ended after two weeks.")]
    [InlineData("In 1999 the team won 2-1 at home.")]
    [InlineData("Ukraine is the one holding the line.")]
    [InlineData("The report has 12 pages? No: see page 4.")]
    public void Names_times_scores_and_bare_numbers_are_not_quantities(string text)
    {
        var found = Quantities(text);
        Assert.DoesNotContain(found, q => q.Unit is null && !q.Approximate);
        Assert.DoesNotContain(found, q => q.Text.Contains("Nine") || q.Text.Contains("2025") || q.Text.Contains("1999") || q.Text.Contains("2-1") || q.Text.Contains("one") || q.Text.Contains("two weeks"));
    }

    [Fact]
    public void Writer_fills_the_quantities_section()
    {
        var doc = new Document("q", "Around 41 aircraft were hit.");
        Pipelines.Default().Run(doc);
        var buffer = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer)) Annalist.Export.JsonContractWriter.Write(w, doc);
        using var json = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        var q = Assert.Single(json.RootElement.GetProperty("quantities").EnumerateArray());
        Assert.Equal("Around 41 aircraft", q.GetProperty("text").GetString());
        Assert.Equal(41, q.GetProperty("value").GetDouble());
        Assert.Equal("aircraft", q.GetProperty("unit").GetString());
        Assert.True(q.GetProperty("approximate").GetBoolean());
    }
}
