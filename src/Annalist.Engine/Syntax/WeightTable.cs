using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Annalist.Syntax;

/// <summary>
/// The weights of a trained <see cref="LinearModel"/> laid out for scoring. The tagger's and the
/// parser's time goes to looking up features in tables far larger than the cache, so a lookup
/// should touch one cache line. Weights are half floats, as the model files store them, summed in
/// float in the same order as <see cref="LinearModel.Score"/>: a loaded model scores the same to
/// the bit as it did with <see cref="LinearModel"/>.
/// </summary>
/// <remarks>A feature's 32-bit key is multiplied by an odd constant (a bijection), and the top bits
/// of the product pick its bucket or slot; the product is stored instead of the key. Files list
/// the products in ascending order, so loading fills the table front to back.</remarks>
internal sealed class WeightTable
{
    // Three classes or fewer (the parser's transitions): 64-byte buckets, each 6 keys, their 3
    // half-float weights each, and a flag set when the bucket overflowed into the next.
    private const int BucketUints = 16, BucketKeys = 6, WeightByte = 24, SpillUint = 15;

    // More classes: 16-byte slots of a key and up to 3 (class, half weight) pairs. A longer row
    // keeps its pairs in _long (the slot holds LongRow, start, count); one of more than 8 (the
    // bias, the previous tags: most of the tagger's additions) is a whole row of floats in _rows,
    // added with vector instructions (the slot holds FullRow, start).
    private const int SlotUints = 4, MaxPairs = 8;
    private const uint LongRow = 0xFFFF, FullRow = 0xFFFE;

    private readonly uint[] _table;  // pinned, so its 64-byte alignment holds
    private readonly int _base;      // the first aligned uint
    private readonly int _shift;     // bucket or slot = hash >> _shift
    private readonly (int Class, float Weight)[] _long = [];
    private readonly float[] _rows = [];
    private readonly int _width;     // sparse: classes rounded up to whole vectors
    private readonly bool _dense;

    public int Classes { get; }

    public int Features { get; }

    /// <summary>Rows by ascending <paramref name="hashes"/>: their classes and half-float weights (bits).</summary>
    private WeightTable(int classes, uint[] hashes, int[] rowStart, ushort[] cls, ushort[] halves)
    {
        Classes = classes;
        Features = hashes.Length;
        _dense = classes <= 3;
        var bits = 4;
        if (_dense) while ((1 << bits) * BucketKeys < hashes.Length * 3 / 2) bits++; // about 3 keys a bucket
        else while ((1 << bits) * 3 < hashes.Length * 4) bits++;                      // load factor at most 3/4
        _shift = 32 - bits;
        var mask = (1 << bits) - 1;
        _table = Aligned((_dense ? BucketUints : SlotUints) << bits, out _base);
        var t = _table.AsSpan(_base);
        if (_dense)
        {
            for (var r = 0; r < hashes.Length; r++)
            {
                var b = (int)(hashes[r] >> _shift);
                while (t[b * BucketUints + BucketKeys - 1] != 0) { t[b * BucketUints + SpillUint] = 1; b = (b + 1) & mask; }
                var at = b * BucketUints;
                var e = 0;
                while (t[at + e] != 0) e++;
                t[at + e] = hashes[r];
                var weights = MemoryMarshal.Cast<uint, ushort>(t.Slice(at, BucketUints));
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++) weights[WeightByte / 2 + 3 * e + cls[k]] = halves[k];
            }
            return;
        }
        _width = (classes + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
        int pairs = 0, full = 0;
        for (var r = 0; r < hashes.Length; r++)
        {
            var count = rowStart[r + 1] - rowStart[r];
            if (count > MaxPairs) full++;
            else if (count > 3) pairs += count;
        }
        _long = new (int, float)[pairs];
        _rows = new float[full * _width];
        pairs = full = 0;
        for (var r = 0; r < hashes.Length; r++)
        {
            var i = (int)(hashes[r] >> _shift);
            while (t[i * SlotUints] != 0) i = (i + 1) & mask;
            var slot = t.Slice(i * SlotUints, SlotUints);
            slot[0] = hashes[r];
            int start = rowStart[r], count = rowStart[r + 1] - start;
            if (count > MaxPairs)
            {
                slot[1] = FullRow;
                slot[2] = (uint)full;
                for (var k = start; k < start + count; k++) _rows[full + cls[k]] = HalfToFloat(halves[k]);
                full += _width;
            }
            else if (count > 3)
            {
                slot[1] = LongRow;
                slot[2] = (uint)pairs;
                slot[3] = (uint)count;
                for (var k = start; k < start + count; k++) _long[pairs++] = (cls[k], HalfToFloat(halves[k]));
            }
            // a pair is never 0: its weight is not zero (weights that small are dropped in training)
            else for (var k = 0; k < count; k++) slot[1 + k] = cls[start + k] | (uint)halves[start + k] << 16;
        }
    }

