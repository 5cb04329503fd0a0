using Annalist.Entities.Clusters;
using System.Text;

namespace Annalist.Entities.Ner;

/// <summary>
/// Tags a CoNLL-style file in place: every token line gets one more column, the predicted IOB2
/// tag (separated like the line's own columns); blank lines, <c>-DOCSTART-</c> lines (which get
/// "O") and line endings stay as they were, so the output lines up with the input line by line.
/// </summary>
public static class ConllNer
{
    public static string Annotate(string text, NerTagger tagger, NerLexicon? lexicon = null, WordClusters? clusters = null)
    {
        lexicon ??= NerLexicon.Default;
        clusters ??= NerModels.Clusters;
        var lines = text.Split('\n');
        var tags = new string?[lines.Length];
        var sentences = new List<IReadOnlyList<string>>();
        var lineOf = new List<int[]>();
        var words = new List<string>();
        var wordLines = new List<int>();

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(words.ToArray());
            lineOf.Add(wordLines.ToArray());
            words.Clear();
            wordLines.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (sentences.Count == 0) return;
            var spans = tagger.Tag(sentences, lexicon, clusters);
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var i = 0; i < sentences[s].Count; i++) tags[lineOf[s][i]] = "O";
                foreach (var span in spans[s])
                    for (var i = 0; i < span.Count; i++)
                        tags[lineOf[s][span.First + i]] = (i == 0 ? "B-" : "I-") + span.Type;
            }
            sentences.Clear();
            lineOf.Clear();
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { EndDocument(); tags[n] = "O"; continue; }
            var first = line.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            if (first.Length == 0) { EndSentence(); continue; }
            words.Add(first[0]);
            wordLines.Add(n);
        }
        EndDocument();

        var output = new StringBuilder(text.Length + lines.Length * 6);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var cr = line.EndsWith('\r');
            if (cr) line = line[..^1];
            output.Append(line);
            if (tags[n] is { } tag) output.Append(line.Contains('\t') ? '\t' : ' ').Append(tag);
            if (cr) output.Append('\r');
            if (n < lines.Length - 1) output.Append('\n');
        }
        return output.ToString();
    }
}
