using System.Reflection;

namespace Annalist.Events;

/// <summary>
/// A CAMEO code for each PLOVER type and mode, so events can be exported as GDELT-style rows.
/// Resources/cameo.txt is built by <c>annalist build cameo</c> from the PLOVER project's
/// CAMEO-to-PLOVER table (<see cref="Build"/>): for a type and mode the shortest, lowest code the
/// table maps to them; for a type alone the shortest, lowest code with no mode, else the
/// shortest, lowest code of the CAMEO root holding most of the type's codes.
/// </summary>
public sealed class CameoCodes
{
    private readonly Dictionary<(string Type, string Mode), string> _codes = [];

    private static readonly Lazy<CameoCodes> Shared = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Annalist.Events.cameo.txt")
            ?? throw new InvalidOperationException("cameo.txt is missing from the engine's resources");
        return new CameoCodes(new StreamReader(stream));
    });

    public static CameoCodes Default => Shared.Value;

    public CameoCodes(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length == 3) _codes[(cols[0], cols[1])] = cols[2];
        }
    }

    /// <summary>The code for a type and mode, else for the type, else null.</summary>
    public string? Code(string type, string? mode) =>
        mode is not null && _codes.TryGetValue((type, mode), out var c) ? c
        : _codes.TryGetValue((type, "-"), out var t) ? t : null;

    /// <summary>Reads CAMEO2PLOVER ("0841: RETREAT, release,   legal # ...") and writes the lines of cameo.txt.</summary>
    public static List<string> Build(TextReader table)
    {
        var rows = new List<(string Code, string Type, string Mode)>();
        string? line;
        while ((line = table.ReadLine()) is not null)
        {
            var hash = line.IndexOf('#');
            var body = (hash >= 0 ? line[..hash] : line).Trim();
            var colon = body.IndexOf(':');
            if (colon <= 0 || !body[..colon].All(char.IsAsciiDigit) || colon < 3) continue;
            var fields = body[(colon + 1)..].Split(',').Select(f => f.Trim()).ToArray();
            if (fields.Length < 2 || fields[0].Length == 0) continue;
            rows.Add((body[..colon], fields[0], fields[1]));
        }
        static int Order((string Code, string, string) r) => r.Code.Length;
        var lines = new List<string>();
        foreach (var type in rows.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal))
        {
            var ofType = rows.Where(r => r.Type == type).OrderBy(Order).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
            var plain = ofType.FirstOrDefault(r => r.Mode.Length == 0);
            if (plain.Code is null)
            {
                var root = ofType.GroupBy(r => r.Code[..2]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                plain = ofType.First(r => r.Code.StartsWith(root, StringComparison.Ordinal));
            }
            lines.Add($"{type}\t-\t{plain.Code}");
            foreach (var mode in ofType.Select(r => r.Mode).Where(m => m.Length > 0).Distinct().Order(StringComparer.Ordinal))
                lines.Add($"{type}\t{mode}\t{ofType.First(r => r.Mode == mode).Code}");
        }
        return lines;
    }
}
