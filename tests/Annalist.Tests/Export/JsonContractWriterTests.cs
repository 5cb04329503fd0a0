using System.Text.Json;
using Annalist.Documents;
using Annalist.Export;
using Annalist.Pipeline;

namespace Annalist.Tests.Export;

public class JsonContractWriterTests
{
    private static JsonElement Render(Document doc, JsonOutputOptions? options = null)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonContractWriter.WriterOptions(indented: false)))
            JsonContractWriter.Write(w, doc, options);
        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Every_contract_key_is_present_and_spans_slice_the_text()
    {
        var doc = new Document("id1", "Kyiv said “no”. <script>alert(1)</script>\n\nDone.", new DateOnly(2025, 6, 2)) { Title = "T" };
        Pipelines.Default().Run(doc);
        var json = Render(doc, new JsonOutputOptions { IncludeTokens = true });

        foreach (var key in new[] { "document", "sentences", "entities", "times", "quotes", "events", "quantities", "tokens", "diagnostics" })
            Assert.True(json.TryGetProperty(key, out _), key);
        var d = json.GetProperty("document");
        Assert.Equal("2025-06-02", d.GetProperty("date").GetString());
        Assert.Equal("T", d.GetProperty("title").GetString());
        Assert.False(d.TryGetProperty("url", out _));
        var text = d.GetProperty("text").GetString()!;
        Assert.Equal(doc.Text, text);
        foreach (var t in json.GetProperty("tokens").EnumerateArray())
            Assert.Equal(t.GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
        Assert.True(json.GetProperty("sentences").GetArrayLength() >= 2);
    }

    [Fact]
    public void Null_date_is_written_as_null_and_markup_is_escaped_when_html_safe()
    {
        var doc = new Document("x", "<b>&</b>");
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonContractWriter.WriterOptions(false, htmlSafe: true)))
            JsonContractWriter.Write(w, doc);
        var raw = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("\"date\":null", raw);
        Assert.DoesNotContain("<b>", raw);
        Assert.Equal("<b>&</b>", JsonDocument.Parse(raw).RootElement.GetProperty("document").GetProperty("text").GetString());
    }
}

public class JsonContractWriterLoneSurrogateTests
{
    [Fact]
    public void A_lone_surrogate_in_library_built_text_does_not_break_the_writer()
    {
        // Readers replace lone surrogates, but a library user can build a Document directly.
        var doc = new Annalist.Documents.Document("x", "a\uD800b");
        var buffer = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, Annalist.Export.JsonContractWriter.WriterOptions(false)))
            Annalist.Export.JsonContractWriter.Write(w, doc);
        var text = System.Text.Json.JsonDocument.Parse(buffer.ToArray()).RootElement.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Equal(3, text.Length);
        Assert.Equal("a", text[..1]);
    }
}
