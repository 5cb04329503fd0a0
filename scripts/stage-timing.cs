#:project ../src/Annalist.Engine/Annalist.Engine.csproj
// Per-stage time of the default pipeline over Timeline17 articles (one thread, after a warm-up
// pass), to check what a stage adds to the whole. Not a unit test: it reads ../shared.
// usage: dotnet run scripts/stage-timing.cs [articles=400]
using System.Diagnostics;
using Annalist.Documents;
using Annalist.Pipeline;

var count = args.Length > 0 ? int.Parse(args[0]) : 400;
var files = Directory.EnumerateFiles("../shared/data/timelines/timeline17", "*.txt", SearchOption.AllDirectories)
    .Where(f => f.Contains("InputDocs")).Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0).Take(count).ToList();
var texts = files.Select(File.ReadAllText).ToList();
var pipeline = Pipelines.Default();
var ms = new double[pipeline.Stages.Count];
long words = 0;
for (var pass = 0; pass < 2; pass++)
{
    Array.Clear(ms);
    foreach (var text in texts)
    {
        var doc = new Document("t", text, new DateOnly(2010, 1, 21));
        for (var s = 0; s < pipeline.Stages.Count; s++)
        {
            var clock = Stopwatch.StartNew();
            pipeline.Stages[s].Run(doc);
            ms[s] += clock.Elapsed.TotalMilliseconds;
        }
        if (pass == 1) words += doc.Get(CoreLayers.Tokens).Length;
    }
}
var total = ms.Sum();
Console.WriteLine($"{texts.Count} Timeline17 articles, {words / texts.Count:N0} tokens each on average; {total / texts.Count:F3} ms per article in all");
for (var s = 0; s < ms.Length; s++)
    Console.WriteLine($"  {pipeline.Stages[s].Name,-12} {ms[s] / texts.Count,8:F3} ms/article  {ms[s] / total * 100,5:F1}%");
