namespace Annalist.Syntax;

/// <summary>One sentence of a treebank: its syntactic words and their gold annotation (heads 0-based, -1 = root).</summary>
public sealed record TreebankSentence(string DocumentId, string[] Forms, string[] Lemmas, string[] Upos, string[] Xpos, int[] Heads, string[] Relations)
{
    public int Length => Forms.Length;
}

/// <summary>
/// Reads CoNLL-U treebanks for training and evaluation: integer-id lines only (multiword token
/// ranges and empty nodes are left out, as in the CoNLL 2018 scoring). Documents whose forms are
/// all underscores (GUM reddit: the text is withheld, each word replaced by "_", "__", ...) are dropped.
/// </summary>
public static class Treebank
{
    /// <summary>The sentences of the CoNLL-U files in <paramref name="path"/> (a file or a folder),
    /// restricted to a GUM split ("train", "dev") when the folder has a splits.md beside or above it; null or "all" = every document.</summary>
    public static List<TreebankSentence> Load(string path, string? split = null)
    {
        var files = Files(path);
        var keep = SplitDocuments(path, split);
        var result = new List<TreebankSentence>();
        foreach (var file in files)
            foreach (var doc in ReadDocuments(file))
                if (keep is null || keep.Contains(doc.Key) || keep.Contains(Path.GetFileNameWithoutExtension(file)))
                    result.AddRange(doc.Value);
        return result;
    }

    public static List<string> Files(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) return [];
        var dep = Path.Combine(path, "dep");
        var root = Directory.Exists(dep) ? dep : path;
        return Directory.EnumerateFiles(root, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The document ids listed under "## split" in the splits.md of the folder or its parent; null when no split applies.</summary>
    public static HashSet<string>? SplitDocuments(string path, string? split)
    {
        if (split is null || split == "all") return null;
        var dir = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var md = new[] { Path.Combine(dir, "splits.md"), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dir)) ?? dir, "splits.md") }.FirstOrDefault(File.Exists);
        if (md is null) return null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? section = null;
        foreach (var raw in File.ReadLines(md))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal)) section = line[3..].Trim();
            else if (section == split && line.StartsWith("* ", StringComparison.Ordinal)) ids.Add(line[2..].Trim());
        }
        return ids;
    }

    /// <summary>Sentences grouped by <c># newdoc id</c> (the file name when there is none), in file order.</summary>
    public static List<KeyValuePair<string, List<TreebankSentence>>> ReadDocuments(string file)
    {
        var docs = new List<KeyValuePair<string, List<TreebankSentence>>>();
        var docId = Path.GetFileNameWithoutExtension(file);
        var current = new List<TreebankSentence>();
        var rows = new List<string[]>();
        var masked = true;

        void EndSentence()
        {
            if (rows.Count == 0) return;
            var n = rows.Count;
            var s = new TreebankSentence(docId, new string[n], new string[n], new string[n], new string[n], new int[n], new string[n]);
            for (var i = 0; i < n; i++)
            {
                var c = rows[i];
                s.Forms[i] = c[1];
                s.Lemmas[i] = c[2];
                s.Upos[i] = c[3];
                s.Xpos[i] = c[4];
                s.Heads[i] = int.TryParse(c[6], out var h) && h > 0 && h <= n ? h - 1 : -1;
                s.Relations[i] = c[7];
                if (c[1].AsSpan().ContainsAnyExcept('_')) masked = false;
            }
            current.Add(s);
            rows.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (current.Count > 0 && !masked) docs.Add(new(docId, current));
            current = [];
            masked = true;
        }

        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0) { EndSentence(); continue; }
            if (line[0] == '#')
            {
                var comment = line.AsSpan(1).TrimStart();
                if (comment.StartsWith("newdoc id"))
                {
                    EndDocument();
                    var eq = comment.IndexOf('=');
                    if (eq > 0) docId = comment[(eq + 1)..].Trim().ToString();
                }
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 8 || !IsWordId(cols[0])) continue;
            rows.Add(cols);
        }
        EndDocument();
        return docs;
    }

    internal static bool IsWordId(string id)
    {
        foreach (var c in id) if (c is < '0' or > '9') return false;
        return id.Length > 0;
    }
}
