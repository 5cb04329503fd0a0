using System.Globalization;
using Annalist.Corpus.Store;

namespace Annalist.Corpus.Export;

/// <summary>
/// <c>annalist export --format gdelt</c>: the GDELT 2.0 event table ("*.export.CSV"): 61
/// tab-separated columns, no header row (GDELT's files have none), one line per event. Columns
/// we have no value for stay empty; the mapping is documented in docs/EXPORTS.md.
/// </summary>
public static class GdeltExport
{
    /// <summary>The column names in order, as the GDELT 2.0 event codebook lists them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    private static readonly Dictionary<string, int> Index =
        Columns.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

    /// <summary>Writes one line per matching event; returns how many.</summary>
    public static long Write(ICorpusStore store, TextWriter output, ExportOptions options)
    {
        var documents = new DocumentLookup(store);
        long n = 0;
        var row = new string?[Columns.Count];
        foreach (var e in store.AllEvents(options.Events))
        {
            Fill(row, e, documents);
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) output.Write('\t');
                output.Write(Clean(row[i]));
            }
            output.Write('\n');
            n++;
        }
        return n;
    }

    internal static void Fill(string?[] row, StoredEvent e, DocumentLookup documents)
    {
        Array.Clear(row);
        void Set(string column, string? value) => row[Index[column]] = value;

        Set("GLOBALEVENTID", Num(e.Id));
        if (ExportFields.Day(e) is { } day)
        {
            Set("SQLDATE", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Set("MonthYear", day.ToString("yyyyMM", CultureInfo.InvariantCulture));
            Set("Year", day.ToString("yyyy", CultureInfo.InvariantCulture));
            // GDELT's own formula: year + (month * 30 + day) / 365, four decimals
            Set("FractionDate", (day.Year + (day.Month * 30 + day.Day) / 365.0).ToString("F4", CultureInfo.InvariantCulture));
        }

        // GDELT is dyadic: actor 1 is our first actor; actor 2 our first recipient, else (a
        // meeting of two parties, which PLOVER codes as actors only) our second actor
        var actor2 = e.Recipients.Length > 0 ? e.Recipients[0] : e.Actors.Length > 1 ? e.Actors[1] : null;
        Actor(Set, "Actor1", e.Actors.Length > 0 ? e.Actors[0] : null);
        Actor(Set, "Actor2", actor2);

        Set("IsRootEvent", e.Mentions.Any(m => m.Sentence == 0) ? "1" : "0");
        if (e.Cameo is { Length: >= 2 } cameo)
        {
            Set("EventCode", cameo);
            Set("EventBaseCode", cameo.Length > 3 ? cameo[..3] : cameo);
            Set("EventRootCode", cameo[..2]);
            Set("QuadClass", ExportFields.QuadClass(cameo) is { } quad ? Num(quad) : null);
        }
        // GoldsteinScale and AvgTone stay empty: we have no Goldstein table we may use, and no tone
        Set("NumMentions", Num(e.Mentions.Length));
        Set("NumSources", Num(e.SourceCount));
        Set("NumArticles", Num(e.SourceCount));

        if (e.Location is { } place)
        {
            Set("ActionGeo_Type", GeoType(place));
            Set("ActionGeo_FullName", place.Name);
            Set("ActionGeo_CountryCode", place.Country);
        }

        var earliest = e.Mentions.Select(m => m.Trigger.Date).Where(d => d is not null).Min();
        if (earliest is { } added) Set("DATEADDED", added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        Set("SOURCEURL", ExportFields.FirstUrl(e) ?? (e.Mentions.IsEmpty ? null : documents.Get(e.Mentions[0].Trigger.DocumentId)?.ExternalId));
    }

    private static void Actor(Action<string, string?> set, string prefix, StoredParticipant? p)
    {
        if (p is null) return;
        set(prefix + "Code", p.Country); // a country actor's CAMEO code is its country code
        set(prefix + "Name", p.Name);
        set(prefix + "CountryCode", p.Country);
    }

    /// <summary>GDELT's geographic resolution: 1 a country, 3 a US city, 4 a city elsewhere; unknown otherwise.</summary>
    private static string? GeoType(StoredParticipant place)
    {
        if (ExportFields.IsCountry(place.Key)) return "1";
        if (ExportFields.GeoNamesId(place.Key) is not null) return place.Country == "USA" ? "3" : "4";
        return null;
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A tab or line break inside a value would shift every later column: they become spaces.</summary>
    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny("\t\r\n") < 0 ? value : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
    }
}
