namespace Annalist.Syntax;

/// <summary>
/// The committed models (Syntax/Resources, embedded in the assembly), each loaded once per process
/// on first use and shared by all threads.
/// </summary>
public static class SyntaxModels
{
    public const string TaggerResource = "Annalist.Syntax.tagger.bin";
    public const string ParserResource = "Annalist.Syntax.parser.bin";

    private static readonly Lazy<PosTagger> _tagger = new(() => Load(TaggerResource, PosTagger.Load));
    private static readonly Lazy<DependencyParser> _parser = new(() => Load(ParserResource, DependencyParser.Load));

    public static PosTagger Tagger => _tagger.Value;

    public static DependencyParser Parser => _parser.Value;

    private static T Load<T>(string name, Func<Stream, T> load)
    {
        using var stream = typeof(SyntaxModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{ErrorCodes.BadModel}: the model '{name}' is not embedded in Annalist.Engine. Rebuild it with 'annalist train' (docs/EVAL.md, section Syntax).");
        return load(stream);
    }
}
