using System.Threading.RateLimiting;
using Annalist.Corpus.Store;
using Annalist.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Annalist.Web;

/// <summary>
/// Builds the web host of <c>annalist serve</c>: the JSON API under /api, the OpenAPI document at
/// /openapi/v1.json and the page at /. The CLI runs it; the tests start it on a free loopback port.
/// </summary>
public static class WebServer
{
    public static WebApplication Build(WebOptions options)
    {
        // fail now, with the store's own code, rather than on the first request
        SqliteCorpusStore.Open(options.Database, write: false).Dispose();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new StorePool(options.Database, options.Readers));
        builder.Services.AddSingleton<WriteRoute>();
        builder.Services.AddRateLimiter(r =>
        {
            // per client address: one busy client cannot starve the others (all of them are local by default)
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c => RateLimitPartition.GetFixedWindowLimiter(
                c.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            r.OnRejected = (c, _) => new ValueTask(Problems.Write(c.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.WebRateLimited,
                $"more than {options.RequestsPerMinute} requests a minute from this address; wait a moment"));
        });

        var app = builder.Build();
        app.UseExceptionHandler(e => e.Run(c =>
        {
            var error = c.Features.Get<IExceptionHandlerFeature>()?.Error;
            // the store's message names the file and the cause; the log keeps it, the client gets the code
            app.Logger.LogError(error, "request failed");
            return Problems.Write(c, StatusCodes.Status500InternalServerError, ErrorCodes.WebFailed, "the request failed on the server; see the server's log");
        }));
        app.Use(SecurityHeaders);
        app.UseRateLimiter();
        Page.UseFiles(app);
        app.UseRouting();

        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (BadParameterException ex)
            {
                return Problems.BadParameter(ex.Message);
            }
        });
        DocumentEndpoints.Map(api);
        EntityEndpoints.Map(api);
        RecordEndpoints.Map(api);
        api.MapFallback(() => Problems.NotFound("no such API route; see /openapi/v1.json"));
        app.MapOpenApi();
        Page.Map(app);
        return app;
    }

    /// <summary>
    /// The page runs only its own scripts: no inline script, no other origin. Styles allow inline
    /// because the timeline library positions its items with style attributes.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        return next();
    }

    /// <summary>The address the server listens on once started (port 0 resolved to the real port).</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
}
