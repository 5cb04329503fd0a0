using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Annalist.Web;

/// <summary>
/// The page's files, read from this assembly's embedded resources (named "wwwroot/..." in the
/// project file). Only names that are in the assembly can be served, so no request path can
/// reach the file system ("../", encoded slashes and the like simply find nothing).
/// </summary>
internal sealed class EmbeddedAssets : IFileProvider
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly HashSet<string> Names = [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal))];
    private readonly DateTimeOffset _built = File.GetLastWriteTimeUtc(Assembly.Location);

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = "wwwroot/" + subpath.TrimStart('/');
        return Names.Contains(name) ? new Asset(name, _built) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class Asset(string name, DateTimeOffset modified) : IFileInfo
    {
        public bool Exists => true;
        public long Length { get; } = Assembly.GetManifestResourceStream(name)!.Length;
        public string? PhysicalPath => null;
        public string Name => name[(name.LastIndexOf('/') + 1)..];
        public DateTimeOffset LastModified => modified;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => Assembly.GetManifestResourceStream(name)!;
    }
}
