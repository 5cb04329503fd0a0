using Annalist.Entities;

namespace Annalist.Corpus.Store;

/// <summary>The number each mention kind is stored as. Append only: stored files keep these numbers.</summary>
public static class MentionKindCodes
{
    private static readonly string[] Kinds =
        [MentionKinds.Name, MentionKinds.Nominal, MentionKinds.Pronoun, MentionKinds.Demonym, MentionKinds.Metonym];

    public static int Of(string kind)
    {
        var i = Array.IndexOf(Kinds, kind);
        return i >= 0 ? i : throw new ArgumentException($"mention kind '{kind}' has no stored code; append it to {nameof(MentionKindCodes)}");
    }

    public static string Name(int code) => code >= 0 && code < Kinds.Length ? Kinds[code] : "unknown";
}
