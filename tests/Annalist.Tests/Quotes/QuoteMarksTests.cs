using Annalist.Quotes;

namespace Annalist.Tests.Quotes;

public class QuoteMarksTests
{
    private static List<string> Contents(string text) => QuoteMarks.Find(text).Select(m => text[m.Start..m.End]).ToList();

    [Fact]
    public void Straight_curly_and_guillemet_pairs()
    {
        Assert.Equal(["one two", "three", "four"], Contents("He said \"one two\" and “three” and «four»."));
    }

    [Fact]
    public void Nested_marks_stay_inside_the_outer_quote()
    {
        Assert.Equal(["a “b” c", "x ‘y’ z"], Contents("\"a “b” c\" then “x ‘y’ z”"));
    }

    [Fact]
    public void Apostrophes_do_not_close_single_quotes()
    {
        Assert.Equal(["It’s the people’s choice"], Contents("Headline: ‘It’s the people’s choice’ says mayor"));
    }

    [Fact]
    public void A_paragraph_ends_an_open_quote_and_the_next_one_continues_it()
    {
        var text = "“First part.\n\n“Second part,” he said.\n\nNo quote here. \"Another.\"";
        var marks = QuoteMarks.Find(text);
        Assert.Equal(3, marks.Count);
        Assert.False(marks[0].Closed);
        Assert.Equal("First part.", text[marks[0].Start..marks[0].End]);
        Assert.True(marks[1].Continues);
        Assert.False(marks[2].Continues);
    }

    [Fact]
    public void A_straight_mark_after_a_word_closes_a_curly_quote()
    {
        var text = "She called it “a fair deal.\" Lee said that the vote was close.";
        var marks = QuoteMarks.Find(text);
        var m = Assert.Single(marks);
        Assert.True(m.Closed);
        Assert.Equal("a fair deal.", text[m.Start..m.End]);
    }

    [Fact]
    public void A_curly_closing_mark_closes_a_straight_quote()
    {
        Assert.Equal(["a fair deal", "next"], Contents("She called it \"a fair deal” and then \"next\"."));
    }

    [Fact]
    public void A_straight_mark_before_a_word_inside_a_curly_quote_still_opens()
    {
        Assert.Equal(["He said \"no\" twice"], Contents("“He said \"no\" twice”"));
    }
}
