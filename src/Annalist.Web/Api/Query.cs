using System.Globalization;

namespace Annalist.Web.Api;

/// <summary>Query-string values checked the same way on every route; a bad one is a 400 problem (ANL8502).</summary>
internal static class Query
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>An optional YYYY-MM-DD date.</summary>
    public static DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new BadParameterException($"'{name}' must be a YYYY-MM-DD date, not '{text}'");
    }

    public static (int Offset, int Limit) Paging(int? offset, int? limit)
    {
        var o = offset ?? 0;
        var l = limit ?? DefaultLimit;
        if (o < 0 || o > 1_000_000) throw new BadParameterException("'offset' must be between 0 and 1000000");
        if (l < 1 || l > MaxLimit) throw new BadParameterException($"'limit' must be between 1 and {MaxLimit}");
        return (o, l);
    }

    /// <summary>An optional whole number.</summary>
    public static int? Int(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new BadParameterException($"'{name}' must be a whole number, not '{text}'");
    }

    /// <summary>Free text, trimmed; over 200 characters is refused (a search box, not a document).</summary>
    public static string? Text(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        return text.Length <= 200 ? text : throw new BadParameterException($"'{name}' is longer than 200 characters");
    }
}
