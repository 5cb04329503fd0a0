using System.Text.Json;
using Annalist.Corpus.Ingest;
using Annalist.Corpus.Store;
using Annalist.Corpus.Timelines;
using Annalist.Documents;
using Annalist.Entities.Clusters;
using Annalist.Pipeline;
using Annalist.Reading;
using Microsoft.Data.Sqlite;

namespace Annalist.Cli.Commands;

/// <summary>Where <c>eval tls</c> gets a topic's sentences from.</summary>
internal delegate IReadOnlyList<TimelineSentence> TopicSource(Timeline17Topic topic);

internal static class TimelineSources
{
    /// <summary>
    /// Ingests the topic's articles (dated by their folder) into a new store in a temporary
    /// folder and asks it for the sentences of every article, as `annalist timeline` does.
    /// </summary>
    public static TopicSource Ingest(int parallel)
    {
        var pipeline = Pipelines.Default();
        return topic =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "annalist-tls-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                using var store = SqliteCorpusStore.Open(Path.Combine(folder, topic.Name + ".db"), write: true);
                var items = topic.Articles.Select(path => ReadItem.Deferred(path, () =>
                    // Timeline17 is PTB-tokenized (-LRB-, ``): the analyzers read the characters back.
                    ReadItem.Ok(path, new Document(Path.GetFileNameWithoutExtension(path),
                        ClusterCorpus.UnescapePtb(File.ReadAllText(path)).Replace("\\/", "/", StringComparison.Ordinal),
                        Timeline17Topic.Published(path)))));
                new Ingestor(store, pipeline) { Parallelism = parallel }.Run(items,
                    problem => Console.Error.WriteLine($"warning {problem.Diagnostic.Code}: {problem.Location}: {problem.Diagnostic.Message}"));
                return store.TimelineSentences(new DocumentFilter()).ToList();
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
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
