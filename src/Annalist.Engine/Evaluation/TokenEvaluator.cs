using System.Text;
using Annalist.Text;

namespace Annalist.Evaluation;

/// <summary>Boundary counts and the scores computed from them (all in 0..1; 1.0 when nothing is expected and nothing predicted).</summary>
public sealed record BoundaryScore(int Gold, int Predicted, int Correct)
{
    public double Precision { get; } = Predicted == 0 ? (Gold == 0 ? 1.0 : 0.0) : (double)Correct / Predicted;
    public double Recall { get; } = Gold == 0 ? (Predicted == 0 ? 1.0 : 0.0) : (double)Correct / Gold;
    public double F1 { get; } = Gold == 0 && Predicted == 0 ? 1.0
        : Gold + Predicted == 0 ? 0.0 : 2.0 * Correct / (Gold + Predicted);
}

/// <summary>Result of comparing the tokenizer and sentence splitter with a gold CoNLL-U collection.</summary>
/// <remarks>
/// Gold tokens are UD syntactic words where a multiword token's words spell it out ("don't" is
/// do|n't, "Russia's" is Russia|'s), which is Annalist's tokenization; otherwise the surface token.
/// <see cref="Examples"/> holds up to the requested number of mismatches, for error analysis.
/// </remarks>
public sealed record TokenEvalReport(string Name, int Documents, int Sentences, int Tokens, BoundaryScore SentenceBoundaries, BoundaryScore TokenSpans)
{
    public IReadOnlyList<string> Examples { get; init; } = [];
}

/// <summary>
/// Scores <see cref="Tokenizer"/> and <see cref="SentenceSplitter"/> against CoNLL-U files: the text of
/// each document is rebuilt from the gold tokens, analyzed, and compared span by span.
/// </summary>
public static class TokenEvaluator
{
    /// <param name="name">A label copied into the report.</param>
    /// <param name="conlluFiles">CoNLL-U files; <c># newdoc</c> starts a document.</param>
    /// <param name="genre">null for every document; otherwise only documents whose id starts with
    /// <c>GUM_&lt;genre&gt;_</c> or whose newdoc id / <c>meta::genre</c> matches.</param>
    /// <param name="examples">How many mismatches to describe in <see cref="TokenEvalReport.Examples"/>.</param>
    public static TokenEvalReport Evaluate(string name, IEnumerable<string> conlluFiles, string? genre = null, int examples = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(conlluFiles);
        var docs = new List<GoldDocument>();
        foreach (var file in conlluFiles)
            docs.AddRange(ConlluGold.Read(file).Where(d => genre is null || d.MatchesGenre(genre)));

        var results = new (int Pred, int Correct, int PredSent, int CorrectSent)[docs.Count];
        var found = new List<string>[docs.Count];
        Parallel.For(0, docs.Count, i => results[i] = Score(docs[i], found[i] = []));

        int goldTok = 0, goldSent = 0, pred = 0, correct = 0, predSent = 0, correctSent = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            goldTok += docs[i].Words.Length;
            goldSent += docs[i].SentenceEnds.Length;
            pred += results[i].Pred;
            correct += results[i].Correct;
            predSent += results[i].PredSent;
            correctSent += results[i].CorrectSent;
        }
        return new TokenEvalReport(name, docs.Count, goldSent, goldTok,
            new BoundaryScore(goldSent, predSent, correctSent),
            new BoundaryScore(goldTok, pred, correct))
        {
            Examples = found.SelectMany(f => f).Take(examples).ToList(),
        };
    }

    private static (int, int, int, int) Score(GoldDocument doc, List<string> examples)
    {
        var tokens = Tokenizer.Tokenize(doc.Text);
        var sentences = SentenceSplitter.Split(doc.Text, tokens);
        var gold = doc.Words;

        int correct = 0, g = 0;
        foreach (var t in tokens)
        {
            while (g < gold.Length && gold[g].Start < t.Start) g++;
            if (g < gold.Length && gold[g].Start == t.Start && gold[g].End == t.End) correct++;
            else if (examples.Count < 200) examples.Add($"{doc.Id}: token [{doc.Text[t.Start..t.End]}] in: {Context(doc.Text, t.Start, t.End)}");
        }

        int correctSent = 0, s = 0;
        var predicted = new HashSet<int>();
        foreach (var sent in sentences)
        {
            predicted.Add(sent.End);
            while (s < doc.SentenceEnds.Length && doc.SentenceEnds[s] < sent.End) s++;
            if (s < doc.SentenceEnds.Length && doc.SentenceEnds[s] == sent.End) correctSent++;
            else examples.Add($"{doc.Id}: extra sentence end: {Context(doc.Text, sent.End, sent.End)}");
        }
        foreach (var end in doc.SentenceEnds)
            if (!predicted.Contains(end)) examples.Add($"{doc.Id}: missed sentence end: {Context(doc.Text, end, end)}");
        return (tokens.Length, correct, sentences.Length, correctSent);
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(text.Length, end + 40);
        return (text[from..start] + "⟦" + text[start..end] + "⟧" + text[end..to]).Replace('\n', '¶');
    }
}

