using Annalist.Corpus.Linking;

namespace Annalist.Tests.Corpus;

public class LinkingTests
{
    private static EventSignature Event(string type, string? date, long[] actors, long? location = null) =>
        new(type, EventMatch.DayOf(date), actors.ToHashSet(), location);

    [Theory]
    [InlineData("2025-06-02", 739403)]
    [InlineData("2025-06-02T10:30", 739403)]
    [InlineData("2025-06", null)]
    [InlineData("2025-W23", null)]
    [InlineData("PAST_REF", null)]
    [InlineData(null, null)]
    public void Only_day_precise_values_have_a_day(string? timex, int? day) => Assert.Equal(day, EventMatch.DayOf(timex));

    [Fact]
    public void Same_type_a_day_apart_with_a_shared_actor_is_one_event()
    {
        Assert.True(EventMatch.Same(Event("CONSULT", "2025-06-02", [1, 2], 7), Event("CONSULT", "2025-06-03", [2], null)));
        Assert.True(EventMatch.Same(Event("CONSULT", "2025-06-02", [1], 7), Event("CONSULT", "2025-06-02", [1], 7)));
    }

    [Fact]
    public void Different_type_day_actors_or_place_are_different_events()
    {
        var a = Event("CONSULT", "2025-06-02", [1, 2], 7);
        Assert.False(EventMatch.Same(a, Event("ASSAULT", "2025-06-02", [1], 7)));
        Assert.False(EventMatch.Same(a, Event("CONSULT", "2025-06-04", [1], 7)));
        Assert.False(EventMatch.Same(a, Event("CONSULT", "2025-06-02", [3], 7)));
        Assert.False(EventMatch.Same(a, Event("CONSULT", "2025-06-02", [1], 8)));
        Assert.False(EventMatch.Same(Event("CONSULT", "2025-06", [1]), Event("CONSULT", "2025-06", [1])));
        Assert.False(EventMatch.Same(Event("CONSULT", "2025-06-02", []), Event("CONSULT", "2025-06-02", [])));
    }

    [Theory]
    [InlineData("“We are ready,” he said", "we are ready he said")]
    [InlineData("Zelenskyy’s  DRAFT", "zelenskyys draft")]
    [InlineData("Ukraine-Russia talks", "ukraine russia talks")]
    [InlineData("Söder", "soder")]
    public void Normalized_text_ignores_case_accents_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, Normalize.Text(text));
}
