using System.CommandLine;
using System.Text;
using Annalist.Syntax;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist parse</c>: fill a CoNLL-U file's tags, lemmas, heads and relations, keeping its words and sentences.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--conllu") { Description = "CoNLL-U file to annotate (- for standard input).", Required = true };
        var output = new Option<string>("--out") { Description = "File to write (- or absent for standard output)." };
        var command = new Command("parse", "Tag and parse a CoNLL-U file with the built-in models (LEMMA, UPOS, XPOS, HEAD, DEPREL filled in).") { input, output };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string input, string? output)
    {
        if (input != "-" && !File.Exists(input))
        {
            Console.Error.WriteLine($"error {ErrorCodes.InputNotFound}: '{input}': no such file");
            return ExitCodes.BadUsage;
        }
        var utf8 = new UTF8Encoding(false);
        using var reader = input == "-" ? new StreamReader(Console.OpenStandardInput(), utf8) : new StreamReader(input, utf8);
        using var writer = output is null or "-" ? new StreamWriter(Console.OpenStandardOutput(), utf8) : new StreamWriter(output, false, utf8);
        var warnings = 0;
        ConlluAnnotator.Annotate(reader, writer, SyntaxModels.Tagger, SyntaxModels.Parser, w => { warnings++; Console.Error.WriteLine($"{w} ({input})"); });
        return ExitCodes.Ok;
    }
}
