using System.Reflection;

namespace Annalist.Quantities;

/// <summary>The words of Resources/quantities.txt by section; phrases are lower-cased word sequences joined by spaces.</summary>
internal sealed class QuantityLexicon
{
    public Dictionary<string, double> Numbers { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, double> Scales { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, double> Vague { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Currencies { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Approximate { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Percent { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> NotUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first word of every entry: a word not in here cannot start a quantity.</summary>
    public HashSet<string> FirstWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most words any phrase of the lexicon has.</summary>
    public int LongestPhrase { get; private set; } = 1;

    private static readonly Lazy<QuantityLexicon> Shared = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Annalist.Quantities.quantities.txt")
            ?? throw new InvalidOperationException("quantities.txt is missing from the engine's resources");
        return new QuantityLexicon(new StreamReader(stream));
    });

    public static QuantityLexicon Default => Shared.Value;

    public QuantityLexicon(TextReader reader)
    {
        string? section = null, line;
        var n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[') { section = line.Trim('[', ']'); continue; }
            var cols = line.Split('\t');
            var key = cols[0];
            LongestPhrase = Math.Max(LongestPhrase, key.Split(' ').Length);
            if (section != "not-units") FirstWords.Add(key.Split(' ')[0]);
            double Value() => cols.Length > 1 && double.TryParse(cols[1], System.Globalization.CultureInfo.InvariantCulture, out var v)
                ? v : throw new InvalidDataException($"quantities.txt:{n}: '{key}' needs a number after a tab");
            switch (section)
            {
                case "numbers": Numbers[key] = Value(); break;
                case "scales": Scales[key] = Value(); break;
                case "vague": Vague[key] = Value(); break;
                case "currencies": Currencies[key] = cols.Length > 1 ? cols[1] : throw new InvalidDataException($"quantities.txt:{n}: '{key}' needs a currency code"); break;
                case "approximate": Approximate.Add(key); break;
                case "percent": Percent.Add(key); break;
                case "not-units": NotUnits.Add(key); break;
                default: throw new InvalidDataException($"quantities.txt:{n}: entry outside a known section");
            }
        }
    }
}
