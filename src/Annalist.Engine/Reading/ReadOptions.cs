namespace Annalist.Reading;

/// <summary>How readers assign dates and which inputs they refuse.</summary>
public sealed record ReadOptions
{
    public const long DefaultMaxBytes = 5_000_000;

    /// <summary>Date for documents that carry none of their own.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Take a date-less document's date from the last YYYY-MM-DD in its path.</summary>
    public bool DateFromPath { get; init; }

    /// <summary>Largest document accepted, in bytes (a file, or one JSON line).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
