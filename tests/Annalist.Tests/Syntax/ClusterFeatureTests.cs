using Annalist.Entities.Clusters;
using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>The tagger's and parser's Brown cluster features: prefixes of the word's cluster path.</summary>
public class ClusterFeatureTests
{
    private static WordClusters Clusters() => WordClusters.Load(new StringReader(
        "# test clusters\n0010110\tMonday\t50\n0010111\tTuesday\t40\n0010\ttoday\t30\n1100\tmayor\t20\n"), "test");

    [Fact]
    public void Words_of_nearby_clusters_share_short_prefixes_but_not_the_whole_path()
    {
        string[] words = ["Monday", "Tuesday", "today", "Mayor", "xylophone"];
        var tags = words.Select(_ => new PosTag("NOUN", "NN")).ToArray();
        var c = new ParseContext(words, tags, Clusters());
        Assert.Equal(c.C4(0), c.C4(1));
        Assert.Equal(c.C6(0), c.C6(1));
        Assert.NotEqual(c.CA(0), c.CA(1));
        Assert.Equal(c.C4(0), c.C4(2));       // today's whole path 0010 is Monday's first four bits
        Assert.NotEqual(c.C6(0), c.C6(2));    // but a path shorter than six bits is not a six-bit prefix
        Assert.NotEqual(c.C4(0), c.C4(3));
        Assert.Equal(c.CA(3), new ClusterPath("1100").Prefix(ClusterPath.MaxPackedLength)); // lower-case fallback
        Assert.Equal(ParseContext.NoCluster, c.CA(4));
        Assert.NotEqual(c.C4(-1), c.C4(words.Length)); // no word vs the root
    }
}
