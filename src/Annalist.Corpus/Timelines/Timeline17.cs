using Annalist.Corpus.Timelines.Scoring;
using Annalist.Reading;

namespace Annalist.Corpus.Timelines;

/// <summary>One gold timeline of a Timeline17 topic, named by its file.</summary>
public sealed record GoldTimeline(string Name, DatedSummaries Days)
{
    public DateOnly First => Days.Days.Keys.First();

    public DateOnly Last => Days.Days.Keys.Last();

    /// <summary>
    /// Sentences per date as news-tls sets it: the gold's mean, rounded half to even (Python's round).
    /// </summary>
    public int SentencesPerDate => Math.Max(1, (int)Math.Round(Days.Days.Values.Average(s => s.Count), MidpointRounding.ToEven));
}

/// <summary>A Timeline17 topic: its articles (InputDocs/&lt;date&gt;/&lt;n&gt;.htm.txt, in path order) and gold timelines.</summary>
public sealed record Timeline17Topic(string Name, string Folder, IReadOnlyList<string> Articles, IReadOnlyList<GoldTimeline> Gold)
{
    /// <summary>The publication date of an article, from its folder name.</summary>
    public static DateOnly? Published(string articlePath) => DateParsing.FromPath(articlePath);
}

/// <summary>Reads the Timeline17 data set (Tran et al. 2013) as distributed with news-tls.</summary>
public static class Timeline17
{
    /// <summary>The topics under <paramref name="root"/> in ordinal order, or only those named.</summary>
    public static List<Timeline17Topic> Load(string root, IReadOnlyCollection<string>? only = null)
    {
        var topics = new List<Timeline17Topic>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (only is { Count: > 0 } && !only.Contains(name)) continue;
            var inputs = Path.Combine(folder, "InputDocs");
            var golds = Path.Combine(folder, "timelines");
            if (!Directory.Exists(inputs) || !Directory.Exists(golds)) continue;
            var articles = Directory.EnumerateFiles(inputs, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var gold = Directory.EnumerateFiles(golds, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new GoldTimeline(Path.GetFileNameWithoutExtension(f), TimelineReader.Read(File.ReadAllText(f))))
                .Where(g => g.Days.Days.Count > 0)
                .ToList();
            topics.Add(new Timeline17Topic(name, folder, articles, gold));
        }
        return topics;
    }
}
