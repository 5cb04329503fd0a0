using System.CommandLine;
using Annalist.Corpus.Store;
using Annalist.Web;
using Microsoft.Extensions.Hosting;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist serve</c>: the JSON API and the page over a corpus database, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    /// <summary>The environment variable that may carry the write token instead of --token (it stays out of `ps`).</summary>
    public const string TokenVariable = "ANNALIST_TOKEN";

    public static Command Create()
    {
        var db = StoreOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var token = new Option<string?>("--token") { Description = $"Token that allows POST /api/documents (or set {TokenVariable}); without one the server is read-only." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest request body accepted, in bytes.", DefaultValueFactory = _ => 1_000_000 };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per minute per client address.", DefaultValueFactory = _ => 600 };
        var command = new Command("serve", "Serve the API (/api, OpenAPI at /openapi/v1.json) and the page (/) over a corpus database.")
        {
            db, urls, token, maxBytes, rate,
        };
        command.SetAction(p =>
        {
            if (p.GetValue(maxBytes) <= 0 || p.GetValue(rate) <= 0)
            {
                Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: --max-bytes and --rate-limit must be positive");
                return ExitCodes.BadUsage;
            }
            var options = new WebOptions
            {
                Database = p.GetValue(db)!,
                Urls = p.GetValue(urls)!,
                Token = p.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable),
                MaxRequestBytes = p.GetValue(maxBytes),
                RequestsPerMinute = p.GetValue(rate),
            };
            try
            {
                var app = WebServer.Build(options);
                app.Start();
                Console.Error.WriteLine($"serving {options.Database} on {WebServer.Address(app)} " +
                    (string.IsNullOrEmpty(options.Token) ? "(read-only)" : "(POST /api/documents needs the token)") + "; Ctrl+C stops");
                app.WaitForShutdown();
                return ExitCodes.Ok;
            }
            catch (StoreException ex)
            {
                Console.Error.WriteLine($"error {ex.Code}: {ex.Detail}");
                return ex.Code == ErrorCodes.DatabaseNotFound ? ExitCodes.BadUsage : ExitCodes.SomeFailed;
            }
            catch (IOException ex)
            {
                // Kestrel could not bind (port taken, bad address)
                Console.Error.WriteLine($"error {ErrorCodes.BadUsage}: cannot listen on {options.Urls}: {ex.Message}");
                return ExitCodes.BadUsage;
            }
        });
        return command;
    }
}
