using Annalist.Documents;
using Annalist.Entities;
using Annalist.Pipeline;
using Annalist.Quantities;
using Annalist.Quotes;
using Annalist.Time;

namespace Annalist.Events;

/// <summary>
/// Stage "events": PLOVER events with actors, recipients, place, date, modality, quantities and a
/// CAMEO code, found from tokens, sentences, entities, quotes, times and quantities (no syntax needed).
/// Triggers and cue words are data: Resources/triggers.txt and Resources/cues.txt.
/// </summary>
public sealed class EventStage : IStage
{
    public string Name => "events";

    public IReadOnlyList<Layer> Requires =>
        [CoreLayers.Tokens, CoreLayers.Sentences, TimeLayers.Times, EntityLayers.Mentions, EntityLayers.Entities, QuoteLayers.Quotes, QuantityLayers.Quantities];

    public IReadOnlyList<Layer> Produces => [EventLayers.Events];

    public void Run(Document document) => document.Set(EventLayers.Events, new EventFinder(document, EventLexicon.Default).Find());
}
