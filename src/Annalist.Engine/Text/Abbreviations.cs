using System.Reflection;

namespace Annalist.Text;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte { None, Title, Any }

/// <summary>The abbreviation list (embedded resource <c>Text/Resources/abbreviations.txt</c>).</summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, AbbreviationKind> Entries = Load();
    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of <paramref name="word"/> (without its period), or None.</summary>
    public static AbbreviationKind Find(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 12 && Lookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    private static Dictionary<string, AbbreviationKind> Load()
    {
        var result = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream("Annalist.Text.abbreviations.txt")
            ?? throw new InvalidOperationException("embedded resource Annalist.Text.abbreviations.txt is missing");
        using var reader = new StreamReader(stream);
        var kind = AbbreviationKind.Any;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line == "@title") { kind = AbbreviationKind.Title; continue; }
            if (line == "@any") { kind = AbbreviationKind.Any; continue; }
            result.TryAdd(line, kind);
            result.TryAdd(line.ToUpperInvariant(), kind);
            if (char.IsLower(line[0]))
                result.TryAdd(char.ToUpperInvariant(line[0]) + line[1..], kind);
        }
        return result;
    }
}
