using System.Reflection;
using System.Text;

namespace Annalist.Corpus.Timelines.Scoring;

/// <summary>
/// Words as ROUGE-1.5.5 counts them when run as tilse runs it (<c>-m -s</c>): lower-cased,
/// every character other than a-z and 0-9 a separator, SMART stop words dropped, then words of
/// more than three letters Porter-stemmed. ROUGE also maps some irregular forms through a WordNet
/// exception list before stemming ("went" -> "go"); that list is not here, so a few irregular
/// verbs and plurals count as different words where ROUGE would match them.
/// </summary>
public static class RougeTokens
{
    private static readonly Lazy<HashSet<string>> StopWords = new(LoadStopWords);

    public static bool IsStopWord(string word) => StopWords.Value.Contains(word);

    /// <summary>The ROUGE tokens of one text.</summary>
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            var c = ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { word.Append(c); continue; }
            Flush(word, tokens);
        }
        Flush(word, tokens);
        return tokens;
    }

    /// <summary>The tokens of several sentences in order, as one sequence (ROUGE's n-grams cross sentence ends).</summary>
    public static List<string> Of(IEnumerable<string> sentences)
    {
        var all = new List<string>();
        foreach (var s in sentences) all.AddRange(Of(s));
        return all;
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length == 0) return;
        var w = word.ToString();
        word.Clear();
        if (StopWords.Value.Contains(w)) return;
        tokens.Add(w.Length > 3 ? PorterStemmer.Stem(w) : w);
    }

    private static HashSet<string> LoadStopWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Annalist.Corpus.Timelines.Resources.stopwords.txt")
            ?? throw new InvalidOperationException("the stop word list is missing from the assembly");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') words.Add(line.Trim());
        return words;
    }
}
