using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Quotes;
using Annalist.Events;
using Annalist.Syntax;
using Annalist.Time;

namespace Annalist.Export;

/// <summary>What to add to the contract beyond its fixed sections.</summary>
public sealed record JsonOutputOptions
{
    public bool Indented { get; init; }
    public bool IncludeTokens { get; init; }
}

/// <summary>
/// Writes one analyzed document in the JSON output contract of PRODUCT.md. Sections whose stage
/// is not in the pipeline are written as empty arrays, so consumers can rely on every key.
/// </summary>
public static class JsonContractWriter
{
    /// <summary>
    /// Text stays readable in every script. With <paramref name="htmlSafe"/>, '&lt;' '&gt;' '&amp;' and
    /// quotes are escaped too, for JSON embedded in a web page.
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented, bool htmlSafe = false) => new()
    {
        Indented = indented,
        Encoder = htmlSafe ? JavaScriptEncoder.Create(UnicodeRanges.All) : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static void Write(Utf8JsonWriter w, Document doc, JsonOutputOptions? options = null)
    {
        options ??= new JsonOutputOptions();
        w.WriteStartObject();

        w.WriteStartObject("document");
        w.WriteString("id", doc.Id);
        if (doc.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd")); else w.WriteNull("date");
        if (doc.Source is not null) w.WriteString("source", doc.Source);
        if (doc.Url is not null) w.WriteString("url", doc.Url);
        if (doc.Title is not null) w.WriteString("title", doc.Title);
        w.WriteString("text", doc.Text);
        w.WriteEndObject();

        WriteSentences(w, doc);
        if (options.IncludeTokens) WriteTokens(w, doc);
        WriteEntities(w, doc);
        WriteTimes(w, doc);
        WriteQuotes(w, doc);
        WriteEvents(w, doc);
        WriteQuantities(w, doc);
        WriteDiagnostics(w, doc);
        w.WriteEndObject();
    }

    private static void WriteSentences(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("sentences");
        if (doc.TryGet(CoreLayers.Sentences, out var sentences))
            foreach (var s in sentences)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Start);
                w.WriteNumber("end", s.End);
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }

    private static void WriteTokens(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("tokens");
        if (doc.TryGet(CoreLayers.Tokens, out var tokens))
        {
            // syntax fields appear when their stage ran; head is a token index in this array, -1 for a sentence root
            var hasTags = doc.TryGet(SyntaxLayers.Tags, out var tags);
            var hasLemmas = doc.TryGet(SyntaxLayers.Lemmas, out var lemmas);
            var hasDeps = doc.TryGet(SyntaxLayers.Dependencies, out var deps);
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                w.WriteStartObject();
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                w.WriteString("text", doc.SpanOf(t.Span));
                w.WriteString("kind", KindName(t.Kind));
                if (hasTags)
                {
                    w.WriteString("upos", tags[i].Upos);
                    w.WriteString("xpos", tags[i].Xpos);
                }
                if (hasLemmas) w.WriteString("lemma", lemmas[i]);
                if (hasDeps)
                {
                    w.WriteNumber("head", deps[i].Head);
                    w.WriteString("deprel", deps[i].Relation);
                }
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
    }

    // Beyond the contract's fields: role, country and gender when known, and each mention's kind.
    private static void WriteEntities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("entities");
        if (doc.TryGet(EntityLayers.Entities, out var entities))
            foreach (var e in entities)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("type", e.Type);
                if (e.Wikidata is not null) w.WriteString("wikidata", e.Wikidata);
                if (e.Role is not null) w.WriteString("role", e.Role);
                if (e.Country is not null) w.WriteString("country", e.Country);
                if (e.Gender is not null) w.WriteString("gender", e.Gender);
                w.WriteStartArray("mentions");
                foreach (var m in e.Mentions)
                {
                    w.WriteStartObject();
                    w.WriteNumber("start", m.Start);
                    w.WriteNumber("end", m.End);
                    w.WriteString("text", doc.Text.AsSpan(m.Start, m.End - m.Start));
                    w.WriteString("kind", m.Kind);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }


    private static void WriteTimes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("times");
        if (doc.TryGet(TimeLayers.Times, out var times))
            foreach (var t in times)
            {
                w.WriteStartObject();
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                w.WriteString("text", doc.Text.AsSpan(t.Start, t.End - t.Start));
                w.WriteString("type", t.TypeName);
                w.WriteString("value", t.Value);
                if (t.Mod is not null) w.WriteString("mod", t.Mod);
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("quotes");
        if (doc.TryGet(QuoteLayers.Quotes, out var quotes))
            foreach (var q in quotes)
            {
                w.WriteStartObject();
                w.WriteNumber("start", q.Start);
                w.WriteNumber("end", q.End);
                w.WriteString("text", q.Text);
                w.WriteString("kind", q.Kind);
                if (q.Cue is { } cue)
                {
                    w.WriteStartObject("cue");
                    w.WriteNumber("start", cue.Start);
                    w.WriteNumber("end", cue.End);
                    w.WriteString("text", cue.Text);
                    w.WriteEndObject();
                }
                else w.WriteNull("cue");
                if (q.Speaker is { } s)
                {
                    w.WriteStartObject("speaker");
                    w.WriteNumber("start", s.Start);
                    w.WriteNumber("end", s.End);
                    w.WriteString("text", s.Text);
                    if (s.Entity is not null) w.WriteString("entity", s.Entity); else w.WriteNull("entity");
                    w.WriteEndObject();
                }
                else w.WriteNull("speaker");
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }

    // Beyond the contract's fields: cameo (a CAMEO code for GDELT-style export) and, on a quantity, each (it holds for each party).
    private static void WriteEvents(Utf8JsonWriter w, Document doc)
    {
        if (!doc.TryGet(EventLayers.Events, out var events)) { WriteEmpty(w, "events"); return; }
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            if (e.Mode is not null) w.WriteString("mode", e.Mode);
            if (e.Context is not null) w.WriteString("context", e.Context);
            w.WriteStartObject("trigger");
            w.WriteNumber("start", e.Trigger.Start);
            w.WriteNumber("end", e.Trigger.End);
            w.WriteString("text", e.TriggerText);
            w.WriteEndObject();
            WriteArguments(w, "actors", e.Actors);
            WriteArguments(w, "recipients", e.Recipients);
            if (e.Location is { } place)
            {
                w.WriteStartObject("location");
                WriteArgumentFields(w, place);
                w.WriteEndObject();
            }
            else w.WriteNull("location");
            if (e.Date is null) w.WriteNull("date"); else w.WriteString("date", e.Date);
            w.WriteString("modality", e.Modality);
            w.WriteStartArray("quantities");
            foreach (var q in e.Quantities)
            {
                w.WriteStartObject();
                w.WriteNumber("value", q.Value);
                if (q.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", q.Unit);
                w.WriteBoolean("approximate", q.Approximate);
                w.WriteString("text", q.Text);
                if (q.Each) w.WriteBoolean("each", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("sentence", e.Sentence);
            if (e.Cameo is not null) w.WriteString("cameo", e.Cameo);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteArguments(Utf8JsonWriter w, string name, System.Collections.Immutable.ImmutableArray<EventArgument> arguments)
    {
        w.WriteStartArray(name);
        foreach (var a in arguments)
        {
            w.WriteStartObject();
            WriteArgumentFields(w, a);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteArgumentFields(Utf8JsonWriter w, EventArgument a)
    {
        if (a.Entity is null) w.WriteNull("entity"); else w.WriteString("entity", a.Entity);
        w.WriteString("text", a.Text);
    }

    private static void WriteQuantities(Utf8JsonWriter w, Document doc)
    {
        if (!doc.TryGet(Quantities.QuantityLayers.Quantities, out var quantities)) { WriteEmpty(w, "quantities"); return; }
        w.WriteStartArray("quantities");
        foreach (var q in quantities)
        {
            w.WriteStartObject();
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteString("text", q.Text);
            w.WriteNumber("value", q.Value);
            if (q.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", q.Unit);
            w.WriteBoolean("approximate", q.Approximate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEmpty(Utf8JsonWriter w, string name)
    {
        w.WriteStartArray(name);
        w.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("diagnostics");
        foreach (var d in doc.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Handle => "handle",
        _ => "other",
    };
}
