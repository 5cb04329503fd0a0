using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Annalist.Corpus.Timelines;

/// <summary>Writes a timeline as text for people, as JSON with provenance, or in the Timeline17 (tilse) format.</summary>
public static partial class TimelineWriter
{
    /// <summary>The line that closes a date in the Timeline17 files.</summary>
    public const string DateSeparator = "--------------------------------";

    /// <summary>Timeline17 format: a YYYY-MM-DD line, one sentence a line, a line of dashes.</summary>
    public static void WriteTilse(TextWriter w, Timeline timeline)
    {
        foreach (var day in timeline.Days)
        {
            w.Write(Iso(day.Date));
            w.Write('\n');
            foreach (var s in day.Sentences)
            {
                w.Write(OneLine(s.Text));
                w.Write('\n');
            }
            w.Write(DateSeparator);
            w.Write('\n');
        }
    }

    /// <summary>A date with its score, then its sentences, each with the document and span it comes from.</summary>
    public static void WriteText(TextWriter w, Timeline timeline)
    {
        foreach (var day in timeline.Days)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"{Iso(day.Date)}  (score {day.Score:0.###})\n"));
            foreach (var s in day.Sentences)
                w.Write(string.Create(CultureInfo.InvariantCulture, $"  - {OneLine(s.Text)}  [document {s.DocumentId}, {s.Start}-{s.End}]\n"));
            w.Write('\n');
        }
    }

    /// <summary><c>{"dates": [{"date", "score", "sentences": [{"document", "start", "end", "published", "text", "score"}]}]}</c></summary>
    public static void WriteJson(Utf8JsonWriter w, Timeline timeline)
    {
        w.WriteStartObject();
        w.WriteStartArray("dates");
        foreach (var day in timeline.Days)
        {
            w.WriteStartObject();
            w.WriteString("date", Iso(day.Date));
            w.WriteNumber("score", Math.Round(day.Score, 6));
            w.WriteStartArray("sentences");
            foreach (var s in day.Sentences)
            {
                w.WriteStartObject();
                w.WriteNumber("document", s.DocumentId);
                w.WriteNumber("start", s.Start);
                w.WriteNumber("end", s.End);
                if (s.Published is { } p) w.WriteString("published", Iso(p));
                else w.WriteNull("published");
                w.WriteString("text", s.Text);
                w.WriteNumber("score", Math.Round(s.Score, 6));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A sentence on one line: runs of white space (line breaks of the source) become one space.</summary>
    public static string OneLine(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
