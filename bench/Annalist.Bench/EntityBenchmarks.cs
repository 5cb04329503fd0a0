using System.Collections.Immutable;
using System.Text;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Entities.Resolution;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench;

/// <summary>
/// Entity resolution alone over 200 generated articles of about 500 tokens, each with named
/// mentions as the NER stage would give them (people with titles and surnames, countries,
/// capitals, demonyms, organisations with acronyms) and he/she pronouns. Tokens, sentences and
/// mentions are made in setup. Target: a small share of NER + resolution at >= 100,000 tokens/s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokenThroughputConfig))]
public class EntityBenchmarks
{
    private Document[] _docs = null!;
    private readonly EntityResolver _resolver = EntityResolver.Default;

    [GlobalSetup]
    public void Setup()
    {
        _docs = EntityArticles.Build(200, seed: 7);
        var mentions = _docs.Sum(d => d.Get(EntityLayers.Mentions).Length);
        var entities = _docs.Sum(d => _resolver.Resolve(d).Length);
        Console.WriteLine($"// {_docs.Length} articles, {EntityArticles.TokenCount(_docs):N0} tokens, {mentions:N0} named mentions, {entities:N0} entities");
    }

    [Benchmark]
    public int ResolveEntities()
    {
        var n = 0;
        foreach (var d in _docs) n += _resolver.Resolve(d).Length;
        return n;
    }
}

/// <summary>A "tokens/s" column for <see cref="EntityBenchmarks"/>.</summary>
public sealed class TokenThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
{
    private static readonly int Tokens = EntityArticles.TokenCount(EntityArticles.Build(200, seed: 7));

    public TokenThroughputConfig() => AddColumn(new RateColumn("Tokens", "tokens/s (median)",
        "Tokens resolved per second, from the median time", () => Tokens, "N0"));
}

/// <summary>Generated articles with their named mentions set, for the entity benchmarks.</summary>
public static class EntityArticles
{
    private static readonly (string First, string Last, string Title)[] People =
    [
        ("Volodymyr", "Zelenskyy", "President"), ("Rustem", "Umerov", "Defence Minister"), ("Maria", "Lindgren", "Foreign Minister"),
        ("Peter", "Oduya", "Mr."), ("Halvard", "Brekkestad", "Chief Engineer"), ("Ines", "Marlowe", "Senator"),
    ];
    private static readonly (string Country, string Capital, string Demonym)[] Countries =
    [
        ("Ukraine", "Kyiv", "Ukrainian"), ("Russia", "Moscow", "Russian"), ("Turkey", "Ankara", "Turkish"), ("Poland", "Warsaw", "Polish"),
    ];
    private static readonly (string Name, string Acronym)[] Orgs =
    [
        ("North Atlantic Treaty Organization", "NATO"), ("Federation of Northern Grain Traders", "FNGT"), ("United Nations", "UN"),
    ];
    private static readonly string[] Filler =
    [
        "Prices rose 3.5% in March, according to the statistics office.", "The talks would resume on Jan. 12 after a short break.",
        "About 12,000 people were affected by the outages in the region.", "It is too early to say whether the plan will work.",
    ];

    public static Document[] Build(int count, int seed)
    {
        var random = new Random(seed);
        var docs = new Document[count];
        for (var k = 0; k < count; k++)
        {
            var pieces = new List<(string Text, string? Type)>();
            void Say(params (string, string?)[] parts) => pieces.AddRange(parts);
            while (pieces.Sum(p => p.Text.Length) < 2800)
            {
                var p = People[random.Next(People.Length)];
                var q = People[random.Next(People.Length)];
                var c = Countries[random.Next(Countries.Length)];
                var o = Orgs[random.Next(Orgs.Length)];
                switch (random.Next(6))
                {
                    case 0: Say((p.Title + " ", null), (p.First + " " + p.Last, "PERSON"), (" met ", null), (q.First + " " + q.Last, "PERSON"), (" in ", null), (c.Capital, "GPE"), (". ", null)); break;
                    case 1: Say((p.Last, "PERSON"), (" said ", null), (c.Country, "GPE"), (" would answer, and he added that ", null), (c.Capital, "GPE"), ("'s offer was weak. ", null)); break;
                    case 2: Say(("The ", null), (c.Demonym, "GROUP"), (" President told reporters that the defence minister would travel to ", null), (c.Capital, "GPE"), (". ", null)); break;
                    case 3: Say(("The ", null), (o.Name, "ORGANIZATION"), (" (", null), (o.Acronym, "ORGANIZATION"), (") said she had left ", null), (c.Country, "GPE"), (". ", null)); break;
                    case 4: Say(("Her office said ", null), (q.Last, "PERSON"), (" would sign the ", null), (c.Demonym, "GROUP"), (" draft. ", null)); break;
                    default: Say((Filler[random.Next(Filler.Length)] + " ", null)); break;
                }
            }
            docs[k] = Make("bench" + k, pieces);
        }
        return docs;
    }

    private static Document Make(string id, List<(string Text, string? Type)> pieces)
    {
        var sb = new StringBuilder();
        var spans = new List<(int Start, int End, string Type)>();
        foreach (var (text, type) in pieces)
        {
            if (type is not null) spans.Add((sb.Length, sb.Length + text.Length, type));
            sb.Append(text);
        }
        var doc = new Document(id, sb.ToString().TrimEnd(), new DateOnly(2025, 6, 2));
        new Tokenizer().Run(doc);
        new SentenceSplitter().Run(doc);
        var tokens = doc.Get(CoreLayers.Tokens);
        var starts = new Dictionary<int, int>();
        var ends = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            starts[tokens[i].Start] = i;
            ends[tokens[i].End] = i;
        }
        var mentions = ImmutableArray.CreateBuilder<NamedMention>();
        foreach (var (start, end, type) in spans)
            if (starts.TryGetValue(start, out var first) && ends.TryGetValue(end, out var last))
                mentions.Add(new NamedMention(first, last - first + 1, start, end, type));
        doc.Set(EntityLayers.Mentions, mentions.ToImmutable());
        return doc;
    }

    public static int TokenCount(Document[] docs) => docs.Sum(d => d.Get(CoreLayers.Tokens).Length);
}
