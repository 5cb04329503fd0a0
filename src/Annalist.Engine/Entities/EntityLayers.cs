using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Entities;

/// <summary>
/// A name found by the NER stage: tokens [First, First + Count) of the document, characters
/// [Start, End) of its text, and a type in the output contract's vocabulary (PERSON,
/// ORGANIZATION, GPE, LOCATION, GROUP, FACILITY, EVENT, OTHER).
/// </summary>
public readonly record struct NamedMention(int First, int Count, int Start, int End, string Type);

/// <summary>One mention of an entity: characters [Start, End) of the text and how it refers (a <see cref="MentionKinds"/> value).</summary>
public sealed record EntityMention(int Start, int End, string Text, string Kind);

/// <summary>How a mention refers to its entity.</summary>
public static class MentionKinds
{
    /// <summary>By name: "President Volodymyr Zelenskyy", "Zelenskyy", "Zelesnkyy", "NATO".</summary>
    public const string Name = "name";

    /// <summary>By title or role: "The Ukrainian President", "the defence minister".</summary>
    public const string Nominal = "nominal";

    /// <summary>he, she, his, her, him, hers, himself, herself.</summary>
    public const string Pronoun = "pronoun";

    /// <summary>A word for the country's people: "Russian", "Ukrainians".</summary>
    public const string Demonym = "demonym";

    /// <summary>A capital standing for its country: "Kyiv's drone attack", "Moscow's lead negotiator".</summary>
    public const string Metonym = "metonym";
}

/// <summary>
/// An entity of one document: a stable id (the gazetteer's id when linked, else one derived from
/// the normalized name and type), canonical name, type, Wikidata id where known, and every mention
/// in text order. People may carry the role the article (or the gazetteer) gives them ("President
/// of Ukraine"), a country (ISO 3166 alpha-3) and a gender ("male", "female") when one is known;
/// places carry their country.
/// </summary>
public sealed record Entity(string Id, string Name, string Type, string? Wikidata, ImmutableArray<EntityMention> Mentions)
{
    public string? Role { get; init; }
    public string? Country { get; init; }
    public string? Gender { get; init; }
}

/// <summary>The layers of the entities stages.</summary>
public static class EntityLayers
{
    /// <summary>Named mentions in text order, non-overlapping (the NER stage).</summary>
    public static readonly Layer<ImmutableArray<NamedMention>> Mentions = new("mentions");

    /// <summary>Entities with all their mentions (the resolution stage).</summary>
    public static readonly Layer<ImmutableArray<Entity>> Entities = new("entities");
}
