using System.Collections.Frozen;
using Annalist.Text;

namespace Annalist.Quotes;

/// <summary>What the quotes stage knows about a single word, from <c>Quotes/Resources/quotes.txt</c>.</summary>
[Flags]
internal enum QuoteWord : uint
{
    None = 0,
    Cue = 1 << 0,
    Speech = 1 << 1,
    ObjectVerb = 1 << 2,
    Noun = 1 << 3,
    Between = 1 << 4,
    Break = 1 << 5,
    Relative = 1 << 6,
    FirstPerson = 1 << 7,
    Pronoun = 1 << 8,
    Determiner = 1 << 9,
    NotSpeaker = 1 << 10,
    According = 1 << 11,
    NotContent = 1 << 12,
    NounLike = 1 << 13,
    PersonPronoun = 1 << 14,
    ObjectPronoun = 1 << 15,
    BeforeTo = 1 << 16,
    ToVerb = 1 << 17,
    TimeWord = 1 << 18,
    Preposition = 1 << 19,
    NumberWord = 1 << 20,
    NounVerb = 1 << 21,
    Opening = 1 << 22,
    TitleWord = 1 << 23,
}

/// <summary>A reporting verb form: its lemma, whether it is speech, and the particles that join it ("point out").</summary>
internal sealed record CueVerb(string Lemma, bool Speech, IReadOnlyList<string> Particles, bool ParticleRequired)
{
    /// <summary>Without its particle, still a cue when a quoted fragment follows in the sentence ("called it “a disgrace”").</summary>
    public bool QuotedOnly { get; init; }
}

/// <summary>The quotes stage's word lists, loaded once and read-only afterwards, so shared by all threads.</summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> Shared = new(() => new QuoteLexicon(Read("quotes.txt")));

    private readonly FrozenDictionary<string, QuoteWord>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> _verbs;

    public static QuoteLexicon Default => Shared.Value;

    public QuoteLexicon(string text)
    {
        var words = new Dictionary<string, QuoteWord>(StringComparer.OrdinalIgnoreCase);
        var verbs = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        void Mark(string w, QuoteWord c) => words[w] = words.GetValueOrDefault(w) | c;
        string? section = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '@')
            {
                section = line[1..];
                continue;
            }
            switch (section)
            {
                case "speech" or "report":
                    var speech = section == "speech";
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var particles = parts.Where(p => p[0] == '+').Select(p => p.Trim('+', '!')).ToList();
                    var required = parts.Any(p => p[0] == '+' && p.EndsWith('!'));
                    var quoted = parts.Contains("~quoted");
                    var verb = new CueVerb(parts[0], speech, particles, required || quoted) { QuotedOnly = quoted };
                    foreach (var form in Inflection.VerbForms(parts[0]).Concat(parts.Skip(1).Where(p => p[0] is not '+' and not '~')))
                    {
                        // a form listed under speech keeps its speech reading ("found" is a report verb only)
                        if (!verbs.TryGetValue(form, out var old) || (!old.Speech && speech)) verbs[form] = verb;
                        Mark(form, speech ? QuoteWord.Cue | QuoteWord.Speech : QuoteWord.Cue);
                    }
                    break;
                case "according":
                    break; // a phrase: handled by QuoteFinder through the first word
                case null:
                    throw new FormatException($"quotes.txt:{number}: a line outside any section");
                default:
                    var cls = section switch
                    {
                        "object-verb" => QuoteWord.ObjectVerb,
                        "noun" => QuoteWord.Noun,
                        "between" => QuoteWord.Between,
                        "break" => QuoteWord.Break,
                        "relative" => QuoteWord.Relative,
                        "first-person" => QuoteWord.FirstPerson,
                        "pronoun" => QuoteWord.Pronoun,
                        "determiner" => QuoteWord.Determiner,
                        "not-speaker" => QuoteWord.NotSpeaker,
                        "not-content" => QuoteWord.NotContent,
                        "noun-like" => QuoteWord.NounLike,
                        "person-pronoun" => QuoteWord.PersonPronoun,
                        "object-pronoun" => QuoteWord.ObjectPronoun,
                        "before-to" => QuoteWord.BeforeTo,
                        "to-verb" => QuoteWord.ToVerb,
                        "time-word" => QuoteWord.TimeWord,
                        "preposition" => QuoteWord.Preposition,
                        "number-word" => QuoteWord.NumberWord,
                        "np-verb" => QuoteWord.NounVerb,
                        "opening" => QuoteWord.Opening,
                        "title-word" => QuoteWord.TitleWord,
                        _ => throw new FormatException($"quotes.txt:{number}: unknown section @{section}"),
                    };
                    foreach (var w in line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        Mark(w, cls);
                    break;
            }
        }
        Mark("according", QuoteWord.According);
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _verbs = verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public QuoteWord Classes(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var c) ? c : QuoteWord.None;

    public CueVerb? Verb(ReadOnlySpan<char> word) => _verbs.TryGetValue(word, out var v) ? v : null;

    /// <summary>A lemma and its regular forms (the shared <see cref="Inflection"/> rules).</summary>
    public static IEnumerable<string> Inflect(string lemma) => Inflection.VerbForms(lemma);

    private static string Read(string name)
    {
        var full = "Annalist.Quotes." + name;
        using var stream = typeof(QuoteLexicon).Assembly.GetManifestResourceStream(full)
            ?? throw new InvalidOperationException($"embedded resource {full} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
