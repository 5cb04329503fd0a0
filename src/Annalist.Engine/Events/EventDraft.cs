using Annalist.Documents;
using Annalist.Entities;

namespace Annalist.Events;

/// <summary>An event while its document is being read: filled step by step, then frozen into an <see cref="Event"/>.</summary>
internal sealed class EventDraft(TriggerEntry entry, int first, int last, bool nominal, int sentence, SentenceSpan span)
{
    public TriggerEntry Entry { get; } = entry;

    /// <summary>The PLOVER type, mode and context: the entry's, unless the modality rules recoded the event (an intended AID is an AGREE).</summary>
    public string Type { get; set; } = entry.Type;
    public string? Mode { get; set; } = entry.Mode;
    public string? Context { get; set; } = entry.Context;
    public int First { get; } = first;
    public int Last { get; set; } = last;
    public bool Nominal { get; } = nominal;
    public int Sentence { get; } = sentence;
    public SentenceSpan SentenceSpan { get; } = span;

    public List<(EventArgument Argument, Entity? Entity)> Actors { get; } = [];
    public List<(EventArgument Argument, Entity? Entity)> Recipients { get; } = [];
    public EventArgument? Location { get; set; }
    public string? Date { get; set; }

    /// <summary>True when the date comes from a time expression of the event's own sentence.</summary>
    public bool DateFromText { get; set; }
    public string Modality { get; set; } = Modalities.Asserted;
    public List<EventQuantity> Quantities { get; } = [];

    /// <summary>The actor search met this earlier event of the sentence first: share its actors ("X met Y and signed ...").</summary>
    public EventDraft? ActorsFrom { get; set; }

    /// <summary>"each side", "both sides": the parties are those of the last event with two or more actors.</summary>
    public bool WantsParties { get; set; }
    public bool Merged { get; set; }

    /// <summary>An act found only as intended ("will evacuate"): kept only when recoded to a commitment or threat.</summary>
    public bool Intended { get; init; }

    /// <summary>The modality rules recoded the event (an intended AID is an AGREE).</summary>
    public bool Recoded { get; set; }

    /// <summary>A passive verb ("were killed"): its actor is only its "by" phrase.</summary>
    public bool Passive { get; set; }

    public bool HasActor(Entity e) => Actors.Any(a => a.Entity?.Id == e.Id);

    public IEnumerable<string> ActorCountries() =>
        Actors.Select(a => a.Entity?.Country ?? CountryOf(a.Entity)).OfType<string>();

    private static string? CountryOf(Entity? e) => e?.Id.StartsWith("country:", StringComparison.Ordinal) == true ? e.Id["country:".Length..] : null;
}
