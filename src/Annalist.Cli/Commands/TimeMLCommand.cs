using System.CommandLine;
using System.Text;
using Annalist.Documents;
using Annalist.Evaluation;
using Annalist.Pipeline;
using Annalist.Time;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist timeml</c>: tags TempEval-3 input files and writes them back as TimeML with TIMEX3
/// tags in TEXT, every other byte unchanged, for the official TempEval-3 scorer.
/// </summary>
public static class TimeMLCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "Folder of TempEval-3 files (*.tml or *.tml.TE3input).", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write <name>.tml files to (created if missing).", Required = true };
        var command = new Command("timeml", "Tag time expressions in TimeML files (TempEval-3 input) and write TimeML.") { input, output };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string input, string output)
    {
        if (!Directory.Exists(input))
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: '{input}': no such folder");
            return ExitCodes.BadUsage;
        }
        var files = Directory.EnumerateFiles(input)
            .Where(f => f.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".TE3input", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no *.tml or *.tml.TE3input files in '{input}'");
            return ExitCodes.BadUsage;
        }
        Directory.CreateDirectory(output);
        var pipeline = Pipelines.Default();
        var failed = 0;
        foreach (var f in files)
        {
            try
            {
                var tml = TimeMLFile.Load(f);
                var doc = new Document(tml.Name, tml.Text, tml.Dct);
                pipeline.Run(doc);
                var times = doc.TryGet(TimeLayers.Times, out var t) ? t : [];
                File.WriteAllText(Path.Combine(output, tml.Name + ".tml"), tml.WithTimes(times), new UTF8Encoding(false));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error {ErrorCodes.TimeMLUnreadable}: {f}: {e.Message}");
                failed++;
            }
        }
        Console.Error.WriteLine($"timeml: {files.Count - failed} of {files.Count} files written to {output}");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
