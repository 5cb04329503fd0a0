using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities.Gazetteers;
using Annalist.Pipeline;

namespace Annalist.Entities.Ner;

/// <summary>
/// Stage "mentions": the names of a document, found by the NER tagger over all its sentences at
/// once (its document features need them all), typed in the contract's vocabulary. A name from
/// the gazetteer spelled exactly and longer than what the tagger found wins ("Bucharest Nine" is
/// one organization, not the city and a number).
/// </summary>
public sealed class NerStage(NerTagger? tagger = null) : IStage
{
    private readonly Lazy<NerTagger> _tagger = new(() => tagger ?? NerModels.Tagger);

    public string Name => "mentions";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<Layer> Produces => [EntityLayers.Mentions];

    public void Run(Document document)
    {
        var tokens = document.Get(CoreLayers.Tokens);
        var segments = Syntax.SyntaxSegments.Of(document);
        var joined = segments.Select(s => HyphenJoined(document, s.First, s.Count)).ToList();
        var sentences = joined.Select(j => (IReadOnlyList<string>)j.Words).ToList();
        var lexicon = NerLexicon.Default;
        var found = _tagger.Value.Tag(sentences, lexicon, NerModels.Clusters);
        var mentions = ImmutableArray.CreateBuilder<NamedMention>();
        for (var s = 0; s < segments.Count; s++)
        {
            var words = sentences[s];
            foreach (var (first, count, type) in WithFullNames(words, WithGazetteer(words, found[s], lexicon)))
            {
                // "EUR 50 million": a currency code before a number is money, not an organization
                if (count == 1 && first + 1 < words.Count && char.IsAsciiDigit(words[first + 1][0])
                    && Quantities.QuantityLexicon.Default.Currencies.TryGetValue(words[first], out var c) && c == words[first]) continue;
                var a = joined[s].First[first];
                var b = joined[s].Last[first + count - 1];
                // "-LRB-", "-RRB-": Penn Treebank escapes of brackets in pre-tokenized text (Timeline17), not names
                if (count == 1 && IsBracketEscape(document.Text, tokens[a].Start, tokens[a].End)) continue;
                mentions.Add(new NamedMention(a, b - a + 1, tokens[a].Start, tokens[b].End, type));
            }
        }
        AddMisspelledNames(document, mentions);
        SurnamesArePeople(document, mentions);
        document.Set(EntityLayers.Mentions, mentions.ToImmutable());
    }

    /// <summary>
    /// The words the tagger reads: the tokens, with the parts of a hyphenated name joined into one
    /// word again, as CoNLL-2003 writes them: the tokenizer splits them for the parser (UD), and the
    /// CoNLL-trained tagger then lost "Bashar al-" and "Jean-". Only names are joined
    /// (<see cref="JoinsName"/>): "US-led", "Russian-made" and "Iran-Iraq" stay apart, so "US",
    /// "Russian" and "Iran" are still names of their own. Each word keeps its first and last token.
    /// </summary>
    internal static (List<string> Words, List<int> First, List<int> Last) HyphenJoined(Document document, int first, int count)
    {
        var tokens = document.Get(CoreLayers.Tokens);
        var text = document.Text;
        var words = new List<string>(count);
        var firsts = new List<int>(count);
        var lasts = new List<int>(count);
        var end = first + count;
        for (var i = first; i < end; i++)
        {
            var last = i;
            while (last + 2 < end && IsWordLike(tokens[last]) && IsWordLike(tokens[last + 2])
                && tokens[last + 1].End - tokens[last + 1].Start == 1 && text[tokens[last + 1].Start] == '-'
                && tokens[last].End == tokens[last + 1].Start && tokens[last + 1].End == tokens[last + 2].Start
                && JoinsName(document, tokens, i, last, first, end))
                last += 2;
            words.Add(text[tokens[i].Start..tokens[last].End]);
            firsts.Add(i);
            lasts.Add(last);
            i = last;
        }
        return (words, firsts, lasts);
    }

    // Arabic name particles written before a hyphen: al-Assad, el-Sisi, bin-Talal, abu-Bakr
    private static readonly string[] Particles = ["al", "el", "ad", "ash", "as", "at", "az", "bin", "ibn", "bint", "abu", "ben"];

