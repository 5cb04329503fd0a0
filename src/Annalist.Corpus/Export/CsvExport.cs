using System.Globalization;
using Annalist.Corpus.Store;
using CsvHelper;
using CsvHelper.Configuration;

namespace Annalist.Corpus.Export;

/// <summary>
/// <c>annalist export --format csv</c>: one kind of record as one CSV table with a header row
/// (events unless <c>--records</c> names another). Lists inside a field are joined with ';'
/// (URLs with spaces, since a URL may hold ';'); CsvHelper quotes any field with a comma, quote,
/// line break or edge space, doubling its quotes (RFC 4180, CRLF line ends).
/// </summary>
public static class CsvExport
{
    /// <remarks>
    /// CsvHelper's defaults are RFC 4180: CRLF after each row, fields with a comma, quote, CR or LF
    /// or an edge space quoted. NewLine must stay unset: setting it (even to "\r\n") makes CsvHelper
    /// quote only fields holding that whole sequence, and a bare "\n" would split a row.
    /// </remarks>
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture);

    /// <summary>Writes the table of <paramref name="kind"/>; returns how many rows (without the header).</summary>
    public static long Write(ICorpusStore store, TextWriter output, ExportOptions options, string kind)
    {
        using var csv = new CsvWriter(output, Config, leaveOpen: true);
        var rows = kind switch
        {
            RecordKinds.Event => Rows(csv, EventHeader, store.AllEvents(options.Events), EventRow),
            RecordKinds.Quote => Rows(csv, QuoteHeader, store.AllQuotes(new QuoteFilter()), QuoteRow),
            RecordKinds.Entity => Rows(csv, EntityHeader, store.AllEntities(new EntityFilter()), EntityRow),
            RecordKinds.Document => Rows(csv, DocumentHeader(options.IncludeText), store.AllDocuments(options.Documents, options.IncludeText),
                d => DocumentRow(d, options.IncludeText)),
            _ => throw new ArgumentException($"no CSV table for '{kind}'", nameof(kind)),
        };
        csv.Flush();
        return rows;
    }

    private static long Rows<T>(CsvWriter csv, string[] header, IEnumerable<T> records, Func<T, IEnumerable<string?>> row)
    {
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        long n = 0;
        foreach (var record in records)
        {
            foreach (var field in row(record)) csv.WriteField(field ?? "");
            csv.NextRecord();
            n++;
        }
        return n;
    }

    private static readonly string[] EventHeader =
    [
        "id", "date", "type", "mode", "context", "cameo", "actors", "actor_keys", "recipients", "recipient_keys",
        "location", "location_key", "source_count", "sources", "urls",
    ];

    private static IEnumerable<string?> EventRow(StoredEvent e) =>
    [
        Num(e.Id), e.Date, e.Type, e.Mode, e.Context, e.Cameo,
        Join(e.Actors.Select(a => a.Name)), Join(e.Actors.Select(a => a.Key)),
        Join(e.Recipients.Select(a => a.Name)), Join(e.Recipients.Select(a => a.Key)),
        e.Location?.Name, e.Location?.Key, Num(e.SourceCount),
        Spans(e.Mentions.Select(m => m.Trigger)), Urls(e.Mentions.Select(m => m.Trigger)),
    ];

    private static readonly string[] QuoteHeader =
        ["id", "text", "kind", "speaker", "speaker_key", "speaker_text", "source_count", "sources", "urls"];

    private static IEnumerable<string?> QuoteRow(StoredQuote q) =>
        [Num(q.Id), q.Text, q.Kind, q.Speaker?.Name, q.Speaker?.Key, q.SpeakerText, Num(q.SourceCount), Spans(q.Mentions), Urls(q.Mentions)];

    private static readonly string[] EntityHeader =
        ["id", "key", "name", "type", "wikidata", "country", "role", "aliases", "documents", "mentions"];

    private static IEnumerable<string?> EntityRow(StoredEntity e) =>
        [Num(e.Id), e.Key, e.Name, e.Type, e.Wikidata, e.Country, e.Role, Join(e.Aliases), Num(e.Documents), Num(e.Mentions)];

    private static string[] DocumentHeader(bool includeText) =>
        includeText ? ["id", "external_id", "date", "title", "url", "source", "text"] : ["id", "external_id", "date", "title", "url", "source"];

    private static IEnumerable<string?> DocumentRow(StoredDocument d, bool includeText)
    {
        string?[] row = [Num(d.Id), d.ExternalId, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Title, d.Url, d.Source];
        return includeText ? [.. row, d.Text] : row;
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> items) => string.Join(";", items);

    /// <summary>Where each report is: "document:start-end", offsets into that document's text.</summary>
    private static string Spans(IEnumerable<SourceSpan> spans) =>
        Join(spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.DocumentId}:{s.Start}-{s.End}")));

    private static string Urls(IEnumerable<SourceSpan> spans) =>
        string.Join(" ", spans.Select(s => s.Url).Where(u => !string.IsNullOrEmpty(u)).Distinct());
}
