using System.IO.Compression;

namespace Annalist.Syntax;

/// <summary>
/// Trains an averaged perceptron over hashed features. Weights are sparse per feature (an update
/// touches only the gold and the guessed class), so memory follows the features actually used.
/// Averaging is lazy: each weight remembers when it last changed.
/// </summary>
internal sealed class PerceptronTrainer(int classes)
{
    private sealed class Row
    {
        public int[] Classes = new int[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public int[] Stamps = new int[2];
        public int Count;

        public int Slot(int cls)
        {
            for (var i = 0; i < Count; i++) if (Classes[i] == cls) return i;
            if (Count == Classes.Length)
            {
                Array.Resize(ref Classes, Count * 2);
                Array.Resize(ref Weights, Count * 2);
                Array.Resize(ref Totals, Count * 2);
                Array.Resize(ref Stamps, Count * 2);
            }
            Classes[Count] = cls;
            return Count++;
        }
    }

    private readonly Dictionary<ulong, Row> _rows = [];
    private int _instances;

    public int Classes { get; } = classes;

    /// <summary>Adds each feature's current weights to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            for (var i = 0; i < row.Count; i++) scores[row.Classes[i]] += row.Weights[i];
        }
    }

    /// <summary>Counts one training instance; call once per decision, updated or not.</summary>
    public void Tick() => _instances++;

    public void Update(int truth, int guess, ReadOnlySpan<ulong> features)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row();
            Add(row, truth, 1f);
            Add(row, guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to one class's weight of each feature (a global perceptron's update).</summary>
    public void Adjust(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row();
            Add(row, cls, delta);
        }
    }

    private void Add(Row row, int cls, float delta)
    {
        var s = row.Slot(cls);
        row.Totals[s] += (double)(_instances - row.Stamps[s]) * row.Weights[s];
        row.Stamps[s] = _instances;
        row.Weights[s] += delta;
    }

    /// <summary>The averaged weights; features and classes in sorted order so the result is reproducible.</summary>
    public LinearModel Average(float minWeight = 1e-3f)
    {
        var n = Math.Max(1, _instances);
        var weights = new List<(uint Key, int Cls, float W)>();
        foreach (var (key, row) in _rows)
            for (var i = 0; i < row.Count; i++)
            {
                var total = row.Totals[i] + (double)(_instances - row.Stamps[i]) * row.Weights[i];
                var avg = (float)(total / n);
                if (Math.Abs(avg) >= minWeight) weights.Add((LinearModel.ShortKey(key), row.Classes[i], avg));
            }
        weights.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Cls != b.Cls ? a.Cls.CompareTo(b.Cls) : a.W.CompareTo(b.W));
        var entries = new List<(uint Key, (int Cls, float W)[] Weights)>();
        var row2 = new List<(int, float)>();
        for (var i = 0; i < weights.Count;)
        {
            var key = weights[i].Key;
            row2.Clear();
            for (; i < weights.Count && weights[i].Key == key; i++)
            {
                // two features sharing a short key (rare) add up, as they would have at lookup time
                if (row2.Count > 0 && row2[^1].Item1 == weights[i].Cls) row2[^1] = (weights[i].Cls, row2[^1].Item2 + weights[i].W);
                else row2.Add((weights[i].Cls, weights[i].W));
            }
            entries.Add((key, row2.ToArray()));
        }
        return LinearModel.From(Classes, entries);
    }
}

/// <summary>
/// A trained linear model: hashed feature key to sparse class weights, in an open-addressing table
/// for fast lookups. Keys are shortened to 32 bits (a handful of collisions among a million
/// features cost nothing measurable and halve the table), weights saved as half floats.
/// </summary>
internal sealed class LinearModel
{
    // Open addressing, linear probing, key 0 = empty. A lookup is one cache miss in the common
    // case: a model with at most three classes (the parser's transitions) keeps its weights in
    // the slot itself; larger ones keep the row index there.
    private struct SparseSlot { public uint Key; public int Start, End; }
    private struct ClassWeight { public int Class; public float Weight; }
    private struct DenseSlot { public uint Key; public float W0, W1, W2; }

    private readonly SparseSlot[]? _sparse;
    private readonly ClassWeight[] _row = [];  // the sparse rows' weights, next to their classes
    private readonly DenseSlot[]? _dense;
    private readonly int[] _rowStart;   // rows' ranges in _classes/_weights
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly uint[] _keys;      // row keys in sorted order, for saving
    private readonly int _mask;

