using System.Text;

namespace Annalist.Syntax;

/// <summary>
/// Fills a CoNLL-U file's LEMMA, UPOS, XPOS, HEAD and DEPREL columns with model predictions,
/// keeping everything else as given: the words (columns 1-2), sentence boundaries, comments,
/// multiword token and empty node lines, FEATS and MISC. DEPS is cleared ("_"), since it would no
/// longer agree with the predicted heads.
/// </summary>
public static class ConlluAnnotator
{
    public static void Annotate(TextReader input, TextWriter output, PosTagger tagger, DependencyParser parser, Action<string>? warn = null)
    {
        var block = new List<string>();
        var lineNumber = 0;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                WriteSentence(block, output, tagger, parser, lineNumber - block.Count, warn);
                block.Clear();
                output.Write('\n');
                continue;
            }
            block.Add(line);
        }
        WriteSentence(block, output, tagger, parser, lineNumber - block.Count + 1, warn);
    }

    private static void WriteSentence(List<string> lines, TextWriter output, PosTagger tagger, DependencyParser parser, int firstLine, Action<string>? warn)
    {
        var wordLines = new List<int>();
        var columns = new List<string[]>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith('#')) continue;
            var cols = lines[i].Split('\t');
            if (!Treebank.IsWordId(cols[0])) continue;
            if (cols.Length < 10)
            {
                warn?.Invoke($"warning {ErrorCodes.MalformedConllu}: line {firstLine + i}: {cols.Length} columns instead of 10; the missing ones are written as _");
                Array.Resize(ref cols, 10);
                for (var k = 0; k < 10; k++) cols[k] ??= "_";
            }
            wordLines.Add(i);
            columns.Add(cols);
        }
        if (columns.Count > 0)
        {
            var words = columns.Select(c => c[1]).ToArray();
            var tags = tagger.Tag(words);
            var heads = new int[words.Length];
            var relations = new int[words.Length];
            parser.Parse(words, tags, heads, relations);
            for (var w = 0; w < words.Length; w++)
            {
                var cols = columns[w];
                cols[2] = tagger.Lemmatizer.Lemmatize(words[w], tags[w].Xpos);
                cols[3] = tags[w].Upos;
                cols[4] = tags[w].Xpos;
                // HEAD points at a word's position among the sentence's words; ids are as given
                cols[6] = heads[w] < 0 ? "0" : columns[heads[w]][0];
                cols[7] = parser.Relations[relations[w]];
                cols[8] = "_";
                lines[wordLines[w]] = string.Join('\t', cols);
            }
        }
        var sb = new StringBuilder();
        foreach (var l in lines) sb.Append(l).Append('\n');
        output.Write(sb.ToString());
    }

}
