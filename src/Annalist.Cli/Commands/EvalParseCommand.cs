using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Annalist.Evaluation;
using Annalist.Syntax;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval parse</c>: UPOS, XPOS, lemma, UAS and LAS of the built-in models on gold-tokenized CoNLL-U.</summary>
public static class EvalParseCommand
{
    public static Command Create()
    {
        var conllu = new Option<string[]>("--conllu") { Description = "CoNLL-U files or folders (e.g. ../shared/data/ner/gum).", Required = true, AllowMultipleArgumentsPerToken = true };
        var split = new Option<string>("--split") { Description = "For a GUM folder: the documents of this split in splits.md (dev, train) or all.", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "train", "all");
        var name = new Option<string?>("--name") { Description = "Label for the report." };
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model file instead of the built-in one." };
        var parser = new Option<string?>("--parser") { Description = "Parser model file instead of the built-in one." };
        var beam = new Option<int?>("--beam") { Description = "Decode with this beam width instead of the one the parser was trained with." };
        var minUpos = new Option<double?>("--min-upos") { Description = "Exit 1 below this UPOS accuracy (0..1)." };
        var minXpos = new Option<double?>("--min-xpos") { Description = "Exit 1 below this XPOS accuracy (0..1)." };
        var minUas = new Option<double?>("--min-uas") { Description = "Exit 1 below this UAS (0..1)." };
        var minLas = new Option<double?>("--min-las") { Description = "Exit 1 below this LAS (0..1)." };
        var speed = new Option<int>("--speed") { Description = "Then time N passes of tagging all sentences and parsing all sentences (one thread) and print tokens per second of wall and of CPU time.", DefaultValueFactory = _ => 0 };
        var command = new Command("parse", "Tagging and parsing scores on gold tokenization (CoNLL 2018 convention: all words, punctuation included).")
        {
            conllu, split, name, tagger, parser, beam, minUpos, minXpos, minUas, minLas, speed,
        };
        command.SetAction(p => Run(p.GetValue(conllu)!, p.GetValue(split)!, p.GetValue(name), p.GetValue(tagger), p.GetValue(parser),
            (p.GetValue(minUpos), p.GetValue(minXpos), p.GetValue(minUas), p.GetValue(minLas)), p.GetValue(speed), p.GetValue(beam)));
        return command;
    }

    private static int Run(string[] paths, string split, string? name, string? taggerFile, string? parserFile, (double? Upos, double? Xpos, double? Uas, double? Las) min, int speedPasses = 0, int? beam = null)
    {
        if (!EvalSupport.AllExist(paths)) return ExitCodes.BadUsage;
        var sentences = paths.SelectMany(path => Treebank.Load(path, split)).ToList();
        if (sentences.Count == 0)
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no CoNLL-U sentences ({split} split) in {string.Join(", ", paths)}");
            return ExitCodes.BadUsage;
        }
        var clock = Stopwatch.StartNew();
        PosTagger tagger;
        DependencyParser parser;
        try
        {
            tagger = taggerFile is null ? SyntaxModels.Tagger : Load(taggerFile, PosTagger.Load);
            parser = parserFile is null ? SyntaxModels.Parser : Load(parserFile, DependencyParser.Load);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException)
        {
            // the message starts with ANL3001 when the file is not a model of the right kind
            Console.Error.WriteLine($"error {(e.Message.StartsWith("ANL", StringComparison.Ordinal) ? e.Message : $"{ErrorCodes.BadModel}: {e.Message}")}");
            return ExitCodes.BadUsage;
        }
        var loadMs = clock.Elapsed.TotalMilliseconds;
        if (beam is { } width) parser = parser.WithBeam(width);
        clock.Restart();
        var r = ParseEvaluator.Evaluate(name ?? string.Join(", ", paths), sentences, tagger, parser);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{r.Name} ({split}): {sentences.Select(s => s.DocumentId).Distinct().Count()} documents, {r.Sentences} sentences, {r.Words} words; parser beam {parser.BeamWidth}; models loaded in {loadMs:F0} ms, scored in {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(inv, $"  UPOS {r.UposAccuracy * 100:F2}  XPOS {r.XposAccuracy * 100:F2}  lemma {r.LemmaAccuracy * 100:F2}  UAS {r.Uas * 100:F2}  LAS {r.Las * 100:F2}  (LAS with subtypes {r.FullLas * 100:F2})"));
        if (speedPasses > 0) Speed(sentences, tagger, parser, speedPasses);
        var ok = EvalSupport.Check("UPOS", r.UposAccuracy, min.Upos) & EvalSupport.Check("XPOS", r.XposAccuracy, min.Xpos) & EvalSupport.Check("UAS", r.Uas, min.Uas) & EvalSupport.Check("LAS", r.Las, min.Las);
        return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    /// <summary>Tags every sentence, then parses every sentence (the pipeline's order), after one
    /// untimed pass; wall time is what a busy machine stretches, the process's CPU time less so.</summary>
    private static void Speed(List<TreebankSentence> sentences, PosTagger tagger, DependencyParser parser, int passes)
    {
        var words = sentences.Sum(s => s.Length);
        var tags = new PosTag[sentences.Count][];
        var heads = new int[sentences.Max(s => s.Length)];
        var relations = new int[heads.Length];
        double tagWall = 0, tagCpu = 0, parseWall = 0, parseCpu = 0;
        var process = Process.GetCurrentProcess();
        for (var pass = 0; pass <= passes; pass++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < sentences.Count; i++) tags[i] = tagger.Tag(sentences[i].Forms);
            var tagged = wall.Elapsed;
            process.Refresh();
            var cpu1 = process.TotalProcessorTime;
            for (var i = 0; i < sentences.Count; i++)
                parser.Parse(sentences[i].Forms, tags[i], heads.AsSpan(0, sentences[i].Length), relations.AsSpan(0, sentences[i].Length));
            var parsed = wall.Elapsed - tagged;
            process.Refresh();
            var cpu2 = process.TotalProcessorTime;
            if (pass == 0) continue; // warm-up
            tagWall += tagged.TotalSeconds; parseWall += parsed.TotalSeconds;
            tagCpu += (cpu1 - cpu0).TotalSeconds; parseCpu += (cpu2 - cpu1).TotalSeconds;
        }
        var inv = CultureInfo.InvariantCulture;
        double Rate(double seconds) => words * (double)passes / Math.Max(seconds, 1e-9);
        Console.WriteLine(string.Create(inv, $"  speed over {passes} passes, tokens/s of wall (CPU) time: tagger {Rate(tagWall):N0} ({Rate(tagCpu):N0}), parser {Rate(parseWall):N0} ({Rate(parseCpu):N0}), both {Rate(tagWall + parseWall):N0} ({Rate(tagCpu + parseCpu):N0})"));
    }

    private static T Load<T>(string file, Func<Stream, T> load)
    {
        using var stream = File.OpenRead(file);
        return load(stream);
    }

}
