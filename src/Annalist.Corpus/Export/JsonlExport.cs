using System.Text.Encodings.Web;
using System.Text.Json;
using Annalist.Corpus.Store;

namespace Annalist.Corpus.Export;

/// <summary>
/// <c>annalist export --format jsonl</c>: every stored record kind asked for, one JSON object per
/// line, marked by <c>"record"</c>, in the JSON of <c>annalist query</c> (<see cref="CorpusJson"/>).
/// Documents first, then entities, events, quotes: the later kinds refer to the earlier by id.
/// </summary>
public static class JsonlExport
{
    /// <summary>Non-ASCII text as itself, not \u escapes: the file is UTF-8 and meant to be read.</summary>
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the records; returns how many lines.</summary>
    public static long Write(ICorpusStore store, Stream output, ExportOptions options)
    {
        using var w = new Utf8JsonWriter(output, LineOptions);
        long lines = 0;
        void Line()
        {
            w.Flush();
            w.Reset();
            output.WriteByte((byte)'\n');
            lines++;
        }
        foreach (var kind in RecordKinds.All.Where(options.Records.Contains))
        {
            switch (kind)
            {
                case RecordKinds.Document:
                    foreach (var d in store.AllDocuments(options.Documents, options.IncludeText)) { CorpusJson.Write(w, d, options.IncludeText, kind); Line(); }
                    break;
                case RecordKinds.Entity:
                    foreach (var e in store.AllEntities(new EntityFilter())) { CorpusJson.Write(w, e, kind); Line(); }
                    break;
                case RecordKinds.Event:
                    foreach (var e in store.AllEvents(options.Events)) { CorpusJson.Write(w, e, kind); Line(); }
                    break;
                case RecordKinds.Quote:
                    foreach (var q in store.AllQuotes(new QuoteFilter())) { CorpusJson.Write(w, q, kind); Line(); }
                    break;
            }
        }
        return lines;
    }
}
