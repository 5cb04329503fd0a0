using Microsoft.AspNetCore.Builder;

namespace Annalist.Web.Tests;

/// <summary>The real server (Kestrel) on a free loopback port, started in-process.</summary>
public sealed class Server : IAsyncDisposable
{
    public const string Token = "test-token-0123456789";

    private readonly WebApplication _app;

    public Server(WebOptions options)
    {
        _app = WebServer.Build(options);
        _app.StartAsync().GetAwaiter().GetResult();
        Address = WebServer.Address(_app);
        Http = new HttpClient { BaseAddress = new Uri(Address) };
    }

    public static Server Start(string? token = Token, int perMinute = 100_000, long maxBytes = 1_000_000, string? database = null) => new(new WebOptions
    {
        Database = database ?? Corpus.Database,
        Urls = "http://127.0.0.1:0",
        Token = token,
        RequestsPerMinute = perMinute,
        MaxRequestBytes = maxBytes,
    });

    public string Address { get; }

    public HttpClient Http { get; }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One server shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public Server Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = Server.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
