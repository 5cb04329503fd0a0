using Annalist.Documents;

namespace Annalist.Syntax;

/// <summary>The token ranges the syntax stages work on: the sentences, plus any tokens a sentence does not cover.</summary>
internal static class SyntaxSegments
{
    public static List<(int First, int Count)> Of(Document doc)
    {
        var tokens = doc.Get(CoreLayers.Tokens).Length;
        var result = new List<(int, int)>();
        var next = 0;
        foreach (var s in doc.Get(CoreLayers.Sentences))
        {
            if (s.FirstToken > next) result.Add((next, s.FirstToken - next));
            if (s.TokenCount > 0) result.Add((s.FirstToken, s.TokenCount));
            next = Math.Max(next, s.FirstToken + s.TokenCount);
        }
        if (next < tokens) result.Add((next, tokens - next));
        return result;
    }

    /// <summary>The sentence holding a token, by binary search (sentences are in token order).</summary>
    public static (int First, int Count) Containing(Document doc, int token)
    {
        var sentences = doc.Get(CoreLayers.Sentences);
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.FirstToken + s.TokenCount) lo = mid + 1;
            else return (s.FirstToken, s.TokenCount);
        }
        return (token, 1);
    }

    public static string[] Words(Document doc, int first, int count)
    {
        var tokens = doc.Get(CoreLayers.Tokens);
        var words = new string[count];
        for (var i = 0; i < count; i++) words[i] = doc.Slice(tokens[first + i].Span);
        return words;
    }
}
