using System.CommandLine;
using System.Diagnostics;
using Annalist.Syntax;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist train tagger|parser</c>: train a syntax model from CoNLL-U treebanks.</summary>
public static class TrainCommand
{
    public static Command Create() => new("train", "Train a model from annotated data.")
    {
        Sub("tagger", "Train the part-of-speech tagger and the lemmatizer's exception lexicon.", "tagger.bin", 10, TrainTagger),
        Sub("parser", "Train the dependency parser and its relation labeler (on jackknifed tags).", "parser.bin", 12, TrainParser),
        NerCommands.Train(),
    };

    private sealed record Settings(string[] Data, string Split, string Out, int Seed, int Iterations, int Folds, int TaggerIterations, float MinWeight, int Beam = 1, string? TagsCache = null);

    private static Command Sub(string name, string description, string defaultOut, int defaultIterations, Func<Settings, List<TreebankSentence>, Stream, int> train)
    {
        var data = new Option<string[]>("--data") { Description = "CoNLL-U files or folders (a GUM folder is split by its splits.md).", Required = true, AllowMultipleArgumentsPerToken = true };
        var split = new Option<string>("--split") { Description = "GUM split to train on: train, dev or all.", DefaultValueFactory = _ => "train" };
        split.AcceptOnlyFromAmong("train", "dev", "all");
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => defaultOut };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling; same data and seed give the same bytes.", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the data.", DefaultValueFactory = _ => defaultIterations };
        var command = new Command(name, description) { data, split, output, seed, iterations };
        Option<int>? folds = null, taggerIterations = null;
        Option<float>? minWeight = null;
        Option<int>? beam = null;
        Option<string?>? tagsCache = null;
        if (name == "parser")
        {
            folds = new Option<int>("--tagger-folds") { Description = "Train the parser on tags from N taggers, each not trained on the sentences it tags (0 = gold tags).", DefaultValueFactory = _ => 5 };
            taggerIterations = new Option<int>("--tagger-iterations") { Description = "Iterations of those taggers.", DefaultValueFactory = _ => 10 };
            minWeight = new Option<float>("--min-weight") { Description = "Drop averaged transition weights below this: a smaller, faster model.", DefaultValueFactory = _ => 1.0f };
            command.Add(folds);
            command.Add(taggerIterations);
            command.Add(minWeight);
            beam = new Option<int>("--beam") { Description = "Beam width: 1 trains the greedy parser; K > 1 a beam parser with a global perceptron (max-violation updates), about K times slower to parse.", DefaultValueFactory = _ => 1 };
            tagsCache = new Option<string?>("--tags-cache") { Description = "File of jackknifed tags: read if it exists (and fits the data), else written, so repeated runs skip the jackknife taggers." };
            command.Add(beam);
            command.Add(tagsCache);
        }
        command.SetAction(parse =>
        {
            var s = new Settings(parse.GetValue(data)!, parse.GetValue(split)!, parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(iterations),
                folds is null ? 0 : parse.GetValue(folds), taggerIterations is null ? 0 : parse.GetValue(taggerIterations),
                minWeight is null ? 0f : parse.GetValue(minWeight), beam is null ? 1 : parse.GetValue(beam), tagsCache is null ? null : parse.GetValue(tagsCache));
            if (!EvalSupport.AllExist(s.Data)) return ExitCodes.BadUsage;
            var sentences = new List<TreebankSentence>();
            foreach (var path in s.Data)
            {
                var loaded = Treebank.Load(path, s.Split);
                Console.Error.WriteLine($"{path}: {loaded.Count} sentences, {loaded.Sum(x => x.Length)} words ({s.Split} split where one applies)");
                sentences.AddRange(loaded);
            }
            if (sentences.Count == 0)
            {
                Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no sentences in {string.Join(", ", s.Data)}");
                return ExitCodes.BadUsage;
            }
            var clock = Stopwatch.StartNew();
            var bytes = new MemoryStream();
            var code = train(s, sentences, bytes);
            File.WriteAllBytes(s.Out, bytes.ToArray());
            Console.Error.WriteLine($"wrote {s.Out}: {bytes.Length:N0} bytes in {clock.Elapsed.TotalSeconds:F1} s");
            return code;
        });
        return command;
    }

    private static int TrainTagger(Settings s, List<TreebankSentence> sentences, Stream output)
    {
        var tagger = PosTagger.Train(sentences, s.Iterations, s.Seed, Console.Error.WriteLine);
        tagger.Save(output);
        Console.Error.WriteLine($"{tagger.Tags.Count} tags, {tagger.Lemmatizer.ExceptionCount} lemma exceptions");
        return ExitCodes.Ok;
    }

    private static int TrainParser(Settings s, List<TreebankSentence> sentences, Stream output)
    {
        var tags = s.TagsCache is { } cache ? TagsCache.Read(cache, sentences) : null;
        if (tags is null)
        {
            tags = DependencyParser.JackknifeTags(sentences, s.Folds, s.TaggerIterations, s.Seed, Console.Error.WriteLine);
            if (s.TagsCache is not null) TagsCache.Write(s.TagsCache, tags);
        }
        else Console.Error.WriteLine($"jackknifed tags read from {s.TagsCache}");
        var parser = DependencyParser.Train(sentences, tags, s.Iterations, s.Seed, Console.Error.WriteLine, s.MinWeight, s.Beam);
        parser.Save(output);
        Console.Error.WriteLine($"{parser.Relations.Count} relations");
        return ExitCodes.Ok;
    }
}
