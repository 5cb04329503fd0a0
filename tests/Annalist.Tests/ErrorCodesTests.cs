namespace Annalist.Tests;

public class ErrorCodesTests
{
    [Fact]
    public void Every_code_is_documented_in_errors_md()
    {
        var doc = File.ReadAllText(Repo.PathOf("docs/ERRORS.md"));
        foreach (var code in ErrorCodes.All)
            Assert.True(doc.Contains($"`{code}`"), $"{code} is missing from docs/ERRORS.md");
    }

    [Fact]
    public void Codes_are_unique()
    {
        var all = ErrorCodes.All.ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
