using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>A plain text file is one document; its date comes from the options (--date, --date-from-path).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Name => "text";

    public bool Accepts(string path, ReadOnlySpan<byte> head) => true;

    public IEnumerable<ReadItem> Read(InputFile input, ReadOptions options)
    {
        var file = WholeFile.Read(input, options);
        if (file.Failure is not null) return [file.Failure];
        var doc = new Document(input.BaseId, file.Text!, WholeFile.DefaultDate(input, options));
        return [ReadItem.Ok(input.Path, WholeFile.Finish(doc, file.Warning))];
    }
}
