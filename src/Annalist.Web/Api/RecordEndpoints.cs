using System.Text.Json;
using Annalist.Corpus.Export;
using Annalist.Corpus.Store;
using Annalist.Corpus.Timelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Web.Api;

/// <summary>/api/events, /api/quotes, /api/timeline and /api/search.</summary>
internal static class RecordEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", (StorePool pool, string? type, string? actor, string? from, string? to, string? offset, string? limit) =>
        {
            var filter = new EventFilter(Query.Text(type, "type"), Query.Text(actor, "actor"), Query.Date(from, "from"), Query.Date(to, "to"));
            var (o, l) = Query.Paging(Query.Int(offset, "offset"), Query.Int(limit, "limit"));
            var rows = pool.Use(s => s.Events(filter, o, l + 1));
            return JsonBody.Page(rows, o, l, CorpusJson.Write);
        })
        .WithSummary("Events deduplicated across articles, most reported first. type: a PLOVER type; actor: a name or key; from/to: YYYY-MM-DD.");

        api.MapGet("/quotes", (StorePool pool, string? speaker, string? q, string? offset, string? limit) =>
        {
            var filter = new QuoteFilter(Query.Text(speaker, "speaker"), Query.Text(q, "q"));
            var (o, l) = Query.Paging(Query.Int(offset, "offset"), Query.Int(limit, "limit"));
            var rows = pool.Use(s => s.Quotes(filter, o, l + 1));
            return JsonBody.Page(rows, o, l, CorpusJson.Write);
        })
        .WithSummary("Quotes, most repeated first. speaker: a name (any alias) or key; q: words the quote contains.");

        api.MapGet("/timeline", (StorePool pool, string? q, string? entity, string? from, string? to, string? dates) =>
        {
            var query = Query.Text(q, "q");
            var who = Query.Text(entity, "entity");
            // a timeline of the whole store would read every sentence of every article: ask for a story
            if (query is null && who is null) throw new BadParameterException("a timeline needs 'q' (words) or 'entity'");
            var max = Query.Int(dates, "dates") ?? 20;
            if (max is < 1 or > 100) throw new BadParameterException("'dates' must be between 1 and 100");
            var options = new TimelineOptions
            {
                MaxDates = max,
                SentencesPerDate = 2,
                Keywords = query?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [],
                From = Query.Date(from, "from"),
                To = Query.Date(to, "to"),
            };
            var filter = new DocumentFilter(query, who);
            var (timeline, events) = pool.Use(s => (TimelineBuilder.Build(s.TimelineSentences(filter), options), s.EventsInDocuments(filter, 200)));
            return new JsonBody(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("timeline");
                TimelineWriter.WriteJson(w, timeline);
                w.WriteStartArray("events");
                foreach (var e in events.Where(e => InRange(e.Date, options.From, options.To))) WriteEvent(w, e);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        })
        .WithSummary("A timeline of the articles matching q (words) and/or entity: the most important dates with their most central sentences, and the dated events those articles report. from/to limit the dates.");

        api.MapGet("/search", (StorePool pool, string? q) =>
        {
            var text = Query.Text(q, "q") ?? throw new BadParameterException("'q' is required");
            var (docs, entities, quotes) = pool.Use(s => (
                s.DocumentSummaries(new DocumentFilter(text), 0, 10),
                s.Entities(new EntityFilter(text), 0, 10),
                s.SearchQuotes(text, 10)));
            return new JsonBody(w =>
            {
                w.WriteStartObject();
                w.WriteString("q", text);
                w.WriteStartArray("documents");
                foreach (var d in docs) DocumentJson.Summary(w, d);
                w.WriteEndArray();
                w.WriteStartArray("entities");
                foreach (var e in entities) CorpusJson.Write(w, e);
                w.WriteEndArray();
                w.WriteStartArray("quotes");
                foreach (var x in quotes) CorpusJson.Write(w, x);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        })
        .WithSummary("Full-text search over articles (all words), entities (any name starting so) and quotes (containing the text); ten of each.");
    }

    private static bool InRange(string date, DateOnly? from, DateOnly? to)
    {
        // event dates may be a day, a month or a year: compare on their first day
        var day = DayValue.Parse(date);
        return day is null || ((from is null || day >= from) && (to is null || day <= to));
    }

    private static void WriteEvent(Utf8JsonWriter w, EventSummary e)
    {
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("date", e.Date);
        w.WriteNumber("source_count", e.Sources);
        w.WriteString("trigger", e.Trigger);
        w.WriteStartArray("actors");
        foreach (var a in e.Actors)
        {
            w.WriteStartObject();
            w.WriteNumber("entity", a.EntityId);
            w.WriteString("name", a.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
