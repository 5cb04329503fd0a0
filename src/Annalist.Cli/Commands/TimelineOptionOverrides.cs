using System.Globalization;
using Annalist.Corpus.Timelines;

namespace Annalist.Cli.Commands;

/// <summary><c>--set name=value</c>: one builder weight changed from the command line, for tuning.</summary>
internal static class TimelineOptionOverrides
{
    public static readonly string[] Names =
    [
        "dates.other", "dates.look-back", "dates.same", "dates.published", "dates.event", "dates.chronology",
        "dates.back-normalization", "dates.ahead-normalization", "dates.normalization-prior",
        "sentences.published-only", "sentences.chronology", "sentences.redundancy", "sentences.min-words", "sentences.max-words", "sentences.keyword", "sentences.topic",
    ];

    public static bool TryApply(TimelineOptions o, string setting, out TimelineOptions result, out string error)
    {
        result = o;
        error = "";
        var eq = setting.IndexOf('=');
        if (eq <= 0 || !double.TryParse(setting.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            error = $"--set '{setting}': expected name=number";
            return false;
        }
        var d = o.Dates;
        var s = o.Sentences;
        switch (setting[..eq])
        {
            case "dates.other": result = o with { Dates = d with { OtherDayReference = v } }; break;
            case "dates.look-back": result = o with { Dates = d with { LookBack = v } }; break;
            case "dates.same": result = o with { Dates = d with { SameDayReference = v } }; break;
            case "dates.published": result = o with { Dates = d with { Published = v } }; break;
            case "dates.event": result = o with { Dates = d with { Event = v } }; break;
            case "dates.chronology": result = o with { Dates = d with { Chronology = v } }; break;
            case "dates.back-normalization": result = o with { Dates = d with { BackNormalization = v } }; break;
            case "dates.ahead-normalization": result = o with { Dates = d with { AheadNormalization = v } }; break;
            case "dates.normalization-prior": result = o with { Dates = d with { NormalizationPrior = v } }; break;
            case "sentences.published-only": result = o with { Sentences = s with { PublishedOnly = v } }; break;
            case "sentences.chronology": result = o with { Sentences = s with { Chronology = v } }; break;
            case "sentences.redundancy": result = o with { Sentences = s with { Redundancy = v } }; break;
            case "sentences.min-words": result = o with { Sentences = s with { MinWords = (int)v } }; break;
            case "sentences.max-words": result = o with { Sentences = s with { MaxWords = (int)v } }; break;
            case "sentences.keyword": result = o with { Sentences = s with { Keyword = v } }; break;
            case "sentences.topic": result = o with { Sentences = s with { Topic = v } }; break;
            default:
                error = $"--set '{setting}': unknown name; known: {string.Join(", ", Names)}";
                return false;
        }
        return true;
    }
}
