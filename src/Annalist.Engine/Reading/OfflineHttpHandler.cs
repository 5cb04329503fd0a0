namespace Annalist.Reading;

/// <summary>
/// Given to SmartReader as its HTTP handler so that no code path of it (image sizes, data URIs,
/// fetching a page by URL) can reach the network: every request fails at once. The readers pass
/// pages as strings and never ask it to fetch; this makes that a guarantee, not a habit.
/// </summary>
internal sealed class OfflineHttpHandler : HttpMessageHandler
{
    public static readonly OfflineHttpHandler Instance = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Annalist reads files offline; refused to fetch {request.RequestUri}");

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Annalist reads files offline; refused to fetch {request.RequestUri}");
}
