using System.Text.Encodings.Web;
using System.Text.Json;
using Annalist.Corpus.Store;
using Annalist.Events;

namespace Annalist.Corpus.Export;

/// <summary>
/// <c>annalist export --format plover</c>: one PLOVER event record per line (JSON Lines, as the
/// PLOVER manual's "Data Fields" chapter suggests), with the manual's field names: id, date,
/// event, mode, context, actor and recipient (entity objects), event_loc, event_text, quad_code,
/// text and text_info (the sentence of the first report), cite_info, coder. Fields we have no
/// value for are left out. Beyond the manual (which invites extra named fields): "sources", every
/// report with its document, URL and span, and "timex", the event's own date value.
/// The mapping is documented in docs/EXPORTS.md.
/// </summary>
public static class PloverExport
{
    /// <summary>The version of the PLOVER manual the types, modes and contexts follow.</summary>
    public const string Codebook = "plover-2.0";

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The quad category each PLOVER type's section of the manual gives it.</summary>
    private static readonly Dictionary<string, int> Quads = new(StringComparer.Ordinal)
    {
        ["AGREE"] = 1, ["CONSULT"] = 1, ["SUPPORT"] = 1, ["CONCEDE"] = 1,
        ["COOPERATE"] = 2, ["AID"] = 2, ["RETREAT"] = 2,
        ["REQUEST"] = 3, ["ACCUSE"] = 3, ["REJECT"] = 3, ["THREATEN"] = 3,
        ["PROTEST"] = 4, ["SANCTION"] = 4, ["MOBILIZE"] = 4, ["COERCE"] = 4, ["ASSAULT"] = 4,
    };

    public static int? QuadCode(string type) => Quads.TryGetValue(type, out var q) ? q : null;

    /// <summary>Writes one record per matching event; returns how many.</summary>
    public static long Write(ICorpusStore store, Stream output, ExportOptions options)
    {
        using var w = new Utf8JsonWriter(output, LineOptions);
        var documents = new DocumentLookup(store);
        long n = 0;
        foreach (var e in store.AllEvents(options.Events))
        {
            Record(w, e, documents);
            w.Flush();
            w.Reset();
            output.WriteByte((byte)'\n');
            n++;
        }
        return n;
    }

    private static void Record(Utf8JsonWriter w, StoredEvent e, DocumentLookup documents)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("date", ExportFields.Day(e)?.ToString("yyyy-MM-dd"));
        if (e.Date is not null) w.WriteString("timex", e.Date);
        Strings(w, "event", [e.Type]);
        if (e.Mode is not null) Strings(w, "mode", [e.Mode]);
        var contexts = Contexts(e);
        if (contexts.Count > 0) Strings(w, "context", contexts);
        var first = e.Mentions.IsEmpty ? null : e.Mentions[0];
        Entities(w, "actor", e.Actors, first?.Actors);
        Entities(w, "recipient", e.Recipients, first?.Recipients);
        if (e.Location is { } place) Location(w, place);
        Strings(w, "event_text", [.. e.Mentions.Select(m => m.TriggerText).Distinct(StringComparer.Ordinal)]);
        if (QuadCode(e.Type) is { } quad) w.WriteNumber("quad_code", quad);
        if (first is not null) Text(w, first, documents);
        w.WriteString("coder", "Annalist");
        w.WriteNumber("source_count", e.SourceCount);
        w.WriteStartArray("sources");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("document", m.Trigger.DocumentId);
            w.WriteString("url", m.Trigger.Url);
            w.WriteString("date", m.Trigger.Date?.ToString("yyyy-MM-dd"));
            w.WriteNumber("start", m.Trigger.Start);
            w.WriteNumber("end", m.Trigger.End);
            w.WriteString("trigger", m.TriggerText);
            w.WriteString("modality", m.Modality);
            w.WriteNumber("sentence", m.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// The event's context, plus the manual's auxiliary modes "negation" and "hypothetical"
    /// (which the manual puts in the context) when every report presents the event so.
    /// </summary>
    private static List<string> Contexts(StoredEvent e)
    {
        var list = new List<string>(2);
        if (e.Context is not null) list.Add(e.Context);
        if (e.Mentions.IsEmpty) return list;
        if (e.Mentions.All(m => m.Modality == Modalities.Negated)) list.Add("negation");
        else if (e.Mentions.All(m => m.Modality == Modalities.Hypothetical)) list.Add("hypothetical");
        return list;
    }

    /// <summary>
    /// The manual's entity objects: code (the country, ISO 3166 alpha-3, as the manual's country
    /// codes are), identifier_id (Wikidata) and identifier_text (the registry's name), office (the
    /// role), entity_text (the report's words, when it names this one participant alone); plus our
    /// entity id, key and type to join with the JSON Lines export.
    /// </summary>
    private static void Entities(Utf8JsonWriter w, string name, IReadOnlyCollection<StoredParticipant> list, string? reportText)
    {
        if (name == "recipient" && list.Count == 0) return; // the manual's only required entity list is actor
        w.WriteStartArray(name);
        foreach (var p in list)
        {
            w.WriteStartObject();
            if (p.Country is not null) w.WriteString("code", p.Country);
            if (list.Count == 1 && !string.IsNullOrEmpty(reportText)) w.WriteString("entity_text", reportText);
            if (p.Wikidata is not null) w.WriteString("identifier_id", p.Wikidata);
            w.WriteString("identifier_text", p.Name);
            if (p.Role is not null) w.WriteString("office", p.Role);
            w.WriteNumber("entity", p.EntityId);
            w.WriteString("key", p.Key);
            w.WriteString("type", p.Type);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The manual's location object, from the place entity: its name, country and, for gazetteer cities, the GeoNames id.</summary>
    private static void Location(Utf8JsonWriter w, StoredParticipant place)
    {
        w.WriteStartObject("event_loc");
        w.WriteString("resolved_place", place.Name);
        if (ExportFields.GeoNamesId(place.Key) is { } geonameid)
        {
            w.WriteNumber("geonameid", geonameid);
            w.WriteNumber("resolution", 4); // the manual's code for a city
        }
        else if (ExportFields.IsCountry(place.Key))
        {
            w.WriteNumber("resolution", 1);
        }
        if (place.Country is not null) w.WriteString("country_code", place.Country);
        if (place.Wikidata is not null) w.WriteString("wikidata_id", place.Wikidata);
        w.WriteEndObject();
    }

    /// <summary>The manual's text (the sentence the event was coded from), text_info (its place in the story) and cite_info.</summary>
    private static void Text(Utf8JsonWriter w, EventReport report, DocumentLookup documents)
    {
        var id = report.Trigger.DocumentId;
        var doc = documents.Get(id);
        if (doc is null) return;
        if (documents.Sentence(id, report.Sentence) is { } s && s.End <= doc.Text.Length)
        {
            w.WriteString("text", doc.Text[s.Start..s.End]);
            w.WriteStartObject("text_info");
            w.WriteNumber("sequence", report.Sentence);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteStartObject("cite_info");
        w.WriteString("citation", doc.ExternalId);
        if (doc.Url is not null) w.WriteString("url", doc.Url);
        if (doc.Title is not null) w.WriteString("title", doc.Title);
        if (doc.Source is not null) w.WriteString("publication", doc.Source);
        w.WriteString("language", "en");
        w.WriteString("coder", "Annalist");
        w.WriteString("codebook", Codebook);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
