using Annalist.Entities.Clusters;

namespace Annalist.Syntax;

/// <summary>Per-sentence hashes of words and tags, computed once, read by the parser and the labeler.</summary>
internal sealed class ParseContext
{
    public const ulong None = 0x51ED27UL, Root = 0x2007UL;
    public readonly int N;
    public readonly ulong[] Word, Lower, Xpos, Upos;

    /// <summary>Brown cluster prefixes of 4 and 6 bits and the whole path (<see cref="WordClusters"/>);
    /// a word without a cluster gets <see cref="NoCluster"/>.</summary>
    public readonly ulong[] Cluster4, Cluster6, ClusterAll;

    public const ulong NoCluster = 0xC1057E4UL;

    public ParseContext(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags) : this(words, tags, WordClusters.Default) { }

    public ParseContext(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, WordClusters clusters)
    {
        N = words.Count;
        Word = new ulong[N]; Lower = new ulong[N]; Xpos = new ulong[N]; Upos = new ulong[N];
        Cluster4 = new ulong[N]; Cluster6 = new ulong[N]; ClusterAll = new ulong[N];
        for (var i = 0; i < N; i++)
        {
            Word[i] = FeatureHash.Of(words[i]);
            Lower[i] = FeatureHash.Of(words[i], lower: true);
            Xpos[i] = FeatureHash.Of(tags[i].Xpos);
            Upos[i] = FeatureHash.Of(tags[i].Upos);
            if (clusters.TryGetPath(words[i], out var path))
            {
                Cluster4[i] = path.Prefix(4);
                Cluster6[i] = path.Prefix(6);
                ClusterAll[i] = path.Prefix(ClusterPath.MaxPackedLength);
            }
            else Cluster4[i] = Cluster6[i] = ClusterAll[i] = NoCluster;
        }
    }

    public ulong W(int i) => i < 0 ? None : i >= N ? Root : Lower[i];

    public ulong P(int i) => i < 0 ? None : i >= N ? Root : Xpos[i];

    public ulong U(int i) => i < 0 ? None : i >= N ? Root : Upos[i];

    public ulong C4(int i) => i < 0 ? None : i >= N ? Root : Cluster4[i];

    public ulong C6(int i) => i < 0 ? None : i >= N ? Root : Cluster6[i];

    public ulong CA(int i) => i < 0 ? None : i >= N ? Root : ClusterAll[i];

    public static ulong Distance(int d) => d < 0 ? 0UL : d <= 5 ? (ulong)d : d <= 10 ? 6UL : 7UL;
}
