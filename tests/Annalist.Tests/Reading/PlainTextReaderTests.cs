using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class PlainTextReaderTests
{
    [Fact]
    public void Date_comes_from_the_option()
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.txt", "Talks resumed.");
        var doc = DocumentReaders.Default.ReadPath(path, new ReadOptions { Date = new DateOnly(2024, 2, 29) }).Single().Document!;
        Assert.Equal(new DateOnly(2024, 2, 29), doc.Date);
        Assert.Equal("story", doc.Id);
        Assert.Equal("Talks resumed.", doc.Text);
    }

    [Fact]
    public void Date_from_path_takes_the_last_valid_date_in_the_path()
    {
        using var dir = new TempFolder();
        var path = dir.Write("2010-01-01/InputDocs/2011-01-25/9999-99-99-x.txt", "Protests grew.");
        var withFlag = DocumentReaders.Default.ReadPath(path, new ReadOptions { DateFromPath = true }).Single().Document!;
        var without = DocumentReaders.Default.ReadPath(path, new ReadOptions()).Single().Document!;
        Assert.Equal(new DateOnly(2011, 1, 25), withFlag.Date);
        Assert.Null(without.Date);
    }

    [Fact]
    public void Empty_file_is_an_empty_document_with_a_warning()
    {
        using var dir = new TempFolder();
        var item = DocumentReaders.Default.ReadPath(dir.Write("empty.txt", ""), new ReadOptions()).Single();
        Assert.Equal("", item.Document!.Text);
        Assert.Equal(ErrorCodes.EmptyDocument, Assert.Single(item.Document.Diagnostics).Code);
    }

    [Fact]
    public void Crlf_and_text_are_kept_byte_for_byte()
    {
        using var dir = new TempFolder();
        const string text = "Line one.\r\n\r\nLine two – “quoted”.\r\n";
        var doc = DocumentReaders.Default.ReadPath(dir.Write("x.txt", text), new ReadOptions()).Single().Document!;
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void Oversized_file_is_refused_without_reading_it_and_names_the_limit()
    {
        using var dir = new TempFolder();
        var path = dir.Write("big.txt", new string('a', 2000));
        var item = DocumentReaders.Default.ReadPath(path, new ReadOptions { MaxBytes = 1000 }).Single();
        Assert.Null(item.Document);
        Assert.Equal(ErrorCodes.InputTooLarge, item.Error!.Code);
        Assert.Contains("1,000", item.Error.Message);
    }
}
