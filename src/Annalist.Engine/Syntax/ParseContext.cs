namespace Annalist.Syntax;

/// <summary>Per-sentence hashes of words and tags, computed once, read by the parser and the labeler.</summary>
internal sealed class ParseContext
{
    public const ulong None = 0x51ED27UL, Root = 0x2007UL;
    public readonly int N;
    public readonly ulong[] Word, Lower, Xpos, Upos;

    public ParseContext(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags)
    {
        N = words.Count;
        Word = new ulong[N]; Lower = new ulong[N]; Xpos = new ulong[N]; Upos = new ulong[N];
        for (var i = 0; i < N; i++)
        {
            Word[i] = FeatureHash.Of(words[i]);
            Lower[i] = FeatureHash.Of(words[i], lower: true);
            Xpos[i] = FeatureHash.Of(tags[i].Xpos);
            Upos[i] = FeatureHash.Of(tags[i].Upos);
        }
    }

    public ulong W(int i) => i < 0 ? None : i >= N ? Root : Lower[i];

    public ulong P(int i) => i < 0 ? None : i >= N ? Root : Xpos[i];

    public ulong U(int i) => i < 0 ? None : i >= N ? Root : Upos[i];

    public static ulong Distance(int d) => d < 0 ? 0UL : d <= 5 ? (ulong)d : d <= 10 ? 6UL : 7UL;
}
