using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>
/// JSON Lines: one article per line with <c>text</c> (or <c>body</c>, <c>content</c>), <c>date</c>
/// (or <c>published</c>, <c>publish_date</c>), optional <c>id</c>, <c>title</c>, <c>url</c>,
/// <c>source</c>. A bad line is reported with its number; the other lines go on.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    private static readonly string[] TextFields = ["text", "body", "content"];
    private static readonly string[] DateFields = ["date", "published", "publish_date"];

    public string Name => "jsonl";

    public bool Accepts(string path, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson") return true;
        // Standard input has no name: JSON Lines if it starts with an object.
        if (path != "-") return false;
        var trimmed = head.TrimStart(" \t\r\n\uFEFF"u8);
        return !trimmed.IsEmpty && trimmed[0] == (byte)'{';
    }

    public IEnumerable<ReadItem> Read(InputFile input, ReadOptions options)
    {
        Stream stream;
        try
        {
            stream = input.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Failed(input.Path, ErrorCodes.ReadFailed, $"cannot read: {ex.Message}")];
        }
        return ReadLines(stream, input, options);
    }

    private static IEnumerable<ReadItem> ReadLines(Stream stream, InputFile input, ReadOptions options)
    {
        using (stream)
        {
            foreach (var line in ByteLines.Read(stream, options.MaxBytes))
            {
                var location = $"{input.Path}:{line.Number}";
                if (line.Bytes is null)
                {
                    yield return ReadItem.Failed(location, ErrorCodes.InputTooLarge,
                        $"line of {line.Length:N0} bytes exceeds the limit of {options.MaxBytes:N0} bytes; raise --max-bytes");
                    continue;
                }
                var bytes = line.Bytes.AsSpan().TrimEnd("\r"u8);
                if (line.Number == 1) bytes = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
                if (bytes.Trim(" \t"u8).IsEmpty) continue;
                yield return ParseLine(bytes.ToArray(), line.Number, location, input, options);
            }
        }
    }

    private static ReadItem ParseLine(byte[] bytes, int number, string location, InputFile input, ReadOptions options)
    {
        var decoded = TextDecoder.Decode(bytes);
        JsonDocument json;
        try
        {
            // Parse the decoded text so invalid UTF-8 inside a string becomes U+FFFD instead of an error.
            json = JsonDocument.Parse(decoded.Text ?? "");
        }
        catch (JsonException ex)
        {
            return ReadItem.Failed(location, ErrorCodes.MalformedJsonLine,
                $"line {number} is not valid JSON ({ex.Message}); fix or remove that line");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadItem.Failed(location, ErrorCodes.MalformedJsonLine,
                    $"line {number} is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object with a \"text\" field");
            var text = FirstString(root, TextFields);
            var clean = text is null ? null : TextDecoder.ReplaceLoneSurrogates(text);
            if (text is null)
                return ReadItem.Failed(location, ErrorCodes.MissingTextField,
                    $"line {number} has no string field \"text\", \"body\" or \"content\"");

            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idValue.ToString()
                : $"{input.BaseId}#{number}";
            var rawDate = FirstString(root, DateFields);
            DateOnly? date = WholeFile.DefaultDate(input, options);
            Diagnostic? dateWarning = null;
            if (rawDate is not null)
            {
                if (DateParsing.TryParse(rawDate, out var d)) date = d;
                else dateWarning = new Diagnostic(ErrorCodes.InvalidDateField, Severity.Warning,
                    $"line {number}: date '{rawDate}' is not an ISO 8601 date; the document has {(date is null ? "no date" : $"date {date:yyyy-MM-dd} from the options")}");
            }
            var doc = new Document(id, clean!, date)
            {
                Title = FirstString(root, ["title"]),
                Url = FirstString(root, ["url"]),
                Source = FirstString(root, ["source"]),
            };
            if (dateWarning is not null) doc.Report(dateWarning);
            if (!ReferenceEquals(clean, text)) doc.Report(TextDecoder.LoneSurrogateWarning);
            return ReadItem.Ok(location, WholeFile.Finish(doc, decoded.Warning));
        }
    }

    private static string? FirstString(JsonElement root, string[] names)
    {
        foreach (var name in names)
            if (root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
                return v.GetString();
        return null;
    }
}
