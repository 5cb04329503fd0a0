using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Annalist.Bench;

/// <summary>Adds an "MB/s" column: text characters (10^6 per MB) processed per second at the median time.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Length of the benchmark text, the same one <see cref="TextBenchmarks"/> builds.</summary>
    public static readonly int TextLength = NewsText.Build(100_000, seed: 42).Length;

    public ThroughputConfig() => AddColumn(new RateColumn("Throughput", "MB/s (median)",
        "Million characters of text processed per second, from the median time", () => TextLength / 1e6, "F1"));
}

/// <summary>A column of work done per second at the median time of a benchmark: MB/s of text, tokens/s.</summary>
public sealed class RateColumn(string id, string name, string legend, Func<double> unitsPerOperation, string format) : IColumn
{
    public string Id => id;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null || stats.Median <= 0 ? "-" : (unitsPerOperation() / (stats.Median / 1e9)).ToString(format);
    }
}
