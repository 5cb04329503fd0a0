using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>The scoring tables give the scores of <see cref="LinearModel"/> to the bit, once both
/// hold the half-float weights a model file keeps.</summary>
public class WeightTableTests
{
    /// <summary>A random model: distinct keys, rows of 1 to <paramref name="classes"/> classes,
    /// weights from subnormal half floats to hundreds, both signs.</summary>
    private static LinearModel Random(int classes, int keys, int seed, Func<uint, bool>? keep = null)
    {
        var random = new Random(seed);
        var rows = new SortedDictionary<uint, (int, float)[]>();
        while (rows.Count < keys)
        {
            var key = (uint)random.NextInt64() | 1u;
            if (keep is not null && !keep(key)) continue;
            var length = random.Next(4) == 0 ? random.Next(1, classes + 1) : random.Next(1, Math.Min(classes, 3) + 1);
            var row = Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(length).Order()
                .Select(c => (c, Weight(random))).ToArray();
            rows[key] = row;
        }
        return LinearModel.From(classes, rows.Select(p => (p.Key, p.Value)).ToList());
    }

    private static float Weight(Random random)
    {
        var magnitude = random.Next(3) switch { 0 => 3e-6f * random.Next(1, 50), 1 => (float)random.NextDouble(), _ => random.Next(1, 400) };
        return (float)(Half)(random.Next(2) == 0 ? magnitude : -magnitude);
    }

    private static LinearModel Reloaded(LinearModel model)
    {
        var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        bytes.Position = 0;
        return LinearModel.Read(new BinaryReader(bytes));
    }

    private static WeightTable Saved(LinearModel model)
    {
        var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) WeightTable.Write(w, model);
        bytes.Position = 0;
        return WeightTable.Read(new BinaryReader(bytes));
    }

    private static void AssertSameScores(LinearModel model, int seed)
    {
        var expected = Reloaded(model);
        var tables = new[] { WeightTable.From(model), Saved(model) };
        var keys = model.Rows.Keys;
        var random = new Random(seed);
        var want = new float[model.Classes];
        var got = new float[model.Classes];
        for (var round = 0; round < 300; round++)
        {
            // present keys (in the high half of a feature hash, as ShortKey reads them) and absent ones
            var features = Enumerable.Range(0, random.Next(1, 130))
                .Select(_ => random.Next(3) > 0 ? (ulong)keys[random.Next(keys.Length)] << 32 : (ulong)random.NextInt64())
                .ToArray();
            expected.Score(features, want);
            foreach (var table in tables)
            {
                table.Score(features, got);
                for (var c = 0; c < want.Length; c++)
                    Assert.Equal(BitConverter.SingleToInt32Bits(want[c]), BitConverter.SingleToInt32Bits(got[c]));
            }
        }
    }

    [Theory]
    [InlineData(3, 5_000)]   // the parser's transitions: 64-byte buckets
    [InlineData(2, 300)]
    [InlineData(51, 3_000)]  // the labeler: slots, pairs and full rows
    [InlineData(110, 2_000)] // the tagger
    public void Scores_match_the_linear_model(int classes, int keys) => AssertSameScores(Random(classes, keys, seed: classes), seed: keys);

    [Fact]
    public void Keys_crowded_into_one_bucket_spill_into_the_next_and_are_found()
    {
        // every key's hash has the same top bits: all of them want the first bucket
        var model = Random(3, 200, seed: 5, keep: key => key * 0x9E3779B1u >> 26 == 0);
        AssertSameScores(model, seed: 6);
        var crowded = Random(40, 200, seed: 7, keep: key => key * 0x9E3779B1u >> 26 == 0);
        AssertSameScores(crowded, seed: 8);
    }

    [Fact]
    public void Absent_features_score_zero()
    {
        var table = WeightTable.From(Random(3, 100, seed: 1));
        var scores = new float[3] { 1, 2, 3 };
        table.Score([0x1234UL, 0x5678UL], scores);
        Assert.Equal([0f, 0f, 0f], scores);
    }
}
