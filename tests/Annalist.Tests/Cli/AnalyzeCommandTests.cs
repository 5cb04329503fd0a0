using System.Text.Json;

namespace Annalist.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public void One_seed_format_file_gives_one_json_object()
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.txt", " date 2025-06-02 Hours after the talks, Kyiv said no. Moscow waited.\n");
        var r = AnnalistProcess.Run(null, "analyze", path);
        Assert.Equal(0, r.ExitCode);
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        var doc = json.GetProperty("document");
        Assert.Equal("story", doc.GetProperty("id").GetString());
        Assert.Equal("2025-06-02", doc.GetProperty("date").GetString());
        Assert.StartsWith("Hours after", doc.GetProperty("text").GetString());
        Assert.Equal(2, json.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Folder_gives_sorted_lines_and_exit_1_when_some_fail()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "Second.");
        dir.Write("a.txt", "First.");
        dir.Write("c.jsonl", "{\"text\":\"Third.\"}\nnot json\n{\"text\":\"Fourth.\"}\n");
        var r = AnnalistProcess.Run(null, "analyze", dir.Path);
        Assert.Equal(1, r.ExitCode);
        var texts = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetProperty("text").GetString());
        Assert.Equal(["First.", "Second.", "Third.", "Fourth."], texts);
        Assert.Contains("ANL1101", r.Stderr);
        Assert.Contains("c.jsonl:2", r.Stderr);
    }

    [Fact]
    public void Standard_input_and_date_option()
    {
        var r = AnnalistProcess.Run("Plain text from a pipe.", "analyze", "-", "--date", "2024-12-31");
        Assert.Equal(0, r.ExitCode);
        var doc = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("document");
        Assert.Equal("2024-12-31", doc.GetProperty("date").GetString());
        Assert.Equal("stdin", doc.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--format", "xml")]
    [InlineData("analyze", "-", "--date", "June 2")]
    [InlineData("analyze", "/no/such/file.txt")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2_with_a_code(params string[] args)
    {
        var r = AnnalistProcess.Run("", args);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches("ANL\\d{4}", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Stats_are_printed_on_stderr()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "One sentence here. And another one.");
        var r = AnnalistProcess.Run(null, "analyze", dir.Path, "--stats", "--parallel", "1");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("documents per CPU-second", r.Stderr);
        Assert.Contains("peak memory", r.Stderr);
    }

    [Fact]
    public void Samples_in_the_repository_analyze_cleanly()
    {
        var r = AnnalistProcess.Run(null, "analyze", Repo.PathOf("samples"));
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2);
        foreach (var line in lines)
        {
            var doc = JsonDocument.Parse(line).RootElement.GetProperty("document");
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", doc.GetProperty("date").GetString());
            Assert.False(doc.GetProperty("text").GetString()!.StartsWith("date"));
        }
    }
}

public class AnalyzeSyntaxOptionTests
{
    [Fact]
    public void Syntax_option_adds_tags_lemmas_and_a_tree_to_the_tokens()
    {
        using var dir = new TempFolder();
        var path = dir.Write("s.txt", "date 2025-06-02\nZelenskyy said that Ukraine has shown its capability.");
        var plain = AnnalistProcess.Run(null, "analyze", path, "--include", "tokens");
        var parsed = AnnalistProcess.Run(null, "analyze", path, "--include", "tokens", "--syntax");
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, parsed.ExitCode);
        var without = JsonDocument.Parse(plain.Stdout).RootElement.GetProperty("tokens")[1];
        Assert.False(without.TryGetProperty("upos", out _));
        var said = JsonDocument.Parse(parsed.Stdout).RootElement.GetProperty("tokens")[1];
        Assert.Equal("said", said.GetProperty("text").GetString());
        Assert.Equal("VERB", said.GetProperty("upos").GetString());
        Assert.Equal("say", said.GetProperty("lemma").GetString());
        Assert.Equal("root", said.GetProperty("deprel").GetString());
    }
}
