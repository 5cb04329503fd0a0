using System.Globalization;
using Annalist.Corpus.Timelines.Scoring;

namespace Annalist.Corpus.Timelines;

/// <summary>Reads a timeline in the Timeline17 (tilse) format, as the gold timelines are written.</summary>
public static class TimelineReader
{
    /// <summary>
    /// A line that is a YYYY-MM-DD date opens a date, a line of dashes closes it, other non-blank
    /// lines are its sentences (trimmed). A date written twice gets the sentences of both.
    /// </summary>
    public static DatedSummaries Read(string text)
    {
        var days = new Dictionary<DateOnly, List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.Length == 10 && DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                if (!days.TryGetValue(d, out current)) days[d] = current = [];
                continue;
            }
            if (line.All(c => c == '-') && line.Length >= 3)
            {
                current = null;
                continue;
            }
            current?.Add(line);
        }
        return new DatedSummaries(days.Select(x => KeyValuePair.Create(x.Key, (IReadOnlyList<string>)x.Value)));
    }
}
