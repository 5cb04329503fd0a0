using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Entities;

/// <summary>
/// A name found by the NER stage: tokens [First, First + Count) of the document, characters
/// [Start, End) of its text, and a type in the output contract's vocabulary (PERSON,
/// ORGANIZATION, GPE, LOCATION, GROUP, FACILITY, EVENT, OTHER).
/// </summary>
public readonly record struct NamedMention(int First, int Count, int Start, int End, string Type);

/// <summary>One mention of an entity: characters [Start, End) of the text and how it refers (name, nominal, pronoun, demonym).</summary>
public sealed record EntityMention(int Start, int End, string Text, string Kind);

/// <summary>
/// An entity of one document: a stable id (the gazetteer's id when linked, else one derived from
/// the normalized name and type), canonical name, type, Wikidata id where known, and every mention
/// in text order.
/// </summary>
public sealed record Entity(string Id, string Name, string Type, string? Wikidata, ImmutableArray<EntityMention> Mentions);

/// <summary>The layers of the entities stages.</summary>
public static class EntityLayers
{
    /// <summary>Named mentions in text order, non-overlapping (the NER stage).</summary>
    public static readonly Layer<ImmutableArray<NamedMention>> Mentions = new("mentions");

    /// <summary>Entities with all their mentions (the resolution stage).</summary>
    public static readonly Layer<ImmutableArray<Entity>> Entities = new("entities");
}
