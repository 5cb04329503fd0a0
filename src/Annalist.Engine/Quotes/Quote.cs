using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Quotes;

/// <summary>
/// One attribution: its content, characters [Start, End) of the text (a direct quote without its
/// quotation marks, an indirect one from after its cue or "that" to the end of the clause), how it
/// is quoted (a <see cref="QuoteKinds"/> value), the words that report it and who said it.
/// </summary>
public sealed record Quote(int Start, int End, string Text, string Kind, QuoteCue? Cue, QuoteSpeaker? Speaker);

/// <summary>The words that report a quote: "said", "has confirmed", "according to", "pointed out".</summary>
public sealed record QuoteCue(int Start, int End, string Text);

/// <summary>
/// Who said it: characters [Start, End) of the text naming the speaker (a name, title, pronoun or
/// an unnamed "a source") and the id of the entity it resolves to, or null when it resolves to none.
/// </summary>
public sealed record QuoteSpeaker(int Start, int End, string Text, string? Entity);

/// <summary>How a quote is given.</summary>
public static class QuoteKinds
{
    /// <summary>Verbatim, in quotation marks.</summary>
    public const string Direct = "direct";

    /// <summary>Reported speech: "Zelenskyy said that Ukraine has shown its capability".</summary>
    public const string Indirect = "indirect";

    /// <summary>Reported speech holding a verbatim fragment: "she called it “a disgrace”".</summary>
    public const string Mixed = "mixed";
}

/// <summary>The layer of the quotes stage.</summary>
public static class QuoteLayers
{
    /// <summary>Quotes in text order (by start, then end), no two with the same content span.</summary>
    public static readonly Layer<ImmutableArray<Quote>> Quotes = new("quotes");
}
