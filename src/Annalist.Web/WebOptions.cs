namespace Annalist.Web;

/// <summary>How <c>annalist serve</c> runs.</summary>
public sealed record WebOptions
{
    /// <summary>The corpus store (SQLite file). Opened read-only; only the write route opens it for writing.</summary>
    public required string Database { get; init; }

    /// <summary>Where to listen. Loopback unless told otherwise; port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>The token the write route (POST /api/documents) requires; null leaves the server read-only.</summary>
    public string? Token { get; init; }

    /// <summary>Largest request body accepted, in bytes (an article to analyze).</summary>
    public long MaxRequestBytes { get; init; } = 1_000_000;

    /// <summary>Requests per client address per minute before 429.</summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>Read-only store connections kept open for requests.</summary>
    public int Readers { get; init; } = 4;
}
