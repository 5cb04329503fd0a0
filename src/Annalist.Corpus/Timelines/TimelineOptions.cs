namespace Annalist.Corpus.Timelines;

/// <summary>
/// What a timeline should hold and how dates and sentences are weighed. The weights were tuned on
/// Timeline17 as a whole (docs/EVAL.md, Timelines); none depends on a topic.
/// </summary>
public sealed record TimelineOptions
{
    /// <summary>How many dates the timeline keeps (the most important).</summary>
    public int MaxDates { get; init; } = 10;

    /// <summary>How many sentences each date keeps.</summary>
    public int SentencesPerDate { get; init; } = 1;

    /// <summary>Words that mark a sentence as on topic (a query's words); sentences holding them score higher.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The first and last date a timeline may hold.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public DateWeights Dates { get; init; } = new();

    public SentenceWeights Sentences { get; init; } = new();
}

/// <summary>How a date's importance is counted (see <see cref="DateRanker"/>).</summary>
public sealed record DateWeights
{
    /// <summary>Each article that refers to the day from another day (a later article looking back, or an earlier one ahead).</summary>
    public double OtherDayReference { get; init; } = 1.0;

    /// <summary>Each article that looks back to the day, times the logarithm of 1 + the days between.</summary>
    public double LookBack { get; init; } = 1.0;

    /// <summary>Each article published on the day that refers to it ("today", "on Tuesday" said on Tuesday).</summary>
    public double SameDayReference { get; init; } = 0.5;

    /// <summary>Each article published on the day.</summary>
    public double Published { get; init; } = 1.0;

    /// <summary>Each event dated to the day by a time expression of its own (0: on Timeline17 it only added noise to the references).</summary>
    public double Event { get; init; } = 0;

    /// <summary>A reference from a chronology entry ("March 17 - ...") counts this many times (1 / 2 / 3 with the prior at 5: 0.598 / 0.608 / 0.613 date F1 on Timeline17, date-only prototype).</summary>
    public double Chronology { get; init; } = 3.0;

    /// <summary>
    /// Exponent of the look-back normalization (see <see cref="DateRanker"/>): 0 counts raw look-back, 1 divides by the
    /// room to look back fully. 0.5 was best on Timeline17 (0 / 0.4 / 0.5 / 0.6 / 0.75 / 1: 0.574 / 0.583 / 0.594 / 0.594 / 0.586 / 0.561 without chronology weight).
    /// </summary>
    public double BackNormalization { get; init; } = 0.5;

    /// <summary>Exponent of the normalization of references ahead by the articles published before the day.</summary>
    public double AheadNormalization { get; init; } = 1.0;

    /// <summary>Added to both sides of the normalization ratios so a day at the very end is not blown up by a handful of articles.</summary>
    public double NormalizationPrior { get; init; } = 5;
}

/// <summary>How the sentences of a date are chosen (see <see cref="SentenceSelector"/>).</summary>
public sealed record SentenceWeights
{
    /// <summary>A sentence published on the day that names no date is a candidate at this weight (one naming the day: 1).</summary>
    public double PublishedOnly { get; init; } = 0.5;

    /// <summary>A chronology entry naming the day is a candidate at this weight: an editor's one-line summary of the day (1 / 1.5 / 2 / 3: R1 0.390 / 0.394 / 0.393 / 0.392 on Timeline17).</summary>
    public double Chronology { get; init; } = 2.0;

    /// <summary>A candidate more similar than this (cosine) to one already chosen is left out.</summary>
    public double Redundancy { get; init; } = 0.5;

    /// <summary>Candidates with fewer content words, or more, are left out (the gold sentences are short: 25 words gave the best ROUGE on Timeline17, 40 and 15 less).</summary>
    public int MinWords { get; init; } = 5;

    public int MaxWords { get; init; } = 25;

    /// <summary>Added to the score of a sentence for the share of the keywords it holds.</summary>
    public double Keyword { get; init; } = 0.2;

    /// <summary>
    /// Weight of the cosine to the centroid of all the input's sentences (the story as a whole), added
    /// to the cosine to the date's centroid: of a day's reports, those about the story itself win over
    /// asides (0 / 0.25 / 0.5 / 1 / 2: concat R1 0.394 / 0.399 / 0.402 / 0.407 / 0.406 on Timeline17;
    /// 1 raised 15 of the 19 timelines).
    /// </summary>
    public double Topic { get; init; } = 1;
}
