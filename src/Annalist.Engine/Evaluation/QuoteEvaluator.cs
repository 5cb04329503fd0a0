using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Pipeline;
using Annalist.Quotes;

namespace Annalist.Evaluation;

/// <summary>Content-span figures of one set of attributions at one overlap threshold, and speaker accuracy on the matched ones.</summary>
public readonly record struct QuoteScore(int Gold, int Predicted, int Matched, int WithSource, int SpeakerRight)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Of matched gold attributions that name a source, the share whose predicted speaker is right.</summary>
    public double SpeakerAccuracy => WithSource == 0 ? 0 : (double)SpeakerRight / WithSource;

    public static QuoteScore operator +(QuoteScore a, QuoteScore b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched, a.WithSource + b.WithSource, a.SpeakerRight + b.SpeakerRight);
}

/// <summary>The figures of <c>annalist eval quotes</c>: all attributions and those with a speech cue, at each threshold.</summary>
public sealed record QuoteReport(int Documents, IReadOnlyList<double> Thresholds, IReadOnlyList<QuoteScore> All, IReadOnlyList<QuoteScore> Speech, IReadOnlyList<string> Examples)
{
    public double Seconds { get; init; }
    public long Words { get; init; }
}

/// <summary>
/// Scores the quotes stage with the protocol of the Gender Gap Tracker: a predicted quote matches a
/// gold attribution when the characters they share divided by the gold content's length exceed the
/// threshold (0.3, and 0.8); each gold and each predicted quote is matched at most once, best
/// overlap first. Predicted quotes sharing one cue ("...," he said, "...") are one attribution, as
/// PolNeAR gives one content in pieces. The speaker of a matched pair is right when the predicted
/// speaker overlaps the gold source, or resolves to the entity a mention inside the gold source
/// belongs to. The speech subset keeps the gold attributions whose cue holds a speech verb of the
/// lexicon, and the predicted quotes that do not match (at that threshold) a gold attribution outside it.
/// </summary>
public static class QuoteEvaluator
{
    private sealed record Predicted(List<(int Start, int End)> Content, QuoteSpeaker? Speaker, string Text, string Cue);

    public static QuoteReport Evaluate(IReadOnlyList<PolnearArticle> articles, AnalysisPipeline pipeline, IReadOnlyList<double> thresholds, int examples)
    {
        var all = new QuoteScore[thresholds.Count];
        var speech = new QuoteScore[thresholds.Count];
        var shown = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long words = 0;
        foreach (var article in articles)
        {
            var doc = new Document(article.Name, article.Text);
            pipeline.Run(doc);
            words += doc.TryGet(CoreLayers.Tokens, out var tokens) ? tokens.Count(t => t.Kind == TokenKind.Word) : 0;
            var predicted = Group(doc);
            var entities = doc.TryGet(EntityLayers.Entities, out var e) ? e : [];
            var isSpeech = article.Attributions.Select(a => IsSpeechCue(a.CueText)).ToArray();
            for (var k = 0; k < thresholds.Count; k++)
            {
                var pairs = Match(article.Attributions, predicted, thresholds[k]);
                all[k] += Score(article.Attributions.Count, predicted.Count, pairs, article.Attributions, predicted, entities);
                // the speech subset: speech gold, and predictions not taken by a gold attribution outside it
                var outside = pairs.Where(p => !isSpeech[p.Gold]).Select(p => p.Pred).ToHashSet();
                var golds = Enumerable.Range(0, article.Attributions.Count).Where(g => isSpeech[g]).ToList();
                var preds = Enumerable.Range(0, predicted.Count).Where(p => !outside.Contains(p)).ToList();
                var sub = Match(golds.Select(g => article.Attributions[g]).ToList(), preds.Select(p => predicted[p]).ToList(), thresholds[k]);
                speech[k] += Score(golds.Count, preds.Count, sub, golds.Select(g => article.Attributions[g]).ToList(), preds.Select(p => predicted[p]).ToList(), entities);
                if (k == 0 && shown.Count < examples) Explain(article, predicted, pairs, isSpeech, shown, examples);
            }
        }
        return new QuoteReport(articles.Count, thresholds, all, speech, shown) { Seconds = clock.Elapsed.TotalSeconds, Words = words };
    }

