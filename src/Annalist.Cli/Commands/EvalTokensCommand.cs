using System.CommandLine;
using System.Globalization;
using Annalist.Evaluation;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval tokens</c>: sentence-boundary and token agreement with CoNLL-U gold.</summary>
public static class EvalTokensCommand
{
    public static Command Create()
    {
        var conllu = new Option<string[]>("--conllu") { Description = "CoNLL-U files or folders of them (e.g. ../shared/data/ner/gum/dep).", Required = true, AllowMultipleArgumentsPerToken = true };
        var genre = new Option<string?>("--genre") { Description = "Only documents of this genre (GUM: news, bio, ...)." };
        var name = new Option<string?>("--name") { Description = "Label for the report." };
        var minSentence = new Option<double?>("--min-sentence-f1") { Description = "Exit 1 when sentence boundary F1 is below this (0..1)." };
        var minToken = new Option<double?>("--min-token-f1") { Description = "Exit 1 when token F1 is below this (0..1)." };
        var errors = new Option<int>("--errors") { Description = "Print this many mismatches (missed or extra sentence ends, wrong tokens)." };
        var command = new Command("tokens", "Sentence boundary and token F1 against CoNLL-U gold (GUM, UD EWT).")
        {
            conllu, genre, name, minSentence, minToken, errors,
        };
        command.SetAction(parse => Run(parse.GetValue(conllu)!, parse.GetValue(genre), parse.GetValue(name), parse.GetValue(minSentence), parse.GetValue(minToken), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string[] paths, string? genre, string? name, double? minSentence, double? minToken, int errors)
    {
        if (!EvalSupport.AllExist(paths)) return ExitCodes.BadUsage;
        var files = EvalSupport.Files(paths, f => f.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase));
        var report = TokenEvaluator.Evaluate(name ?? string.Join(", ", paths), files, genre, errors);
        if (report.Documents == 0)
        {
            Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: no CoNLL-U documents{(genre is null ? "" : $" of genre '{genre}'")} in {string.Join(", ", paths)}");
            return ExitCodes.BadUsage;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{report.Name}: {report.Documents} documents, {report.Sentences} sentences, {report.Tokens} tokens"));
        Console.WriteLine(Line("sentence boundaries", report.SentenceBoundaries));
        Console.WriteLine(Line("tokens", report.TokenSpans));
        foreach (var example in report.Examples) Console.WriteLine("  " + example);

        var ok = EvalSupport.Check("sentence boundary F1", report.SentenceBoundaries.F1, minSentence) & EvalSupport.Check("token F1", report.TokenSpans.F1, minToken);
        return ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static string Line(string label, BoundaryScore s) => string.Create(CultureInfo.InvariantCulture,
        $"  {label,-20} P {s.Precision * 100:F2}  R {s.Recall * 100:F2}  F1 {s.F1 * 100:F2}  (gold {s.Gold}, predicted {s.Predicted}, correct {s.Correct})");

}