    /// <summary>The table of a model trained in this process.</summary>
    public static WeightTable From(LinearModel model)
    {
        var (keys, rowStart, cls, weights) = model.Rows;
        var order = Enumerable.Range(0, keys.Length).ToArray();
        var hashes = keys.Select(Hash).ToArray();
        Array.Sort(hashes.ToArray(), order);
        var sortedStart = new int[keys.Length + 1];
        var sortedCls = new ushort[cls.Length];
        var halves = new ushort[cls.Length];
        var n = 0;
        for (var r = 0; r < order.Length; r++)
        {
            sortedStart[r] = n;
            for (var k = rowStart[order[r]]; k < rowStart[order[r] + 1]; k++)
            {
                sortedCls[n] = cls[k];
                halves[n++] = BitConverter.HalfToUInt16Bits((Half)weights[k]);
            }
        }
        sortedStart[^1] = n;
        return new WeightTable(model.Classes, order.Select(r => hashes[r]).ToArray(), sortedStart, sortedCls, halves);
    }

    /// <summary>Writes a model trained in this process: the hashes' deltas, then the rows' lengths
    /// (for three classes or fewer, a bit mask of the classes), then the classes, then the weights.</summary>
    public static void Write(BinaryWriter w, LinearModel model)
    {
        var (keys, rowStart, cls, weights) = model.Rows;
        var hashes = keys.Select(Hash).ToArray();
        var order = Enumerable.Range(0, keys.Length).ToArray();
        Array.Sort(hashes, order);
        w.Write(model.Classes);
        w.Write(keys.Length);
        uint prev = 0;
        foreach (var h in hashes) { w.Write7BitEncodedInt((int)(h - prev)); prev = h; }
        var dense = model.Classes <= 3;
        foreach (var r in order)
        {
            if (!dense) { w.Write7BitEncodedInt(rowStart[r + 1] - rowStart[r]); continue; }
            var mask = 0;
            for (var k = rowStart[r]; k < rowStart[r + 1]; k++) mask |= 1 << cls[k];
            w.Write((byte)mask);
        }
        if (!dense) foreach (var r in order) for (var k = rowStart[r]; k < rowStart[r + 1]; k++) w.Write7BitEncodedInt(cls[k]);
        foreach (var r in order) for (var k = rowStart[r]; k < rowStart[r + 1]; k++) w.Write((Half)weights[k]);
    }

    /// <summary>Reads what <see cref="Write"/> wrote, straight from the buffer of the memory stream
    /// that <see cref="ModelFile.Load"/> decompressed the file into (about 5 times faster than
    /// BinaryReader's calls per number).</summary>
    public static WeightTable Read(BinaryReader r)
    {
        if (r.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer) || !BitConverter.IsLittleEndian)
            throw new InvalidDataException($"{ErrorCodes.BadModel}: weight tables are read from a little-endian memory buffer.");
        ReadOnlySpan<byte> data = buffer.AsSpan((int)stream.Position);
        var classes = BinaryPrimitives.ReadInt32LittleEndian(data);
        var n = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        var at = 8;
        var hashes = new uint[n];
        uint prev = 0;
        for (var i = 0; i < n; i++) hashes[i] = prev += Number(data, ref at);
        var rowStart = new int[n + 1];
        ushort[] cls;
        if (classes <= 3)
        {
            var masks = data.Slice(at, n);
            at += n;
            for (var i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + BitOperations.PopCount(masks[i]);
            cls = new ushort[rowStart[n]];
            for (int i = 0, k = 0; i < n; i++)
                for (var c = 0; c < 3; c++) if ((masks[i] >> c & 1) != 0) cls[k++] = (ushort)c;
        }
        else
        {
            for (var i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + (int)Number(data, ref at);
            cls = new ushort[rowStart[n]];
            for (var i = 0; i < cls.Length; i++) cls[i] = (ushort)Number(data, ref at);
        }
        var halves = MemoryMarshal.Cast<byte, ushort>(data.Slice(at, 2 * rowStart[n])).ToArray();
        stream.Position += at + 2 * rowStart[n];
        return new WeightTable(classes, hashes, rowStart, cls, halves);
    }

    /// <summary>A number as BinaryWriter.Write7BitEncodedInt writes it: 7 bits a byte, low bits first.</summary>
    private static uint Number(ReadOnlySpan<byte> data, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }

    /// <summary>A uint array that does not move, with <paramref name="start"/> at a 64-byte boundary.
    /// A large one starts at a 2 MB boundary and asks Linux for huge pages before anything touches
    /// it: its lookups then rarely miss the TLB (random reads in 16 MB: 11 instead of 14.5 ns).</summary>
    private static uint[] Aligned(int length, out int start)
    {
        var huge = OperatingSystem.IsLinux() && length >= HugePage; // 8 MB or more
        var align = huge ? HugePage : 64;
        var array = GC.AllocateArray<uint>(length + align / 4, pinned: true);
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        var address = (long)handle.AddrOfPinnedObject();
        handle.Free();
        start = (int)((align - (address & (align - 1))) & (align - 1)) / 4;
        if (huge)
        {
            try { _ = Madvise((nint)(address + 4L * start), (nuint)(4L * length / HugePage * HugePage), 14); } // MADV_HUGEPAGE
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { } // a hint only
        }
        return array;
    }

    private const int HugePage = 2 << 20;

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(uint key) => key * 0x9E3779B1u;

    private const float TwoTo112 = 5.192296858534828e33f;

    /// <summary>A half float's bits as a float, exactly, for finite values: shift the exponent and
    /// mantissa into place, then scale by 2^112 to rebias the exponent (subnormals come out right too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float HalfToFloat(uint h) =>
        BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(BitConverter.Int32BitsToSingle((int)((h & 0x7FFF) << 13)) * TwoTo112) | (int)((h & 0x8000) << 16));

