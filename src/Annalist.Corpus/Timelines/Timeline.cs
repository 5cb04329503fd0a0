using System.Collections.Immutable;
using Annalist.Corpus.Timelines.Scoring;

namespace Annalist.Corpus.Timelines;

/// <summary>One sentence chosen for a date, with where it comes from (document and character span).</summary>
public sealed record TimelineEntry(long DocumentId, int Index, int Start, int End, string Text, DateOnly? Published, double Score);

/// <summary>One date of a timeline, its importance score and its sentences, most central first.</summary>
public sealed record TimelineDay(DateOnly Date, double Score, ImmutableArray<TimelineEntry> Sentences);

/// <summary>A timeline: its dates in calendar order.</summary>
public sealed record Timeline(ImmutableArray<TimelineDay> Days)
{
    /// <summary>The dates and sentence texts, as the scorer and the Timeline17 format want them.</summary>
    public DatedSummaries ToSummaries() =>
        new(Days.Select(d => KeyValuePair.Create(d.Date, (IReadOnlyList<string>)d.Sentences.Select(s => s.Text).ToList())));
}
