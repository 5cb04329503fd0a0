using Microsoft.AspNetCore.Http;

namespace Annalist.Web;

/// <summary>
/// Errors as RFC 7807 problem details, each with our stable code (docs/ERRORS.md, ANL85xx) in the
/// "code" extension member, so a client can tell the cases apart without parsing messages.
/// </summary>
public static class Problems
{
    public static IResult Of(int status, string code, string detail) => Results.Problem(
        detail: detail, statusCode: status, title: Title(status), type: $"https://annalist.invalid/errors/{code}",
        extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, ErrorCodes.WebNotFound, detail);

    public static IResult BadParameter(string detail) => Of(StatusCodes.Status400BadRequest, ErrorCodes.WebBadParameter, detail);

    /// <summary>Writes a problem outside an endpoint (rate limiter, exception handler, unknown routes).</summary>
    public static Task Write(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        return Of(status, code, detail).ExecuteAsync(context);
    }

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Token required",
        403 => "Read-only server",
        404 => "Not found",
        413 => "Request too large",
        429 => "Too many requests",
        _ => "Server error",
    };
}

/// <summary>A thrown bad parameter, turned into a 400 problem by the endpoint filter.</summary>
public sealed class BadParameterException(string message) : Exception(message);
