using Annalist.Reading;

namespace Annalist.Tests.Reading;

public class DocumentReadersTests
{
    [Fact]
    public void Folder_is_read_in_ordinal_path_order_skipping_hidden_and_reporting_unsupported()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "B.");
        dir.Write("a/z.txt", "AZ.");
        dir.Write("A.txt", "A.");
        dir.Write(".hidden/x.txt", "hidden");
        dir.Write(".secret.txt", "hidden");
        dir.Write("page.html", "<p>x</p>");
        dir.Write("c.jsonl", "{\"text\":\"C1\"}\n{\"text\":\"C2\"}");
        var items = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions()).ToList();
        Assert.Equal(["A.", "AZ.", "B.", "C1", "C2", null], items.Select(i => i.Document?.Text));
        Assert.True(items[^1].IsSkipped);
        Assert.Equal(ErrorCodes.UnsupportedFile, items[^1].Error!.Code);
    }

    [Fact]
    public void Missing_path_is_an_error_item()
    {
        var item = DocumentReaders.Default.ReadPath("/no/such/annalist/path.txt", new ReadOptions()).Single();
        Assert.Equal(ErrorCodes.InputNotFound, item.Error!.Code);
    }

    [Fact]
    public void Binary_file_is_refused_and_the_folder_goes_on()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]);
        dir.Write("b.txt", "Fine.");
        var items = DocumentReaders.Default.ReadPath(dir.Path, new ReadOptions()).ToList();
        Assert.Equal(ErrorCodes.BinaryInput, items[0].Error!.Code);
        Assert.Equal("Fine.", items[1].Document!.Text);
    }
}
