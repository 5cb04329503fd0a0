using System.Text.Json;
using Annalist.Corpus.Store;

namespace Annalist.Web.Api;

/// <summary>
/// One stored article in the output contract of PRODUCT.md, rebuilt from the store (not by
/// analyzing the text again): the page then shows exactly what the queries find. Entity ids are
/// registry ids (as strings, as the contract has them), so the same person has the same id in
/// every article. What the store does not keep is left empty: diagnostics, and an event's
/// quantities. An event's actors and recipients are those of the deduplicated event.
/// </summary>
internal static class DocumentJson
{
    /// <summary>A span's start, end and words; a span outside the text (a damaged store) gets no words.</summary>
    private static void Span(Utf8JsonWriter w, int start, int end, string text)
    {
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", start >= 0 && end <= text.Length && start <= end ? text[start..end] : "");
    }

    public static void Write(Utf8JsonWriter w, DocumentAnnotations a)
    {
        var doc = a.Document;
        var text = doc.Text;
        w.WriteStartObject();

        w.WriteStartObject("document");
        w.WriteString("id", doc.ExternalId);
        w.WriteNumber("store_id", doc.Id);
        if (doc.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd")); else w.WriteNull("date");
        if (doc.Source is not null) w.WriteString("source", doc.Source);
        if (doc.Url is not null) w.WriteString("url", doc.Url);
        if (doc.Title is not null) w.WriteString("title", doc.Title);
        w.WriteString("text", text);
        w.WriteEndObject();

        w.WriteStartArray("sentences");
        foreach (var s in a.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in a.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", Id(e.Entity.EntityId));
            w.WriteString("key", e.Entity.Key);
            w.WriteString("name", e.Entity.Name);
            w.WriteString("type", e.Entity.Type);
            if (e.Wikidata is not null) w.WriteString("wikidata", e.Wikidata);
            if (e.Role is not null) w.WriteString("role", e.Role);
            if (e.Country is not null) w.WriteString("country", e.Country);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                Span(w, m.Start, m.End, text);
                w.WriteString("kind", m.Kind);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in a.Times)
        {
            w.WriteStartObject();
            Span(w, t.Start, t.End, text);
            w.WriteString("type", t.Type);
            w.WriteString("value", t.Value);
            if (t.Mod is not null) w.WriteString("mod", t.Mod);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            w.WriteStartObject();
            Span(w, q.Start, q.End, text);
            w.WriteString("kind", q.Kind);
            w.WriteNumber("quote", q.QuoteId);
            if (q.CueStart is { } cs && q.CueEnd is { } ce)
            {
                w.WriteStartObject("cue");
                Span(w, cs, ce, text);
                w.WriteEndObject();
            }
            else w.WriteNull("cue");
            if (q.Speaker is not null || q.SpeakerStart is not null)
            {
                w.WriteStartObject("speaker");
                if (q.SpeakerStart is { } ss && q.SpeakerEnd is { } se)
                {
                    Span(w, ss, se, text);
                }
                else w.WriteString("text", q.SpeakerText ?? q.Speaker?.Name);
                if (q.Speaker is { } who)
                {
                    w.WriteString("entity", Id(who.EntityId));
                    w.WriteString("name", who.Name);
                }
                else w.WriteNull("entity");
                w.WriteEndObject();
            }
            else w.WriteNull("speaker");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in a.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("event", e.EventId);
            w.WriteString("type", e.Type);
            if (e.Mode is not null) w.WriteString("mode", e.Mode);
            if (e.Context is not null) w.WriteString("context", e.Context);
            w.WriteStartObject("trigger");
            Span(w, e.TriggerStart, e.TriggerEnd, text);
            w.WriteEndObject();
            Arguments(w, "actors", e.Actors);
            Arguments(w, "recipients", e.Recipients);
            if (e.Location is { } place)
            {
                w.WriteStartObject("location");
                Argument(w, place);
                w.WriteEndObject();
            }
            else w.WriteNull("location");
            if (e.Date is null) w.WriteNull("date"); else w.WriteString("date", e.Date);
            w.WriteString("modality", e.Modality);
            w.WriteStartArray("quantities");
            w.WriteEndArray();
            w.WriteNumber("sentence", e.Sentence);
            if (e.Cameo is not null) w.WriteString("cameo", e.Cameo);
            w.WriteString("actors_text", e.ActorsText);
            w.WriteString("recipients_text", e.RecipientsText);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in a.Quantities)
        {
            w.WriteStartObject();
            Span(w, q.Start, q.End, text);
            w.WriteNumber("value", q.Value);
            if (q.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", q.Unit);
            w.WriteBoolean("approximate", q.Approximate);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string Id(long entityId) => entityId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Arguments(Utf8JsonWriter w, string name, IEnumerable<StoredParticipant> list)
    {
        w.WriteStartArray(name);
        foreach (var p in list)
        {
            w.WriteStartObject();
            Argument(w, p);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Argument(Utf8JsonWriter w, StoredParticipant p)
    {
        w.WriteString("entity", Id(p.EntityId));
        w.WriteString("text", p.Name);
        w.WriteString("type", p.Type);
    }

    /// <summary>An article in a list: no text, only its opening.</summary>
    public static void Summary(Utf8JsonWriter w, DocumentSummary d)
    {
        w.WriteStartObject();
        w.WriteNumber("id", d.Id);
        w.WriteString("external_id", d.ExternalId);
        w.WriteString("date", d.Date?.ToString("yyyy-MM-dd"));
        w.WriteString("title", d.Title);
        w.WriteString("url", d.Url);
        w.WriteString("source", d.Source);
        w.WriteString("snippet", d.Snippet);
        w.WriteNumber("length", d.Length);
        w.WriteEndObject();
    }
}
