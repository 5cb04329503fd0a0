using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace Annalist.Web;

/// <summary>The page: index.html at /, its scripts and styles from the embedded wwwroot, nothing else.</summary>
internal static class Page
{
    private static readonly EmbeddedAssets Assets = new();

    /// <summary>Serves the files; runs before routing, since the fallback route below would otherwise claim every path.</summary>
    public static void UseFiles(WebApplication app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = Assets,
        ContentTypeProvider = new FileExtensionContentTypeProvider(),
        OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
    });

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => File("index.html")).ExcludeFromDescription();
        app.MapFallback((HttpContext c) => Problems.NotFound($"no such page '{c.Request.Path}'")).ExcludeFromDescription();
    }

    private static IResult File(string name) =>
        Assets.GetFileInfo(name) is { Exists: true } f ? Results.Stream(f.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound();
}