/// <summary>A document rebuilt from CoNLL-U: its text, gold token spans and sentence end offsets.</summary>
/// <remarks><see cref="Words"/> holds the syntactic words instead of multiword tokens where the words spell the token out (do|n't).</remarks>
internal sealed record GoldDocument(string Id, string? Genre, string Text, (int Start, int End)[] Tokens, int[] SentenceEnds, (int Start, int End)[] Words)
{
    public bool MatchesGenre(string genre) =>
        Id.StartsWith("GUM_" + genre + "_", StringComparison.OrdinalIgnoreCase)
        || Id.Equals(genre, StringComparison.OrdinalIgnoreCase)
        || Id.StartsWith(genre + "-", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Genre, genre, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Reads CoNLL-U into <see cref="GoldDocument"/>s (multiword tokens count as their surface form).
/// Documents whose every form is "_" (text withheld for licensing) are left out.
/// </summary>
internal static class ConlluGold
{
    public static List<GoldDocument> Read(string path)
    {
        var docs = new List<GoldDocument>();
        var builder = new DocBuilder();
        foreach (var line in File.ReadLines(path))
        {
            var l = line.AsSpan();
            if (l.Length == 0 || l.IsWhiteSpace())
            {
                builder.EndSentence();
                continue;
            }
            if (l[0] == '#')
            {
                var comment = l[1..].TrimStart();
                if (comment.StartsWith("newdoc"))
                {
                    builder.Flush(docs);
                    builder.Id = ValueOf(comment) ?? $"{Path.GetFileNameWithoutExtension(path)}#{docs.Count + 1}";
                }
                else if (IsNewPar(comment)) builder.NewParagraph();
                else if (comment.StartsWith("newpar_block")) builder.BlockSizes(comment);
                else if (comment.StartsWith("meta::genre")) builder.Genre = ValueOf(comment);
                continue;
            }
            builder.AddTokenLine(l);
        }
        builder.EndSentence();
        builder.Flush(docs);
        return docs;
    }

    private static bool IsNewPar(ReadOnlySpan<char> comment) =>
        comment.StartsWith("newpar") && (comment.Length == 6 || comment[6] is ' ' or '=' or '\t');

    private static string? ValueOf(ReadOnlySpan<char> comment)
    {
        var eq = comment.IndexOf('=');
        if (eq < 0) return null;
        var v = comment[(eq + 1)..].Trim();
        return v.Length == 0 ? null : v.ToString();
    }

    private sealed class DocBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int, int)> _tokens = [];
        private readonly List<int> _ends = [];
        private readonly List<(int, int)> _words = [];
        private int _mwtStart, _mwtEnd, _mwtPos;
        private bool _inSentence;
        private bool _pendingParagraph;
        private bool _spaceAfterLast = true;
        private int _skipUntil;
        private bool _allMasked = true;

        public string? Id { get; set; }
        public string? Genre { get; set; }

        private readonly HashSet<int> _blockEnds = [];
        private int _sentencesInBlock;

        public void NewParagraph()
        {
            _pendingParagraph = true;
            _blockEnds.Clear();
            _sentencesInBlock = 0;
        }

        /// <summary>
        /// GUM's <c>newpar_block = p (7 s) | figure (1 s) | caption (1 s)</c> opens nested blocks
        /// with their sentence counts; a block's end is a line break in the source (a caption,
        /// a dateline under a headline) even where no further <c>newpar</c> follows.
        /// </summary>
        public void BlockSizes(ReadOnlySpan<char> comment)
        {
            foreach (var range in comment.Split('('))
            {
                var part = comment[range];
                var space = part.IndexOf(" s)");
                if (space > 0 && int.TryParse(part[..space], out var n) && n > 0) _blockEnds.Add(n);
            }
        }

        public void AddTokenLine(ReadOnlySpan<char> line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) return;
            var idField = line[..tab];
            if (idField.Contains('.')) return; // empty node
            var rest = line[(tab + 1)..];
            var tab2 = rest.IndexOf('\t');
            var form = tab2 < 0 ? rest : rest[..tab2];
            var dash = idField.IndexOf('-');
            int id;
            if (dash > 0)
            {
                if (!int.TryParse(idField[..dash], out id) || !int.TryParse(idField[(dash + 1)..], out var last)) return;
                Append(form, SpaceAfter(line));
                _skipUntil = last;
                _words.RemoveAt(_words.Count - 1);
                (_mwtStart, _mwtEnd) = _tokens[^1];
                _mwtPos = _mwtStart;
                return;
            }
            if (!int.TryParse(idField, out id)) return;
            if (id <= _skipUntil)
            {
                // a word inside a multiword token: keep its offsets when the words spell the token out
                if (_mwtPos >= 0 && _mwtPos + form.Length <= _mwtEnd && _text.ToString(_mwtPos, form.Length).AsSpan().SequenceEqual(form))
                {
                    _words.Add((_mwtPos, _mwtPos + form.Length));
                    _mwtPos += form.Length;
                }
                else _mwtPos = -1;
                if (id == _skipUntil)
                {
                    if (_mwtPos != _mwtEnd)
                    {
                        while (_words.Count > 0 && _words[^1].Item1 >= _mwtStart) _words.RemoveAt(_words.Count - 1);
                        _words.Add((_mwtStart, _mwtEnd));
                    }
                }
                return;
            }
            Append(form, SpaceAfter(line));
        }

