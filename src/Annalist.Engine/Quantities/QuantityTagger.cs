using System.Collections.Immutable;
using System.Globalization;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Pipeline;
using Annalist.Time;

namespace Annalist.Quantities;

/// <summary>
/// Stage "quantities": numbers with what they count, read left to right within each sentence:
/// [approximator] [currency symbol] number [scale] [percent | currency word | "of"? unit noun].
/// Numbers inside time expressions ("May 16, 2025", "two weeks") or names ("Bucharest Nine")
/// are not quantities, nor are bare numbers with no unit, currency, percent or approximator,
/// nor scores and ranges written with a hyphen ("2-1"). Words are in Resources/quantities.txt.
/// </summary>
public sealed class QuantityTagger : IStage
{
    public string Name => "quantities";
    public IReadOnlyList<Layer> Requires => [CoreLayers.Tokens, CoreLayers.Sentences, TimeLayers.Times, EntityLayers.Mentions];
    public IReadOnlyList<Layer> Produces => [QuantityLayers.Quantities];

    public void Run(Document document) => document.Set(QuantityLayers.Quantities, Tag(document));

    public static ImmutableArray<Quantity> Tag(Document document)
    {
        var tokens = document.Get(CoreLayers.Tokens);
        var blocked = Blocked(document);
        var lexicon = QuantityLexicon.Default;
        var firstWords = lexicon.FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new Reader(document.Text, tokens, blocked, lexicon);
        var result = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var s in document.Get(CoreLayers.Sentences))
        {
            var end = s.FirstToken + s.TokenCount;
            for (var i = s.FirstToken; i < end;)
            {
                // most words cannot start a quantity: skip them before reading anything
                var t = tokens[i];
                var candidate = t.Kind is TokenKind.Number or TokenKind.Symbol || firstWords.Contains(document.Text.AsSpan(t.Start, t.Length));
                if (candidate && !blocked[i] && reader.TryRead(i, end, out var q, out var next))
                {
                    result.Add(q);
                    i = next;
                }
                else i++;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Tokens inside a time expression or a name.</summary>
    private static bool[] Blocked(Document document)
    {
        var blocked = document.TokensInTimes();
        foreach (var m in document.Get(EntityLayers.Mentions))
            for (var i = m.First; i < m.First + m.Count; i++) blocked[i] = true;
        return blocked;
    }

    private sealed class Reader(string text, ImmutableArray<TokenSpan> tokens, bool[] blocked, QuantityLexicon lexicon)
    {
        private string Word(int i) => text.Substring(tokens[i].Start, tokens[i].Length);

        private delegate bool Lookup(ReadOnlySpan<char> phrase);

        // the lexicon's word lists asked with spans: a phrase is tried at every number-like token, so no strings are built
        private readonly Lookup _approximate = lexicon.Approximate.GetAlternateLookup<ReadOnlySpan<char>>().Contains;
        private readonly Lookup _numbers = lexicon.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey;
        private readonly Lookup _vague = lexicon.Vague.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey;
        private readonly Lookup _percent = lexicon.Percent.GetAlternateLookup<ReadOnlySpan<char>>().Contains;

        /// <summary>The length in tokens of the longest phrase starting at token i that <paramref name="contains"/> accepts (0 when none).</summary>
        private int Phrase(int i, int end, Lookup contains)
        {
            var longest = Math.Min(lexicon.LongestPhrase, end - i);
            if (longest <= 0) return 0;
            // the words joined by single spaces; each shorter phrase is a prefix of the longest
            Span<char> joined = stackalloc char[256];
            Span<int> lengths = stackalloc int[longest];
            var at = 0;
            for (var n = 0; n < longest; n++)
            {
                var word = text.AsSpan(tokens[i + n].Start, tokens[i + n].Length);
                if (at + word.Length + 1 > joined.Length) { longest = n; break; }
                if (n > 0) joined[at++] = ' ';
                word.CopyTo(joined[at..]);
                lengths[n] = at += word.Length;
            }
            for (var n = longest; n >= 1; n--)
                if (contains(joined[..lengths[n - 1]])) return n;
            return 0;
        }

        public bool TryRead(int i, int end, out Quantity quantity, out int next)
        {
            quantity = null!;
            next = i;
            var j = i;
            var approximate = false;
            var a = Phrase(i, end, _approximate);
            if (a > 0 && i + a < end && !blocked[i + a]) { approximate = true; j = i + a; }

            string? unit = null;
            // "$", "€" or a code in capitals ("EUR 50 million")
            if ((tokens[j].Kind == TokenKind.Symbol || IsCode(j)) && lexicon.Currencies.TryGetValue(Word(j), out var code) && j + 1 < end && !blocked[j + 1])
            {
                unit = code;
                j++;
            }

            double value;
            var digits = false;
            var vague = false;
            if (tokens[j].Kind == TokenKind.Number)
            {
                if (!double.TryParse(Word(j).Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
                // "2-1", "1990-95": a score or a range, not a count
                if (j + 2 < end && Word(j + 1) == "-" && tokens[j + 2].Kind == TokenKind.Number) return false;
                if (j > 0 && Word(j - 1) == "-" && j > 1 && tokens[j - 2].Kind == TokenKind.Number) return false;
                digits = true;
                j++;
            }
            else if (Phrase(j, end, _numbers) is var n and > 0)
            {
                value = lexicon.Numbers[string.Join(' ', Enumerable.Range(j, n).Select(Word))];
                j += n;
                // "twenty-five"
                if (j + 1 < end && Word(j) == "-" && lexicon.Numbers.TryGetValue(Word(j + 1), out var ones) && value >= 20 && ones < 10) { value += ones; j += 2; }
            }
            else if (Phrase(j, end, _vague) is var v and > 0)
            {
                value = lexicon.Vague[string.Join(' ', Enumerable.Range(j, v).Select(Word))];
                approximate = vague = true;
                j += v;
            }
            else return false;

            // scales: "2.4bn", "1.5 million", "two hundred"; one-letter ones only right after digits
            var scaled = false;
            while (j < end && !blocked[j] && lexicon.Scales.TryGetValue(Word(j), out var scale) && (Word(j).Length > 1 || digits))
            {
                value *= scale;
                scaled = true;
                j++;
            }

            if (j < end && Phrase(j, end, _percent) is var p and > 0)
            {
                unit = "percent";
                j += p;
            }
            else if (j < end && tokens[j].Kind == TokenKind.Word && lexicon.Currencies.TryGetValue(Word(j), out var currency))
            {
                unit = currency;
                j++;
            }
            else if (unit is null)
            {
                var u = j;
                if (u + 1 < end && (vague || scaled) && Word(u).Equals("of", StringComparison.OrdinalIgnoreCase)) u++;
                // one capitalized adjective may stand between number and noun ("three Russian airbases")
                if (u + 1 < end && IsCapitalizedWord(u) && IsUnit(u + 1)) u++;
                if (u < end && IsUnit(u))
                {
                    unit = Word(u).ToLowerInvariant();
                    j = u + 1;
                }
            }
            // a bare number says nothing countable (years, page numbers, "one of them")
            if (unit is null && !approximate) return false;
            var start = tokens[i].Start;
            var stop = tokens[j - 1].End;
            quantity = new Quantity(start, stop, text[start..stop], value, unit, approximate);
            next = j;
            return true;
        }

        private bool IsCode(int i) => tokens[i].Length == 3 && Word(i).All(char.IsAsciiLetterUpper);

        private bool IsCapitalizedWord(int i) => tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]);

        private bool IsUnit(int i)
        {
            if (blocked[i] || tokens[i].Kind != TokenKind.Word || !char.IsLower(text[tokens[i].Start])) return false;
            var w = Word(i);
            return !lexicon.NotUnits.Contains(w) && !lexicon.Scales.ContainsKey(w) && w.All(char.IsLetter);
        }
    }
}
