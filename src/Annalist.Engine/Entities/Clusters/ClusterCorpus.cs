using System.Text;
using Annalist.Evaluation;

namespace Annalist.Entities.Clusters;

/// <summary>
/// The unlabeled news text the word clusters are computed from, read from <c>../shared/data</c>
/// as whole documents in a fixed order (sources in the order below, files sorted by ordinal
/// path) so a rebuild sees the same token stream. Sources that are absent yield nothing; the
/// build reports documents per source so a missing one shows.
/// Left out on purpose: CoNLL-2003 eng.testa (the NER dev set), MEANTIME (a held-out time
/// expression set) and PolNeAR dev (the quote attribution dev set).
/// </summary>
public static class ClusterCorpus
{
    /// <summary>The sources, by the name the build report uses.</summary>
    public static IReadOnlyList<string> Sources { get; } =
        ["reuters21578", "timeline17", "polnear-train", "conll2003-train", "timebank", "aquaint"];

    /// <summary>Every document of every source under <paramref name="data"/>, as (source, text).</summary>
    public static IEnumerable<(string Source, string Text)> Read(string data)
    {
        foreach (var path in Files(Path.Combine(data, "corpora", "reuters21578"), "reut2-*.sgm", SearchOption.TopDirectoryOnly))
            // Latin-1: the files are ASCII but for one stray byte, which UTF-8 would turn into U+FFFD.
            foreach (var text in ReutersSgml.Documents(File.ReadAllText(path, Encoding.Latin1)))
                yield return ("reuters21578", text);

        var timelines = Path.Combine(data, "timelines", "timeline17");
        if (Directory.Exists(timelines))
            foreach (var topic in Directory.GetDirectories(timelines).Order(StringComparer.Ordinal))
                foreach (var path in Files(Path.Combine(topic, "InputDocs"), "*.txt", SearchOption.AllDirectories))
                    yield return ("timeline17", UnescapePtb(File.ReadAllText(path, Encoding.UTF8)));

        foreach (var path in Files(Path.Combine(data, "quotes", "polnear", "data", "train", "text"), "*.txt", SearchOption.TopDirectoryOnly))
            yield return ("polnear-train", File.ReadAllText(path, Encoding.UTF8));

        var conll = Path.Combine(data, "ner", "conll2003", "eng.train");
        if (File.Exists(conll))
            foreach (var text in ConllDocuments(File.ReadLines(conll)))
                yield return ("conll2003-train", text);

        foreach (var (name, folder) in (IEnumerable<(string, string)>)[("timebank", "TimeBank"), ("aquaint", "AQUAINT")])
            foreach (var path in Files(Path.Combine(data, "timex", folder), "*.tml", SearchOption.TopDirectoryOnly))
                yield return (name, TimeMLFile.Load(path).Text);
    }

    private static IEnumerable<string> Files(string folder, string pattern, SearchOption option) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern, option).Order(StringComparer.Ordinal)
            : [];

    /// <summary>
    /// The token column of a CoNLL-2003 file as documents (split at -DOCSTART-), one sentence a
    /// line, tokens joined by spaces for the project's tokenizer to split again.
    /// </summary>
    public static IEnumerable<string> ConllDocuments(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        var lineStart = true;
        foreach (var line in lines)
        {
            var space = line.IndexOf(' ');
            var token = space < 0 ? line : line[..space];
            if (token == "-DOCSTART-")
            {
                if (text.Length > 0) yield return text.ToString();
                text.Clear();
                lineStart = true;
            }
            else if (token.Length == 0)
            {
                if (!lineStart) text.Append('\n');
                lineStart = true;
            }
            else
            {
                if (!lineStart) text.Append(' ');
                text.Append(token);
                lineStart = false;
            }
        }
        if (text.Length > 0) yield return text.ToString();
    }

    /// <summary>
    /// Timeline17 is Penn-Treebank tokenized: brackets are written -LRB- and quotes `` and ''.
    /// Put the characters back so the words around them are counted as a reader's text has them.
    /// </summary>
    public static string UnescapePtb(string text) => text
        .Replace("-LRB-", "(", StringComparison.Ordinal).Replace("-RRB-", ")", StringComparison.Ordinal)
        .Replace("-LSB-", "[", StringComparison.Ordinal).Replace("-RSB-", "]", StringComparison.Ordinal)
        .Replace("-LCB-", "{", StringComparison.Ordinal).Replace("-RCB-", "}", StringComparison.Ordinal)
        .Replace("``", "\"", StringComparison.Ordinal).Replace("''", "\"", StringComparison.Ordinal);
}
