using Annalist.Text;

namespace Annalist.Entities.Clusters;

/// <summary>
/// What the Brown clusterer needs from a corpus: the words seen at least a minimum number of
/// times (the vocabulary, most frequent first, ties in ordinal order so the order never depends
/// on hashing), their counts, and the counts of adjacent word pairs inside a document. All
/// rarer words count as one word, <see cref="Rare"/>: they are not clustered, but the contexts
/// they make ("Mr. [rare name]") still inform the clusters of their neighbours.
/// </summary>
public sealed class WordBigrams
{
    private WordBigrams(string[] words, long[] counts, long rareCount, long tokens, int types, int documents,
        int[] rightStart, int[] rightWord, int[] rightCount, int[] leftStart, int[] leftWord, int[] leftCount)
    {
        Words = words; Counts = counts; RareCount = rareCount; Tokens = tokens; Types = types; Documents = documents;
        _rightStart = rightStart; _rightWord = rightWord; _rightCount = rightCount;
        _leftStart = leftStart; _leftWord = leftWord; _leftCount = leftCount;
    }

    // Neighbour lists in compressed rows: the words after word w are _rightWord[_rightStart[w].._rightStart[w+1]],
    // sorted by id, with their counts; the same for the words before it. Row Rare holds the rare words' neighbours.
    private readonly int[] _rightStart, _rightWord, _rightCount, _leftStart, _leftWord, _leftCount;

    /// <summary>The vocabulary, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How often each word of <see cref="Words"/> occurs.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The id standing for every word below the minimum count: <c>Words.Count</c>.</summary>
    public int Rare => Words.Count;

    /// <summary>Tokens of words below the minimum count.</summary>
    public long RareCount { get; }

    /// <summary>All tokens read.</summary>
    public long Tokens { get; }

    /// <summary>Distinct words read, rare ones included.</summary>
    public int Types { get; }

    public int Documents { get; }

    /// <summary>The words (or <see cref="Rare"/>) that follow word <paramref name="w"/>, with counts.</summary>
    internal (ReadOnlyMemory<int> Words, ReadOnlyMemory<int> Counts) Right(int w) =>
        (_rightWord.AsMemory(_rightStart[w], _rightStart[w + 1] - _rightStart[w]), _rightCount.AsMemory(_rightStart[w], _rightStart[w + 1] - _rightStart[w]));

    /// <summary>The words (or <see cref="Rare"/>) that precede word <paramref name="w"/>, with counts.</summary>
    internal (ReadOnlyMemory<int> Words, ReadOnlyMemory<int> Counts) Left(int w) =>
        (_leftWord.AsMemory(_leftStart[w], _leftStart[w + 1] - _leftStart[w]), _leftCount.AsMemory(_leftStart[w], _leftStart[w + 1] - _leftStart[w]));

    /// <summary>Tokenizes each document with the project's tokenizer (case kept) and counts.</summary>
    public static WordBigrams Count(IEnumerable<string> documents, int minCount)
    {
        var counter = new Counter();
        foreach (var text in documents)
        {
            foreach (var t in Tokenizer.Tokenize(text)) counter.Add(text.AsSpan(t.Start, t.Length));
            counter.EndDocument();
        }
        return counter.Build(minCount);
    }

    /// <summary>Counts documents given as tokens.</summary>
    public static WordBigrams Count(IEnumerable<IEnumerable<string>> documents, int minCount)
    {
        var counter = new Counter();
        foreach (var tokens in documents)
        {
            foreach (var t in tokens) counter.Add(t);
            counter.EndDocument();
        }
        return counter.Build(minCount);
    }

    /// <summary>Gives every distinct token a number and keeps the token stream as numbers, -1 between documents.</summary>
    private sealed class Counter
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _types = [];
        private readonly List<long> _typeCounts = [];
        private readonly List<int> _stream = [];
        private int _documents;

        public void Add(ReadOnlySpan<char> token)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(token, out var id))
            {
                id = _types.Count;
                var s = token.ToString();
                _ids.Add(s, id);
                _types.Add(s);
                _typeCounts.Add(0);
            }
            _typeCounts[id]++;
            _stream.Add(id);
        }

        public void EndDocument()
        {
            if (_stream.Count > 0 && _stream[^1] != -1) _stream.Add(-1);
            _documents++;
        }

        public WordBigrams Build(int minCount)
        {
            var order = Enumerable.Range(0, _types.Count)
                .Where(t => _typeCounts[t] >= minCount)
                .OrderByDescending(t => _typeCounts[t]).ThenBy(t => _types[t], StringComparer.Ordinal)
                .ToArray();
            var rare = order.Length;
            var map = new int[_types.Count];
            Array.Fill(map, rare);
            for (var i = 0; i < order.Length; i++) map[order[i]] = i;
            long tokens = 0, rareCount = 0;
            for (var t = 0; t < _types.Count; t++)
            {
                tokens += _typeCounts[t];
                if (map[t] == rare) rareCount += _typeCounts[t];
            }

            // Pairs keyed left * (rare + 1) + right; sorting the keys gives the right-neighbour rows in id order.
            var pairs = new Dictionary<long, int>();
            var width = (long)rare + 1;
            for (var i = 1; i < _stream.Count; i++)
            {
                int a = _stream[i - 1], b = _stream[i];
                if (a < 0 || b < 0) continue;
                var key = map[a] * width + map[b];
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
            var keys = pairs.Keys.ToArray();
            Array.Sort(keys);
            var rows = rare + 1;
            var (rightStart, rightWord, rightCount) = Rows(keys, pairs, rows, width, transpose: false);
            var (leftStart, leftWord, leftCount) = Rows(keys, pairs, rows, width, transpose: true);
            return new WordBigrams([.. order.Select(t => _types[t])], [.. order.Select(t => _typeCounts[t])], rareCount, tokens,
                _types.Count, _documents, rightStart, rightWord, rightCount, leftStart, leftWord, leftCount);
        }

        private static (int[] Start, int[] Word, int[] Count) Rows(long[] sortedKeys, Dictionary<long, int> pairs, int rows, long width, bool transpose)
        {
            var start = new int[rows + 1];
            foreach (var k in sortedKeys) start[(transpose ? k % width : k / width) + 1]++;
            for (var r = 0; r < rows; r++) start[r + 1] += start[r];
            var fill = start[..^1].ToArray();
            var word = new int[sortedKeys.Length];
            var count = new int[sortedKeys.Length];
            // Keys are sorted by (left, right): filling rows in key order keeps each row sorted either way.
            foreach (var k in sortedKeys)
            {
                int row = (int)(transpose ? k % width : k / width), col = (int)(transpose ? k / width : k % width);
                var at = fill[row]++;
                word[at] = col;
                count[at] = pairs[k];
            }
            return (start, word, count);
        }
    }
}
