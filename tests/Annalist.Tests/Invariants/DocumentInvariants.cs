using Annalist.Documents;
using Annalist.Time;

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
    }
}
