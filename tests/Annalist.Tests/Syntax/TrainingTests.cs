using System.Diagnostics;
using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>Training is reproducible and the committed models load.</summary>
public class TrainingTests
{
    // a tiny treebank written for this test (not from any corpus)
    private const string Conllu = """
        # newdoc id = tiny
        # text = Police freed two hostages.
        1	Police	police	NOUN	NNS	_	2	nsubj	_	_
        2	freed	free	VERB	VBD	_	0	root	_	_
        3	two	two	NUM	CD	_	4	nummod	_	_
        4	hostages	hostage	NOUN	NNS	_	2	obj	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        # text = The mayor said that the city was safe.
        1	The	the	DET	DT	_	2	det	_	_
        2	mayor	mayor	NOUN	NN	_	3	nsubj	_	_
        3	said	say	VERB	VBD	_	0	root	_	_
        4	that	that	SCONJ	IN	_	8	mark	_	_
        5	the	the	DET	DT	_	6	det	_	_
        6	city	city	NOUN	NN	_	8	nsubj	_	_
        7	was	be	AUX	VBD	_	8	cop	_	_
        8	safe	safe	ADJ	JJ	_	3	ccomp	_	_
        9	.	.	PUNCT	.	_	3	punct	_	_

        # text = They met him in Kyiv.
        1	They	they	PRON	PRP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	him	he	PRON	PRP	_	2	obj	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Kyiv	Kyiv	PROPN	NNP	_	2	obl	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private static List<TreebankSentence> Tiny()
    {
        var file = Path.Combine(Path.GetTempPath(), $"annalist-tiny-{Environment.ProcessId}-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(file, Conllu.Replace("\r\n", "\n"));
        try { return Treebank.Load(file); }
        finally { File.Delete(file); }
    }

    private static byte[] Bytes(Action<Stream> save)
    {
        using var stream = new MemoryStream();
        save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Same_data_and_seed_give_identical_models()
    {
        var data = Tiny();
        Assert.Equal(3, data.Count);
        var tags = data.Select(s => s.Xpos.Select((x, i) => new PosTag(s.Upos[i], x)).ToArray()).ToList();
        var tagger1 = Bytes(PosTagger.Train(data, 5, seed: 7).Save);
        var tagger2 = Bytes(PosTagger.Train(data, 5, seed: 7).Save);
        Assert.Equal(tagger1, tagger2);
        var parser1 = Bytes(DependencyParser.Train(data, tags, 5, seed: 7).Save);
        var parser2 = Bytes(DependencyParser.Train(data, tags, 5, seed: 7).Save);
        Assert.Equal(parser1, parser2);

        // and the saved models load and learned the tiny data
        var tagger = PosTagger.Load(new MemoryStream(tagger1));
        Assert.Equal("VBD", tagger.Tag(["Police", "freed", "two", "hostages", "."])[1].Xpos);
        Assert.Equal("meet", tagger.Lemmatizer.Lemmatize("met", "VBD"));
        var parser = DependencyParser.Load(new MemoryStream(parser1));
        var heads = new int[5];
        var relations = new int[5];
        parser.Parse(data[0].Forms, tags[0], heads, relations);
        Assert.Equal(1, heads.Count(h => h < 0));
    }

    [Fact]
    public void Beam_training_is_reproducible_and_the_model_keeps_its_width()
    {
        var data = Tiny();
        var tags = data.Select(s => s.Xpos.Select((x, i) => new PosTag(s.Upos[i], x)).ToArray()).ToList();
        var first = Bytes(DependencyParser.Train(data, tags, 8, seed: 3, beam: 4).Save);
        var second = Bytes(DependencyParser.Train(data, tags, 8, seed: 3, beam: 4).Save);
        Assert.Equal(first, second);
        var greedy = DependencyParser.Load(new MemoryStream(Bytes(DependencyParser.Train(data, tags, 8, seed: 3).Save)));
        Assert.Equal(1, greedy.BeamWidth);

        var parser = DependencyParser.Load(new MemoryStream(first));
        Assert.Equal(4, parser.BeamWidth);
        // the beam learned the tiny treebank: every training sentence comes back with its gold tree
        for (var s = 0; s < data.Count; s++)
        {
            var heads = new int[data[s].Length];
            var relations = new int[data[s].Length];
            parser.Parse(data[s].Forms, tags[s], heads, relations);
            Assert.Equal(data[s].Heads, heads);
            Assert.Equal(data[s].Relations, relations.Select(r => parser.Relations[r]));
        }

        // long input, searched with the beam (150 words) and greedily (300): one root, heads in range
        foreach (var n in new[] { 150, 300 })
        {
            var words = Enumerable.Range(0, n).Select(i => data[1].Forms[i % 9]).ToArray();
            var wordTags = Enumerable.Range(0, n).Select(i => tags[1][i % 9]).ToArray();
            var heads = new int[n];
            parser.Parse(words, wordTags, heads, new int[n]);
            Assert.Equal(1, heads.Count(h => h < 0));
            Assert.All(heads, h => Assert.InRange(h, -1, n - 1));
        }
    }

    [Fact]
    public void Committed_models_load()
    {
        var clock = Stopwatch.StartNew();
        var tagger = SyntaxModels.Tagger;
        var parser = SyntaxModels.Parser;
        Assert.True(tagger.Tags.Count > 40);
        Assert.Contains("nsubj", parser.Relations);
        Assert.Contains("root", parser.Relations);
        Assert.Same(tagger, SyntaxModels.Tagger); // loaded once per process
        // generous bound for a loaded test machine; docs/EVAL.md has the benchmark figure
        Assert.True(clock.ElapsedMilliseconds < 5_000, $"models took {clock.ElapsedMilliseconds} ms to load");
    }
}
