using System.Collections.Immutable;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Evaluation;

/// <summary>One actor of a PLOVER gold record: its words and its code (ISO alpha-3, or IGO, REB ...).</summary>
public sealed record PloverActor(string Text, string? Code);

/// <summary>One PLOVER gold record: a sentence, its date, its event type (in PLOVER 2024 names) and source actors.</summary>
public sealed record PloverRecord(string Id, string Text, DateOnly? Date, string Type, ImmutableArray<PloverActor> Sources);

/// <summary>One gold event of a sentence: its PLOVER type and the actors that may be its source.</summary>
public sealed record GoldEvent(string Type, ImmutableArray<PloverActor> Sources);

/// <summary>
/// A gold sentence: its events (none: the sentence tells no event). <c>CodePrefix</c>: sources are
/// PETRARCH actor codes ("ARNGOV") whose first three letters are a country code or the start of a name.
/// </summary>
public sealed record GoldSentence(string Id, string Text, DateOnly? Date, ImmutableArray<GoldEvent> Events, bool CodePrefix = false);

/// <summary>Figures of <c>annalist eval events</c>; see <see cref="EventEvaluator"/> for their definitions.</summary>
public sealed record EventReport(
    int Sentences, int Records, int Found, int Predicted, int PredictedRight, int CleanRecords, int RecordsWithPredictions,
    int ActorRecords, int ActorRight, IReadOnlyDictionary<string, (int Gold, int Found)> ByType, IReadOnlyList<string> Misses, double Seconds)
{
    /// <summary>Gold types (one per record and type) among the types of the events found in their record's text.</summary>
    public double Recall => Records == 0 ? 0 : (double)Found / Records;

    /// <summary>Predicted events whose type is the record's gold type, over all predicted events.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)PredictedRight / Predicted;

    /// <summary>Records whose predicted types are all gold types, over records with any prediction.</summary>
    public double CleanRate => RecordsWithPredictions == 0 ? 0 : (double)CleanRecords / RecordsWithPredictions;

    /// <summary>Among records with a gold source whose type was found: an event of that type has an actor matching a source.</summary>
    public double ActorAccuracy => ActorRecords == 0 ? 0 : (double)ActorRight / ActorRecords;
}

