using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities;
using Annalist.Entities.Resolution;
using Annalist.Text;

namespace Annalist.Tests.Entities;

/// <summary>
/// Articles written for the tests, with named mentions marked as the NER stage would give them:
/// "[Volodymyr Zelenskyy|PERSON] met [Turkey|GPE]'s ...". Builds the document, tokenizes and
/// splits it, sets the mentions layer and runs the entities stage.
/// </summary>
public static class MarkedArticle
{
    public static Document Resolve(string marked, DateOnly? date = null)
    {
        var doc = Prepare(marked, date);
        new EntityStage().Run(doc);
        Invariants.DocumentInvariants.Check(doc);
        return doc;
    }

    /// <summary>The document with tokens, sentences and mentions, before resolution.</summary>
    public static Document Prepare(string marked, DateOnly? date = null)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End, string Type)>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] != '[') { text.Append(marked[i]); continue; }
            var bar = marked.IndexOf('|', i);
            var close = marked.IndexOf(']', bar);
            var start = text.Length;
            text.Append(marked, i + 1, bar - i - 1);
            spans.Add((start, text.Length, marked[(bar + 1)..close]));
            i = close;
        }
        var doc = new Document("test", text.ToString(), date);
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
        {
            if (!starts.TryGetValue(start, out var first) || !ends.TryGetValue(end, out var last) || last < first)
                throw new ArgumentException($"mention '{doc.Text[start..end]}' is not on token boundaries");
            mentions.Add(new NamedMention(first, last - first + 1, start, end, type));
        }
        doc.Set(EntityLayers.Mentions, mentions.ToImmutable());
        return doc;
    }

    public static ImmutableArray<Entity> Entities(this Document doc) => doc.Get(EntityLayers.Entities);

    /// <summary>The entity with a mention of <paramref name="text"/> at its <paramref name="occurrence"/>-th place in the text (0 = first).</summary>
    public static Entity At(this Document doc, string text, int occurrence = 0)
    {
        var at = -1;
        for (var k = 0; k <= occurrence; k++)
        {
            at = doc.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{text}' occurs fewer than {occurrence + 1} times");
        }
        var found = doc.Entities().Where(e => e.Mentions.Any(m => m.Start == at && m.Text == text)).ToList();
        return found.Count == 1 ? found[0] : throw new Xunit.Sdk.XunitException(
            $"'{text}' ({occurrence}) is a mention of {found.Count} entities: " + Describe(doc));
    }

    /// <summary>Whether any entity has a mention at that place.</summary>
    public static bool IsMention(this Document doc, string text, int occurrence = 0)
    {
        try { doc.At(text, occurrence); return true; }
        catch (Xunit.Sdk.XunitException) { return false; }
    }

    public static string Describe(Document doc) => string.Join("; ", doc.Entities().Select(e =>
        $"{e.Id} [{string.Join(", ", e.Mentions.Select(m => m.Text + "/" + m.Kind))}]"));
}
