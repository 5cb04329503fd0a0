using System.Text;

namespace Annalist.Tests;

/// <summary>A temporary folder that deletes itself; tests write their own inputs into it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "annalist-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Finds files of the repository (docs, samples) from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Annalist.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Annalist.slnx) not found above " + AppContext.BaseDirectory);
    }

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);
}
