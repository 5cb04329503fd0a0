using Annalist.Entities.Gazetteers;
using Annalist.Entities.Ner;
using Annalist.Evaluation;

namespace Annalist.Tests.Entities;

public class NerTests
{
    [Fact]
    public void Iob1_starts_a_name_at_a_type_change_or_B_and_iob2_at_B()
    {
        // IOB1 (CoNLL-2003): I- continues a name of the same type; B- separates two adjacent names of one type
        var iob1 = NerCorpus.Spans(["I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC", "I-PER"]);
        Assert.Equal([new NerSpan(0, 2, "ORG"), new NerSpan(3, 1, "PER"), new NerSpan(4, 1, "PER"), new NerSpan(5, 1, "LOC"), new NerSpan(6, 1, "PER")], iob1);
        var iob2 = NerCorpus.Spans(["B-Person", "I-Person", "B-Nationality", "B-Weapon", "I-Weapon", "B-Location"]);
        Assert.Equal([new NerSpan(0, 2, "PER"), new NerSpan(2, 1, "MISC"), new NerSpan(5, 1, "LOC")], iob2);
    }

    [Fact]
    public void Reader_splits_documents_at_docstart_and_sentences_at_blank_lines()
    {
        var text = "-DOCSTART- -X- O O\n\nKyiv NNP I-NP I-LOC\nsaid VBD I-VP O\n\nMr NNP I-NP O\nSmith NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nNATO NNP I-NP I-ORG\n";
        var docs = NerCorpus.Read(new StringReader(text), "t");
        Assert.Equal(2, docs.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal(["Mr", "Smith"], docs[0].Sentences[1].Words);
        Assert.Equal([new NerSpan(1, 1, "PER")], docs[0].Sentences[1].Names);
        Assert.Equal([new NerSpan(0, 1, "ORG")], docs[1].Sentences[0].Names);
    }

    [Fact]
    public void Conlleval_counts_a_name_only_with_exact_boundaries_and_type()
    {
        var gold = new List<NerDocument> { new("d", [new NerSentence(["a", "b", "c", "d"], [new NerSpan(0, 2, "PER"), new NerSpan(3, 1, "LOC")])]) };
        var predicted = new List<List<NerSpan[]>> { new() { new[] { new NerSpan(0, 2, "PER"), new NerSpan(2, 2, "LOC") } } };
        var r = NerEvaluator.Score(gold, predicted);
        Assert.Equal((2, 2, 1), (r.Overall.Gold, r.Overall.Predicted, r.Overall.Correct));
        Assert.Equal(0.5, r.Overall.F1, 6);
        Assert.Equal(1.0, r.ByType["PER"].F1, 6);
        Assert.Equal(0.0, r.ByType["LOC"].F1, 6);
    }

    private static readonly string[] People = ["Anna Berg", "Tom Kell", "Rita Moss", "Omar Sayed", "Lena Frost", "Ivan Petrov"];
    private static readonly string[] Places = ["Karvia", "Lundmark", "Osterholm", "Bravana", "Delmora", "Feyland"];

    /// <summary>A made-up corpus: people "said", places follow "in", so a tagger can learn both from context.</summary>
    private static List<NerDocument> Corpus(int documents, int seed)
    {
        var random = new Random(seed);
        var docs = new List<NerDocument>();
        for (var d = 0; d < documents; d++)
        {
            var sentences = new List<NerSentence>();
            for (var s = 0; s < 4; s++)
            {
                var person = People[random.Next(People.Length)].Split(' ');
                var place = Places[random.Next(Places.Length)];
                sentences.Add(new NerSentence([.. person, "said", "the", "talks", "in", place, "went", "well", "."],
                    [new NerSpan(0, 2, "PER"), new NerSpan(6, 1, "LOC")]));
            }
            docs.Add(new NerDocument($"d{d}", sentences));
        }
        return docs;
    }

    private static readonly NerLexicon EmptyLexicon = new(Gazetteer.Load(null, new StringReader("")));

    [Fact]
    public void Tagger_learns_names_from_context_and_training_is_reproducible()
    {
        var train = Corpus(40, 1);
        var a = NerTagger.Train(train, EmptyLexicon, null, iterations: 5, seed: 3, folds: 2);
        var b = NerTagger.Train(train, EmptyLexicon, null, iterations: 5, seed: 3, folds: 2);
        var bytesA = new MemoryStream();
        var bytesB = new MemoryStream();
        a.Save(bytesA);
        b.Save(bytesB);
        Assert.Equal(bytesA.ToArray(), bytesB.ToArray());

        var loaded = NerTagger.Load(new MemoryStream(bytesA.ToArray()));
        var test = Corpus(10, 2);
        var predicted = test.Select(d => loaded.Tag(d.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList(), EmptyLexicon, null)).ToList();
        Assert.True(NerEvaluator.Score(test, predicted).Overall.F1 > 0.95);
        // an unseen name in the same frame is still a person and a place
        var spans = loaded.Tag([["Zora", "Quill", "said", "the", "talks", "in", "Nimbria", "went", "well", "."]], EmptyLexicon, null)[0];
        Assert.Equal([new NerSpan(0, 2, "PER"), new NerSpan(6, 1, "LOC")], spans);
    }

    [Fact]
    public void Tagging_a_conll_file_adds_one_column_and_keeps_every_line()
    {
        var tagger = NerTagger.Train(Corpus(30, 1), EmptyLexicon, null, iterations: 4, seed: 1);
        var input = "-DOCSTART- -X- O O\r\n\r\nAnna X\r\nBerg X\r\nsaid X\r\n\r\nRita\r\nMoss\r\nsaid\r\nit\r\nwas\r\nin\r\nKarvia\r\n";
        var output = ConllNer.Annotate(input, tagger, EmptyLexicon);
        Assert.Equal("-DOCSTART- -X- O O O\r\n\r\nAnna X B-PER\r\nBerg X I-PER\r\nsaid X O\r\n\r\nRita B-PER\r\nMoss I-PER\r\nsaid O\r\nit O\r\nwas O\r\nin O\r\nKarvia B-LOC\r\n", output);
        // tab-separated input gets a tab-separated column
        Assert.Equal(3, ConllNer.Annotate("Karvia\tB", tagger, EmptyLexicon).Split('\t').Length);
    }

    [Theory]
    [InlineData("MISC", "Russians", "GROUP")]
    [InlineData("MISC", "Ukrainian", "GROUP")]
    [InlineData("LOC", "Black Sea", "LOCATION")]
    [InlineData("LOC", "Europe", "LOCATION")]
    [InlineData("LOC", "Kyiv", "GPE")]
    [InlineData("LOC", "Boryspil Airport", "FACILITY")]
    [InlineData("MISC", "Vilnius Summit", "EVENT")]
    [InlineData("MISC", "Operation Spiderweb", "EVENT")]
    [InlineData("MISC", "Nobel Prize", "OTHER")]
    [InlineData("PER", "Rustem Umerov", "PERSON")]
    [InlineData("ORG", "Bucharest Nine", "ORGANIZATION")]
    [InlineData("LOC", "North Carolina", "GPE")] // a state, though it begins with a compass word
    [InlineData("LOC", "North Texas", "LOCATION")]
    [InlineData("ORG", "Danube", "LOCATION")] // a river known by its bare name
    [InlineData("ORG", "Danube Bank", "ORGANIZATION")] // its name in a longer one is not the river
    [InlineData("ORG", "Gulf of Mexico", "LOCATION")] // the head is the word before "of"
    [InlineData("ORG", "GULF OF MEXICO", "LOCATION")]
    [InlineData("ORG", "Gulf Coast", "LOCATION")] // a natural place whatever the tagger said
    [InlineData("ORG", "University of Texas", "FACILITY")]
    [InlineData("ORG", "Bank of England", "ORGANIZATION")]
    [InlineData("ORG", "Congress", "ORGANIZATION")] // a legislature, not a congress held
    [InlineData("MISC", "GMT", NameTypes.None)] // a time zone, read by the time stage
    [InlineData("LOC", "Port", NameTypes.None)] // a head word alone names nothing
    [InlineData("ORG", "Privacy Policy", NameTypes.None)] // a link of a web page's frame
    public void Tagger_types_become_contract_types(string tagged, string name, string expected) =>
        Assert.Equal(expected, NameTypes.Default.Of(tagged, name.Split(' '), Gazetteer.Default));

    [Fact]
    public void A_longer_exact_gazetteer_name_replaces_the_names_inside_it()
    {
        string[] words = ["the", "Bucharest", "Nine", "met", "in", "Bucharest"];
        var merged = NerStage.WithGazetteer(words, [new NerSpan(1, 1, "LOC"), new NerSpan(5, 1, "LOC")], NerLexicon.Default);
        Assert.Equal([(1, 2, "ORGANIZATION"), (5, 1, "GPE")], merged);
    }

    [Fact]
    public void A_time_zone_is_no_name()
    {
        string[] words = ["at", "1400", "GMT", "in", "Kyiv"];
        var merged = NerStage.WithGazetteer(words, [new NerSpan(2, 1, "MISC"), new NerSpan(4, 1, "LOC")], NerLexicon.Default);
        Assert.Equal([(4, 1, "GPE")], merged);
    }
}

public class NerStageTests
{
    private static (string Text, string Type)[] Mentions(string text)
    {
        var doc = new Annalist.Documents.Document("t", text);
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        return [.. doc.Get(Annalist.Entities.EntityLayers.Mentions).Select(m => (text[m.Start..m.End], m.Type))];
    }