    /// <summary>Whether a gold cue holds a verb of saying or writing of the quotes lexicon.</summary>
    public static bool IsSpeechCue(string cue)
    {
        foreach (var word in cue.Split([' ', ':', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            if (QuoteLexicon.Default.Verb(word) is { Speech: true }) return true;
        return false;
    }

    private static List<Predicted> Group(Document doc)
    {
        var groups = new List<Predicted>();
        var byCue = new Dictionary<int, Predicted>();
        if (!doc.TryGet(QuoteLayers.Quotes, out var quotes)) return groups;
        foreach (var q in quotes)
        {
            if (q.Cue is { } c && byCue.TryGetValue(c.Start, out var g))
            {
                g.Content.Add((q.Start, q.End));
                continue;
            }
            var p = new Predicted([(q.Start, q.End)], q.Speaker, q.Text, q.Cue?.Text ?? "-");
            groups.Add(p);
            if (q.Cue is { } cue) byCue[cue.Start] = p;
        }
        return groups;
    }

    /// <summary>One-to-one pairs (gold index, predicted index) over the threshold, best overlap first.</summary>
    private static List<(int Gold, int Pred)> Match(IReadOnlyList<GoldAttribution> gold, IReadOnlyList<Predicted> predicted, double threshold)
    {
        var candidates = new List<(double Ratio, int Gold, int Pred)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var length = gold[g].Content.Sum(s => s.End - s.Start);
            if (length == 0) continue;
            for (var p = 0; p < predicted.Count; p++)
            {
                var shared = 0;
                foreach (var a in gold[g].Content)
                    foreach (var b in predicted[p].Content)
                        shared += Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
                var ratio = (double)shared / length;
                if (ratio > threshold) candidates.Add((ratio, g, p));
            }
        }
        candidates.Sort((x, y) => y.Ratio != x.Ratio ? y.Ratio.CompareTo(x.Ratio) : x.Gold != y.Gold ? x.Gold.CompareTo(y.Gold) : x.Pred.CompareTo(y.Pred));
        var goldUsed = new HashSet<int>();
        var predUsed = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
            if (!goldUsed.Contains(g) && !predUsed.Contains(p))
            {
                goldUsed.Add(g);
                predUsed.Add(p);
                pairs.Add((g, p));
            }
        return pairs;
    }

    private static QuoteScore Score(int gold, int predicted, List<(int Gold, int Pred)> pairs, IReadOnlyList<GoldAttribution> golds, IReadOnlyList<Predicted> preds, ImmutableArray<Entity> entities)
    {
        int withSource = 0, right = 0;
        foreach (var (g, p) in pairs)
        {
            if (golds[g].Source.Count == 0) continue;
            withSource++;
            if (SpeakerRight(golds[g], preds[p].Speaker, entities)) right++;
        }
        return new QuoteScore(gold, predicted, pairs.Count, withSource, right);
    }

    private static bool SpeakerRight(GoldAttribution gold, QuoteSpeaker? speaker, ImmutableArray<Entity> entities)
    {
        if (speaker is null) return false;
        foreach (var s in gold.Source)
        {
            if (speaker.Start < s.End && s.Start < speaker.End) return true;
            if (speaker.Entity is null) continue;
            foreach (var e in entities)
                if (e.Id == speaker.Entity && e.Mentions.Any(m => m.Start < s.End && s.Start < m.End)) return true;
        }
        return false;
    }

    private static void Explain(PolnearArticle article, List<Predicted> predicted, List<(int Gold, int Pred)> pairs, bool[] isSpeech, List<string> shown, int max)
    {
        string Cut(string s) => s.Length <= 90 ? s.Replace('\n', ' ') : string.Concat(s.AsSpan(0, 90), "...").Replace('\n', ' ');
        var goldMatched = pairs.Select(p => p.Gold).ToHashSet();
        var predMatched = pairs.Select(p => p.Pred).ToHashSet();
        for (var g = 0; g < article.Attributions.Count && shown.Count < max; g++)
            if (!goldMatched.Contains(g) && isSpeech[g])
            {
                var a = article.Attributions[g];
                // "covered": some prediction overlaps the gold content (taken by another attribution or under the threshold)
                var covered = predicted.Any(p => p.Content.Any(b => a.Content.Any(c => b.Start < c.End && c.Start < b.End)));
                var first = a.Content.Min(c => c.Start);
                var before = article.Text[Math.Max(0, first - 60)..first];
                shown.Add($"missed  {article.Name}: [{a.CueText}] {(covered ? "covered" : "none")} ...{Cut(before)} <<{Cut(string.Join(" ", a.Content.Select(c => article.Text[c.Start..c.End])))}>>");
            }
        for (var p = 0; p < predicted.Count && shown.Count < max; p++)
            if (!predMatched.Contains(p))
                shown.Add($"extra   {article.Name}: [{predicted[p].Cue}] {Cut(predicted[p].Text)}");
        foreach (var (g, p) in pairs)
        {
            if (shown.Count >= max) break;
            var a = article.Attributions[g];
            if (a.Source.Count == 0 || !isSpeech[g]) continue;
            var src = string.Join(" ", a.Source.Select(s => article.Text[s.Start..s.End]));
            var sp = predicted[p].Speaker;
            if (sp is null || !(a.Source.Any(s => sp.Start < s.End && s.Start < sp.End)))
                shown.Add($"speaker {article.Name}: gold '{src}' predicted '{sp?.Text}' [{a.CueText}] {Cut(predicted[p].Text)}");
        }
    }
}
