using Annalist.Documents;
using Annalist.Time;
using Annalist.Syntax;

namespace Annalist.Tests.Invariants;

/// <summary>Structural checks every analyzed document must pass, for whichever core layers it has.</summary>
public static class DocumentInvariants
{
    public static void Check(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = doc.Text;
        if (doc.TryGet(CoreLayers.Tokens, out var tokens))
        {
            var covered = 0; // every char before this offset is inside a token or is white space
            var prevEnd = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                Assert.True(t.Start >= 0 && t.End <= text.Length, $"token {i} [{t.Start},{t.End}) outside text of length {text.Length}");
                Assert.True(t.End > t.Start, $"token {i} at {t.Start} is empty");
                Assert.True(t.Start >= prevEnd, $"token {i} [{t.Start},{t.End}) overlaps or precedes the previous token ending at {prevEnd}");
                for (var k = covered; k < t.Start; k++)
                    Assert.True(char.IsWhiteSpace(text[k]), $"char U+{(int)text[k]:X4} at {k} is not white space and not in a token");
                covered = t.End;
                prevEnd = t.End;
            }
            for (var k = covered; k < text.Length; k++)
                Assert.True(char.IsWhiteSpace(text[k]), $"char U+{(int)text[k]:X4} at {k} is not white space and not in a token");
        }
        if (doc.TryGet(CoreLayers.Sentences, out var sentences))
        {
            Assert.True(doc.Has(CoreLayers.Tokens), "sentences without tokens");
            var nextToken = 0;
            var prevEnd = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End, $"sentence [{s.Start},{s.End}) is empty or outside the text");
                Assert.True(s.Start >= prevEnd, $"sentence at {s.Start} overlaps the previous one");
                Assert.True(s.TokenCount > 0, $"sentence at {s.Start} has no tokens");
                Assert.Equal(nextToken, s.FirstToken); // contiguous, in order, no token left out
                Assert.True(s.FirstToken + s.TokenCount <= tokens.Length, $"sentence at {s.Start} runs past the last token");
                Assert.Equal(tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(tokens[s.FirstToken + s.TokenCount - 1].End, s.End);
                nextToken = s.FirstToken + s.TokenCount;
                prevEnd = s.End;
            }
            Assert.Equal(tokens.Length, nextToken); // every token is inside exactly one sentence
        }
        if (doc.TryGet(TimeLayers.Times, out var times))
        {
            Assert.True(doc.Has(CoreLayers.Tokens), "times without tokens");
            var starts = new HashSet<int>(tokens.Select(t => t.Start));
            var ends = new HashSet<int>(tokens.Select(t => t.End));
            var prevEnd = 0;
            foreach (var t in times)
            {
                Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End, $"time [{t.Start},{t.End}) is empty or outside the text");
                Assert.True(t.Start >= prevEnd, $"time at {t.Start} overlaps or precedes the previous one ending at {prevEnd}");
                Assert.True(starts.Contains(t.Start) && ends.Contains(t.End), $"time [{t.Start},{t.End}) is not on token boundaries");
                Assert.False(string.IsNullOrEmpty(t.Value), $"time at {t.Start} has no value");
                prevEnd = t.End;
            }
        }
        CheckSyntax(doc);
        CheckEntities(doc);
        CheckQuotes(doc);
    }

    private static readonly HashSet<string> EntityTypes = ["PERSON", "ORGANIZATION", "GPE", "LOCATION", "GROUP", "FACILITY", "EVENT", "OTHER"];
    private static readonly HashSet<string> MentionKinds = ["name", "nominal", "pronoun", "demonym", "metonym"];

    /// <summary>Entities in order of first mention, unique ids, contract types, mentions in text order inside the text.</summary>
    public static void CheckEntities(Document doc)
    {
        if (!doc.TryGet(Annalist.Entities.EntityLayers.Entities, out var entities)) return;
        var ids = new HashSet<string>();
        var previousFirst = -1;
        foreach (var e in entities)
        {
            Assert.True(ids.Add(e.Id), $"entity id {e.Id} is used twice");
            Assert.Contains(e.Type, EntityTypes);
            Assert.False(string.IsNullOrWhiteSpace(e.Name), $"entity {e.Id} has no name");
            Assert.False(e.Mentions.IsEmpty, $"entity {e.Id} has no mentions");
            Assert.True(e.Mentions[0].Start >= previousFirst, $"entity {e.Id} is out of order of first mention");
            previousFirst = e.Mentions[0].Start;
            var previous = -1;
            foreach (var m in e.Mentions)
            {
                Assert.True(m.Start >= 0 && m.End <= doc.Text.Length && m.Start < m.End, $"mention [{m.Start},{m.End}) of {e.Id} is outside the text");
                Assert.Equal(doc.Text[m.Start..m.End], m.Text);
                Assert.True(m.Start >= previous, $"mentions of {e.Id} are out of text order");
                Assert.Contains(m.Kind, MentionKinds);
                previous = m.Start;
            }
        }
    }

    private static readonly HashSet<string> QuoteKindNames = ["direct", "indirect", "mixed"];

    /// <summary>Quotes in text order inside the text, each content span once, known kinds, speakers naming entities of the document.</summary>
    public static void CheckQuotes(Document doc)
    {
        if (!doc.TryGet(Annalist.Quotes.QuoteLayers.Quotes, out var quotes)) return;
        var ids = doc.TryGet(Annalist.Entities.EntityLayers.Entities, out var entities) ? entities.Select(e => e.Id).ToHashSet() : [];
        var spans = new HashSet<(int, int)>();
        var previous = -1;
        foreach (var q in quotes)
        {
            Assert.True(q.Start >= 0 && q.End <= doc.Text.Length && q.Start < q.End, $"quote [{q.Start},{q.End}) is outside the text");
            Assert.Equal(doc.Text[q.Start..q.End], q.Text);
            Assert.True(spans.Add((q.Start, q.End)), $"quote [{q.Start},{q.End}) is given twice");
            Assert.True(q.Start >= previous, "quotes are out of text order");
            previous = q.Start;
            Assert.Contains(q.Kind, QuoteKindNames);
            if (q.Cue is { } c) Assert.Equal(doc.Text[c.Start..c.End], c.Text);
            if (q.Speaker is { } s)
            {
                Assert.Equal(doc.Text[s.Start..s.End], s.Text);
                if (s.Entity is not null) Assert.Contains(s.Entity, ids);
            }
        }
    }

    /// <summary>One tag and lemma per token; every sentence's dependencies form one tree (one root, no cycles, heads inside it).</summary>
    public static void CheckSyntax(Document doc)
    {
        var count = doc.TryGet(CoreLayers.Tokens, out var tokens) ? tokens.Length : 0;
        if (doc.TryGet(SyntaxLayers.Tags, out var tags))
            Assert.All(tags, t => Assert.False(string.IsNullOrEmpty(t.Upos) || string.IsNullOrEmpty(t.Xpos)));
        if (doc.TryGet(SyntaxLayers.Tags, out tags)) Assert.Equal(count, tags.Length);
        if (doc.TryGet(SyntaxLayers.Lemmas, out var lemmas))
        {
            Assert.Equal(count, lemmas.Length);
            Assert.All(lemmas, l => Assert.False(string.IsNullOrEmpty(l)));
        }
        if (!doc.TryGet(SyntaxLayers.Dependencies, out var deps)) return;
        Assert.Equal(count, deps.Length);
        foreach (var s in doc.Get(CoreLayers.Sentences))
        {
            int first = s.FirstToken, end = s.FirstToken + s.TokenCount, roots = 0;
            for (var i = first; i < end; i++)
            {
                var h = deps[i].Head;
                Assert.False(string.IsNullOrEmpty(deps[i].Relation));
                if (h < 0) { roots++; Assert.Equal("root", deps[i].Relation); continue; }
                Assert.True(h >= first && h < end && h != i, $"token {i} has head {h} outside its sentence [{first},{end}) or itself");
                Assert.NotEqual("root", deps[i].Relation);
                // walking up must reach the root within the sentence length, else there is a cycle
                var steps = 0;
                for (var k = i; deps[k].Head >= 0; k = deps[k].Head)
                    Assert.True(++steps <= s.TokenCount, $"cycle through token {i}");
            }
            Assert.Equal(1, roots);
        }
    }
}
