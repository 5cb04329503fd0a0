using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class SeedFormatReaderTests
{
    private static ReadItem ReadOne(string content, ReadOptions? options = null, string name = "a.txt")
    {
        using var dir = new TempFolder();
        var path = dir.Write(name, content);
        return Assert.Single(DocumentReaders.Default.ReadPath(path, options ?? new ReadOptions()).ToList());
    }

    [Theory]
    [InlineData("date 2025-06-02\nHours after the talks.", "Hours after the talks.")]
    [InlineData(" date 2025-06-02 Hours after the talks.", "Hours after the talks.")]
    [InlineData("\n\t date 2025-06-02\r\n\r\nHours after the talks.\n", "Hours after the talks.\n")]
    [InlineData("Date: 2025-06-02\nHours after the talks.", "Hours after the talks.")]
    public void Header_gives_the_date_and_the_text_starts_after_it(string content, string text)
    {
        var doc = ReadOne(content).Document!;
        Assert.Equal(new DateOnly(2025, 6, 2), doc.Date);
        Assert.Equal(text, doc.Text);
        Assert.Equal("a", doc.Id);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Header_date_wins_over_the_date_option()
    {
        var doc = ReadOne("date 2025-06-02\nText.", new ReadOptions { Date = new DateOnly(2020, 1, 1) }).Document!;
        Assert.Equal(new DateOnly(2025, 6, 2), doc.Date);
    }

    [Fact]
    public void Invalid_header_date_is_a_warning_and_the_header_is_not_text()
    {
        var doc = ReadOne("date 2025-13-40\nText.").Document!;
        Assert.Null(doc.Date);
        Assert.Equal("Text.", doc.Text);
        Assert.Equal(ErrorCodes.InvalidDateHeader, Assert.Single(doc.Diagnostics).Code);
    }

    [Theory]
    [InlineData("dated 2025-06-02 text")]
    [InlineData("update 2025-06-02 text")]
    [InlineData("date 2025-06-021 text")]
    [InlineData("The date 2025-06-02 was set.")]
    public void Text_that_only_resembles_a_header_is_plain_text(string content)
    {
        var doc = ReadOne(content).Document!;
        Assert.Equal(content, doc.Text);
        Assert.Null(doc.Date);
    }
}
