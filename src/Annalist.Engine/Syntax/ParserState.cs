namespace Annalist.Syntax;

/// <summary>
/// Arc-hybrid configuration (Kuhlmann et al. 2011) with the root at the end of the buffer
/// (Ballesteros and Nivre 2013): SHIFT pushes the buffer front, LEFT makes the buffer front the head
/// of the stack top, RIGHT makes the second stack item its head. Every word is pushed once and
/// popped once with its head set, so any sentence gets a projective tree with a single root in
/// 2n transitions, without recursion.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0, Left = 1, Right = 2;

    public readonly int N;
    public readonly int[] Stack;
    public int Depth;       // items on the stack
    public int Buffer;      // index of the buffer front; N = the root
    public readonly int[] Heads; // -1 = root; -2 = not yet attached
    public readonly int[] LeftMost, LeftMost2, RightMost, RightMost2, LeftCount, RightCount;
    public readonly int[] Labels;                  // relation id of each attached word, -1 before
    public readonly ulong[] LeftLabels, RightLabels; // the set of relations of each word's left and right dependents (bit r&63)
    public readonly bool[] Unsure;                 // arcs whose relation the labeler names again (beam search only)

    public ParserState(int n)
    {
        N = n;
        Stack = new int[n];
        Heads = new int[n];
        LeftMost = new int[n]; LeftMost2 = new int[n]; RightMost = new int[n]; RightMost2 = new int[n];
        LeftCount = new int[n]; RightCount = new int[n];
        Labels = new int[n];
        LeftLabels = new ulong[n]; RightLabels = new ulong[n];
        Unsure = new bool[n];
        Array.Fill(Labels, -1);
        Array.Fill(Heads, -2);
        Array.Fill(LeftMost, -1); Array.Fill(LeftMost2, -1); Array.Fill(RightMost, -1); Array.Fill(RightMost2, -1);
    }

    /// <summary>Makes this state a copy of <paramref name="other"/>, a state of a sentence of the same length.</summary>
    public void CopyFrom(ParserState other)
    {
        // words past both buffer fronts have no arcs yet: both states still hold their initial values
        var m = Math.Min(N, Math.Max(Buffer, other.Buffer) + 1);
        Depth = other.Depth;
        Buffer = other.Buffer;
        Array.Copy(other.Stack, Stack, Depth);
        Array.Copy(other.Heads, Heads, m);
        Array.Copy(other.LeftMost, LeftMost, m); Array.Copy(other.LeftMost2, LeftMost2, m);
        Array.Copy(other.RightMost, RightMost, m); Array.Copy(other.RightMost2, RightMost2, m);
        Array.Copy(other.LeftCount, LeftCount, m); Array.Copy(other.RightCount, RightCount, m);
        Array.Copy(other.Labels, Labels, m);
        Array.Copy(other.LeftLabels, LeftLabels, m); Array.Copy(other.RightLabels, RightLabels, m);
        Array.Copy(other.Unsure, Unsure, m);
    }

    public bool Done => Depth == 0 && Buffer == N;

    public int S(int k) => Depth > k ? Stack[Depth - 1 - k] : -1;

    public bool IsLegal(int action) => action switch
    {
        Shift => Buffer < N,
        // the root takes a dependent only when it would be the last word left: one root per sentence
        Left => Depth >= 1 && (Buffer < N || Depth == 1),
        Right => Depth >= 2,
        _ => false,
    };

    public void Apply(int action)
    {
        switch (action)
        {
            case Shift:
                Stack[Depth++] = Buffer++;
                break;
            case Left:
            {
                var d = Stack[--Depth];
                if (Buffer == N) Heads[d] = -1;
                else
                {
                    Heads[d] = Buffer;
                    LeftMost2[Buffer] = LeftMost[Buffer];
                    LeftMost[Buffer] = d; // each new left dependent lies further left
                    LeftCount[Buffer]++;
                }
                break;
            }
            case Right:
            {
                var d = Stack[--Depth];
                var h = Stack[Depth - 1];
                Heads[d] = h;
                RightMost2[h] = RightMost[h];
                RightMost[h] = d; // each new right dependent lies further right
                RightCount[h]++;
                break;
            }
        }
    }

    /// <summary>Names the arc just made from <paramref name="head"/> (N for the root) to <paramref name="dependent"/>.</summary>
    public void SetLabel(int dependent, int head, int label)
    {
        Labels[dependent] = label;
        if (head >= N || label < 0) return;
        if (dependent < head) LeftLabels[head] |= 1UL << (label & 63);
        else RightLabels[head] |= 1UL << (label & 63);
    }

    /// <summary>The relation of a word as a feature value (distinct values for no word and no label yet).</summary>
    public ulong L(int i) => i < 0 ? 0x1AB31UL : Labels[i] < 0 ? 0x1AB32UL : 0x1AB40UL + (ulong)Labels[i];

    /// <summary>
    /// Dynamic-oracle cost (Goldberg and Nivre 2013): how many gold arcs become unreachable by
    /// the action. <paramref name="gold"/> holds gold heads with the root as N.
    /// </summary>
    public int Cost(int action, int[] gold)
    {
        var b = Buffer;
        switch (action)
        {
            case Shift:
            {
                var cost = 0;
                for (var k = 0; k < Depth; k++)
                {
                    var s = Stack[k];
                    if (gold[s] == b) cost++;                         // b can no longer take stack words as dependents
                    if (k < Depth - 1 && gold[b] == s) cost++;        // nor a head below the stack top
                }
                return cost;
            }
            case Left:
            {
                var s0 = Stack[Depth - 1];
                var cost = DependentsInBuffer(s0, gold);
                var h = gold[s0];
                if (h != b && ((Depth > 1 && h == Stack[Depth - 2]) || h > b)) cost++;
                return cost;
            }
            case Right:
            {
                var s0 = Stack[Depth - 1];
                var cost = DependentsInBuffer(s0, gold);
                if (gold[s0] >= b) cost++;
                return cost;
            }
        }
        return int.MaxValue;
    }

    private int DependentsInBuffer(int word, int[] gold)
    {
        var count = 0;
        for (var k = Buffer; k < N; k++) if (gold[k] == word) count++;
        return count;
    }
}