        private static bool SpaceAfter(ReadOnlySpan<char> line)
        {
            var lastTab = line.LastIndexOf('\t');
            var misc = line[(lastTab + 1)..];
            foreach (var range in misc.Split('|'))
                if (misc[range].SequenceEqual("SpaceAfter=No")) return false;
            return true;
        }

        private void Append(ReadOnlySpan<char> form, bool spaceAfter)
        {
            if (!_inSentence)
            {
                if (_text.Length > 0) _text.Append(_pendingParagraph ? "\n\n" : " ");
                _pendingParagraph = false;
                _inSentence = true;
            }
            else if (_spaceAfterLast) _text.Append(' ');
            var start = _text.Length;
            _text.Append(form);
            if (_allMasked && form.ContainsAnyExcept('_')) _allMasked = false;
            _tokens.Add((start, _text.Length));
            _words.Add((start, _text.Length));
            _spaceAfterLast = spaceAfter;
        }

        public void EndSentence()
        {
            if (!_inSentence) return;
            _ends.Add(_text.Length);
            _inSentence = false;
            if (_blockEnds.Contains(++_sentencesInBlock)) _pendingParagraph = true;
            _skipUntil = 0;
            _spaceAfterLast = true;
        }

        public void Flush(List<GoldDocument> docs)
        {
            EndSentence();
            // documents distributed with their text withheld (every form "_", e.g. GUM's reddit part) cannot be scored
            if (_tokens.Count > 0 && !_allMasked)
                docs.Add(new GoldDocument(Id ?? $"doc{docs.Count + 1}", Genre, _text.ToString(), [.. _tokens], [.. _ends], [.. _words]));
            _text.Clear();
            _tokens.Clear();
            _ends.Clear();
            _words.Clear();
            _pendingParagraph = false;
            _blockEnds.Clear();
            _sentencesInBlock = 0;
            _allMasked = true;
            Id = null;
            Genre = null;
        }
    }
}
