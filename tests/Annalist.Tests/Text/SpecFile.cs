using System.Text;

namespace Annalist.Tests.Text;

/// <summary>One case of a spec file: a title, an input text and the expected lines.</summary>
public sealed record SpecCase(string Title, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => Title;
}

/// <summary>
/// Reads the human-readable spec files under Specs/: "## title", one input line (with \n, \r, \t escapes),
/// then expected lines until the next title. Blank lines and lines starting with a single "#" are skipped.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", relativePath);
        var cases = new List<SpecCase>();
        string? title = null, input = null;
        var expected = new List<string>();
        void Flush()
        {
            if (title is null) return;
            if (input is null || expected.Count == 0) throw new FormatException($"{relativePath}: case '{title}' needs an input line and expected lines");
            cases.Add(new SpecCase(title, input, [.. expected]));
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                title = line[3..].Trim();
                input = null;
                expected = [];
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (title is null) throw new FormatException($"{relativePath}: text before the first case title: {line}");
            if (input is null) input = Unescape(line);
            else expected.Add(line);
        }
        Flush();
        return cases;
    }

    public static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                switch (s[i + 1])
                {
                    case 'n': sb.Append('\n'); i++; continue;
                    case 'r': sb.Append('\r'); i++; continue;
                    case 't': sb.Append('\t'); i++; continue;
                    case '\\': sb.Append('\\'); i++; continue;
                }
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>Cases as xunit theory data, keyed by title so each shows up by name.</summary>
    public static TheoryData<string> Titles(string relativePath)
    {
        var data = new TheoryData<string>();
        foreach (var c in Load(relativePath)) data.Add(c.Title);
        return data;
    }

    public static SpecCase Get(string relativePath, string title) => Load(relativePath).Single(c => c.Title == title);
}
