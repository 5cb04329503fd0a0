using Annalist.Evaluation;

namespace Annalist.Tests.Text;

public sealed class TokenEvaluatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("annalist-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Two documents; the second one has a multiword token, a paragraph break and a sentence our splitter cannot end
    // (no final punctuation before a capitalized word on the same line).
    private const string Conllu = """
        # newdoc id = GUM_news_tiny
        # meta::genre = news
        # newpar
        # sent_id = 1
        # text = Prices rose 5%.
        1	Prices	price	NOUN	NNS	_	2	nsubj	_	_
        2	rose	rise	VERB	VBD	_	0	root	_	_
        3	5	5	NUM	CD	_	4	nummod	_	SpaceAfter=No
        4	%	%	SYM	NN	_	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = 2
        # text = Mr. Lee left.
        1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
        2	Lee	Lee	PROPN	NNP	_	3	nsubj	_	_
        3	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_

        # newdoc id = GUM_bio_tiny
        # newpar
        # sent_id = 3
        # text = It's done
        1-2	It's	_	_	_	_	_	_	_	_
        1	It	it	PRON	PRP	_	3	nsubj	_	_
        2	's	be	AUX	VBZ	_	3	cop	_	_
        3	done	done	ADJ	JJ	_	0	root	_	_

        # sent_id = 4
        # text = Next one.
        1	Next	next	ADJ	JJ	_	2	amod	_	_
        2	one	one	NOUN	NN	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        # newpar
        # sent_id = 5
        # text = Bye
        1	Bye	bye	INTJ	UH	_	0	root	_	_

        """;

    private string Write()
    {
        var path = Path.Combine(_dir, "tiny.conllu");
        File.WriteAllText(path, Conllu.Replace("\r\n", "\n"));
        return path;
    }

    [Fact]
    public void Scores_news_document()
    {
        var r = TokenEvaluator.Evaluate("tiny", [Write()], "news");
        Assert.Equal("tiny", r.Name);
        Assert.Equal(1, r.Documents);
        Assert.Equal(2, r.Sentences);
        Assert.Equal(9, r.Tokens);
        Assert.Equal(new BoundaryScore(2, 2, 2), r.SentenceBoundaries);
        Assert.Equal(new BoundaryScore(9, 9, 9), r.TokenSpans);
        Assert.Equal(1.0, r.TokenSpans.F1);
    }

    [Fact]
    public void Scores_multiword_tokens_as_the_words_that_spell_them_out()
    {
        var r = TokenEvaluator.Evaluate("tiny", [Write()]);
        Assert.Equal(2, r.Documents);
        Assert.Equal(5, r.Sentences);
        // doc 2 text: "It's done Next one.\n\nBye". Gold words: It|'s (the multiword token's words spell
        // it out), done, Next, one, ., Bye (7); we predict the same 7.
        Assert.Equal(16, r.Tokens);
        Assert.Equal(new BoundaryScore(16, 16, 16), r.TokenSpans);
        // gold ends: after "done", "one.", "Bye"; we find "one." and "Bye" but not "done".
        Assert.Equal(new BoundaryScore(5, 4, 4), r.SentenceBoundaries);
        Assert.Equal(4.0 / 4, r.SentenceBoundaries.Precision);
        Assert.Equal(4.0 / 5, r.SentenceBoundaries.Recall);
    }

    [Fact]
    public void Block_sizes_put_a_line_break_after_a_one_sentence_block_and_examples_name_the_misses()
    {
        const string conllu = """
            # newdoc id = GUM_news_block
            # newpar
            # newpar_block = p (1 s)
            # text = Thursday, May 7
            1	Thursday	Thursday	PROPN	NNP	_	0	root	_	SpaceAfter=No
            2	,	,	PUNCT	,	_	3	punct	_	_
            3	May	May	PROPN	NNP	_	1	appos	_	_
            4	7	7	NUM	CD	_	3	nummod	_	_

            # text = On Tuesday it rained
            1	On	on	ADP	IN	_	2	case	_	_
            2	Tuesday	Tuesday	PROPN	NNP	_	4	obl	_	_
            3	it	it	PRON	PRP	_	4	nsubj	_	_
            4	rained	rain	VERB	VBD	_	0	root	_	_

            """;
        var path = Path.Combine(_dir, "block.conllu");
        File.WriteAllText(path, conllu.Replace("\r\n", "\n"));
        // Without the block size the two would be one line ("Thursday, May 7 On Tuesday ...") and
        // no splitter could find the boundary; with it, the dateline ends its line.
        var r = TokenEvaluator.Evaluate("block", [path], examples: 10);
        Assert.Equal(new BoundaryScore(2, 2, 2), r.SentenceBoundaries);
        Assert.Empty(r.Examples);
    }

    [Fact]
    public void Examples_describe_missed_sentence_ends()
    {
        var r = TokenEvaluator.Evaluate("tiny", [Write()], examples: 10);
        Assert.Contains(r.Examples, e => e.Contains("missed sentence end") && e.Contains("GUM_bio_tiny"));
    }

    [Fact]
    public void Genre_filter_without_matches_gives_empty_report()
    {
        var r = TokenEvaluator.Evaluate("none", [Write()], "fiction");
        Assert.Equal(0, r.Documents);
        Assert.Equal(1.0, r.TokenSpans.F1);
        Assert.Equal(1.0, r.SentenceBoundaries.Precision);
    }

    [Fact]
    public void Boundary_score_formulas()
    {
        var s = new BoundaryScore(10, 8, 6);
        Assert.Equal(0.75, s.Precision, 10);
        Assert.Equal(0.6, s.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, s.F1, 10);
        Assert.Equal(0.0, new BoundaryScore(3, 0, 0).F1);
        Assert.Equal(1.0, new BoundaryScore(0, 0, 0).F1);
    }
}
