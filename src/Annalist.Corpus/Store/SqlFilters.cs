using System.Text;
using Annalist.Corpus.Linking;

namespace Annalist.Corpus.Store;

/// <summary>WHERE clauses for the filters, with their parameters; no user text is ever spliced into SQL.</summary>
internal static class SqlFilters
{
    public static (string Where, List<(string, object?)> Parameters) Documents(DocumentFilter f, string alias = "d")
    {
        var where = new List<string>();
        var p = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(f.Query))
        {
            where.Add($"{alias}.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $query)");
            p.Add(("$query", FtsQuery(f.Query)));
        }
        if (!string.IsNullOrWhiteSpace(f.Entity))
        {
            where.Add($"{alias}.id IN (SELECT m.document_id FROM document_entities m WHERE m.entity_id IN ({EntityIds("$entity", "$entity_key")}))");
            p.Add(("$entity", Normalize.Text(f.Entity)));
            p.Add(("$entity_key", f.Entity));
        }
        if (f.From is { } from) { where.Add($"{alias}.date >= $from"); p.Add(("$from", from.ToString("yyyy-MM-dd"))); }
        if (f.To is { } to) { where.Add($"{alias}.date <= $to"); p.Add(("$to", to.ToString("yyyy-MM-dd"))); }
        return (where.Count == 0 ? "1 = 1" : string.Join(" AND ", where), p);
    }

    /// <summary>Ids of the entities one of whose names normalizes to the parameter, or whose key is the second.</summary>
    public static string EntityIds(string normalized, string key) =>
        $"SELECT entity_id FROM entity_aliases WHERE normalized = {normalized} UNION SELECT id FROM entities WHERE key = {key}";

    /// <summary>
    /// A user's words as an FTS5 query: each word a quoted term, all required. Quoting keeps
    /// "U.S." or "AND" from being read as FTS syntax (and failing).
    /// </summary>
    public static string FtsQuery(string text)
    {
        var b = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (b.Length > 0) b.Append(' ');
            b.Append('"').Append(word.Replace("\"", "\"\"")).Append('"');
        }
        return b.ToString();
    }
}
