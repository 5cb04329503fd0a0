namespace Annalist.Time;

/// <summary>
/// The word lists of <c>Time/Resources/lexicon.txt</c>: section name -> (lower-cased form -> value).
/// Loaded once; read-only afterwards, so shared by all threads.
/// </summary>
internal sealed class TimeLexicon
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections = new(StringComparer.Ordinal);

    public static TimeLexicon Default { get; } = Parse(ResourceText.Read("lexicon.txt"));

    public static TimeLexicon Parse(string text)
    {
        var lexicon = new TimeLexicon();
        Dictionary<string, string>? section = null;
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '@')
            {
                section = new Dictionary<string, string>(StringComparer.Ordinal);
                lexicon._sections[line[1..]] = section;
                continue;
            }
            var colon = line.IndexOf(':');
            if (section is null || colon <= 0) throw new FormatException($"lexicon.txt:{lineNo}: expected 'value: form, form' inside a section");
            var value = line[..colon].Trim();
            foreach (var form in line[(colon + 1)..].Split(','))
            {
                var f = form.Trim().ToLowerInvariant();
                if (f.Length > 0) section.TryAdd(f, value);
            }
        }
        return lexicon;
    }

    /// <summary>The forms of a section (empty when the section is missing).</summary>
    public IReadOnlyDictionary<string, string> Section(string name) =>
        _sections.TryGetValue(name, out var s) ? s : new Dictionary<string, string>();
}

/// <summary>Reads the embedded text resources of the time stage.</summary>
internal static class ResourceText
{
    public static string Read(string name)
    {
        var full = "Annalist.Time." + name;
        using var stream = typeof(ResourceText).Assembly.GetManifestResourceStream(full)
            ?? throw new InvalidOperationException($"embedded resource {full} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
