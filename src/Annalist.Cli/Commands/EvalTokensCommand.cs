using System.CommandLine;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval tokens</c>: sentence-boundary and token agreement with CoNLL-U gold.</summary>
public static class EvalTokensCommand
{
    public static Command Create()
    {
        var command = new Command("tokens", "Sentence boundary and token F1 against CoNLL-U gold (GUM, UD EWT).");
        command.SetAction(_ => 0);
        return command;
    }
}
