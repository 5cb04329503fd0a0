using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Quantities;

/// <summary>
/// A quantity: its extent (approximator, number and unit: "around 41 aircraft"), value (scales
/// applied: "$2.4bn" is 2.4e9), unit (the counted noun, an ISO 4217 code for money, "percent") and
/// whether the text says it is approximate ("around", "more than", "dozens").
/// </summary>
public sealed record Quantity(int Start, int End, string Text, double Value, string? Unit, bool Approximate);

public static class QuantityLayers
{
    /// <summary>The quantities of a document in text order, not overlapping.</summary>
    public static readonly Layer<ImmutableArray<Quantity>> Quantities = new("quantities");
}
