using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Annalist.Bench;

/// <summary>Adds an "MB/s" column: text characters (10^6 per MB) processed per second at the median time.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

public sealed class ThroughputColumn : IColumn
{
    /// <summary>Length of the benchmark text, the same one <see cref="TextBenchmarks"/> builds.</summary>
    public static readonly int TextLength = NewsText.Build(100_000, seed: 42).Length;

    public string Id => "Throughput";
    public string ColumnName => "MB/s (median)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Million characters of text processed per second, from the median time";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null || stats.Median <= 0 ? "-" : (TextLength / (stats.Median / 1e9) / 1e6).ToString("F1");
    }
}
