#:project ../src/Annalist.Engine/Annalist.Engine.csproj
// Checks entity resolution on the seed article by hand (not a unit test: it reads ../shared).
// The NER stage is not on this branch, so the named mentions are the ones a correct NER would
// produce, listed below by surface form and type, and found at token boundaries. Writes the
// article's JSON and prints the entities; score it with
//   python3 ../shared/tools/seedfacts.py ../shared/data/seed/seed.gold.json /tmp/seed-entities.json
// usage: dotnet run scripts/seed-entities.cs [seed file] [--variant]
// --variant uses mentions as a weaker NER might give them: titles inside person spans, the
// groupings typed as places, demonyms typed OTHER.
using System.Collections.Immutable;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Entities.Resolution;
using Annalist.Export;
using Annalist.Pipeline;
using Annalist.Reading;

var path = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "../shared/data/seed/000_a5f011b4c709f322.txt";
var variant = args.Contains("--variant");
var doc = DocumentReaders.Default.ReadPath(path, new ReadOptions()).Single().Document!;
Pipelines.Default().Run(doc);

(string Surface, string Type)[] names = variant
    ?
    [
        ("President Volodymyr Zelenskyy", "PERSON"), ("Defence Minister Rustem Umerov", "PERSON"), ("Vladimir Medinsky", "PERSON"),
        ("Zelenskyy", "PERSON"), ("Zelesnkyy", "PERSON"), ("Russian", "OTHER"), ("Ukrainian", "OTHER"), ("European", "OTHER"),
        ("Turkey", "GPE"), ("Istanbul", "GPE"), ("Kyiv", "GPE"), ("Moscow", "GPE"), ("Ukraine", "GPE"), ("Russia", "GPE"),
        ("Belarus", "GPE"), ("Vilnius", "GPE"), ("America", "GPE"), ("Europe", "LOCATION"), ("West", "LOCATION"),
        ("Bucharest Nine", "GPE"), ("Nordic Countries", "LOCATION"), ("Spiderweb", "EVENT"),
    ]
    :
    [
        ("Volodymyr Zelenskyy", "PERSON"), ("Rustem Umerov", "PERSON"), ("Vladimir Medinsky", "PERSON"),
        ("Zelenskyy", "PERSON"), ("Zelesnkyy", "PERSON"), ("Russian", "GROUP"), ("Ukrainian", "GROUP"), ("European", "GROUP"),
        ("Turkey", "GPE"), ("Istanbul", "GPE"), ("Kyiv", "GPE"), ("Moscow", "GPE"), ("Ukraine", "GPE"), ("Russia", "GPE"),
        ("Belarus", "GPE"), ("Vilnius", "GPE"), ("America", "GPE"), ("Europe", "LOCATION"), ("West", "LOCATION"),
        ("Bucharest Nine", "ORGANIZATION"), ("Nordic Countries", "ORGANIZATION"), ("Spiderweb", "OTHER"),
    ];

var tokens = doc.Get(CoreLayers.Tokens);
var words = tokens.Select(t => doc.Text[t.Start..t.End]).ToArray();
var mentions = ImmutableArray.CreateBuilder<NamedMention>();
for (var i = 0; i < words.Length;)
{
    var best = (Count: 0, Type: "");
    foreach (var (surface, type) in names)
    {
        var parts = Annalist.Text.Tokenizer.Tokenize(surface).Select(t => surface[t.Start..t.End]).ToArray();
        if (parts.Length > best.Count && i + parts.Length <= words.Length && parts.Select((p, k) => p == words[i + k]).All(x => x))
            best = (parts.Length, type);
    }
    if (best.Count == 0) { i++; continue; }
    mentions.Add(new NamedMention(i, best.Count, tokens[i].Start, tokens[i + best.Count - 1].End, best.Type));
    i += best.Count;
}
doc.Set(EntityLayers.Mentions, mentions.ToImmutable());
new EntityStage().Run(doc);

foreach (var e in doc.Get(EntityLayers.Entities))
    Console.WriteLine($"{e.Id,-28} {e.Type,-12} {e.Name,-22} {e.Role}{(e.Gender is null ? "" : $" [{e.Gender}]")}\n    "
        + string.Join(" | ", e.Mentions.Select(m => $"{m.Text} ({m.Kind})")));
using var file = File.Create("/tmp/seed-entities.json");
using var w = new Utf8JsonWriter(file, JsonContractWriter.WriterOptions(indented: true));
JsonContractWriter.Write(w, doc);
Console.WriteLine("wrote /tmp/seed-entities.json");
