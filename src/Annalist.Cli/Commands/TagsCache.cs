using Annalist.Syntax;

namespace Annalist.Cli.Commands;

/// <summary>
/// Jackknifed training tags kept in a file between parser trainings (they take half the training
/// time and depend only on the data, folds, tagger iterations and seed, which the caller keeps
/// the same). One line per sentence, one UPOS and XPOS pair per word.
/// </summary>
internal static class TagsCache
{
    public static void Write(string path, PosTag[][] tags) =>
        File.WriteAllLines(path, tags.Select(s => string.Join('\t', s.Select(t => $"{t.Upos} {t.Xpos}"))));

    /// <summary>The cached tags, or null when the file is missing or does not fit the sentences.</summary>
    public static PosTag[][]? Read(string path, IReadOnlyList<TreebankSentence> sentences)
    {
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length != sentences.Count) return null;
        var tags = new PosTag[lines.Length][];
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split('\t');
            if (words.Length != sentences[i].Length) return null;
            tags[i] = words.Select(w => w.Split(' ')).Select(p => new PosTag(p[0], p[^1])).ToArray();
        }
        return tags;
    }
}