/// <summary>
/// Scores the events stage on PLOVER gold records (PLOVER_GSR_CAMEO.dev.json): each record's text
/// is analyzed alone, dated with its date. Older type names are mapped as the file's readme says
/// (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); the DOCUMENT
/// record is skipped. An actor matches a gold source when its entity's country (or country id) is
/// the source's code, or its entity name or text and the source's words contain one another or
/// share the last word.
/// </summary>
public static class EventEvaluator
{
    private static readonly Dictionary<string, string> OlderNames = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT",
    };

    /// <summary>Reads the gold file; throws <see cref="JsonException"/> or <see cref="FormatException"/> on a malformed one.</summary>
    public static List<PloverRecord> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException("the file is not a JSON array of records");
        var records = new List<PloverRecord>();
        foreach (var r in json.RootElement.EnumerateArray())
        {
            var type = r.TryGetProperty("event", out var e) ? e.GetString() ?? "" : "";
            if (type == "DOCUMENT" || !r.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) continue;
            DateOnly? date = r.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var dd) ? dd : null;
            var sources = ImmutableArray.CreateBuilder<PloverActor>();
            if (r.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Array)
                foreach (var a in src.EnumerateArray())
                    sources.Add(new PloverActor(a.TryGetProperty("actorText", out var t) ? t.GetString() ?? "" : "", a.TryGetProperty("code", out var c) ? c.GetString() : null));
            records.Add(new PloverRecord(r.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "", text.GetString()!, date,
                OlderNames.GetValueOrDefault(type, type), sources.ToImmutable()));
        }
        return records;
    }

    public static EventReport Evaluate(IReadOnlyList<PloverRecord> records, AnalysisPipeline pipeline, TextWriter? dump = null) =>
        Evaluate([.. records.Select(r => new GoldSentence(r.Id, r.Text, r.Date, [new GoldEvent(r.Type, r.Sources)]))], pipeline, dump);

    /// <summary>
    /// Scores sentences with any number of gold events: recall counts each distinct gold type of a
    /// sentence once; a predicted event is right when its type is one of the sentence's gold types
    /// (in a sentence with none, every prediction is wrong).
    /// </summary>
    public static EventReport Evaluate(IReadOnlyList<GoldSentence> records, AnalysisPipeline pipeline, TextWriter? dump = null)
    {
        int goldTypes = 0, found = 0, predicted = 0, right = 0, clean = 0, withPredictions = 0, actorRecords = 0, actorRight = 0;
        var byType = new SortedDictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);
        var misses = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var r in records)
        {
            var doc = new Document(r.Id, r.Text, r.Date);
            pipeline.Run(doc);
            var events = doc.TryGet(EventLayers.Events, out var ev) ? ev : [];
            var entities = doc.TryGet(EntityLayers.Entities, out var en) ? en.ToDictionary(x => x.Id) : [];
            var types = r.Events.Select(g => g.Type).Distinct().ToList();
            var gold = string.Join("+", types.DefaultIfEmpty("none"));
            if (dump is not null)
            {
                var hitAll = types.All(t => events.Any(x => x.Type == t));
                dump.WriteLine($"{r.Id}\t{gold}\t{(hitAll ? "hit" : "MISS")}\t{r.Text}");
                foreach (var x in events)
                    dump.WriteLine($"    {(types.Contains(x.Type) ? " " : "x")} {x.Type} '{x.TriggerText}' {x.Modality} actors=[{string.Join(", ", x.Actors.Select(a => a.Text))}]");
            }
            predicted += events.Length;
            right += events.Count(x => types.Contains(x.Type));
            if (events.Length > 0) withPredictions++;
            if (events.Length > 0 && events.All(x => types.Contains(x.Type))) clean++;
            if (types.Count == 0 && events.Length > 0) misses.Add($"{r.Id}: no event, found [{string.Join(", ", events.Select(x => x.Type))}]");
            foreach (var type in types)
            {
                var hit = events.Any(x => x.Type == type);
                goldTypes++;
                var (g, f) = byType.GetValueOrDefault(type);
                byType[type] = (g + 1, f + (hit ? 1 : 0));
                if (hit) found++;
                else misses.Add($"{r.Id}: {type} not found, found [{string.Join(", ", events.Select(x => x.Type))}]");
                var sources = r.Events.Where(e => e.Type == type).SelectMany(e => e.Sources).ToList();
                if (!hit || sources.Count == 0) continue;
                actorRecords++;
                var actors = events.Where(x => x.Type == type).SelectMany(x => x.Actors).ToList();
                if (actors.Any(a => sources.Any(s => r.CodePrefix ? CodeMatches(s, a, entities) : Matches(s, a, entities))))
                    actorRight++;
                else misses.Add($"{r.Id}: actor [{string.Join(", ", actors.Select(a => a.Text))}] is not [{string.Join(", ", sources.Select(s => s.Text.Length > 0 ? s.Text : s.Code))}]");
            }
        }
        return new EventReport(records.Count, goldTypes, found, predicted, right, clean, withPredictions, actorRecords, actorRight, byType, misses, clock.Elapsed.TotalSeconds);
    }

    /// <summary>A PETRARCH code's first three letters are the actor's country, or begin a word of its text or entity name ("ARNGOV": "Arnor").</summary>
    private static bool CodeMatches(PloverActor gold, EventArgument actor, Dictionary<string, Entity> entities)
    {
        var prefix = gold.Code![..3];
        var entity = actor.Entity is not null && entities.TryGetValue(actor.Entity, out var e) ? e : null;
        if (entity is not null && (entity.Country == prefix || entity.Id == "country:" + prefix)) return true;
        static bool Starts(string words, string prefix) =>
            words.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        return Starts(actor.Text, prefix) || entity is not null && Starts(entity.Name, prefix);
    }

    private static bool Matches(PloverActor gold, EventArgument actor, Dictionary<string, Entity> entities)
    {
        var entity = actor.Entity is not null && entities.TryGetValue(actor.Entity, out var e) ? e : null;
        if (gold.Code is { Length: 3 } code && entity is not null
            && (entity.Country == code || entity.Id == "country:" + code)) return true;
        return NameMatch(gold.Text, actor.Text) || entity is not null && NameMatch(gold.Text, entity.Name);
    }

    private static bool NameMatch(string gold, string predicted)
    {
        string Norm(string s) => string.Join(' ', s.Replace('’', '\'').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var (g, p) = (Norm(gold), Norm(predicted));
        if (g.Length == 0 || p.Length == 0) return false;
        return g == p || g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal) || g.Split(' ')[^1] == p.Split(' ')[^1];
    }
}