    private LinearModel(int classes, uint[] keys, int[] rowStart, ushort[] cls, float[] weights)
    {
        Classes = classes;
        _keys = keys;
        _rowStart = rowStart;
        _classes = cls;
        _weights = weights;
        var size = 16;
        while (size * 3 < keys.Length * 4) size <<= 1; // load factor at most 3/4
        _mask = size - 1;
        if (classes <= 3) _dense = new DenseSlot[size];
        else
        {
            _sparse = new SparseSlot[size];
            _row = new ClassWeight[weights.Length];
            for (var k = 0; k < weights.Length; k++) _row[k] = new ClassWeight { Class = cls[k], Weight = weights[k] };
        }
        for (var r = 0; r < keys.Length; r++)
        {
            var i = Slot(keys[r]);
            if (_dense is not null)
            {
                while (_dense[i].Key != 0) i = (i + 1) & _mask;
                ref var d = ref _dense[i];
                d.Key = keys[r];
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    if (cls[k] == 0) d.W0 = weights[k];
                    else if (cls[k] == 1) d.W1 = weights[k];
                    else d.W2 = weights[k];
                }
            }
            else
            {
                while (_sparse![i].Key != 0) i = (i + 1) & _mask;
                _sparse[i] = new SparseSlot { Key = keys[r], Start = rowStart[r], End = rowStart[r + 1] };
            }
        }
    }

    public int Classes { get; }
    public int Features => _keys.Length;

    /// <summary>The rows in key order, for <see cref="WeightTable"/>.</summary>
    internal (uint[] Keys, int[] RowStart, ushort[] Classes, float[] Weights) Rows => (_keys, _rowStart, _classes, _weights);

    /// <summary>The 32-bit key stored for a 64-bit feature hash; never 0, which marks an empty slot.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint ShortKey(ulong feature) => (uint)(feature >> 32) | 1u;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Slot(uint key) => (int)(key * 0x9E3779B1u >> 7) & _mask;

    internal static LinearModel From(int classes, List<(uint Key, (int Cls, float W)[] Weights)> entries)
    {
        var keys = new uint[entries.Count];
        var starts = new int[entries.Count + 1];
        var total = entries.Sum(e => e.Weights.Length);
        var cls = new ushort[total];
        var w = new float[total];
        var k = 0;
        for (var r = 0; r < entries.Count; r++)
        {
            keys[r] = entries[r].Key;
            starts[r] = k;
            foreach (var (c, x) in entries[r].Weights) { cls[k] = (ushort)c; w[k++] = x; }
        }
        starts[entries.Count] = k;
        return new LinearModel(classes, keys, starts, cls, w);
    }

    /// <summary>Sets <paramref name="scores"/> to the sum of the features' weights.</summary>
    /// <remarks>Two passes: the first reads every feature's home slot without branching, so the
    /// cache misses of a table much larger than the cache overlap instead of waiting on each other;
    /// the second finds the keys, mostly in cache by then.</remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Span<int> home = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        uint seen = 0;
        if (_dense is { } dense)
        {
            for (var j = 0; j < features.Length; j++)
            {
                var i = Slot(ShortKey(features[j]));
                home[j] = i;
                seen |= dense[i].Key;
            }
            float s0 = 0, s1 = 0, s2 = 0;
            for (var j = 0; j < features.Length; j++)
            {
                var f = ShortKey(features[j]);
                for (var i = home[j]; ; i = (i + 1) & _mask)
                {
                    ref var d = ref dense[i];
                    if (d.Key == f) { s0 += d.W0; s1 += d.W1; s2 += d.W2; break; }
                    if (d.Key == 0) break;
                }
            }
            if (seen == 0) return; // an empty table (keeps the first pass's reads from being dropped)
            scores[0] = s0;
            if (scores.Length > 1) scores[1] = s1;
            if (scores.Length > 2) scores[2] = s2;
            return;
        }
        var sparse = _sparse!;
        var row = _row;
        for (var j = 0; j < features.Length; j++)
        {
            var i = Slot(ShortKey(features[j]));
            home[j] = i;
            seen |= sparse[i].Key;
        }
        if (seen == 0) return;
        for (var j = 0; j < features.Length; j++)
        {
            var f = ShortKey(features[j]);
            for (var i = home[j]; ; i = (i + 1) & _mask)
            {
                ref var slot = ref sparse[i];
                if (slot.Key == f)
                {
                    for (var k = slot.Start; k < slot.End; k++) scores[row[k].Class] += row[k].Weight;
                    break;
                }
                if (slot.Key == 0) break;
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(_keys.Length);
        // keys sorted: store deltas, which compress far better than raw hashes
        uint prev = 0;
        foreach (var key in _keys) { w.Write7BitEncodedInt((int)(key - prev)); prev = key; }
        for (var r = 0; r < _keys.Length; r++) w.Write7BitEncodedInt(_rowStart[r + 1] - _rowStart[r]);
        foreach (var c in _classes) w.Write7BitEncodedInt(c);
        foreach (var x in _weights) w.Write((Half)x);
    }

    public static LinearModel Read(BinaryReader r)
    {
        var classes = r.ReadInt32();
        var n = r.ReadInt32();
        var keys = new uint[n];
        uint prev = 0;
        for (var i = 0; i < n; i++) keys[i] = prev += (uint)r.Read7BitEncodedInt();
        var starts = new int[n + 1];
        for (var i = 0; i < n; i++) starts[i + 1] = starts[i] + r.Read7BitEncodedInt();
        var cls = new ushort[starts[n]];
        for (var i = 0; i < cls.Length; i++) cls[i] = (ushort)r.Read7BitEncodedInt();
        var w = new float[starts[n]];
        for (var i = 0; i < w.Length; i++) w[i] = (float)r.ReadHalf();
        return new LinearModel(classes, keys, starts, cls, w);
    }
}

/// <summary>Model files: a magic string and version, then a Brotli-compressed body.</summary>
internal static class ModelFile
{
    public static void Save(string path, string magic, Action<BinaryWriter> body)
    {
        using var file = File.Create(path);
        Save(file, magic, body);
    }

    public static void Save(Stream stream, string magic, Action<BinaryWriter> body)
    {
        using (var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) header.Write(magic);
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(brotli, System.Text.Encoding.UTF8, leaveOpen: true);
        body(w);
    }

    public static T Load<T>(Stream stream, string magic, Func<BinaryReader, T> read)
    {
        using (var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var found = header.ReadString();
            if (found != magic) throw new InvalidDataException($"{ErrorCodes.BadModel}: expected a '{magic}' model, found '{found}'.");
        }
        // decompress in one go: BinaryReader is much faster over a MemoryStream than over Brotli
        var body = new MemoryStream();
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true)) brotli.CopyTo(body);
        body.Position = 0;
        using var r = new BinaryReader(body, System.Text.Encoding.UTF8);
        return read(r);
    }
}
