using System.CommandLine;
using Annalist;
using Annalist.Cli;
using Annalist.Cli.Commands;

var root = new RootCommand("Annalist: dated news articles in, a sourced record of who did what, when and where out.")
{
    AnalyzeCommand.Create(),
    EvalCommand.Create(),
    TimeMLCommand.Create(),
    BuildCommand.Create(),
    ParseCommand.Create(),
    TrainCommand.Create(),
    NerCommands.Tag(),
    IngestCommand.Create(),
    StatsCommand.Create(),
    QueryCommand.Create(),
    TimelineCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: {error.Message}");
    Console.Error.WriteLine("Run 'annalist --help' or 'annalist <command> --help' for usage.");
    return ExitCodes.BadUsage;
}
return parse.Invoke();
