using System.CommandLine;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval</c>: score a stage against gold data and fail below a threshold.</summary>
public static class EvalCommand
{
    public static Command Create() => new("eval", "Measure a stage on gold data.")
    {
        EvalTokensCommand.Create(),
        EvalTimexCommand.Create(),
        EvalParseCommand.Create(),
        NerCommands.Eval(),
        EvalQuotesCommand.Create(),
        EvalEventsCommand.Create(),
        EvalTlsCommand.Create(),
    };
}
