using System.CommandLine;
using System.Diagnostics;
using Annalist.Entities.Gazetteers;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist build</c>: rebuild the lexical resources that are derived from public data.</summary>
public static class BuildCommand
{
    public static Command Create() => new("build", "Rebuild resources derived from data (see NOTICE).")
    {
        Gazetteers(),
    };

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
}
