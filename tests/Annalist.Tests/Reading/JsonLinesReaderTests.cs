using System.Text;
using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class JsonLinesReaderTests
{
    private static List<ReadItem> Read(string content, ReadOptions? options = null)
    {
        using var dir = new TempFolder();
        var path = dir.Write("feed.jsonl", content);
        return DocumentReaders.Default.ReadPath(path, options ?? new ReadOptions()).ToList();
    }

    [Fact]
    public void Reads_fields_and_their_alternative_names()
    {
        var items = Read("""
            {"id":"x1","text":"A.","date":"2025-06-02","title":"T","url":"https://example.org/a","source":"Wire"}
            {"body":"B.","published":"2025-06-02T23:30:00-05:00"}
            {"content":"C.","publish_date":"Mon, 02 Jun 2025 10:00:00 GMT","id":42}
            """);
        Assert.Equal(3, items.Count);
        var a = items[0].Document!;
        Assert.Equal(("x1", "A.", "T", "https://example.org/a", "Wire"), (a.Id, a.Text, a.Title, a.Url, a.Source));
        Assert.Equal(new DateOnly(2025, 6, 2), a.Date);
        // The calendar date as written, not shifted to UTC.
        Assert.Equal(new DateOnly(2025, 6, 2), items[1].Document!.Date);
        Assert.Equal("feed#2", items[1].Document!.Id);
        Assert.Equal("42", items[2].Document!.Id);
        Assert.Equal(new DateOnly(2025, 6, 2), items[2].Document!.Date);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_number_and_the_rest_go_on()
    {
        var items = Read("{\"text\":\"one\"}\n{broken\n\n[1]\n{\"title\":\"no text\"}\n{\"text\":\"five\"}");
        Assert.Equal(5, items.Count);
        Assert.Equal("one", items[0].Document!.Text);
        Assert.Equal((ErrorCodes.MalformedJsonLine, true), (items[1].Error!.Code, items[1].Location.EndsWith(":2")));
        Assert.Equal(ErrorCodes.MalformedJsonLine, items[2].Error!.Code);
        Assert.EndsWith(":4", items[2].Location);
        Assert.Equal(ErrorCodes.MissingTextField, items[3].Error!.Code);
        Assert.Equal("five", items[4].Document!.Text);
        Assert.Equal("feed#6", items[4].Document!.Id);
    }

    [Fact]
    public void Unparseable_date_is_a_warning_and_falls_back_to_the_option()
    {
        var doc = Read("{\"text\":\"x\",\"date\":\"last week\"}", new ReadOptions { Date = new DateOnly(2025, 1, 1) }).Single().Document!;
        Assert.Equal(new DateOnly(2025, 1, 1), doc.Date);
        Assert.Equal(ErrorCodes.InvalidDateField, Assert.Single(doc.Diagnostics).Code);
    }

    [Fact]
    public void Oversized_line_is_refused_and_later_lines_are_read()
    {
        var big = "{\"text\":\"" + new string('a', 5000) + "\"}";
        var items = Read(big + "\n{\"text\":\"small\"}\n", new ReadOptions { MaxBytes = 1000 });
        Assert.Equal(ErrorCodes.InputTooLarge, items[0].Error!.Code);
        Assert.Equal("small", items[1].Document!.Text);
    }

    [Fact]
    public void Bom_crlf_and_invalid_utf8_inside_a_line()
    {
        using var dir = new TempFolder();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\"text\":\"caf"u8, 0xE9, .. "\"}\r\n{\"text\":\"b\"}\r\n"u8];
        var items = DocumentReaders.Default.ReadPath(dir.Write("f.ndjson", bytes), new ReadOptions()).ToList();
        Assert.Equal("caf\uFFFD", items[0].Document!.Text);
        Assert.Equal(ErrorCodes.InvalidUtf8, Assert.Single(items[0].Document!.Diagnostics).Code);
        Assert.Equal("b", items[1].Document!.Text);
    }

    [Fact]
    public void Standard_input_starting_with_an_object_is_json_lines()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"));
        var items = DocumentReaders.Default.ReadPath("-", new ReadOptions(), () => stdin).ToList();
        Assert.Equal(["a", "b"], items.Select(i => i.Document!.Text));
        Assert.Equal("stdin#2", items[1].Document!.Id);
    }

    [Fact]
    public void Standard_input_in_seed_format_is_one_document()
    {
        var text = "date 2025-06-02\n" + new string('x', 3000);
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var doc = DocumentReaders.Default.ReadPath("-", new ReadOptions(), () => stdin).Single().Document!;
        Assert.Equal(new DateOnly(2025, 6, 2), doc.Date);
        Assert.Equal(3000, doc.Text.Length);
    }
}
