namespace Annalist.Entities.Resolution;

/// <summary>
/// The format of the resolver's word lists (<c>Entities/Resources/roles.txt</c>, <c>resolution.txt</c>,
/// <c>first-names.txt</c>): sections start with <c>@name</c>; each line is <c>value: form, form</c>;
/// '#' lines are comments. A section may repeat a value on several lines.
/// </summary>
internal static class WordLists
{
    public sealed record Line(string Value, IReadOnlyList<string> Forms);

    public static Dictionary<string, List<Line>> Parse(string text, string source)
    {
        var sections = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        List<Line>? section = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '@')
            {
                if (!sections.TryGetValue(line[1..], out section)) sections[line[1..]] = section = [];
                continue;
            }
            var colon = line.IndexOf(':');
            if (section is null || colon <= 0)
                throw new FormatException($"{source}:{number}: expected 'value: form, form' inside a section");
            var forms = line[(colon + 1)..].Split(',').Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
            section.Add(new Line(line[..colon].Trim(), forms));
        }
        return sections;
    }

    public static IReadOnlyList<Line> Section(Dictionary<string, List<Line>> sections, string name, string source) =>
        sections.TryGetValue(name, out var s) ? s : throw new FormatException($"{source}: section @{name} is missing");

    public static string Read(string name)
    {
        var full = "Annalist.Entities." + name;
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(full)
            ?? throw new InvalidOperationException($"embedded resource {full} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
