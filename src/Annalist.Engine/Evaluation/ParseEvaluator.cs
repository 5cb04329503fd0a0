using Annalist.Syntax;

namespace Annalist.Evaluation;

/// <summary>
/// Word counts behind the tagging and parsing scores. As in the CoNLL 2018 shared task, every
/// syntactic word counts, punctuation included, and LAS compares the universal relation
/// (the part before ':'); <see cref="FullLabeled"/> also requires the subtype.
/// </summary>
public sealed record ParseEvalReport(string Name, int Sentences, int Words, int Upos, int Xpos, int Lemma, int Unlabeled, int Labeled, int FullLabeled)
{
    public double UposAccuracy => Ratio(Upos);
    public double XposAccuracy => Ratio(Xpos);
    public double LemmaAccuracy => Ratio(Lemma);
    public double Uas => Ratio(Unlabeled);
    public double Las => Ratio(Labeled);
    public double FullLas => Ratio(FullLabeled);

    private double Ratio(int correct) => Words == 0 ? 0 : (double)correct / Words;
}

/// <summary>Tags and parses gold-tokenized sentences with the given models and scores them against the gold annotation.</summary>
public static class ParseEvaluator
{
    public static ParseEvalReport Evaluate(string name, IReadOnlyList<TreebankSentence> sentences, PosTagger tagger, DependencyParser parser)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(parser);
        var counts = new int[sentences.Count, 6];
        Parallel.For(0, sentences.Count, si =>
        {
            var s = sentences[si];
            var tags = tagger.Tag(s.Forms);
            var heads = new int[s.Length];
            var relations = new int[s.Length];
            parser.Parse(s.Forms, tags, heads, relations);
            for (var i = 0; i < s.Length; i++)
            {
                if (tags[i].Upos == s.Upos[i]) counts[si, 0]++;
                if (tags[i].Xpos == s.Xpos[i]) counts[si, 1]++;
                if (tagger.Lemmatizer.Lemmatize(s.Forms[i], tags[i].Xpos) == s.Lemmas[i]) counts[si, 2]++;
                if (heads[i] != s.Heads[i]) continue;
                counts[si, 3]++;
                var predicted = parser.Relations[relations[i]];
                if (Universal(predicted).SequenceEqual(Universal(s.Relations[i]))) counts[si, 4]++;
                if (predicted == s.Relations[i]) counts[si, 5]++;
            }
        });
        var sum = new int[6];
        for (var si = 0; si < sentences.Count; si++)
            for (var k = 0; k < 6; k++) sum[k] += counts[si, k];
        return new ParseEvalReport(name, sentences.Count, sentences.Sum(s => s.Length), sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
