#:project ../src/Annalist.Engine/Annalist.Engine.csproj
// Checks entity resolution on the seed article by hand (not a unit test: it reads ../shared).
// The NER stage is not on this branch, so the named mentions are the ones a correct NER would
// produce, listed below by surface form and type, and found at token boundaries. Writes the
// article's JSON and prints the entities; score it with
//   python3 ../shared/tools/seedfacts.py ../shared/data/seed/seed.gold.json /tmp/seed-entities.json
// usage: dotnet run scripts/seed-entities.cs [seed file] [--variant | --auto]
// --variant uses mentions as a weaker NER might give them: titles inside person spans, the
// groupings typed as places, demonyms typed OTHER. --auto makes them without the list: gazetteer
// matches (demonyms as GROUP) plus runs of capitalized words that do not start a sentence
// (two words or more PERSON, else OTHER), leaving out title words.
using System.Collections.Immutable;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Entities.Gazetteers;
using Annalist.Entities;
using Annalist.Entities.Resolution;
using Annalist.Export;
using Annalist.Pipeline;
using Annalist.Reading;

var path = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "../shared/data/seed/000_a5f011b4c709f322.txt";
var variant = args.Contains("--variant");
var auto = args.Contains("--auto");
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
if (auto) mentions = AutoMentions(doc);
doc.Set(EntityLayers.Mentions, mentions.ToImmutable());
new EntityStage().Run(doc);

foreach (var e in doc.Get(EntityLayers.Entities))
    Console.WriteLine($"{e.Id,-28} {e.Type,-12} {e.Name,-22} {e.Role}{(e.Gender is null ? "" : $" [{e.Gender}]")}\n    "
        + string.Join(" | ", e.Mentions.Select(m => $"{m.Text} ({m.Kind})")));
using var file = File.Create("/tmp/seed-entities.json");
using var w = new Utf8JsonWriter(file, JsonContractWriter.WriterOptions(indented: true));
JsonContractWriter.Write(w, doc);
Console.WriteLine("wrote /tmp/seed-entities.json");

static ImmutableArray<NamedMention>.Builder AutoMentions(Document doc)
{
    var tokens = doc.Get(CoreLayers.Tokens);
    var taken = new bool[tokens.Length];
    var found = new List<NamedMention>();
    foreach (var m in GazetteerMatcher.Default.Match(doc))
    {
        var type = m.IsDemonym ? "GROUP" : m.Entries[0].Type;
        found.Add(new NamedMention(m.First, m.Count, tokens[m.First].Start, tokens[m.First + m.Count - 1].End, type));
        for (var t = m.First; t < m.First + m.Count; t++) taken[t] = true;
    }
    var sentenceStarts = doc.Get(CoreLayers.Sentences).Select(s => s.FirstToken).ToHashSet();
    string[] titles = ["President", "Minister", "Defence", "Mr", "Mr.", "The", "I", "We", "That", "If", "And", "At", "As"];
    bool Capitalized(int t) => !taken[t] && tokens[t].Kind == TokenKind.Word && char.IsUpper(doc.Text[tokens[t].Start])
        && !titles.Contains(doc.Text[tokens[t].Start..tokens[t].End]);
    for (var i = 0; i < tokens.Length; i++)
    {
        if (!Capitalized(i)) continue;
        var j = i;
        while (j + 1 < tokens.Length && Capitalized(j + 1)) j++;
        if (!(i == j && (sentenceStarts.Contains(i) || (i > 0 && doc.Text[tokens[i - 1].Start] is '"' or '“'))))
            found.Add(new NamedMention(i, j - i + 1, tokens[i].Start, tokens[j].End, j > i ? "PERSON" : "OTHER"));
        i = j;
    }
    var builder = ImmutableArray.CreateBuilder<NamedMention>();
    builder.AddRange(found.OrderBy(m => m.First));
    return builder;
}
