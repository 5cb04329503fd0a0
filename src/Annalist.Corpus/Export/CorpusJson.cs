using System.Text.Json;
using Annalist.Corpus.Store;

namespace Annalist.Corpus.Export;

/// <summary>
/// The JSON of stored records (one object per entity, event or quote), used by `annalist query`,
/// the JSONL export and the HTTP API. Every event and quote lists its sources: document id, URL,
/// date and the character span in that document's text. The overloads with <c>record</c> start
/// the object with <c>"record": "entity"</c> (or event, quote, document), so that one JSON Lines
/// file can hold every kind.
/// </summary>
public static class CorpusJson
{
    public static void Write(Utf8JsonWriter w, StoredEntity e) => Write(w, e, null);

    public static void Write(Utf8JsonWriter w, StoredEntity e, string? record)
    {
        w.WriteStartObject();
        if (record is not null) w.WriteString("record", record);
        w.WriteNumber("id", e.Id);
        w.WriteString("key", e.Key);
        w.WriteString("name", e.Name);
        w.WriteString("type", e.Type);
        if (e.Wikidata is not null) w.WriteString("wikidata", e.Wikidata);
        if (e.Country is not null) w.WriteString("country", e.Country);
        if (e.Role is not null) w.WriteString("role", e.Role);
        w.WriteStartArray("aliases");
        foreach (var a in e.Aliases) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteNumber("documents", e.Documents);
        w.WriteNumber("mentions", e.Mentions);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, StoredEvent e) => Write(w, e, null);

    public static void Write(Utf8JsonWriter w, StoredEvent e, string? record)
    {
        w.WriteStartObject();
        if (record is not null) w.WriteString("record", record);
        w.WriteNumber("id", e.Id);
        w.WriteString("type", e.Type);
        if (e.Mode is not null) w.WriteString("mode", e.Mode);
        if (e.Context is not null) w.WriteString("context", e.Context);
        w.WriteString("date", e.Date);
        if (e.Cameo is not null) w.WriteString("cameo", e.Cameo);
        Participants(w, "actors", e.Actors);
        Participants(w, "recipients", e.Recipients);
        w.WritePropertyName("location");
        if (e.Location is null) w.WriteNullValue(); else Participant(w, e.Location);
        w.WriteNumber("source_count", e.SourceCount);
        w.WriteStartArray("sources");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            Source(w, m.Trigger);
            w.WriteString("trigger", m.TriggerText);
            w.WriteString("modality", m.Modality);
            w.WriteNumber("sentence", m.Sentence);
            w.WriteString("event_date", m.Date);
            w.WriteString("actors", m.Actors);
            w.WriteString("recipients", m.Recipients);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, StoredQuote q) => Write(w, q, null);

    public static void Write(Utf8JsonWriter w, StoredQuote q, string? record)
    {
        w.WriteStartObject();
        if (record is not null) w.WriteString("record", record);
        w.WriteNumber("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteString("kind", q.Kind);
        w.WritePropertyName("speaker");
        if (q.Speaker is null) w.WriteNullValue(); else Participant(w, q.Speaker);
        w.WriteString("speaker_text", q.SpeakerText);
        w.WriteNumber("source_count", q.SourceCount);
        w.WriteStartArray("sources");
        foreach (var s in q.Mentions)
        {
            w.WriteStartObject();
            Source(w, s);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An article's metadata; its text only when asked (it is most of the store's bytes).</summary>
    public static void Write(Utf8JsonWriter w, StoredDocument d, bool includeText, string? record)
    {
        w.WriteStartObject();
        if (record is not null) w.WriteString("record", record);
        w.WriteNumber("id", d.Id);
        w.WriteString("external_id", d.ExternalId);
        w.WriteString("date", d.Date?.ToString("yyyy-MM-dd"));
        w.WriteString("title", d.Title);
        w.WriteString("url", d.Url);
        w.WriteString("source", d.Source);
        if (includeText) w.WriteString("text", d.Text);
        w.WriteEndObject();
    }

    private static void Participants(Utf8JsonWriter w, string name, IEnumerable<StoredParticipant> list)
    {
        w.WriteStartArray(name);
        foreach (var p in list) Participant(w, p);
        w.WriteEndArray();
    }

    private static void Participant(Utf8JsonWriter w, StoredParticipant p)
    {
        w.WriteStartObject();
        w.WriteNumber("entity", p.EntityId);
        w.WriteString("key", p.Key);
        w.WriteString("name", p.Name);
        w.WriteString("type", p.Type);
        if (p.Country is not null) w.WriteString("country", p.Country);
        if (p.Wikidata is not null) w.WriteString("wikidata", p.Wikidata);
        if (p.Role is not null) w.WriteString("role", p.Role);
        w.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter w, SourceSpan s)
    {
        w.WriteNumber("document", s.DocumentId);
        w.WriteString("url", s.Url);
        w.WriteString("date", s.Date?.ToString("yyyy-MM-dd"));
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
    }
}