    /// <summary>
    /// Whether the hyphen after token <paramref name="last"/> (the chain began at <paramref name="start"/>)
    /// joins the parts of a name: after a lower-case name particle ("al-Assad"); between two capitalized
    /// parts ("Jean-Pierre", "Moreno-Ocampo") when a capitalized word of the name stands right before or
    /// after (not a capitalized opening word: "In Iran-Iraq talks"); or a short lower-case syllable after a short
    /// capitalized one right after a capitalized word ("Ban Ki-moon", "Kim Jong-un").
    /// </summary>
    private static bool JoinsName(Document document, ImmutableArray<TokenSpan> tokens, int start, int last, int first, int end)
    {
        var text = document.Text;
        var left = text.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start);
        var right = text.AsSpan(tokens[last + 2].Start, tokens[last + 2].End - tokens[last + 2].Start);
        foreach (var p in Particles)
            if (left.Equals(p, StringComparison.Ordinal)) return char.IsUpper(right[0]);
        if (!Titlecase(left)) return false;
        var before = start > first && IsWordLike(tokens[start - 1]) && char.IsUpper(text[tokens[start - 1].Start])
            && !(start - 1 == first && OpeningWords.Contains(document.Slice(tokens[start - 1].Span)));
        if (Titlecase(right))
        {
            var after = last + 3 < end && IsWordLike(tokens[last + 3]) && tokens[last + 3].Start > tokens[last + 2].End
                && char.IsUpper(text[tokens[last + 3].Start]);
            return before || after;
        }
        return before && IsSyllableName(left, right);
    }

    /// <summary>
    /// People's names the tagger cut short. A name goes on through a particle word ("al-Sudani").
    /// A given name of two syllables joined by a hyphen, the second in lower case ("Ki-moon",
    /// "Jong-un", "Jae-in"), after a capitalized word is a person with that family name first ("Ban
    /// Ki-moon"), whatever the tagger, which learned from 1996 news, made of the two words.
    /// </summary>
    internal static List<(int First, int Count, string Type)> WithFullNames(IReadOnlyList<string> words, List<(int First, int Count, string Type)> names)
    {
        // a person's name goes on through a particle word ("Mohammed Shia al-Sudani"), which the
        // tagger, seeing a lower-case word, may leave out
        for (var k = 0; k < names.Count; k++)
        {
            var (first, count, type) = names[k];
            var next = first + count;
            if (type != "PERSON" || next >= words.Count || !IsParticleWord(words[next])) continue;
            if (k + 1 < names.Count && names[k + 1].First == next) names.RemoveAt(k + 1);
            names[k] = (first, count + 1, type);
        }
        for (var j = 1; j < words.Count; j++)
        {
            if (!IsSyllableName(words[j]) || !Titlecase(words[j - 1]) || words[j - 1].Length > 5 || OpeningWords.Contains(words[j - 1])) continue;
            var family = j - 1;
            if (names.Exists(n => n.First == family && n.Count == 2 && n.Type == "PERSON")) continue;
            names.RemoveAll(n => n.First <= j && n.First + n.Count > family);
            names.Add((family, 2, "PERSON"));
            names.Sort((a, b) => a.First.CompareTo(b.First));
        }
        return names;
    }

    /// <summary>"al-Sudani", "bin-Talal": a name particle, a hyphen, a capitalized part.</summary>
    private static bool IsParticleWord(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && Particles.Contains(word[..hyphen]);
    }

    /// <summary>"Ki-moon", "Myung-bak": a capitalized syllable, a hyphen, a lower-case one, each of two to five letters.</summary>
    internal static bool IsSyllableName(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && IsSyllableName(word.AsSpan(0, hyphen), word.AsSpan(hyphen + 1));
    }

    // the two parts around the hyphen, as the tokenizer leaves them (no joined string on the hot path)
    private static bool IsSyllableName(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length is < 2 or > 5 || right.Length is < 2 or > 5) return false;
        foreach (var c in right) if (!char.IsAsciiLetterLower(c)) return false;
        return Titlecase(left) && !Prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left);
    }

    // "Anti-war", "Co-op", "Ex-wife": an English prefix, not a syllable of a name
    private static readonly HashSet<string> Prefixes = new(
        ["Anti", "Pro", "Pre", "Post", "Non", "Co", "Ex", "Re", "Mid", "Self", "Semi", "Vice", "Half", "Well", "Over", "Sub", "Neo", "Pan", "Bi", "Tri", "Mini", "Mega", "Out", "Off", "Up", "All", "Far", "Hard", "High", "Low", "Long", "Full", "Part", "Two", "One"],
        StringComparer.Ordinal);

    // capitalized only because they open a sentence: "In Iran-Iraq talks" names no one
    private static readonly HashSet<string> OpeningWords = new(
        ["The", "A", "An", "In", "On", "At", "For", "But", "And", "As", "By", "With", "This", "That", "After", "Before", "From", "To", "Of", "Under", "Over", "Its", "Their", "His", "Her"],
        StringComparer.Ordinal);

    /// <summary>A capital and then only lower-case letters ("Pierre", not "US" or "pierre").</summary>
    private static bool Titlecase(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0])) return false;
        foreach (var c in w[1..]) if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsWordLike(TokenSpan t) => t.Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>The last word of a mention as written (a person's surname).</summary>
    private static string LastWord(Document document, ImmutableArray<TokenSpan> tokens, NamedMention m) =>
        document.Text[tokens[m.First + m.Count - 1].Start..m.End];

    private static readonly string[] BracketEscapes = ["LRB", "RRB", "LSB", "RSB", "LCB", "RCB"];

    private static bool IsBracketEscape(string text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] == '-' && text[end] == '-'
        && BracketEscapes.Contains(text[start..end]);

    /// <summary>
    /// A capitalized word the tagger left out that is a typo of the last word of a person's name in
    /// the same article (<see cref="Resolution.NameText.IsTypoOf"/>, the rule resolution uses) is
    /// that name misspelled ("Zelesnkyy" after "Zelenskyy"): the tagger cannot know an unseen
    /// spelling, the article can. So is the last part of a hyphenated surname on its own ("Assad"
    /// after "Bashar al-Assad").
    /// </summary>
    private static void AddMisspelledNames(Document document, ImmutableArray<NamedMention>.Builder mentions)
    {
        var tokens = document.Get(CoreLayers.Tokens);
        var people = mentions.Where(m => m.Type == "PERSON").ToList();
        var surnames = people.Select(m => LastWord(document, tokens, m)).Where(w => w.Length >= 7).Distinct().ToList();
        // the part after the hyphen of a hyphenated surname ("al-Assad"): the tagger's memory of the
        // article knows the whole word, so a later "Assad" alone can go untagged
        var hyphenated = people.Where(m => m.Count >= 3 && document.Text[tokens[m.First + m.Count - 2].Start] == '-'
                && tokens[m.First + m.Count - 2].End == tokens[m.First + m.Count - 1].Start)
            .Select(m => LastWord(document, tokens, m)).Where(w => w.Length >= 4 && char.IsUpper(w[0]))
            .ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0 && hyphenated.Count == 0) return;
        var covered = new bool[tokens.Length];
        foreach (var m in mentions) for (var i = m.First; i < m.First + m.Count; i++) covered[i] = true;
        var added = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (covered[i] || t.Kind != TokenKind.Word || t.Length < 4 || !char.IsUpper(document.Text[t.Start])) continue;
            var word = document.Text.Substring(t.Start, t.Length);
            if (hyphenated.Contains(word) && (i == 0 || document.Text[tokens[i - 1].Start] != '-'))
            {
                mentions.Add(new NamedMention(i, 1, t.Start, t.End, "PERSON"));
                added = true;
                continue;
            }
            if (t.Length < 7) continue;
            foreach (var name in surnames)
                if (word != name && Resolution.NameText.IsTypoOf(word, name))
                {
                    mentions.Add(new NamedMention(i, 1, t.Start, t.End, "PERSON"));
                    added = true;
                    break;
                }
        }
        if (added) mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// A one-word organization or other name that is the surname of a person named in full in the
    /// article, or a typo of it, is that person: "Muammar Gaddafi" and then "Gaddafi forces" or
    /// "a stand against Gadhafi", which the tagger types by the words around. Not when the
    /// gazetteer knows the word as something other than a person ("Ford" the company), except a
    /// town that is no capital, outside a phrase of place ("Review of Obama's speech" is not the
    /// Japanese town, "flew to Obama" would be).
    /// </summary>
    internal static void SurnamesArePeople(Document document, ImmutableArray<NamedMention>.Builder mentions)
    {
        var tokens = document.Get(CoreLayers.Tokens);
        var people = mentions.Where(m => m.Type == "PERSON" && m.Count > 1).ToList();
        var surnames = people.Select(m => LastWord(document, tokens, m)).Where(w => w.Length >= 5)
            // the family name comes first before a syllable given name ("Ban" of "Ban Ki-moon")
            .Concat(people.Where(m => IsSyllableName(document.Text[tokens[m.First + 1].Start..m.End]))
                .Select(m => document.Text[tokens[m.First].Start..tokens[m.First].End]))
            .Distinct().ToList();
        if (surnames.Count == 0) return;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is not ("ORGANIZATION" or "OTHER" or "GPE") || m.Count != 1) continue;
            var word = document.Text[m.Start..m.End];
            if (!surnames.Any(s => s == word || Resolution.NameText.IsTypoOf(word, s))) continue;
            var known = Gazetteer.Default.Find(word);
            var towns = known.Where(e => e.Type != "PERSON").ToList();
            if (towns.Count > 0 && (!towns.All(IsTown) || AfterPlaceWord(document, tokens, m.First))) continue;
            mentions[k] = m with { Type = "PERSON" };
        }
    }

    private static bool IsTown(GazetteerEntry e) =>
        e.Id.StartsWith("city:", StringComparison.Ordinal) && !Resolution.GazetteerLinks.IsCapital(e);

    private static bool AfterPlaceWord(Document document, ImmutableArray<TokenSpan> tokens, int first) =>
        first > 0 && (Resolution.ResolutionLexicon.Default.Classify(document.Text, tokens[first - 1])
            & (Resolution.WordClass.Locative | Resolution.WordClass.PlaceBefore | Resolution.WordClass.Motion)) != 0;

    /// <summary>
    /// Corrections the tagger cannot learn from CoNLL: a name that starts with a title ("Chancellor
    /// Friedrich Merz", tagged as one organization after a comma) is the person without the title
    /// when the rest starts with a known first name or is a person in the gazetteer; a name the
    /// gazetteer knows only as a person ("Merz") is a person whatever the tagger said.
    /// </summary>
    private static NerSpan Person(IReadOnlyList<string> words, NerSpan span, Gazetteer gazetteer)
    {
        var lexicon = Resolution.ResolutionLexicon.Default;
        var title = lexicon.Roles.Match(words, span.First, out _);
        if (title > 0 && title < span.Count && span.Type is "PER" or "ORG")
        {
            var rest = new NerSpan(span.First + title, span.Count - title, "PER");
            var first = lexicon.Classify(words[rest.First]);
            if ((first & (Resolution.WordClass.MaleName | Resolution.WordClass.FemaleName)) != 0 || OnlyPerson(words, rest, gazetteer)) return rest;
        }
        return span.Type != "PER" && OnlyPerson(words, span, gazetteer) ? span with { Type = "PER" } : span;
    }

    private static bool OnlyPerson(IReadOnlyList<string> words, NerSpan span, Gazetteer gazetteer)
    {
        var found = gazetteer.Find(string.Join(' ', words.Skip(span.First).Take(span.Count)));
        return found.Count > 0 && found.All(e => e.Type == "PERSON");
    }

    /// <summary>The tagger's names with contract types, where longer exact gazetteer names replace the names they contain.</summary>
    internal static List<(int First, int Count, string Type)> WithGazetteer(IReadOnlyList<string> words, NerSpan[] spans, NerLexicon lexicon)
    {
        var gazetteer = Gazetteer.Default;
        var types = NameTypes.Default;
        var result = new List<(int, int, string)>();
        var next = 0; // index into spans
        for (var i = 0; i < words.Count;)
        {
            var (count, entries) = char.IsUpper(words[i][0]) ? lexicon.Longest(words, i) : (0, []);
            // a multi-word gazetteer name that starts here and swallows every name it overlaps
            if (count >= 2 && spans.Skip(next).TakeWhile(x => x.First < i + count).All(x => x.First >= i && x.First + x.Count <= i + count)
                && spans.Skip(next).Any(x => x.First < i + count))
            {
                result.Add((i, count, entries[0].Type));
                while (next < spans.Length && spans[next].First < i + count) next++;
                i += count;
                continue;
            }
            if (next < spans.Length && spans[next].First == i)
            {
                var span = Person(words, spans[next++], gazetteer);
                var type = types.Of(span.Type, [.. words.Skip(span.First).Take(span.Count)], gazetteer);
                if (type != NameTypes.None) result.Add((span.First, span.Count, type));
                i = spans[next - 1].First + spans[next - 1].Count;
                continue;
            }
            i++;
        }
        return result;
    }
}
