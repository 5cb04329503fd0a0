using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Annalist.Evaluation;

/// <summary>
/// Reads the PETRARCH-2 unit-test records (PETR.UnitTest.records.xml): each &lt;Sentence&gt; with its
/// date, text and CAMEO &lt;EventCoding&gt;s, the codes mapped to PLOVER 2024 types with the PLOVER
/// project's CAMEO2PLOVER table. Kept: records marked <c>sentence="true"</c> whose every coding
/// maps to a type, and records coded <c>noevents</c> (no gold event: every prediction there is
/// wrong). Left out: records with an error coding, and those with a code the table does not map
/// (CAMEO 01 and 02, which PLOVER dropped, and the made-up codes of PETRARCH's own test
/// dictionary such as 345 or 903), because what a prediction there should be is unknown.
/// </summary>
public static class PetrarchRecords
{
    public static List<GoldSentence> Load(string recordsPath, string cameoTablePath, out int skipped)
    {
        var table = CameoTypes(File.ReadLines(cameoTablePath));
        var root = XDocument.Load(recordsPath).Root ?? throw new FormatException("the file has no root element");
        var records = new List<GoldSentence>();
        skipped = 0;
        foreach (var s in root.Descendants("Sentence"))
        {
            var codings = s.Elements("EventCoding").ToList();
            if ((string?)s.Attribute("sentence") != "true" || codings.Count == 0 || codings.Any(c => c.Attribute("error") is not null)) { skipped++; continue; }
            var events = ImmutableArray.CreateBuilder<GoldEvent>();
            var usable = true;
            foreach (var c in codings)
            {
                if ((string?)c.Attribute("noevents") is { } none && none.Equals("true", StringComparison.OrdinalIgnoreCase)) continue;
                if ((string?)c.Attribute("eventcode") is not { } code || !table.TryGetValue(code, out var type)) { usable = false; break; }
                var source = (string?)c.Attribute("sourcecode");
                events.Add(new GoldEvent(type, source is { Length: >= 3 } && char.IsAsciiLetterUpper(source[0]) ? [new PloverActor("", source)] : []));
            }
            if (!usable) { skipped++; continue; }
            var text = string.Join(' ', ((string?)s.Element("Text") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            DateOnly? date = DateOnly.TryParseExact((string?)s.Attribute("date"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            records.Add(new GoldSentence((string?)s.Attribute("id") ?? "", text, date, events.ToImmutable(), CodePrefix: true));
        }
        return records;
    }

    /// <summary>CAMEO code -> PLOVER type from the table's lines ("0841: RETREAT, release,   legal # ...").</summary>
    public static Dictionary<string, string> CameoTypes(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var hash = line.IndexOf('#');
            var body = (hash >= 0 ? line[..hash] : line).Trim();
            var colon = body.IndexOf(':');
            if (colon < 3 || !body[..colon].All(char.IsAsciiDigit)) continue;
            var type = body[(colon + 1)..].Split(',')[0].Trim();
            if (type.Length > 0) map.TryAdd(body[..colon], type);
        }
        return map;
    }
}
