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

public class SpanCodecTests
{
    [Fact]
    public void Spans_round_trip_including_overlaps_and_large_offsets()
    {
        (int, int, int)[] spans = [(0, 5, 0), (3, 9, 2), (200, 201, 4), (70_000, 70_300, 1)];
        var bytes = Annalist.Corpus.Store.SpanCodec.Encode(spans, tagged: true);
        Assert.Equal(3 + 3 + 4 + 6, bytes.Length); // deltas from the previous start: 0,5 / 3,6 / 197,1 / 69800,300
        Assert.Equal(spans, Annalist.Corpus.Store.SpanCodec.Decode(bytes, tagged: true));
        Assert.Empty(Annalist.Corpus.Store.SpanCodec.Decode([], tagged: false));
        Assert.Throws<FormatException>(() => Annalist.Corpus.Store.SpanCodec.Decode([0x80], tagged: false));
        Assert.Throws<ArgumentException>(() => Annalist.Corpus.Store.SpanCodec.Encode([(5, 6, 0), (1, 2, 0)], tagged: false));
    }
}

public class StatementTests
{
    [Fact]
    public void Parameters_bind_by_number_whatever_their_order_in_the_sql()
    {
        using var db = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        db.Open();
        using (var create = new Annalist.Corpus.Store.Statement(db, "CREATE TABLE t (a INTEGER, b TEXT)")) create.Run();
        using (var insert = new Annalist.Corpus.Store.Statement(db, "INSERT INTO t (b, a) VALUES ($2, $1)")) insert.Run(7L, "seven");
        using var select = new Annalist.Corpus.Store.Statement(db, "SELECT a FROM t WHERE b = $2 AND a = $1");
        Assert.Equal(7L, select.Scalar(7L, "seven"));
        Assert.Throws<ArgumentException>(() => select.Scalar(7L));
    }
}

public class NameMatchTests
{
    [Theory]
    [InlineData("hosni mubarek", "hosni mubarak", "mubarak", true)]
    [InlineData("mubarak", "hosni mubarak", "mubarak", true)]
    [InlineData("gamal mubarak", "hosni mubarak", "mubarak", false)]
    [InlineData("moammar gadhafi", "muammar gaddafi", "gaddafi", true)] // one man, two transliterations: one edit per word
    [InlineData("bashar assad", "hafez assad", "assad", false)]
    [InlineData("bp plc", "bp", "bp", false)]
    public void A_shorter_shared_name_links_only_compatible_names(string ours, string theirs, string shared, bool expected) =>
        Assert.Equal(expected, NameMatch.Compatible(ours, theirs, shared));

    [Theory]
    [InlineData("muammar gaddafi", "mmr gdf")]
    [InlineData("moammar gadhafi", "mmr gdf")]
    [InlineData("muammar gadaffi", "mmr gdf")]
    [InlineData("zelensky", "zlnsk")]
    [InlineData("zelenskyy", "zlnsk")]
    [InlineData("zelenskiy", "zlnsk")]
    [InlineData("osama", "asm")]
    [InlineData("usama", "asm")]
    [InlineData("qaddafi", "kdf")]
    [InlineData("  ", "")]
    public void Spellings_of_one_transliterated_name_share_a_key(string normalized, string key) =>
        Assert.Equal(key, Spelling.Skeleton(normalized));

    [Fact]
    public void A_shared_key_is_only_a_hint_the_words_must_still_agree()
    {
        // different names can share a key; the word-by-word check keeps them apart
        Assert.Equal(Spelling.Skeleton("mahmoud rashid"), Spelling.Skeleton("mohammed rashid"));
        Assert.False(NameMatch.Compatible("mohammed rashid", "mahmoud rashid", ""));
        Assert.True(NameMatch.Compatible("moammar gadhafi", "muammar gaddafi", ""));
        Assert.True(NameMatch.Compatible("gadhafi", "muammar gaddafi", ""));
    }
}
