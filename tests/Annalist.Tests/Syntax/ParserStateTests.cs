using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>The relations the parser records as it makes arcs, which later transitions read as features.</summary>
public class ParserStateTests
{
    [Fact]
    public void Relations_of_arcs_are_kept_per_word_and_as_left_and_right_sets_of_the_head()
    {
        // "the mayor said ." : the <- mayor, mayor <- said, said -> .
        var st = new ParserState(4);
        Assert.Equal(st.L(-1), st.L(-1));
        var unlabeled = st.L(0);
        st.Apply(ParserState.Shift);                // [the]
        st.Apply(ParserState.Left); st.SetLabel(0, 1, 5);  // the <- mayor (det = 5)
        Assert.Equal(0, st.LeftMost[1]);
        Assert.NotEqual(unlabeled, st.L(0));
        Assert.Equal(1UL << 5, st.LeftLabels[1]);
        Assert.Equal(0UL, st.RightLabels[1]);
        st.Apply(ParserState.Shift);                // [mayor]
        st.Apply(ParserState.Left); st.SetLabel(1, 2, 7);  // mayor <- said (nsubj = 7)
        st.Apply(ParserState.Shift);                // [said]
        st.Apply(ParserState.Shift);                // [said .]
        st.Apply(ParserState.Right); st.SetLabel(3, 2, 6); // said -> . (punct = 6)
        Assert.Equal(1UL << 7, st.LeftLabels[2]);
        Assert.Equal(1UL << 6, st.RightLabels[2]);
        Assert.NotEqual(st.L(1), st.L(3));
        st.Apply(ParserState.Left); st.SetLabel(2, 4, 0);  // said is the root: no set changes
        Assert.True(st.Done);
        Assert.Equal([1, 2, -1, 2], st.Heads);
        Assert.Equal([5, 7, 0, 6], st.Labels);
    }
}
