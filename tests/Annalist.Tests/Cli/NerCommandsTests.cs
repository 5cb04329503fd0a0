namespace Annalist.Tests.Cli;

public class NerCommandsTests
{
    private const string Conll = "-DOCSTART- -X- O O\n\nPresident NNP I-NP O\nMargaret NNP I-NP I-PER\nOkonkwo NNP I-NP I-PER\nvisited VBD I-VP O\nNigeria NNP I-NP I-LOC\n. . O O\n";

    [Fact]
    public void Ner_adds_one_tag_column_and_eval_scores_it()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.conll", Conll);
        var output = System.IO.Path.Combine(dir.Path, "out.conll");
        var r = AnnalistProcess.Run(null, "ner", "--conll", input, "--out", output);
        Assert.Equal(0, r.ExitCode);
        var lines = File.ReadAllText(output).Split('\n');
        Assert.Equal(Conll.Split('\n').Length, lines.Length);
        Assert.Equal("Margaret NNP I-NP I-PER B-PER", lines[3]);
        Assert.Equal("Okonkwo NNP I-NP I-PER I-PER", lines[4]);
        Assert.Equal("Nigeria NNP I-NP I-LOC B-LOC", lines[6]);

        var eval = AnnalistProcess.Run(null, "eval", "ner", "--conll", input, "--min-f1", "0.99");
        Assert.Equal(0, eval.ExitCode);
        Assert.Contains("overall", eval.Stdout);
    }

    [Fact]
    public void Binary_or_missing_input_is_refused_with_its_code()
    {
        using var dir = new TempFolder();
        var binary = dir.Write("x.conll", [0x4b, 0x00, 0x01, 0x02, 0x00, 0x00, 0x41]);
        var r = AnnalistProcess.Run(null, "eval", "ner", "--conll", binary);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("ANL1003", r.Stderr);
        var missing = AnnalistProcess.Run(null, "ner", "--conll", System.IO.Path.Combine(dir.Path, "none.conll"), "--out", "x");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("ANL9003", missing.Stderr);
    }
}
