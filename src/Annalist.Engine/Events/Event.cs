using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Events;

/// <summary>
/// A participant or place of an event: the entity it refers to (null when the text names no
/// known entity) and the words that name it here ("Kyiv's", "Russian", "we").
/// </summary>
public sealed record EventArgument(string? Entity, string Text, int Start, int End);

/// <summary>A quantity attached to an event; <c>Each</c> when the text says it holds for each party ("by each side").</summary>
public sealed record EventQuantity(double Value, string? Unit, bool Approximate, string Text, int Start, int End, bool Each);

/// <summary>How the text presents an event (the contract's <c>modality</c>).</summary>
public static class Modalities
{
    public const string Asserted = "asserted";
    public const string Negated = "negated";
    public const string Hypothetical = "hypothetical";
    public const string Reported = "reported";
}

/// <summary>
/// One event: its PLOVER 2024 type, mode and context, the trigger words, actors, recipients,
/// place, date (a TIMEX3 value, or null when the text gives none and the event has not
/// happened), modality, attached quantities, the index of its sentence and a CAMEO code.
/// </summary>
public sealed record Event(
    string Type,
    string? Mode,
    string? Context,
    TextSpan Trigger,
    string TriggerText,
    ImmutableArray<EventArgument> Actors,
    ImmutableArray<EventArgument> Recipients,
    EventArgument? Location,
    string? Date,
    string Modality,
    ImmutableArray<EventQuantity> Quantities,
    int Sentence,
    string? Cameo);

/// <summary>The layer of the events stage.</summary>
public static class EventLayers
{
    /// <summary>Events in order of their triggers.</summary>
    public static readonly Layer<ImmutableArray<Event>> Events = new("events");
}
