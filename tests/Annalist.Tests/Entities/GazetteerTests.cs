using Annalist.Entities.Gazetteers;

namespace Annalist.Tests.Entities;

public class GazetteerTests
{
    [Fact]
    public void Built_in_gazetteer_knows_the_seed_entities()
    {
        var g = Gazetteer.Default;
        var kyiv = Assert.Single(g.Find("Kyiv"), e => e.Type == "GPE" && e.Role == "capital");
        Assert.Equal("UKR", kyiv.Country);
        Assert.Contains(g.Find("Zelenskyy"), e => e.Id == "wd:Q3874799" && e.Type == "PERSON" && e.Country == "UKR");
        Assert.Contains(g.Find("Turkey"), e => e.Id == "country:TUR" && e.Wikidata == "Q43");
        Assert.Contains(g.FindByDemonym("Ukrainian"), e => e.Id == "country:UKR");
        Assert.Contains(g.Find("Bucharest Nine"), e => e.Type == "ORGANIZATION");
        Assert.Contains(g.Find("NATO"), e => e.Wikidata == "Q7184");
        Assert.Empty(g.Find("Hours"));
    }

    [Fact]
    public void Facts_merge_into_built_entries_with_the_same_id()
    {
        var built = new StringReader(GazetteerFile.Header + "\ncountry:TUR\tGPE\tTürkiye\t\tTUR\tTurkiye\tTurkish\t\ncity:1\tGPE\tAnkara\t\tTUR\t\t\tcapital\n");
        var facts = new StringReader("# comment\ncountry:TUR\tGPE\tTurkey\tQ43\tTUR\tTürkiye\t\t\nx:1\tORGANIZATION\tBucharest Nine\t\t\tB9\t\t\n");
        var g = Gazetteer.Load(built, facts);
        Assert.Equal(3, g.Entries.Count);
        var tur = Assert.Single(g.Find("Turkiye"));
        Assert.Equal(("Turkey", "Q43"), (tur.Name, tur.Wikidata));
        Assert.Same(tur, Assert.Single(g.Find("Türkiye")));
        Assert.Same(tur, Assert.Single(g.Find("Turkey")));
        Assert.Same(tur, Assert.Single(g.FindByDemonym("Turkish")));
        Assert.Single(g.Find("B9"));
    }

    [Fact]
    public void File_format_round_trips_and_names_a_bad_line()
    {
        var entries = new[]
        {
            new GazetteerEntry("a:1", "PERSON", "Ann\tLee", "Q1", "GBR", ["A. Lee", "x|y"], [], "Minister"),
            new GazetteerEntry("b:2", "GPE", "Bo", null, null, [], ["Boan"], null),
        };
        var text = new StringWriter();
        GazetteerFile.Write(text, entries, "test");
        var back = GazetteerFile.Parse(new StringReader(text.ToString()), "t").ToList();
        Assert.Equal("Ann Lee", back[0].Name);
        Assert.Equal(["A. Lee", "x/y"], back[0].Aliases);
        Assert.Null(back[1].Wikidata);
        Assert.Equal(["Boan"], back[1].Demonyms);
        var ex = Assert.Throws<FormatException>(() => GazetteerFile.Parse(new StringReader("# c\na\tb\n"), "bad.tsv").ToList());
        Assert.Contains("bad.tsv:2", ex.Message);
    }

    [Fact]
    public void Builder_reads_the_four_lists_and_is_reproducible()
    {
        using var dir = new TempFolder();
        dir.Write("mledoze-countries/countries.json", """
            [{"name":{"common":"Ukraine","official":"Ukraine"},"cca3":"UKR","altSpellings":["UA","Ukrayina"],
              "demonyms":{"eng":{"f":"Ukrainian","m":"Ukrainian"}},"capital":["Kyiv"]},
             {"name":{"common":"Türkiye","official":"Republic of Türkiye"},"cca3":"TUR","altSpellings":["TR"],"capital":["Ankara"]}]
            """);
        dir.Write("world-cities/world-cities.csv", "name,country,subcountry,geonameid\nKyiv,Ukraine,Kyiv City,703448\nLviv,Ukraine,Lviv,702550\n\"Odesa, Port\",\"Ukraine\",Odesa,698740\n");
        dir.Write("world-leaders-wikidata-2022/wikidata.csv",
            "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n" +
            "Q212,Ukraine,Q1,President of Ukraine,Q3874799,Volodymyr Zelenskyy,2019,\n" +
            "Q43,Turkey,Q2,President of Turkey,Q39259,\"Recep Tayyip Erdoğan\",2014,\n" +
            "Q212,Ukraine,Q3,Prime Minister of Ukraine,Q9,Someone Earlier,2016,2019\n");
        dir.Write("supraverden-intl-orgs/general_list.yaml", """
            North Atlantic Treaty Organization:
              SPRVD_id: S1
              Wikidata_code: Q7184
              Name_en: North Atlantic Treaty Organization
              Abbreviation_en: NATO
              LEI_bic:
              - X
            """);
        var facts = new[] { new GazetteerEntry("country:TUR", "GPE", "Turkey", "Q43", "TUR", [], [], null) };

        var (entries, report) = GazetteerBuilder.Build(dir.Path, facts);
        var (again, _) = GazetteerBuilder.Build(dir.Path, facts);
        Assert.Equal(entries.Select(e => e.Id + e.Name), again.Select(e => e.Id + e.Name));
        Assert.Empty(report.Unmatched);
        Assert.Equal(["capital:TUR:Ankara", "city:698740", "city:702550", "city:703448", "country:TUR", "country:UKR", "wd:Q3874799", "wd:Q39259", "wd:Q7184"],
            entries.Select(e => e.Id));
        var ukraine = entries.Single(e => e.Id == "country:UKR");
        Assert.Equal(("Q212", "UKR"), (ukraine.Wikidata, ukraine.Country));
        Assert.Equal(["Ukrayina"], ukraine.Aliases); // two-letter codes are left out
        Assert.Equal(["Ukrainian"], ukraine.Demonyms);
        Assert.Equal("capital", entries.Single(e => e.Id == "city:703448").Role);
        Assert.Equal("TUR", entries.Single(e => e.Id == "wd:Q39259").Country); // matched through the facts' "Turkey"
        Assert.DoesNotContain(entries, e => e.Name == "Someone Earlier");
        Assert.Equal(["NATO"], entries.Single(e => e.Id == "wd:Q7184").Aliases);
    }
}

public class GazetteerMatcherTests
{
    [Fact]
    public void Finds_longest_names_and_demonyms_in_tokens()
    {
        var doc = new Annalist.Documents.Document("d",
            "Russian and Ukrainian delegations met in Turkey's Istanbul. At the summit in Vilnius with the Bucharest Nine, us and the US agreed.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var found = GazetteerMatcher.Default.Match(doc)
            .Select(m => (Text: doc.Text[doc.Tokens[m.First].Start..doc.Tokens[m.First + m.Count - 1].End], m.IsDemonym))
            .ToList();
        Assert.Contains(("Russian", true), found);
        Assert.Contains(("Ukrainian", true), found);
        Assert.Contains(("Turkey", false), found);
        Assert.Contains(("Istanbul", false), found);
        Assert.Contains(("Vilnius", false), found);
        Assert.Contains(("Bucharest Nine", false), found); // longest match, not the city Bucharest
        Assert.DoesNotContain(("Bucharest", false), found);
        Assert.Contains(("US", false), found);
        Assert.DoesNotContain(("us", false), found);
    }
}
