using System.Globalization;

namespace Annalist.Cli.Commands;

/// <summary>What every command over gold data does the same way: check its paths, list its files, apply a threshold.</summary>
internal static class EvalSupport
{
    /// <summary>Prints ANL9003 for the first path that does not exist; true when all exist.</summary>
    public static bool AllExist(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"error {ErrorCodes.DataNotFound}: '{path}': no such file or folder");
                return false;
            }
        return true;
    }

    /// <summary>The files named, and the matching files under the folders named (recursively, in ordinal order).</summary>
    public static List<string> Files(IEnumerable<string> paths, Func<string, bool> match)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(match).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
        }
        return files;
    }

    /// <summary>Prints ANL9004 and returns false when <paramref name="value"/> is below <paramref name="min"/>.</summary>
    public static bool Check(string what, double value, double? min)
    {
        if (min is not { } m || value >= m) return true;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error {ErrorCodes.BelowThreshold}: {what} {value * 100:F2} is below the threshold {m * 100:F2}"));
        return false;
    }
}
