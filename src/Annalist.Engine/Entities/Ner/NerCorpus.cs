namespace Annalist.Entities.Ner;

/// <summary>A sentence with gold names: words, and names as token ranges with a type (PER, ORG, LOC, MISC).</summary>
public sealed record NerSentence(string[] Words, NerSpan[] Names);

/// <summary>Tokens [First, First + Count) of a sentence, with a type.</summary>
public readonly record struct NerSpan(int First, int Count, string Type);

/// <summary>A document: its sentences in order (document-level features look across them).</summary>
public sealed record NerDocument(string Id, List<NerSentence> Sentences);

/// <summary>
/// Reads CoNLL-style NER files: one token per line, the word in the first column and the tag in
/// the last, blank lines between sentences, <c>-DOCSTART-</c> lines between documents; or
/// Universal NER files (<c># newdoc</c> and <c># sent_id</c> comments, then index, word and IOB2 tag). Tags may
/// be IOB1 (CoNLL-2003, where I- starts a name unless it continues one of the same type) or IOB2;
/// types are mapped to PER/ORG/LOC/MISC (re3d's Person, Organisation, Location, Nationality),
/// and types with no counterpart (re3d's Weapon, Temporal) become O.
/// </summary>
public static class NerCorpus
{
    private static readonly Dictionary<string, string?> TypeMap = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PER"] = "PER", ["PERSON"] = "PER",
        ["ORG"] = "ORG", ["ORGANISATION"] = "ORG", ["ORGANIZATION"] = "ORG",
        ["LOC"] = "LOC", ["LOCATION"] = "LOC", ["GPE"] = "LOC",
        ["MISC"] = "MISC", ["NATIONALITY"] = "MISC",
    };

    /// <summary>The documents of one file; a file without <c>-DOCSTART-</c> lines is one document per blank-line-separated block of 50 sentences.</summary>
    public static List<NerDocument> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static List<NerDocument> Read(TextReader reader, string name)
    {
        var docs = new List<NerDocument>();
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var sawDocStart = false;
        void EndSentence()
        {
            if (words.Count > 0) sentences.Add(new NerSentence([.. words], Spans(tags)));
            words.Clear();
            tags.Clear();
            // without document marks, cut long files into pseudo-documents so document features stay local
            if (!sawDocStart && sentences.Count == 50) EndDocument();
        }
        void EndDocument()
        {
            if (sentences.Count > 0) docs.Add(new NerDocument($"{name}#{docs.Count + 1}", [.. sentences]));
            sentences.Clear();
        }
        string? line;
        var conllu = false; // Universal NER: "# newdoc" comments, then index, word, IOB2 tag, ...
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('#'))
            {
                conllu = true;
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    sawDocStart = true;
                    EndSentence();
                    EndDocument();
                }
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                sawDocStart = true;
                EndSentence();
                EndDocument();
                continue;
            }
            var cols = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 0) { EndSentence(); continue; }
            if (conllu && cols.Length >= 3)
            {
                words.Add(cols[1]);
                tags.Add(cols[2]);
                continue;
            }
            words.Add(cols[0]);
            tags.Add(cols.Length > 1 ? cols[^1] : "O");
        }
        EndSentence();
        EndDocument();
        return docs;
    }

    /// <summary>Names from IOB1 or IOB2 tags.</summary>
    public static NerSpan[] Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<NerSpan>();
        int start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (prefix, t) = i < tags.Count ? Parse(tags[i]) : ('O', null);
            var continues = prefix == 'I' && t == type && type is not null;
            if (!continues && type is not null)
            {
                spans.Add(new NerSpan(start, i - start, type));
                type = null;
            }
            if (t is not null && !continues)
            {
                start = i;
                type = t;
            }
        }
        return [.. spans];
    }

    private static (char Prefix, string? Type) Parse(string tag)
    {
        if (tag.Length < 2 || tag[1] != '-' || tag[0] is not ('B' or 'I' or 'E' or 'S' or 'L' or 'U')) return ('O', null);
        var type = TypeMap.GetValueOrDefault(tag[2..]);
        if (type is null) return ('O', null);
        // BILOU/BIOES: every prefix but I starts or ends a name; I continues
        return (tag[0] == 'I' || tag[0] == 'E' || tag[0] == 'L' ? 'I' : 'B', type);
    }
}
