using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Annalist.Entities.Ner;
using Annalist.Evaluation;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist train ner</c>, <c>annalist eval ner</c> and <c>annalist ner</c>: the named-entity
/// tagger over CoNLL-style files (word first, tag last; IOB1 or IOB2).
/// </summary>
public static class NerCommands
{
    public static Command Train()
    {
        var data = new Option<string[]>("--data") { Description = "CoNLL NER files (e.g. ../shared/data/ner/conll2003/eng.train).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => "ner.bin" };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling; same data and seed give the same bytes.", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the data.", DefaultValueFactory = _ => 10 };
        var folds = new Option<int>("--folds") { Description = "Train a second, document-level stage on first-stage labels from N jackknifed models (0 = one stage).", DefaultValueFactory = _ => 4 };
        var dev = new Option<string?>("--dev") { Description = "A CoNLL file to score after training (e.g. eng.testa)." };
        var command = new Command("ner", "Train the named-entity tagger.") { data, output, seed, iterations, folds, dev };
        command.SetAction(p =>
        {
            var paths = p.GetValue(data)!;
            if (!EvalSupport.AllExist(paths)) return ExitCodes.BadUsage;
            var docs = new List<NerDocument>();
            if (!AllText(EvalSupport.Files(paths, _ => true))) return ExitCodes.BadUsage;
            foreach (var path in EvalSupport.Files(paths, _ => true))
            {
                var read = NerCorpus.Read(path);
                Console.Error.WriteLine($"{path}: {read.Count} documents, {read.Sum(d => d.Sentences.Count)} sentences, {read.Sum(d => d.Sentences.Sum(s => s.Names.Length))} names");
                docs.AddRange(read);
            }
            var clock = Stopwatch.StartNew();
            var tagger = NerTagger.Train(docs, NerLexicon.Default, NerModels.Clusters, p.GetValue(iterations), p.GetValue(seed), p.GetValue(folds), Console.Error.WriteLine);
            var bytes = new MemoryStream();
            tagger.Save(bytes);
            File.WriteAllBytes(p.GetValue(output)!, bytes.ToArray());
            Console.Error.WriteLine($"wrote {p.GetValue(output)}: {bytes.Length:N0} bytes in {clock.Elapsed.TotalSeconds:F1} s");
            if (p.GetValue(dev) is { } devPath)
            {
                var gold = NerCorpus.Read(devPath);
                Print(devPath, NerEvaluator.Score(gold, Tag(tagger, gold)), 0);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Eval()
    {
        var conll = new Option<string[]>("--conll") { Description = "CoNLL NER files (e.g. ../shared/data/ner/conll2003/eng.testa).", Required = true, AllowMultipleArgumentsPerToken = true };
        var model = new Option<string?>("--model") { Description = "Model file instead of the built-in one." };
        var name = new Option<string?>("--name") { Description = "Label for the report." };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 below this overall F1 (0..1)." };
        var beam = new Option<int?>("--beam") { Description = "Beam width for decoding (default: the model's)." };
        var command = new Command("ner", "Named-entity precision, recall and F1 per type and overall (conlleval: exact span and type).") { conll, model, name, minF1, beam };
        command.SetAction(p =>
        {
            var paths = p.GetValue(conll)!;
            if (!EvalSupport.AllExist(paths)) return ExitCodes.BadUsage;
            var files = EvalSupport.Files(paths, _ => true);
            if (!AllText(files)) return ExitCodes.BadUsage;
            var gold = files.SelectMany(NerCorpus.Read).ToList();
            if (gold.Count == 0)
            {
                Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no sentences in {string.Join(", ", paths)}");
                return ExitCodes.BadUsage;
            }
            var clock = Stopwatch.StartNew();
            if (!TryLoad(p.GetValue(model), out var tagger)) return ExitCodes.BadUsage;
            _ = NerLexicon.Default; // the gazetteer is part of loading, not of tagging
            if (p.GetValue(beam) is { } width) tagger.BeamWidth = width;
            var loadMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var predicted = Tag(tagger, gold);
            var seconds = clock.Elapsed.TotalSeconds;
            var report = NerEvaluator.Score(gold, predicted);
            Print(p.GetValue(name) ?? string.Join(", ", paths), report, loadMs, seconds);
            return EvalSupport.Check("overall F1", report.Overall.F1, p.GetValue(minF1)) ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }

    public static Command Tag()
    {
        var input = new Option<string>("--conll") { Description = "CoNLL file to tag (word in the first column).", Required = true };
        var output = new Option<string>("--out") { Description = "File to write: each line with one more column, the predicted IOB2 tag.", Required = true };
        var model = new Option<string?>("--model") { Description = "Model file instead of the built-in one." };
        var command = new Command("ner", "Tag a CoNLL file with PER/ORG/LOC/MISC names (IOB2), keeping its lines, documents and sentences.") { input, output, model };
        command.SetAction(p =>
        {
            var path = p.GetValue(input)!;
            if (!EvalSupport.AllExist([path]) || !AllText([path])) return ExitCodes.BadUsage;
            if (!TryLoad(p.GetValue(model), out var tagger)) return ExitCodes.BadUsage;
            File.WriteAllText(p.GetValue(output)!, ConllNer.Annotate(File.ReadAllText(path), tagger), new UTF8Encoding(false));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints ANL1003 for the first file that looks binary (a CoNLL file is text); true when none does.</summary>
    private static bool AllText(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var head = new byte[8192];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (Annalist.Reading.TextDecoder.LooksBinary(head.AsSpan(0, n)))
            {
                Console.Error.WriteLine($"error {ErrorCodes.BinaryInput}: '{file}' looks binary, not a CoNLL text file");
                return false;
            }
        }
        return true;
    }

    private static bool TryLoad(string? file, out NerTagger tagger)
    {
        try
        {
            if (file is null) tagger = NerModels.Tagger;
            else
            {
                using var stream = File.OpenRead(file);
                tagger = NerTagger.Load(stream);
            }
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException)
        {
            Console.Error.WriteLine($"error {(e.Message.StartsWith("ANL", StringComparison.Ordinal) ? e.Message : $"{ErrorCodes.BadModel}: {e.Message}")}");
            tagger = null!;
            return false;
        }
    }

    private static List<List<NerSpan[]>> Tag(NerTagger tagger, List<NerDocument> docs) =>
        docs.Select(d => tagger.Tag(d.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList(), NerLexicon.Default, NerModels.Clusters)).ToList();

    private static void Print(string name, NerReport r, double loadMs, double seconds = 0)
    {
        var inv = CultureInfo.InvariantCulture;
        var speed = seconds > 0 ? string.Create(inv, $", tagged at {r.Tokens / seconds:N0} tokens/s") : "";
        Console.WriteLine(string.Create(inv, $"{name}: {r.Documents} documents, {r.Sentences} sentences, {r.Tokens} tokens; model and gazetteer loaded in {loadMs:F0} ms{speed}"));
        Console.WriteLine($"{"type",-8} {"gold",6} {"found",6} {"right",6} {"P",7} {"R",7} {"F1",7}");
        foreach (var (type, s) in r.ByType.Append(KeyValuePair.Create("overall", r.Overall)))
            Console.WriteLine(string.Create(inv, $"{type,-8} {s.Gold,6} {s.Predicted,6} {s.Correct,6} {s.Precision * 100,7:F2} {s.Recall * 100,7:F2} {s.F1 * 100,7:F2}"));
    }
}
