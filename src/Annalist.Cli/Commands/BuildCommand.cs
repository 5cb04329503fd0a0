using System.CommandLine;
using System.Diagnostics;
using Annalist.Entities.Clusters;
using Annalist.Entities.Gazetteers;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist build</c>: rebuild the lexical resources that are derived from public data.</summary>
public static class BuildCommand
{
    public static Command Create() => new("build", "Rebuild resources derived from data (see NOTICE).")
    {
        Gazetteers(),
        Clusters(),
        Cameo(),
    };

    private static Command Cameo()
    {
        var table = new Option<string>("--table") { Description = "The PLOVER project's CAMEO2PLOVER-2021.txt, e.g. ../shared/data/events/plover/CAMEO2PLOVER-2021.txt.", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "Where to write cameo.txt.",
            DefaultValueFactory = _ => "src/Annalist.Engine/Events/Resources/cameo.txt",
        };
        var command = new Command("cameo", "Build the CAMEO code of each PLOVER type and mode from the CAMEO-to-PLOVER table.") { table, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(table)!;
            if (!EvalSupport.AllExist([path])) return ExitCodes.BadUsage;
            using var reader = new StreamReader(path);
            var lines = Annalist.Events.CameoCodes.Build(reader);
            var header = "# PLOVER type <TAB> mode ('-': the type alone) <TAB> CAMEO code. Built by\n" +
                         "# `annalist build cameo --table ../shared/data/events/plover/CAMEO2PLOVER-2021.txt`; do not edit (NOTICE).\n";
            File.WriteAllText(parse.GetValue(output)!, header + string.Join('\n', lines) + "\n", new System.Text.UTF8Encoding(false));
            Console.WriteLine($"{lines.Count} codes -> {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Gazetteers()
    {
        var data = new Option<string>("--data") { Description = "The gazetteer lists, e.g. ../shared/data/ner/gazetteers.", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "Where to write gazetteer.tsv.",
            DefaultValueFactory = _ => "src/Annalist.Engine/Entities/Resources/gazetteer.tsv",
        };
        var command = new Command("gazetteers", "Build the gazetteer from countries, cities, leaders and international organisations.") { data, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: '{folder}': no such folder");
                return ExitCodes.BadUsage;
            }
            var clock = Stopwatch.StartNew();
            var (entries, report) = GazetteerBuilder.Build(folder, Gazetteer.BuiltInFacts());
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)))
                GazetteerFile.Write(writer, entries,
                    "Built by `annalist build gazetteers --data ../shared/data/ner/gazetteers`; do not edit (edit facts.tsv).\n" +
                    "Sources (see NOTICE): mledoze/countries (ODbL), GeoNames cities via datasets/world-cities (CC BY 4.0),\n" +
                    "Wikidata heads of state and government 2022 (CC0), SupraVerden international organisations (CC BY-SA 4.0).");
            Console.WriteLine($"{entries.Count} entries ({report.Countries} countries, {report.Cities} cities, {report.Leaders} leaders, {report.Organizations} organisations) -> {path} in {clock.ElapsedMilliseconds} ms");
            foreach (var u in report.Unmatched) Console.WriteLine($"  unmatched {u}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Clusters()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder, e.g. ../shared/data.", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "Where to write clusters.tsv.",
            DefaultValueFactory = _ => "src/Annalist.Engine/Entities/Resources/clusters.tsv",
        };
        var clusters = new Option<int>("--clusters") { Description = "Number of clusters (C).", DefaultValueFactory = _ => DefaultClusters };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times are not clustered.", DefaultValueFactory = _ => DefaultMinCount };
        var command = new Command("clusters", "Build Brown word clusters for the NER tagger from unlabeled news (one core).") { data, output, clusters, minCount };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            int c = parse.GetValue(clusters), min = parse.GetValue(minCount);
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: '{folder}': no such folder");
                return ExitCodes.BadUsage;
            }
            if (c < 2 || min < 1)
            {
                Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: --clusters must be at least 2 and --min-count at least 1");
                return ExitCodes.BadUsage;
            }
            var clock = Stopwatch.StartNew();
            var documents = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var source in ClusterCorpus.Sources) documents[source] = 0;
            var corpus = WordBigrams.Count(ClusterCorpus.Read(folder).Select(d =>
            {
                documents[d.Source]++;
                return d.Text;
            }), min);
            var counted = clock.Elapsed.TotalSeconds;
            foreach (var (source, n) in documents)
                Console.WriteLine($"  {source}: {n} documents{(n == 0 ? " (missing: the output will differ from the committed one)" : "")}");
            Console.WriteLine($"{corpus.Tokens:N0} tokens, {corpus.Types:N0} distinct words; {corpus.Words.Count:N0} seen at least {min} times " +
                $"({100.0 * (corpus.Tokens - corpus.RareCount) / Math.Max(1, corpus.Tokens):F1}% of tokens); counted in {counted:F1} s");
            var paths = BrownClusterer.Paths(corpus, c, (done, all) =>
            {
                if (done % 5000 == 0) Console.Error.WriteLine($"  {done:N0} / {all:N0} words, {clock.Elapsed.TotalSeconds:F0} s");
            });
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)))
                ClusterFile.Write(writer, corpus.Words, corpus.Counts, paths,
                    $"Brown word clusters (path, word, count). Built by `annalist build clusters --data ../shared/data --clusters {c} --min-count {min}`; do not edit.\n" +
                    "Derived from the text of Reuters-21578, Timeline17, PolNeAR (train), CoNLL-2003 eng.train, TimeBank and AQUAINT (see NOTICE); no text is kept.");
            Console.WriteLine($"{corpus.Words.Count:N0} words in {paths.Distinct().Count()} clusters -> {path} in {clock.Elapsed.TotalSeconds:F1} s " +
                $"(counting {counted:F1} s, clustering {clock.Elapsed.TotalSeconds - counted:F1} s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    // The committed clusters.tsv was built with these; see docs/EVAL.md (Word clusters) for how they were chosen.
    private const int DefaultClusters = 1000;
    private const int DefaultMinCount = 5;
}
