using Microsoft.Playwright;

namespace Annalist.Web.Tests;

/// <summary>Debian's chromium driven by Playwright (which cannot download a browser of its own here).</summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Chromium = browser;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> Launch()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium))
            throw new InvalidOperationException($"ANNALIST_BROWSER_TESTS=required but {BrowserFactAttribute.Chromium} is missing: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            // the machine has no internet: keep chromium from trying to reach Google's services
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return new Browser(playwright, browser);
    }

    public async Task<IPage> Open(string address, int width = 1280, int height = 900)
    {
        var page = await Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = address });
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
    }
}
