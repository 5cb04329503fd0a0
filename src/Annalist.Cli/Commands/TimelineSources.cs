using System.Text.Json;
using Annalist.Corpus.Timelines;
using Annalist.Documents;
using Annalist.Entities.Clusters;
using Annalist.Pipeline;
using Annalist.Reading;

namespace Annalist.Cli.Commands;

/// <summary>
/// Where <c>eval tls</c> gets a topic's sentences from. This is the one seam to change when the
/// store lands: replace <see cref="AnalyzeInMemory"/> by "ingest the topic's articles into a
/// temporary database, then ask the store for the sentences of the matching articles".
/// </summary>
internal delegate IReadOnlyList<TimelineSentence> TopicSource(Timeline17Topic topic);

internal static class TimelineSources
{
    /// <summary>Analyzes the topic's articles with the default pipeline, dated by their folder, in memory.</summary>
    public static TopicSource AnalyzeInMemory(int parallel)
    {
        var pipeline = Pipelines.Default();
        return topic =>
        {
            var items = topic.Articles.Select((path, i) => ReadItem.Deferred(path, () =>
                // Timeline17 is PTB-tokenized (-LRB-, ``): the analyzers read the characters back.
                ReadItem.Ok(path, new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ClusterCorpus.UnescapePtb(File.ReadAllText(path)).Replace("\\/", "/", StringComparison.Ordinal),
                    Timeline17Topic.Published(path)))));
            var sentences = new List<TimelineSentence>();
            foreach (var (_, list) in BatchAnalyzer.Run(items, pipeline, parallel,
                r => r.Document is { } doc ? TimelineSentence.From(doc, long.Parse(doc.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList() : []))
                sentences.AddRange(list);
            return sentences;
        };
    }

    /// <summary>
    /// Keeps each topic's sentences in <c>DIR/&lt;topic&gt;.json</c> after the first run, so that
    /// tuning the timeline builder does not analyze the articles again. Delete the folder after
    /// changing the analyzers.
    /// </summary>
    public static TopicSource Cached(string folder, TopicSource inner) => topic =>
    {
        var file = Path.Combine(folder, topic.Name + ".json");
        if (File.Exists(file))
            return JsonSerializer.Deserialize<List<TimelineSentence>>(File.ReadAllBytes(file)) ?? [];
        var sentences = inner(topic);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(file, JsonSerializer.SerializeToUtf8Bytes(sentences));
        return sentences;
    };
}
