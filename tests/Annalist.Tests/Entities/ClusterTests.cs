using System.Text;
using Annalist.Entities.Clusters;

namespace Annalist.Tests.Entities;

public class ClusterTests
{
    private static readonly string[] Names = ["Alice", "Bob", "Carol", "Dave", "Erin"];
    private static readonly string[] Places = ["Paris", "Rome", "Oslo", "Lima", "Quito"];

    /// <summary>Documents where a name is always followed by a place and a place by a name.</summary>
    private static List<List<string>> Alternating(int documents, int seed)
    {
        var random = new Random(seed);
        var docs = new List<List<string>>();
        for (var d = 0; d < documents; d++)
        {
            var doc = new List<string>();
            for (var i = 0; i < 40; i++) doc.Add(i % 2 == 0 ? Names[random.Next(Names.Length)] : Places[random.Next(Places.Length)]);
            docs.Add(doc);
        }
        return docs;
    }

    /// <summary>Sentences with function words, two kinds of content words in their own frames, and rare words.</summary>
    private static List<List<string>> Sentences(int documents, int seed)
    {
        var random = new Random(seed);
        string[] verbs = ["visited", "left", "praised", "met"];
        var docs = new List<List<string>>();
        for (var d = 0; d < documents; d++)
        {
            var doc = new List<string>();
            for (var i = 0; i < 30; i++)
            {
                var name = Names[random.Next(Names.Length)];
                var place = Places[random.Next(Places.Length)];
                var verb = verbs[random.Next(verbs.Length)];
                switch (random.Next(3))
                {
                    case 0: doc.AddRange(["Mr.", name, verb, place, "on", "Monday", "."]); break;
                    case 1: doc.AddRange(["In", place, ",", name, "said", "the", "rare" + random.Next(5000), "was", "good", "."]); break;
                    default: doc.AddRange([name, "and", Names[random.Next(Names.Length)], "flew", "to", place, "."]); break;
                }
            }
            docs.Add(doc);
        }
        return docs;
    }

