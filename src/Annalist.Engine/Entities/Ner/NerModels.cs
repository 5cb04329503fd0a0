using Annalist.Entities.Clusters;

namespace Annalist.Entities.Ner;

/// <summary>The committed NER model (Entities/Resources/ner.bin), loaded once per process on first use.</summary>
public static class NerModels
{
    public const string TaggerResource = "Annalist.Entities.ner.bin";

    private static readonly Lazy<NerTagger> _tagger = new(() =>
    {
        using var stream = typeof(NerModels).Assembly.GetManifestResourceStream(TaggerResource)
            ?? throw new InvalidOperationException($"{ErrorCodes.BadModel}: the model '{TaggerResource}' is not embedded in Annalist.Engine. Rebuild it with 'annalist train ner' (docs/EVAL.md, section Entities).");
        return NerTagger.Load(stream);
    });

    public static NerTagger Tagger => _tagger.Value;

    /// <summary>The word clusters the committed model was trained with.</summary>
    public static WordClusters Clusters => WordClusters.Default;
}
