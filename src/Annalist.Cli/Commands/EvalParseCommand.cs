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
        var minUpos = new Option<double?>("--min-upos") { Description = "Exit 1 below this UPOS accuracy (0..1)." };
        var minXpos = new Option<double?>("--min-xpos") { Description = "Exit 1 below this XPOS accuracy (0..1)." };
        var minUas = new Option<double?>("--min-uas") { Description = "Exit 1 below this UAS (0..1)." };
        var minLas = new Option<double?>("--min-las") { Description = "Exit 1 below this LAS (0..1)." };
        var command = new Command("parse", "Tagging and parsing scores on gold tokenization (CoNLL 2018 convention: all words, punctuation included).")
        {
            conllu, split, name, tagger, parser, minUpos, minXpos, minUas, minLas,
        };
        command.SetAction(p => Run(p.GetValue(conllu)!, p.GetValue(split)!, p.GetValue(name), p.GetValue(tagger), p.GetValue(parser),
            (p.GetValue(minUpos), p.GetValue(minXpos), p.GetValue(minUas), p.GetValue(minLas))));
        return command;
    }

    private static int Run(string[] paths, string split, string? name, string? taggerFile, string? parserFile, (double? Upos, double? Xpos, double? Uas, double? Las) min)
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
        clock.Restart();
        var r = ParseEvaluator.Evaluate(name ?? string.Join(", ", paths), sentences, tagger, parser);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{r.Name} ({split}): {sentences.Select(s => s.DocumentId).Distinct().Count()} documents, {r.Sentences} sentences, {r.Words} words; models loaded in {loadMs:F0} ms, scored in {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(inv, $"  UPOS {r.UposAccuracy * 100:F2}  XPOS {r.XposAccuracy * 100:F2}  lemma {r.LemmaAccuracy * 100:F2}  UAS {r.Uas * 100:F2}  LAS {r.Las * 100:F2}  (LAS with subtypes {r.FullLas * 100:F2})"));
        var ok = EvalSupport.Check("UPOS", r.UposAccuracy, min.Upos) & EvalSupport.Check("XPOS", r.XposAccuracy, min.Xpos) & EvalSupport.Check("UAS", r.Uas, min.Uas) & EvalSupport.Check("LAS", r.Las, min.Las);
        return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static T Load<T>(string file, Func<Stream, T> load)
    {
        using var stream = File.OpenRead(file);
        return load(stream);
    }

}