    /// <summary>The first three of four packed half floats as floats (the fourth lane is not used).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Widen(ulong halves)
    {
        var h = Vector128.WidenLower(Vector128.CreateScalarUnsafe(halves).AsUInt16());
        var magnitude = Vector128.ShiftLeft(h & Vector128.Create(0x7FFFu), 13).AsSingle() * Vector128.Create(TwoTo112);
        return (magnitude.AsUInt32() | Vector128.ShiftLeft(h & Vector128.Create(0x8000u), 16)).AsSingle();
    }

    /// <summary>Sets <paramref name="scores"/> to the sum of the features' weights.</summary>
    /// <remarks>Two passes: the first reads every feature's bucket or slot without branching, so the
    /// cache misses of a table much larger than the cache overlap instead of waiting on each other;
    /// the second finds the keys, mostly in cache by then.</remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Span<int> home = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _base);
        var mask = (1 << (32 - _shift)) - 1;
        uint seen = 0;
        if (_dense)
        {
            for (var j = 0; j < features.Length; j++)
            {
                var b = (int)(Hash(LinearModel.ShortKey(features[j])) >> _shift);
                home[j] = b;
                seen |= Unsafe.Add(ref table, b * BucketUints);
            }
            if (seen == 0) return; // an empty table (keeps the first pass's reads from being dropped)
            var sum = Vector128<float>.Zero;
            for (var j = 0; j < features.Length; j++)
            {
                var want = Vector256.Create(Hash(LinearModel.ShortKey(features[j])));
                for (var b = home[j]; ; b = (b + 1) & mask)
                {
                    ref var bucket = ref Unsafe.Add(ref table, b * BucketUints);
                    var hits = Vector256.Equals(Vector256.LoadUnsafe(ref bucket), want).ExtractMostSignificantBits() & 0x3F;
                    if (hits != 0)
                    {
                        var e = BitOperations.TrailingZeroCount(hits);
                        sum += Widen(Unsafe.ReadUnaligned<ulong>(ref Unsafe.AddByteOffset(ref Unsafe.As<uint, byte>(ref bucket), WeightByte + 6 * e)));
                        break;
                    }
                    if (Unsafe.Add(ref bucket, SpillUint) == 0) break;
                }
            }
            scores[0] = sum[0];
            if (scores.Length > 1) scores[1] = sum[1];
            if (scores.Length > 2) scores[2] = sum[2];
            return;
        }
        for (var j = 0; j < features.Length; j++)
        {
            var i = (int)(Hash(LinearModel.ShortKey(features[j])) >> _shift);
            home[j] = i;
            seen |= Unsafe.Add(ref table, i * SlotUints);
        }
        if (seen == 0) return;
        // classes missing from a full row add +0, which leaves a score as it was (a score is never -0)
        Span<float> sums = stackalloc float[_width];
        ref var acc = ref MemoryMarshal.GetReference(sums);
        for (var j = 0; j < features.Length; j++)
        {
            var want = Hash(LinearModel.ShortKey(features[j]));
            for (var i = home[j]; ; i = (i + 1) & mask)
            {
                ref var slot = ref Unsafe.Add(ref table, i * SlotUints);
                if (slot == want)
                {
                    var p = Unsafe.Add(ref slot, 1);
                    if (p == FullRow)
                    {
                        ref var row = ref _rows[(int)Unsafe.Add(ref slot, 2)];
                        for (nuint k = 0; k < (nuint)_width; k += (nuint)Vector256<float>.Count)
                            (Vector256.LoadUnsafe(ref acc, k) + Vector256.LoadUnsafe(ref row, k)).StoreUnsafe(ref acc, k);
                        break;
                    }
                    if (p == LongRow)
                    {
                        foreach (var (c, w) in _long.AsSpan((int)Unsafe.Add(ref slot, 2), (int)Unsafe.Add(ref slot, 3))) sums[c] += w;
                        break;
                    }
                    sums[(int)(p & 0xFFFF)] += HalfToFloat(p >> 16);
                    p = Unsafe.Add(ref slot, 2);
                    if (p == 0) break;
                    sums[(int)(p & 0xFFFF)] += HalfToFloat(p >> 16);
                    p = Unsafe.Add(ref slot, 3);
                    if (p != 0) sums[(int)(p & 0xFFFF)] += HalfToFloat(p >> 16);
                    break;
                }
                if (slot == 0) break;
            }
        }
        sums[..scores.Length].CopyTo(scores);
    }
}
