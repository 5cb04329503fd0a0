using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>
/// The seed format: optional white space, <c>date YYYY-MM-DD</c>, then the article. The header
/// may be followed by a line break or, as in the seed article itself, just a space. The document
/// text starts at the article's first character; the header's date wins over --date.
/// </summary>
public sealed partial class SeedFormatReader : IDocumentReader
{
    public string Name => "seed";

    public bool Accepts(string path, ReadOnlySpan<byte> head)
    {
        var start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 256)]).TrimStart('\uFEFF');
        return Header().IsMatch(start);
    }

    public IEnumerable<ReadItem> Read(InputFile input, ReadOptions options)
    {
        var file = WholeFile.Read(input, options);
        if (file.Failure is not null) return [file.Failure];
        var text = file.Text!;
        var m = Header().Match(text);
        if (!m.Success) // accepted by its head but changed since: treat as plain text
            return new PlainTextReader().Read(input, options);

        DateOnly? date;
        Diagnostic? dateWarning = null;
        if (DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            date = d;
        else
        {
            date = WholeFile.DefaultDate(input, options);
            dateWarning = new Diagnostic(ErrorCodes.InvalidDateHeader, Severity.Warning,
                $"header date '{m.Groups["date"].Value}' is not a valid YYYY-MM-DD date; the document has {(date is null ? "no date" : $"date {date:yyyy-MM-dd} from the options")}");
        }
        var doc = new Document(input.BaseId, text[m.Length..], date);
        if (dateWarning is not null) doc.Report(dateWarning);
        return [ReadItem.Ok(input.Path, WholeFile.Finish(doc, file.Warning))];
    }

    // The header, then the white space before the article's first character.
    [GeneratedRegex(@"\A\s*date[ \t]*:?[ \t]+(?<date>\d{4}-\d{2}-\d{2})(?=\s|\z)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
