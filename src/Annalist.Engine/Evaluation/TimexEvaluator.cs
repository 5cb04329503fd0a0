using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Time;

namespace Annalist.Evaluation;

/// <summary>Precision, recall and F1 of one TempEval-3 figure.</summary>
public readonly record struct TimexScore(int Gold, int Predicted, int CorrectOfPredicted, int CorrectOfGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)CorrectOfPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)CorrectOfGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The TempEval-3 timex figures of a corpus, and examples of errors.</summary>
public sealed record TimexReport(string Name, int Documents, TimexScore Strict, TimexScore Relaxed, TimexScore Type, TimexScore Value, IReadOnlyList<string> Examples)
{
    /// <summary>Characters analyzed and the seconds the pipeline took on them (one thread, after an untimed pass).</summary>
    public long Characters { get; init; }
    public double Seconds { get; init; }
}

/// <summary>One document to score: text, DCT, gold spans, and spans to leave out of scoring (a DCT inside the text).</summary>
public sealed record TimexGoldDocument(string Name, string Text, DateOnly? Dct, IReadOnlyList<GoldTimex> Gold, IReadOnlyList<(int Start, int End)> Ignored);

/// <summary>
/// Scores the time stage as the TempEval-3 scorer does: strict match = same extent, relaxed
/// match = overlapping extents; precision counts predicted expressions that match a gold one,
/// recall gold ones that match a predicted one. Type and value F1 count only relaxed-matched
/// pairs whose attribute is right (attribute F1 in TempEval-3). The DCT is not scored.
/// </summary>
public static class TimexEvaluator
{
    /// <summary>Loads TimeML (*.tml, *.TE3input) and MEANTIME (*.xml) files from files or folders.</summary>
    public static List<TimexGoldDocument> Load(IEnumerable<string> files)
    {
        var docs = new List<TimexGoldDocument>();
        foreach (var f in files)
        {
            if (f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                var m = MeantimeFile.Load(f);
                docs.Add(new TimexGoldDocument(m.Name, m.Text, m.Dct, m.Gold, m.Ignored));
            }
            else
            {
                var t = TimeMLFile.Load(f);
                docs.Add(new TimexGoldDocument(t.Name, t.Text, t.Dct, t.Gold, []));
            }
        }
        return docs;
    }

    public static TimexReport Evaluate(string name, IReadOnlyList<TimexGoldDocument> docs, AnalysisPipeline pipeline, int examples)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(pipeline);
        int gold = 0, predicted = 0, strictP = 0, strictG = 0, relaxedP = 0, relaxedG = 0, typeOk = 0, valueOk = 0;
        var shown = new List<string>();
        // one untimed pass first, so the speed is that of compiled code, not of the JIT's first tier
        foreach (var d in docs) pipeline.Run(new Document(d.Name, d.Text, d.Dct));
        long characters = 0;
        var clock = new System.Diagnostics.Stopwatch();
        foreach (var d in docs)
        {
            var doc = new Document(d.Name, d.Text, d.Dct);
            clock.Start();
            pipeline.Run(doc);
            clock.Stop();
            characters += d.Text.Length;
            var system = doc.TryGet(TimeLayers.Times, out var times) ? times : ImmutableArray<TimeExpression>.Empty;
            var sys = system.Where(t => !d.Ignored.Any(g => t.Start < g.End && g.Start < t.End)).ToList();
            gold += d.Gold.Count;
            predicted += sys.Count;
            foreach (var s in sys)
            {
                if (d.Gold.Any(g => g.Start == s.Start && g.End == s.End)) strictP++;
                if (d.Gold.Any(g => Overlap(g, s))) relaxedP++;
                else if (shown.Count < examples) shown.Add($"extra  {d.Name}: [{doc.Text[s.Start..s.End]}] {s.TypeName} {s.Value}   ...{Context(doc.Text, s.Start, s.End)}...");
            }
            foreach (var g in d.Gold)
            {
                if (sys.Any(s => s.Start == g.Start && s.End == g.End)) strictG++;
                var match = sys.FirstOrDefault(s => Overlap(g, s));
                if (match.End == 0)
                {
                    if (shown.Count < examples) shown.Add($"missed {d.Name}: [{d.Text[g.Start..g.End]}] {g.Type} {g.Value}   ...{Context(d.Text, g.Start, g.End)}...");
                    continue;
                }
                relaxedG++;
                var typeRight = match.TypeName == g.Type;
                var valueRight = match.Value == g.Value;
                if (typeRight) typeOk++;
                if (valueRight) valueOk++;
                if ((match.Start != g.Start || match.End != g.End) && shown.Count < examples)
                    shown.Add($"extent {d.Name}: [{d.Text[match.Start..match.End]}], gold [{d.Text[g.Start..g.End]}]");
                if ((!valueRight || !typeRight) && shown.Count < examples)
                    shown.Add($"wrong  {d.Name} (DCT {d.Dct:yyyy-MM-dd}): [{d.Text[match.Start..match.End]}] {match.TypeName} {match.Value}, gold [{d.Text[g.Start..g.End]}] {g.Type} {g.Value}   ...{Context(d.Text, g.Start, g.End)}...");
            }
        }
        return new TimexReport(name, docs.Count,
            new TimexScore(gold, predicted, strictP, strictG),
            new TimexScore(gold, predicted, relaxedP, relaxedG),
            new TimexScore(gold, predicted, typeOk, typeOk),
            new TimexScore(gold, predicted, valueOk, valueOk),
            shown) { Characters = characters, Seconds = clock.Elapsed.TotalSeconds };
    }

    private static bool Overlap(GoldTimex g, TimeExpression s) => s.Start < g.End && g.Start < s.End;

    private static string Context(string text, int start, int end)
    {
        var s = Math.Max(0, start - 50);
        var e = Math.Min(text.Length, end + 30);
        return text[s..e].Replace('\n', ' ').Replace('\r', ' ');
    }
}