    private static Dictionary<string, string> Cluster(List<List<string>> docs, int clusters, int minCount, bool verify = false)
    {
        var corpus = WordBigrams.Count(docs, minCount);
        var paths = verify ? BrownClusterer.PathsVerified(corpus, clusters) : BrownClusterer.Paths(corpus, clusters);
        return corpus.Words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => paths[x.i]);
    }

    private static string CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return a[..n];
    }

    [Fact]
    public void Two_classes_with_distinct_contexts_split_at_the_top()
    {
        foreach (var clusters in new[] { 2, 4, 10 })
        {
            var paths = Cluster(Alternating(30, 1), clusters, 1, verify: true);
            var nameBit = paths["Alice"][0];
            Assert.All(Names, n => Assert.Equal(nameBit, paths[n][0]));
            Assert.All(Places, p => Assert.NotEqual(nameBit, paths[p][0]));
        }
    }

    [Fact]
    public void Words_of_one_kind_share_a_subtree()
    {
        var paths = Cluster(Sentences(40, 2), 10, 3, verify: true);
        Assert.DoesNotContain(paths.Keys, w => w.StartsWith("rare", StringComparison.Ordinal));
        foreach (var (kind, others) in new[] { (Names, Places), (Places, Names) })
        {
            var common = kind.Select(w => paths[w]).Aggregate(CommonPrefix);
            Assert.All(others, o => Assert.False(paths[o].StartsWith(common, StringComparison.Ordinal), $"{o} is under {common}"));
            Assert.False(paths["the"].StartsWith(common, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cached_losses_match_fresh_ones_and_paths_are_the_leaves_of_a_binary_tree()
    {
        // Many words for few clusters, so most steps both add a word and merge; the verified run
        // recomputes every loss after each step and throws if a cached one differs.
        var paths = Cluster(Sentences(60, 3), 7, 2, verify: true);
        var distinct = paths.Values.Distinct().ToList();
        Assert.Equal(7, distinct.Count);
        Assert.All(distinct, p => Assert.Matches("^[01]+$", p));
        foreach (var p in distinct)
            Assert.DoesNotContain(distinct, q => q != p && q.StartsWith(p, StringComparison.Ordinal));
        // The leaves of a full binary tree: the Kraft sum is exactly 1.
        Assert.Equal(1.0, distinct.Sum(p => Math.Pow(2, -p.Length)), 12);
    }

    [Theory]
    [InlineData(5, 2, 5)]
    [InlineData(8, 3, 6)]
    [InlineData(3, 1, 7)]
    public void Agrees_with_a_naive_clusterer_that_recomputes_the_mutual_information(int clusters, int minCount, int seed)
    {
        var docs = Sentences(15, seed);
        var corpus = WordBigrams.Count(docs, minCount);
        Assert.Equal(NaiveBrown.Paths(docs, corpus.Words, clusters), BrownClusterer.Paths(corpus, clusters));
    }

    [Fact]
    public void Same_input_gives_the_same_file()
    {
        string Build()
        {
            var corpus = WordBigrams.Count(Sentences(50, 4), 2);
            var writer = new StringWriter();
            ClusterFile.Write(writer, corpus.Words, corpus.Counts, BrownClusterer.Paths(corpus, 8), "test");
            return writer.ToString();
        }
        var first = Build();
        Assert.Equal(first, Build());
        Assert.StartsWith("# test\n", first);
    }

    [Fact]
    public void Fewer_words_than_clusters_and_a_single_word()
    {
        var paths = Cluster([["a", "b", "a", "c"]], 10, 1);
        Assert.Equal(3, paths.Values.Distinct().Count());
        Assert.Equal("0", Cluster([["a", "a"]], 10, 1)["a"]);
        Assert.Empty(Cluster([["a"]], 10, 2));
    }

    [Fact]
    public void Counting_tokenizes_keeps_case_and_stops_bigrams_at_documents()
    {
        var corpus = WordBigrams.Count(["The cat sat. The dog didn't.", "the end"], 1);
        Assert.Equal(11, corpus.Tokens);
        Assert.Equal(2, corpus.Documents);
        Assert.Equal([".", "The"], corpus.Words.Take(2)); // twice each, then ordinal order
        Assert.Contains("n't", corpus.Words);
        Assert.Equal(1, corpus.Counts[corpus.Words.ToList().IndexOf("the")]);
        // '.' ends the first document, so "the" of the second is not its neighbour.
        var (after, counts) = corpus.Right(0);
        Assert.Equal([1], after.ToArray());
        Assert.Equal([1], counts.ToArray());
    }

    [Fact]
    public void Reuters_sgml_gives_title_and_body_unescaped()
    {
        const string sgml = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS NEWID="1"><DATE>26-FEB-1987</DATE><TEXT>&#2;
            <TITLE>BAHIA COCOA &amp; SUGAR</TITLE>
            <DATELINE>SALVADOR, Feb 26 - </DATELINE><BODY>Showers in &lt;Bahia Ltd> fell.
             Reuter
            &#3;</BODY></TEXT></REUTERS>
            <REUTERS NEWID="2"><TEXT TYPE="UNPROC">&#2;no title or body</TEXT></REUTERS>
            <REUTERS NEWID="3"><TEXT><TITLE>ONLY A TITLE</TITLE></TEXT></REUTERS>
            """;
        var docs = ReutersSgml.Documents(sgml).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("BAHIA COCOA & SUGAR\n\nShowers in <Bahia Ltd> fell.\n Reuter\n ", docs[0]);
        Assert.Equal("ONLY A TITLE", docs[1]);
        var text = new StringBuilder();
        ReutersSgml.Unescape("a &unknown; b &#65;&", text);
        Assert.Equal("a &unknown; b A&", text.ToString());
    }

    [Fact]
    public void Conll_token_column_becomes_documents_of_lines()
    {
        string[] lines = ["-DOCSTART- -X- O O", "", "EU NNP I-NP I-ORG", "rejects VBZ I-VP O", "", "Peter NNP I-NP I-PER", "", "-DOCSTART- -X- O O", "", "Next NN I-NP O", ""];
        Assert.Equal(["EU rejects\nPeter\n", "Next\n"], ClusterCorpus.ConllDocuments(lines));
        Assert.Equal("He said \" ( yes ) \" .", ClusterCorpus.UnescapePtb("He said `` -LRB- yes -RRB- '' ."));
    }

    [Fact]
    public void Built_in_clusters_know_frequent_words_and_group_weekdays()
    {
        var clusters = WordClusters.Default;
        Assert.True(clusters.Count > 40_000, $"{clusters.Count} words");
        Assert.NotNull(clusters.Path("the"));
        Assert.NotNull(clusters.Path("said"));
        var monday = clusters.Path("Monday");
        var tuesday = clusters.Path("Tuesday");
        Assert.NotNull(monday);
        Assert.NotNull(tuesday);
        Assert.True(CommonPrefix(monday, tuesday).Length >= 10, $"Monday {monday}, Tuesday {tuesday}");
        Assert.True(clusters.TryGetPath("Monday", out var m));
        Assert.True(clusters.TryGetPath("Friday", out var f));
        Assert.True(clusters.TryGetPath("the", out var the));
        Assert.Equal(m.Prefix(10), f.Prefix(10));
        Assert.NotEqual(m.Prefix(4), the.Prefix(4));
        Assert.Null(clusters.Path("Zzyzxqv"));
    }

    [Fact]
    public void Built_in_clusters_are_the_leaves_of_one_binary_tree()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(WordClusters.ResourceName)!;
        var lines = ClusterFile.Parse(new StreamReader(stream), "clusters.tsv").ToList();
        var paths = lines.Select(l => l.Path).Distinct().ToList();
        Assert.Equal(1000, paths.Count);
        Assert.Equal(1.0, paths.Sum(p => Math.Pow(2, -p.Length)), 12);
        Assert.True(paths.Max(p => p.Length) <= ClusterPath.MaxPackedLength);
        // Sorted as the builder writes it: by path, then most frequent first.
        Assert.Equal(lines.OrderBy(l => l.Path, StringComparer.Ordinal).ThenByDescending(l => l.Count), lines);
    }

    [Fact]
    public void Word_clusters_load_look_up_in_lower_case_and_pack_prefixes()
    {
        var clusters = WordClusters.Load(new StringReader("# c\n0010\tapple\t5\n0010\tpear\t3\n0111\tApple\t2\n1\tthe\t9\n"), "t");
        Assert.Equal(4, clusters.Count);
        Assert.Equal("0111", clusters.Path("Apple"));
        Assert.Equal("0010", clusters.Path("PEAR"));
        Assert.Equal("1", clusters.Path("THE"));
        Assert.Null(clusters.Path("plum"));
        Assert.True(clusters.TryGetPath("apple", out var apple));
        Assert.True(clusters.TryGetPath("pear", out var pear));
        Assert.True(clusters.TryGetPath("Apple", out var capital));
        Assert.Equal(apple.Prefix(4), pear.Prefix(4));
        Assert.Equal(apple.Prefix(1), capital.Prefix(1));
        Assert.NotEqual(apple.Prefix(2), capital.Prefix(2));
        Assert.NotEqual(apple.Prefix(1), apple.Prefix(2)); // "0" and "00" differ
        Assert.Equal(apple.Prefix(4), apple.Prefix(20)); // a short path is its own prefix
        Assert.Equal("001", apple.PrefixText(3));
        var bad = Assert.Throws<FormatException>(() => WordClusters.Load(new StringReader("0012\tx\t1\n"), "bad.tsv"));
        Assert.Contains("bad.tsv:1", bad.Message);
    }
}

/// <summary>
/// Brown clustering written as plainly as possible: every candidate merge is scored by computing
/// the whole average mutual information afresh. It follows the engine's conventions (window of
/// slots, which slot a merge keeps, which branch is 0) so the two must give the same paths.
/// </summary>
internal static class NaiveBrown
{
    public static string[] Paths(List<List<string>> docs, IReadOnlyList<string> words, int clusters)
    {
        var v = words.Count;
        var id = words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var tokens = docs.Select(d => d.Select(t => id.GetValueOrDefault(t, v)).ToArray()).ToList();
        var unigram = new long[v + 1];
        foreach (var d in tokens) foreach (var t in d) unigram[t]++;
        var k = Math.Min(clusters, v);
        var slots = new List<int>?[k + 1];
        var clusterOf = new int[v + 1];
        Array.Fill(clusterOf, -1);
        clusterOf[v] = -2; // the rare class: always in the model, never merged

        double Ami()
        {
            var n = new Dictionary<(int, int), long>();
            foreach (var d in tokens)
                for (var i = 1; i < d.Length; i++)
                {
                    int a = clusterOf[d[i - 1]], b = clusterOf[d[i]];
                    if (a == -1 || b == -1) continue;
                    n[(a, b)] = n.GetValueOrDefault((a, b)) + 1;
                }
            long Count(int c) => c == -2 ? unigram[v] : slots[c]!.Sum(w => unigram[w]);
            return n.Sum(kv => kv.Value * Math.Log((double)kv.Value / ((double)Count(kv.Key.Item1) * Count(kv.Key.Item2))));
        }

        (int, int) Best()
        {
            var best = double.NegativeInfinity;
            (int, int) pair = (-1, -1);
            for (var a = 0; a <= k; a++)
                for (var b = a + 1; b <= k; b++)
                {
                    if (slots[a] is null || slots[b] is null) continue;
                    var (sa, sb) = (slots[a], slots[b]);
                    slots[b] = null;
                    slots[a] = [.. sa!, .. sb!];
                    foreach (var w in sb!) clusterOf[w] = a;
                    var ami = Ami();
                    foreach (var w in sb) clusterOf[w] = b;
                    (slots[a], slots[b]) = (sa, sb);
                    if (ami > best + 1e-9 || pair.Item1 < 0) { best = ami; pair = (a, b); }
                }
            return pair;
        }

        int Merge(int a, int b)
        {
            var (kept, gone) = slots[b]!.Count > slots[a]!.Count ? (b, a) : (a, b);
            slots[kept] = [.. slots[a]!, .. slots[b]!];
            foreach (var w in slots[gone]!) clusterOf[w] = kept;
            slots[gone] = null;
            return gone;
        }

        var free = 0;
        for (var w = 0; w < v; w++)
        {
            slots[free] = [w];
            clusterOf[w] = free;
            var (a, b) = slots.Count(s => s is not null) <= k ? (-1, -1) : Best();
            free = a < 0 ? free + 1 : Merge(a, b);
        }
        // Words get their bits from the final merges: each merge puts a bit in front of the paths under it.
        var paths = new string[v];
        Array.Fill(paths, v == 1 ? "0" : "");
        while (slots.Count(s => s is not null) > 1)
        {
            var (a, b) = Best();
            var (zero, one) = slots[a]!.Min() < slots[b]!.Min() ? (a, b) : (b, a);
            foreach (var w in slots[zero]!) paths[w] = "0" + paths[w];
            foreach (var w in slots[one]!) paths[w] = "1" + paths[w];
            Merge(a, b);
        }
        return paths;
    }
}
