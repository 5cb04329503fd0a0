using System.Collections.Immutable;
using Annalist.Corpus.Timelines;

namespace Annalist.Tests.Timelines;

/// <summary>Date ranking and sentence choice on small hand-made article sets.</summary>
public class TimelineBuilderTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static TimelineSentence S(long doc, string published, int index, string text, string[]? dates = null, string[]? events = null) =>
        new(doc, D(published), index, index * 100, index * 100 + text.Length, text,
            [.. dates ?? []], [.. events ?? []], 0);

    // raw counts: the normalizations have their own test
    private static readonly DateWeights Weights = new()
    {
        OtherDayReference = 1, LookBack = 0, SameDayReference = 0.5, Published = 0.25, Event = 0.1, BackNormalization = 0, AheadNormalization = 0,
    };

    [Fact]
    public void A_day_counts_once_per_article_that_names_it_more_from_another_day()
    {
        TimelineSentence[] input =
        [
            S(1, "2011-01-25", 0, "Protesters fill the square today.", ["2011-01-25"]),
            S(1, "2011-01-25", 1, "Police had warned them on Thursday.", ["2011-01-20"]),
            S(2, "2011-01-26", 0, "Yesterday's protest was the largest.", ["2011-01-25"]),
            S(3, "2011-01-27", 0, "The January 25 protest ...", ["2011-01-25"]),
            S(3, "2011-01-27", 1, "... began on 25 January.", ["2011-01-25"]),
        ];
        var scores = DateRanker.Score(input, Weights);
        Assert.Equal(0.25 + 0.5 + 1 + 1, scores[D("2011-01-25")], 12);
        Assert.Equal(1, scores[D("2011-01-20")], 12);
        Assert.Equal(0.25, scores[D("2011-01-26")], 12);
        var ranked = DateRanker.Rank(scores, null, null).Select(x => x.Date).ToList();
        Assert.Equal([D("2011-01-25"), D("2011-01-20"), D("2011-01-26"), D("2011-01-27")], ranked);
        Assert.Equal([D("2011-01-25"), D("2011-01-26")], DateRanker.Rank(scores, D("2011-01-21"), D("2011-01-26")).Select(x => x.Date));
    }

    [Fact]
    public void Looking_back_from_later_counts_more_the_longer_after()
    {
        TimelineSentence[] input =
        [
            S(1, "2011-01-26", 0, "Yesterday's protest was the largest.", ["2011-01-25"]),
            S(2, "2011-02-25", 0, "A month after the January 25 protest ...", ["2011-01-25"]),
            S(3, "2011-01-20", 0, "A protest is called for January 25.", ["2011-01-25"]),
        ];
        var scores = DateRanker.Score(input, Weights with { LookBack = 1, Published = 0 });
        // three articles from other days, two of them looking back 1 and 31 days; looking ahead adds nothing
        Assert.Equal(3 + Math.Log(2) + Math.Log(32), scores[D("2011-01-25")], 12);
    }

    [Fact]
    public void Looking_back_is_normalized_by_the_articles_that_could_look_back()
    {
        // day 1 is looked back to by two of the five later articles, day 3 by one of the two later ones
        TimelineSentence[] input =
        [
            S(1, "2011-01-02", 0, "On Saturday ...", ["2011-01-01"]),
            S(2, "2011-01-02", 0, "Nothing dated."),
            S(3, "2011-01-03", 0, "Nothing dated."),
            S(4, "2011-01-04", 0, "On Saturday ...", ["2011-01-01"]),
            S(5, "2011-01-04", 0, "Yesterday ...", ["2011-01-03"]),
        ];
        var w = Weights with { Published = 0, BackNormalization = 1, NormalizationPrior = 0 };
        var scores = DateRanker.Score(input, w);
        // room to look back: from the day before the first article all five articles, from day 1 all five, from day 3 two
        Assert.Equal(2 * 5.0 / 5, scores[D("2011-01-01")], 12);
        Assert.Equal(1 * 5.0 / 2, scores[D("2011-01-03")], 12);
        var half = DateRanker.Score(input, w with { BackNormalization = 0.5 });
        Assert.Equal(Math.Sqrt(2.5), half[D("2011-01-03")], 12);
    }

    [Fact]
    public void A_chronology_entry_weighs_more()
    {
        TimelineSentence[] input =
        [
            new(1, D("2011-03-30"), 0, 0, 20, "March 17 - The council votes.", ["2011-03-17"], [], 0, Chronology: true),
            new(2, D("2011-03-30"), 0, 0, 20, "The council voted on March 16.", ["2011-03-16"], [], 0),
        ];
        var scores = DateRanker.Score(input, Weights with { Chronology = 2 });
        Assert.Equal(2, scores[D("2011-03-17")], 12);
        Assert.Equal(1, scores[D("2011-03-16")], 12);
        Assert.True(TimelineSentence.IsChronologyEntry("March 17 - The council votes.", 0, 29, [(0, 8)]));
        Assert.True(TimelineSentence.IsChronologyEntry("x. * 29 May: BP says.", 3, 21, [(5, 11)]));
        Assert.False(TimelineSentence.IsChronologyEntry("On March 17 - the day of the vote - ...", 0, 39, [(3, 11)]));
        Assert.False(TimelineSentence.IsChronologyEntry("March 17 was the day.", 0, 21, [(0, 8)]));
    }

    [Fact]
    public void Events_count_only_when_dated_by_their_own_expression()
    {
        TimelineSentence[] input =
        [
            // an event on the publication day with no expression naming it: the default date, not counted
            S(1, "2011-02-01", 0, "Troops fired on crowds.", [], ["2011-02-01"]),
            // an event dated by "on Monday"
            S(1, "2011-02-01", 1, "Crowds gathered on Monday.", ["2011-01-31"], ["2011-01-31"]),
        ];
        var scores = DateRanker.Score(input, Weights);
        Assert.Equal(0.25, scores[D("2011-02-01")], 12);
        Assert.Equal(1 + 0.1, scores[D("2011-01-31")], 12);
    }

    [Fact]
    public void Day_values_only_for_whole_days()
    {
        Assert.Equal(D("2011-01-25"), DayValue.Parse("2011-01-25"));
        Assert.Equal(D("2011-01-25"), DayValue.Parse("2011-01-25T14:00"));
        Assert.Null(DayValue.Parse("2011-01"));
        Assert.Null(DayValue.Parse("2011-W04"));
        Assert.Null(DayValue.Parse("XXXX-01-25"));
        Assert.Null(DayValue.Parse("PRESENT_REF"));
    }

    private static readonly TimelineOptions Small = new()
    {
        MaxDates = 2,
        SentencesPerDate = 2,
        Dates = Weights,
        Sentences = new SentenceWeights { MinWords = 1, MaxWords = 40, Redundancy = 0.5, PublishedOnly = 0.5 },
    };

    [Fact]
    public void The_central_sentence_comes_first_and_a_repeat_is_left_out()
    {
        TimelineSentence[] input =
        [
            S(1, "2011-03-19", 0, "Warplanes struck Gaddafi tanks near Benghazi on Saturday.", ["2011-03-19"]),
            S(2, "2011-03-20", 0, "French warplanes struck Gaddafi tanks near Benghazi on Saturday, officials said.", ["2011-03-19"]),
            S(3, "2011-03-20", 0, "On Saturday warplanes struck tanks near Benghazi.", ["2011-03-19"]),
            S(4, "2011-03-21", 0, "Oil prices climbed on Saturday as markets weighed the strikes.", ["2011-03-19"]),
        ];
        var timeline = TimelineBuilder.Build(input, Small);
        var day = Assert.Single(timeline.Days);
        Assert.Equal(D("2011-03-19"), day.Date);
        Assert.Equal(2, day.Sentences.Length);
        // one of the three reports of the strike (the centroid's side), then the oil sentence, not a second strike report
        Assert.Contains("struck", day.Sentences[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Oil prices", day.Sentences[1].Text, StringComparison.Ordinal);
        Assert.True(day.Sentences[0].Score >= day.Sentences[1].Score);
        Assert.Equal(day.Sentences[0].End - day.Sentences[0].Start, day.Sentences[0].Text.Length);
    }

    [Fact]
    public void Of_a_days_reports_the_one_about_the_story_wins_over_an_aside()
    {
        TimelineSentence[] input =
        [
            // the day: two asides about markets (the day's own centroid leans their way) and the story
            S(1, "2011-03-19", 0, "Oil prices climbed as markets opened on Saturday.", ["2011-03-19"]),
            S(2, "2011-03-19", 0, "Oil traders watched the markets nervously on Saturday.", ["2011-03-19"]),
            S(3, "2011-03-19", 0, "Warplanes struck Gaddafi tanks near Benghazi on Saturday.", ["2011-03-19"]),
            // the rest of the story, on other days
            S(4, "2011-03-20", 0, "Gaddafi tanks pulled back from Benghazi after the warplanes struck."),
            S(5, "2011-03-21", 0, "Warplanes struck Gaddafi forces again near Benghazi."),
            S(6, "2011-03-22", 0, "Rebels in Benghazi cheered the warplanes and the retreating tanks."),
        ];
        var options = Small with { MaxDates = 1, SentencesPerDate = 1 };
        var aside = Assert.Single(TimelineBuilder.Build(input, options with { Sentences = options.Sentences with { Topic = 0 } }).Days);
        Assert.StartsWith("Oil", aside.Sentences[0].Text, StringComparison.Ordinal);
        var story = Assert.Single(TimelineBuilder.Build(input, options with { Sentences = options.Sentences with { Topic = 1 } }).Days);
        Assert.Equal(D("2011-03-19"), story.Date);
        Assert.StartsWith("Warplanes struck Gaddafi tanks", story.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_without_a_date_stand_for_their_publication_day_and_dates_follow_the_calendar()
    {
        TimelineSentence[] input =
        [
            S(1, "2011-03-17", 0, "The Security Council voted for a no-fly zone over Libya.", []),
            S(2, "2011-03-19", 0, "Coalition warplanes struck Libyan air defences.", []),
            S(3, "2011-03-19", 0, "Missiles hit Libyan air defences near Tripoli.", []),
        ];
        var timeline = TimelineBuilder.Build(input, Small with { SentencesPerDate = 1 });
        Assert.Equal([D("2011-03-17"), D("2011-03-19")], timeline.Days.Select(d => d.Date));
        Assert.Equal(1, timeline.Days[0].Sentences[0].DocumentId);
    }

    [Fact]
    public void Output_is_the_same_for_the_same_input()
    {
        TimelineSentence[] input =
        [
            S(1, "2011-03-17", 0, "The council voted.", []),
            S(2, "2011-03-18", 0, "The council met again.", []),
            S(3, "2011-03-19", 0, "Strikes began.", []),
        ];
        var a = TimelineBuilder.Build(input, Small with { MaxDates = 2, SentencesPerDate = 1 });
        var b = TimelineBuilder.Build(input.Reverse(), Small with { MaxDates = 2, SentencesPerDate = 1 });
        // all three days tie: the earlier two win, in either input order
        Assert.Equal([D("2011-03-17"), D("2011-03-18")], a.Days.Select(d => d.Date));
        Assert.Equal(a.Days.Select(d => d.Date), b.Days.Select(d => d.Date));
    }
}
