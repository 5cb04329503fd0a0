using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>
/// One article: immutable text and metadata, plus the layers stages attach to it. Every
/// annotation is a span of offsets into <see cref="Text"/>; nothing is stored as rewritten text.
/// </summary>
public sealed class Document
{
    // Keyed by layer object; only reachable through typed Layer<T> keys.
    private readonly Dictionary<Layer, object> _layers = new(4);
    private readonly List<Diagnostic> _diagnostics = [];

    public Document(string id, string text, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Date = date;
    }

    public string Id { get; }
    public string Text { get; }
    public DateOnly? Date { get; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public bool Has(Layer layer) => _layers.ContainsKey(layer);

    public T Get<T>(Layer<T> layer) where T : notnull =>
        _layers.TryGetValue(layer, out var value)
            ? (T)value
            : throw new InvalidOperationException(
                $"{ErrorCodes.LayerMissing}: layer '{layer.Name}' has not been produced for document '{Id}'. Run a pipeline that includes the stage producing it.");

    public bool TryGet<T>(Layer<T> layer, out T value) where T : notnull
    {
        if (_layers.TryGetValue(layer, out var v)) { value = (T)v; return true; }
        value = default!;
        return false;
    }

    /// <summary>Attaches a layer once; a second producer is a pipeline bug.</summary>
    public void Set<T>(Layer<T> layer, T value) where T : notnull
    {
        if (!_layers.TryAdd(layer, value))
            throw new InvalidOperationException($"{ErrorCodes.LayerAlreadySet}: layer '{layer.Name}' is already set on document '{Id}'.");
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> SpanOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The tokens (requires the tokens layer).</summary>
    public TokenList Tokens => new(this, Get(CoreLayers.Tokens));

    /// <summary>The sentences (requires the sentences layer).</summary>
    public SentenceList Sentences => new(this, Get(CoreLayers.Sentences));
}

/// <summary>Layers every pipeline starts from.</summary>
public static class CoreLayers
{
    public static readonly Layer<ImmutableArray<TokenSpan>> Tokens = new("tokens");
    public static readonly Layer<ImmutableArray<SentenceSpan>> Sentences = new("sentences");
}
