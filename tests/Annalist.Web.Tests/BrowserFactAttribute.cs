namespace Annalist.Web.Tests;

/// <summary>
/// A browser test: skipped, with the reason, where Debian's chromium is not installed (a bare
/// clone), unless ANNALIST_BROWSER_TESTS=required (CI sets it), where a missing browser fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && !Required)
            Skip = $"{Chromium} is missing (apt-get install -y chromium); set ANNALIST_BROWSER_TESTS=required to make this a failure";
    }

    public static bool Required => Environment.GetEnvironmentVariable("ANNALIST_BROWSER_TESTS") == "required";
}