    [Fact]
    public void Default_pipeline_finds_typed_names_with_offsets()
    {
        var found = Mentions("Prime Minister Margaret Okonkwo met NATO officials in Brussels on Tuesday. Okonkwo said Germany would help.");
        Assert.Contains(("Margaret Okonkwo", "PERSON"), found);
        Assert.Contains(("NATO", "ORGANIZATION"), found);
        Assert.Contains(("Brussels", "GPE"), found);
        Assert.Contains(("Germany", "GPE"), found);
        Assert.DoesNotContain(found, m => m.Text == "Tuesday");
    }

    [Fact]
    public void A_title_before_a_known_first_name_is_not_part_of_an_organization()
    {
        var found = Mentions("Floods forced 12,000 people from their homes, Chancellor Friedrich Merz said on Thursday.");
        Assert.Contains(("Friedrich Merz", "PERSON"), found);
        Assert.DoesNotContain(found, m => m.Text.StartsWith("Chancellor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_currency_code_before_a_number_is_money_not_a_name()
    {
        var doc = new Annalist.Documents.Document("t", "Germany will release EUR 50 million in aid.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        Assert.DoesNotContain(doc.Get(Annalist.Entities.EntityLayers.Mentions), m => doc.Text[m.Start..m.End] == "EUR");
        var q = Assert.Single(doc.Get(Annalist.Quantities.QuantityLayers.Quantities));
        Assert.Equal(("EUR 50 million", 5e7, "EUR"), (q.Text, q.Value, q.Unit));
    }

    [Fact]
    public void Treebank_bracket_escapes_are_not_names()
    {
        var doc = new Annalist.Documents.Document("t", "CAIRO -LRB- Reuters -RRB- - Egypt's army said the LRB party met on Monday.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var names = doc.Get(Annalist.Entities.EntityLayers.Mentions).Select(m => (doc.Text[m.Start..m.End], m.Start)).ToList();
        Assert.DoesNotContain(names, n => n.Item1 is "LRB" or "RRB" && doc.Text[n.Start - 1] == '-');
        Assert.Contains(names, n => n.Item1 == "Reuters");
        Assert.Contains(names, n => n.Item1 == "Egypt");
    }

    [Fact]
    public void A_capital_in_a_dateline_is_the_city_and_links_despite_capitals()
    {
        var doc = new Annalist.Documents.Document("t", "BERLIN, June 20 - Germany will send aid, the government said.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var berlin = Assert.Single(doc.Get(Annalist.Entities.EntityLayers.Entities), e => e.Mentions.Any(m => m.Text == "BERLIN"));
        Assert.Equal(("Berlin", "GPE"), (berlin.Name, berlin.Type));
    }

    [Fact]
    public void A_misspelled_surname_of_a_person_in_the_article_is_that_person()
    {
        var found = Mentions("President Margaret Okonkwo arrived in Lagos. Okonkwo said the talks went well. Oknokwo speculated otherwise.");
        Assert.Contains(("Oknokwo", "PERSON"), found);
    }

    [Fact]
    public void Hyphenated_names_are_read_whole_and_the_last_part_alone_is_that_person()
    {
        var doc = new Annalist.Documents.Document("t",
            "Interior Minister Karim al-Rashidi met Jean-Luc Marchetti in Paris on Monday. Rashidi said the talks went well.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var found = doc.Get(Annalist.Entities.EntityLayers.Mentions).Select(m => (doc.Text[m.Start..m.End], m.Type)).ToList();
        Assert.Contains(("Karim al-Rashidi", "PERSON"), found);
        Assert.Contains(("Jean-Luc Marchetti", "PERSON"), found);
        Assert.Contains(("Rashidi", "PERSON"), found);
        var karim = Assert.Single(doc.Get(Annalist.Entities.EntityLayers.Entities), e => e.Mentions.Any(m => m.Text == "Rashidi"));
        Assert.Equal("Karim al-Rashidi", karim.Name); // as written, not "al - Rashidi"
    }

    [Fact]
    public void A_one_word_organization_that_is_a_persons_surname_is_that_person()
    {
        var doc = new Annalist.Documents.Document("t",
            "Halvard Brekkestad spoke. Brekkestad forces and Brekkestadd loyalists attacked. Jack London spoke. London shares rose. Oslo Brekkestad won.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var tokens = doc.Get(Annalist.Documents.CoreLayers.Tokens);
        int At(string word, int from = 0)
        {
            for (var i = from; i < tokens.Length; i++) if (doc.Text[tokens[i].Start..tokens[i].End] == word) return i;
            throw new InvalidOperationException(word);
        }
        Annalist.Entities.NamedMention M(int first, int count, string type) => new(first, count, tokens[first].Start, tokens[first + count - 1].End, type);
        var mentions = System.Collections.Immutable.ImmutableArray.CreateBuilder<Annalist.Entities.NamedMention>();
        mentions.Add(M(At("Halvard"), 2, "PERSON"));
        mentions.Add(M(At("Brekkestad", At("spoke")), 1, "ORGANIZATION"));
        mentions.Add(M(At("Brekkestadd"), 1, "OTHER"));
        mentions.Add(M(At("Jack"), 2, "PERSON"));
        mentions.Add(M(At("London", At("spoke", At("Jack"))), 1, "ORGANIZATION")); // the gazetteer's city: stays
        mentions.Add(M(At("Oslo"), 2, "ORGANIZATION"));
        NerStage.SurnamesArePeople(doc, mentions);
        Assert.Equal(["PERSON", "PERSON", "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION"], mentions.Select(m => m.Type));
    }

    [Fact]
    public void A_town_that_is_a_persons_surname_is_that_person_outside_a_phrase_of_place()
    {
        var doc = new Annalist.Documents.Document("t",
            "Kenji Obama spoke. A review of Obama remarks followed. Tourists stayed in Obama overnight. Jack London spoke. London rallied. Obama aides left.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var tokens = doc.Get(Annalist.Documents.CoreLayers.Tokens);
        var at = Enumerable.Range(0, tokens.Length).Where(i => doc.Text[tokens[i].Start..tokens[i].End] is "Obama" or "London" or "Kenji" or "Jack").ToList();
        Annalist.Entities.NamedMention M(int first, int count, string type) => new(first, count, tokens[first].Start, tokens[first + count - 1].End, type);
        var mentions = System.Collections.Immutable.ImmutableArray.CreateBuilder<Annalist.Entities.NamedMention>();
        mentions.Add(M(at[0], 2, "PERSON"));   // Kenji Obama
        mentions.Add(M(at[2], 1, "GPE"));      // review of Obama: the person
        mentions.Add(M(at[3], 1, "GPE"));      // in Obama: the town
        mentions.Add(M(at[4], 2, "PERSON"));   // Jack London
        mentions.Add(M(at[6], 1, "GPE"));      // London, a capital: stays
        mentions.Add(M(at[7], 1, "ORGANIZATION")); // Obama aides: the person, whatever the tagger's type
        NerStage.SurnamesArePeople(doc, mentions);
        Assert.Equal(["PERSON", "PERSON", "GPE", "PERSON", "GPE", "PERSON"], mentions.Select(m => m.Type));
    }

    [Fact]
    public void The_tagger_reads_the_parts_of_a_hyphenated_name_as_one_word_and_nothing_else()
    {
        var doc = new Annalist.Documents.Document("t",
            "Officials said Jean-Luc Marchetti met al-Rashidi, Kim Jong-un and Luis Moreno-Ocampo. In Iran-Iraq talks the US-led and Russian-made - not Saudi - plans failed.");
        Annalist.Pipeline.Pipelines.Default().Run(doc);
        var tokens = doc.Get(Annalist.Documents.CoreLayers.Tokens);
        List<string> words = [];
        List<int> first = [], last = [];
        foreach (var sentence in doc.Get(Annalist.Documents.CoreLayers.Sentences))
        {
            var (w, f, l) = NerStage.HyphenJoined(doc, sentence.FirstToken, sentence.TokenCount);
            words.AddRange(w); first.AddRange(f); last.AddRange(l);
        }
        Assert.Equal(["Officials", "said", "Jean-Luc", "Marchetti", "met", "al-Rashidi", ",", "Kim", "Jong-un", "and", "Luis", "Moreno-Ocampo", ".",
            "In", "Iran", "-", "Iraq", "talks", "the", "US", "-", "led", "and", "Russian", "-", "made", "-", "not", "Saudi", "-", "plans", "failed", "."], words);
        var jean = words.IndexOf("Jean-Luc");
        Assert.Equal("Jean", doc.Text[tokens[first[jean]].Start..tokens[first[jean]].End]);
        Assert.Equal("Luc", doc.Text[tokens[last[jean]].Start..tokens[last[jean]].End]);
    }

    [Theory]
    [InlineData("Ki-moon", true)]
    [InlineData("Jae-in", true)]
    [InlineData("Myung-bak", true)]
    [InlineData("Anti-war", false)] // an English prefix
    [InlineData("Jean-Luc", false)] // both parts capitalized
    [InlineData("al-Assad", false)]
    [InlineData("Ki-moonlighting", false)]
    public void A_syllable_given_name_has_a_capitalized_and_a_lower_case_syllable(string word, bool expected) =>
        Assert.Equal(expected, NerStage.IsSyllableName(word));

    [Fact]
    public void A_syllable_given_name_makes_a_person_of_the_family_name_before_it()
    {
        string[] words = ["Secretary-General", "Ban", "Ki-moon", "met", "Moon", "Jae-in", "in", "Seoul"];
        // what a tagger trained on 1996 news may say: "Ban" an organization, "Moon Jae-in" nothing
        var names = NerStage.WithFullNames(words, [(1, 1, "ORGANIZATION"), (7, 1, "GPE")]);
        Assert.Equal([(1, 2, "PERSON"), (4, 2, "PERSON"), (7, 1, "GPE")], names);
    }

    [Fact]
    public void A_person_name_goes_on_through_a_particle_word()
    {
        string[] words = ["Prime", "Minister", "Mohammed", "Shia", "al-Sudani", "met", "al-Nour", "in", "Baghdad"];
        var names = NerStage.WithFullNames(words, [(2, 2, "PERSON"), (6, 1, "ORGANIZATION"), (8, 1, "GPE")]);
        Assert.Equal([(2, 3, "PERSON"), (6, 1, "ORGANIZATION"), (8, 1, "GPE")], names);
    }

    [Fact]
    public void The_family_name_alone_is_the_person_named_in_full()
    {
        var found = Mentions("UN chief Ban Ki-moon urged restraint on Monday. Ban said the talks must go on.");
        Assert.Equal([("Ban Ki-moon", "PERSON"), ("Ban", "PERSON")], found.Where(m => m.Text.StartsWith("Ban", StringComparison.Ordinal)));
    }
}

public class UniversalNerFormatTests
{
    [Fact]
    public void Universal_ner_files_read_word_and_tag_from_columns_two_and_three()
    {
        var text = "# newdoc id = a\n# sent_id = a-1\n# text = Visit Oslo\n1\tVisit\tO\t-\t-\n2\tOslo\tB-LOC\t-\t-\n\n# newdoc id = b\n# sent_id = b-1\n1\tAnna\tB-PER\t-\t-\n2\tBerg\tI-PER\t-\t-\n";
        var docs = NerCorpus.Read(new StringReader(text), "u");
        Assert.Equal(2, docs.Count);
        Assert.Equal(["Visit", "Oslo"], docs[0].Sentences[0].Words);
        Assert.Equal([new NerSpan(1, 1, "LOC")], docs[0].Sentences[0].Names);
        Assert.Equal([new NerSpan(0, 2, "PER")], docs[1].Sentences[0].Names);
    }
}
