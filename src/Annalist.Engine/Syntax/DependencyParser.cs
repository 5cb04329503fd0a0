namespace Annalist.Syntax;

/// <summary>
/// Greedy arc-hybrid dependency parser: an averaged perceptron over Zhang and Nivre (2011) style
/// features picks each transition, trained with a dynamic oracle and exploration (Goldberg and
/// Nivre 2012); <see cref="ArcLabeler"/> then names each arc with a Universal Dependencies relation.
/// </summary>
public sealed partial class DependencyParser
{
    internal const string Magic = "annalist-parser-4";
    private const int FeatureCount = 128, ArcFeatureCount = 23;

    // A relation chosen while parsing is kept when it beats the next best by more than this; the
    // labeler names the other arcs (about 9% of them on GUM dev). GUM dev LAS by margin: 0 (no
    // labeler) 80.89, 2: 81.01, 5: 81.10, 10: 81.16, 20: 81.12, 40 and no limit (labeler on
    // every arc): 81.07.
    private const float SureMargin = 10f;
    private readonly WeightTable _transitions;

    // relations chosen as each arc is made, so later transitions can see the dependents' relations
    // (Zhang and Nivre 2011); the labeler names the finished tree's arcs for the output
    private readonly WeightTable _arcLabels;
    private readonly (LinearModel Transitions, LinearModel ArcLabels)? _trained; // for saving
    private readonly int _root;

    /// <summary>Beam width: 1 parses greedily, more keeps that many parses (<see cref="Beam"/>).</summary>
    public int BeamWidth { get; }

    private DependencyParser(WeightTable transitions, WeightTable arcLabels, ArcLabeler labeler, (LinearModel, LinearModel)? trained, int beam = 1)
    {
        BeamWidth = Math.Max(1, beam);
        _transitions = transitions;
        _arcLabels = arcLabels;
        _trained = trained;
        Labeler = labeler;
        _root = Math.Max(0, labeler.Relations.ToList().IndexOf("root"));
    }

    public ArcLabeler Labeler { get; }

    /// <summary>The same model decoding with another beam width (to measure what the width buys).</summary>
    public DependencyParser WithBeam(int width) => new(_transitions, _arcLabels, Labeler, _trained, width);

    /// <summary>The relation names; relation ids index this list.</summary>
    public IReadOnlyList<string> Relations => Labeler.Relations;

    /// <summary>Parses one tagged sentence: a head per word (-1 for the root) and a relation id per word.</summary>
    public void Parse(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags, Span<int> heads, Span<int> relations)
    {
        var n = words.Count;
        if (n == 0) return;
        var context = new ParseContext(words, tags);
        if (BeamWidth > 1 && n <= MaxBeamWords)
        {
            var beam = new Beam(BeamWidth, _arcLabels.Classes, _root);
            beam.Run(context, _transitions.Score, _arcLabels.Score);
            var best = beam.Best;
            best.Heads.AsSpan().CopyTo(heads);
            best.Labels.AsSpan().CopyTo(relations);
            Labeler.Label(context, best.Heads, relations, best.Unsure);
            return;
        }
        var state = new ParserState(n);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[3];
        Span<ulong> arcFeatures = stackalloc ulong[ArcFeatureCount];
        Span<float> labelScores = stackalloc float[_arcLabels.Classes];
        while (!state.Done)
        {
            // a forced move (the first shift, the pops once the buffer is empty) needs no scoring
            var action = Forced(state);
            if (action < 0)
            {
                Features(context, state, features);
                _transitions.Score(features, scores);
                action = BestLegal(state, scores);
            }
            if (action == ParserState.Shift) { state.Apply(action); continue; }
            var (d, h) = Arc(state, action);
            var label = _root;
            if (h < n)
            {
                ArcFeatures(context, state, d, h, arcFeatures);
                _arcLabels.Score(arcFeatures, labelScores);
                label = BestLabel(labelScores, _root);
                state.Unsure[d] = Margin(labelScores, label, _root) <= SureMargin;
            }
            state.Apply(action);
            state.SetLabel(d, h, label);
        }
        state.Heads.AsSpan().CopyTo(heads);
        state.Labels.AsSpan().CopyTo(relations);
        Labeler.Label(context, state.Heads, relations, state.Unsure);
    }

    /// <summary>The dependent and head (N for the root) of the arc that a LEFT or RIGHT would make.</summary>
    private static (int Dependent, int Head) Arc(ParserState state, int action) =>
        (state.S(0), action == ParserState.Left ? state.Buffer : state.S(1));

    /// <summary>How far the best relation's score lies above the next best (the root aside).</summary>
    private static float Margin(ReadOnlySpan<float> scores, int best, int root)
    {
        var second = float.NegativeInfinity;
        for (var r = 0; r < scores.Length; r++)
            if (r != best && r != root && scores[r] > second) second = scores[r];
        return scores[best] - second;
    }

    private static int BestLabel(ReadOnlySpan<float> scores, int root)
    {
        var best = -1;
        for (var r = 0; r < scores.Length; r++)
            if (r != root && (best < 0 || scores[r] > scores[best])) best = r;
        return Math.Max(best, 0);
    }

    /// <summary>Features for the relation of a new arc. The dependent is complete (arc-hybrid pops a
    /// word once all its dependents are attached), so its dependents' relations are known.</summary>
    private static void ArcFeatures(ParseContext c, ParserState st, int d, int h, Span<ulong> f)
    {
        ulong dw = c.W(d), dp = c.P(d), hw = c.W(h), hp = c.P(h);
        var dir = h < d ? 1UL : 2UL;
        var dist = ParseContext.Distance(Math.Abs(h - d));
        var k = 0;
        f[k++] = FeatureHash.Key(201, 1);
        f[k++] = FeatureHash.Key(202, dw);
        f[k++] = FeatureHash.Key(203, dp);
        f[k++] = FeatureHash.Key(204, hw);
        f[k++] = FeatureHash.Key(205, hp);
        f[k++] = FeatureHash.Key(206, dp, hp);
        f[k++] = FeatureHash.Key(207, dw, hp);
        f[k++] = FeatureHash.Key(208, dp, hw);
        f[k++] = FeatureHash.Key(209, dw, hw);
        f[k++] = FeatureHash.Key(210, dp, hp, dir);
        f[k++] = FeatureHash.Key(211, dp, hp, dist);
        f[k++] = FeatureHash.Key(212, dir, dist);
        f[k++] = FeatureHash.Key(213, dp, st.LeftLabels[d]);
        f[k++] = FeatureHash.Key(214, dp, st.RightLabels[d]);
        f[k++] = FeatureHash.Key(215, st.L(st.LeftMost[d]), dp);
        f[k++] = FeatureHash.Key(216, st.L(st.RightMost[d]), dp);
        f[k++] = FeatureHash.Key(217, hp, dir, d < h ? st.LeftLabels[h] : st.RightLabels[h]);
        f[k++] = FeatureHash.Key(218, c.C6(d), hp);
        f[k++] = FeatureHash.Key(219, c.CA(d));
        f[k++] = FeatureHash.Key(220, dp, c.C6(h), dir);
        f[k++] = FeatureHash.Key(221, c.U(d), c.U(h), dir);
        f[k++] = FeatureHash.Key(222, c.W(d - 1), dp);
        f[k++] = FeatureHash.Key(223, c.W(d + 1 < c.N ? d + 1 : -1), dp);
    }

    private static int Forced(ParserState state)
    {
        int legal = -1, count = 0;
        for (var a = 0; a < 3; a++)
            if (state.IsLegal(a)) { legal = a; count++; }
        return count == 1 ? legal : -1;
    }

    private static int BestLegal(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < 3; a++)
            if (state.IsLegal(a) && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    private static void Features(ParseContext c, ParserState st, Span<ulong> f)
    {
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        int b0 = st.Buffer, b1 = b0 + 1 <= c.N ? b0 + 1 : -1, b2 = b0 + 2 <= c.N ? b0 + 2 : -1;
        int s0l = s0 >= 0 ? st.LeftMost[s0] : -1, s0r = s0 >= 0 ? st.RightMost[s0] : -1;
        int s0l2 = s0 >= 0 ? st.LeftMost2[s0] : -1, s0r2 = s0 >= 0 ? st.RightMost2[s0] : -1;
        int s1l = s1 >= 0 ? st.LeftMost[s1] : -1, s1r = s1 >= 0 ? st.RightMost[s1] : -1, s1r2 = s1 >= 0 ? st.RightMost2[s1] : -1;
        int b0l = b0 < c.N ? st.LeftMost[b0] : -1, b0l2 = b0 < c.N ? st.LeftMost2[b0] : -1;

        ulong s0w = c.W(s0), s0p = c.P(s0), s1w = c.W(s1), s1p = c.P(s1), s2p = c.P(s2), s2w = c.W(s2);
        ulong b0w = c.W(b0), b0p = c.P(b0), b1w = c.W(b1), b1p = c.P(b1), b2w = c.W(b2), b2p = c.P(b2);
        ulong s0lp = c.P(s0l), s0rp = c.P(s0r), s0l2p = c.P(s0l2), s0r2p = c.P(s0r2);
        ulong s1lp = c.P(s1l), s1rp = c.P(s1r), s1r2p = c.P(s1r2), b0lp = c.P(b0l), b0l2p = c.P(b0l2);
        var d = s0 >= 0 ? ParseContext.Distance(b0 - s0) : 8UL;
        var d1 = s1 >= 0 ? ParseContext.Distance(s0 - s1) : 8UL;
        ulong s0vl = s0 >= 0 ? (ulong)Math.Min(st.LeftCount[s0], 4) : 9UL, s0vr = s0 >= 0 ? (ulong)Math.Min(st.RightCount[s0], 4) : 9UL;
        ulong s1vl = s1 >= 0 ? (ulong)Math.Min(st.LeftCount[s1], 4) : 9UL, s1vr = s1 >= 0 ? (ulong)Math.Min(st.RightCount[s1], 4) : 9UL;
        var b0vl = b0 < c.N ? (ulong)Math.Min(st.LeftCount[b0], 4) : 9UL;

        var k = 0;
        f[k++] = FeatureHash.Key(1, s0w);
        f[k++] = FeatureHash.Key(2, s0p);
        f[k++] = FeatureHash.Key(3, s0w, s0p);
        f[k++] = FeatureHash.Key(4, s1w);
        f[k++] = FeatureHash.Key(5, s1p);
        f[k++] = FeatureHash.Key(6, s1w, s1p);
        f[k++] = FeatureHash.Key(7, b0w);
        f[k++] = FeatureHash.Key(8, b0p);
        f[k++] = FeatureHash.Key(9, b0w, b0p);
        f[k++] = FeatureHash.Key(10, b1w);
        f[k++] = FeatureHash.Key(11, b1p);
        f[k++] = FeatureHash.Key(12, b1w, b1p);
        f[k++] = FeatureHash.Key(13, b2w);
        f[k++] = FeatureHash.Key(14, b2p);
        f[k++] = FeatureHash.Key(15, s2p);
        f[k++] = FeatureHash.Key(16, s2w);
        f[k++] = FeatureHash.Key(17, s0w, s0p, b0w, b0p);
        f[k++] = FeatureHash.Key(18, s0w, s0p, b0w);
        f[k++] = FeatureHash.Key(19, s0w, b0w, b0p);
        f[k++] = FeatureHash.Key(20, s0w, s0p, b0p);
        f[k++] = FeatureHash.Key(21, s0p, b0w, b0p);
        f[k++] = FeatureHash.Key(22, s0w, b0w);
        f[k++] = FeatureHash.Key(23, s0p, b0p);
        f[k++] = FeatureHash.Key(24, b0p, b1p);
        f[k++] = FeatureHash.Key(25, s1w, s1p, s0w, s0p);
        f[k++] = FeatureHash.Key(26, s1p, s0p);
        f[k++] = FeatureHash.Key(27, s1w, s0w);
        f[k++] = FeatureHash.Key(28, s1p, s0w, s0p);
        f[k++] = FeatureHash.Key(29, s1w, s1p, s0p);
        f[k++] = FeatureHash.Key(30, s1p, b0p);
        f[k++] = FeatureHash.Key(31, s1w, b0w);
        f[k++] = FeatureHash.Key(32, b0p, b1p, b2p);
        f[k++] = FeatureHash.Key(33, s0p, b0p, b1p);
        f[k++] = FeatureHash.Key(34, s1p, s0p, b0p);
        f[k++] = FeatureHash.Key(35, s2p, s1p, s0p);
        f[k++] = FeatureHash.Key(36, s0p, s0lp, b0p);
        f[k++] = FeatureHash.Key(37, s0p, s0rp, b0p);
        f[k++] = FeatureHash.Key(38, s0p, b0p, b0lp);
        f[k++] = FeatureHash.Key(39, s1p, s0p, s0lp);
        f[k++] = FeatureHash.Key(40, s1p, s1rp, s0p);
        f[k++] = FeatureHash.Key(41, s1p, s0p, s0rp);
        f[k++] = FeatureHash.Key(42, s0w, b0p, b1p);
        f[k++] = FeatureHash.Key(43, s1p, s0p, b1p);
        f[k++] = FeatureHash.Key(44, s0w, d);
        f[k++] = FeatureHash.Key(45, s0p, d);
        f[k++] = FeatureHash.Key(46, b0w, d);
        f[k++] = FeatureHash.Key(47, b0p, d);
        f[k++] = FeatureHash.Key(48, s0w, b0w, d);
        f[k++] = FeatureHash.Key(49, s0p, b0p, d);
        f[k++] = FeatureHash.Key(50, s1p, s0p, d1);
        f[k++] = FeatureHash.Key(51, s0w, s0vr);
        f[k++] = FeatureHash.Key(52, s0p, s0vr);
        f[k++] = FeatureHash.Key(53, s0w, s0vl);
        f[k++] = FeatureHash.Key(54, s0p, s0vl);
        f[k++] = FeatureHash.Key(55, b0w, b0vl);
        f[k++] = FeatureHash.Key(56, b0p, b0vl);
        f[k++] = FeatureHash.Key(57, s1w, s1vr);
        f[k++] = FeatureHash.Key(58, s1p, s1vr);
        f[k++] = FeatureHash.Key(59, s1p, s1vl);
        f[k++] = FeatureHash.Key(60, c.W(s0l));
        f[k++] = FeatureHash.Key(61, s0lp);
        f[k++] = FeatureHash.Key(62, c.W(s0r));
        f[k++] = FeatureHash.Key(63, s0rp);
        f[k++] = FeatureHash.Key(64, c.W(b0l));
        f[k++] = FeatureHash.Key(65, b0lp);
        f[k++] = FeatureHash.Key(66, c.W(s1r));
        f[k++] = FeatureHash.Key(67, s1rp);
        f[k++] = FeatureHash.Key(68, s1lp);
        f[k++] = FeatureHash.Key(69, s0l2p);
        f[k++] = FeatureHash.Key(70, s0r2p);
        f[k++] = FeatureHash.Key(71, b0l2p);
        f[k++] = FeatureHash.Key(72, s1r2p);
        f[k++] = FeatureHash.Key(73, s0p, s0lp, s0l2p);
        f[k++] = FeatureHash.Key(74, s0p, s0rp, s0r2p);
        f[k++] = FeatureHash.Key(75, b0p, b0lp, b0l2p);
        f[k++] = FeatureHash.Key(76, s1p, s1rp, s1r2p);
        f[k++] = FeatureHash.Key(77, 1);
        f[k++] = FeatureHash.Key(78, (ulong)Math.Min(st.Depth, 4), b0 == c.N ? 1UL : 0UL);
        f[k++] = FeatureHash.Key(79, s0p, s1p, b0p, b1p);
        f[k++] = FeatureHash.Key(80, s1w, s0p, b0p);

        // Brown cluster prefixes (Koo et al. 2008): word classes for rare words and word pairs
        ulong s0c4 = c.C4(s0), s0c6 = c.C6(s0), s0ca = c.CA(s0), b0c4 = c.C4(b0), b0c6 = c.C6(b0), b0ca = c.CA(b0);
        ulong s1c6 = c.C6(s1), s1ca = c.CA(s1), b1c6 = c.C6(b1), b1ca = c.CA(b1);
        f[k++] = FeatureHash.Key(81, s0c4);
        f[k++] = FeatureHash.Key(82, s0c6);
        f[k++] = FeatureHash.Key(83, s0ca);
        f[k++] = FeatureHash.Key(84, b0c4);
        f[k++] = FeatureHash.Key(85, b0c6);
        f[k++] = FeatureHash.Key(86, b0ca);
        f[k++] = FeatureHash.Key(87, s1c6);
        f[k++] = FeatureHash.Key(88, s1ca);
        f[k++] = FeatureHash.Key(89, b1c6);
        f[k++] = FeatureHash.Key(90, b1ca);
        f[k++] = FeatureHash.Key(91, s0ca, b0ca);
        f[k++] = FeatureHash.Key(92, s0c6, b0c6);
        f[k++] = FeatureHash.Key(93, s0c4, b0c4);
        f[k++] = FeatureHash.Key(94, s0ca, b0p);
        f[k++] = FeatureHash.Key(95, s0p, b0ca);
        f[k++] = FeatureHash.Key(96, s0c6, b0p, b1p);
        f[k++] = FeatureHash.Key(97, s1ca, s0ca);
        f[k++] = FeatureHash.Key(98, s1c6, s0p);
        f[k++] = FeatureHash.Key(99, s1p, s0c6);
        f[k++] = FeatureHash.Key(100, s0c6, b0c6, d);
        f[k++] = FeatureHash.Key(101, c.C6(s0l), s0p);
        f[k++] = FeatureHash.Key(102, c.C6(s0r), s0p);
        f[k++] = FeatureHash.Key(103, c.C6(b0l), b0p);
        f[k++] = FeatureHash.Key(104, c.C6(s1r), s1p);

        // relations of the dependents found so far (Zhang and Nivre 2011: labels and label sets)
        ulong s0lL = st.L(s0l), s0rL = st.L(s0r), b0lL = b0 < c.N ? st.L(b0l) : 0UL;
        ulong s0sl = s0 >= 0 ? st.LeftLabels[s0] : 9UL, s0sr = s0 >= 0 ? st.RightLabels[s0] : 9UL;
        ulong b0sl = b0 < c.N ? st.LeftLabels[b0] : 9UL, s1sr = s1 >= 0 ? st.RightLabels[s1] : 9UL;
        f[k++] = FeatureHash.Key(105, s0lL);
        f[k++] = FeatureHash.Key(106, s0rL);
        f[k++] = FeatureHash.Key(107, b0lL);
        f[k++] = FeatureHash.Key(108, st.L(s1r));
        f[k++] = FeatureHash.Key(109, s0p, s0lL);
        f[k++] = FeatureHash.Key(110, s0p, s0rL);
        f[k++] = FeatureHash.Key(111, b0p, b0lL);
        f[k++] = FeatureHash.Key(112, s0p, s0lL, st.L(s0l2));
        f[k++] = FeatureHash.Key(113, s0p, s0rL, st.L(s0r2));
        f[k++] = FeatureHash.Key(114, b0p, b0lL, b0 < c.N ? st.L(b0l2) : 0UL);
        f[k++] = FeatureHash.Key(115, s0w, s0sl);
        f[k++] = FeatureHash.Key(116, s0p, s0sl);
        f[k++] = FeatureHash.Key(117, s0w, s0sr);
        f[k++] = FeatureHash.Key(118, s0p, s0sr);
        f[k++] = FeatureHash.Key(119, b0w, b0sl);
        f[k++] = FeatureHash.Key(120, b0p, b0sl);
        f[k++] = FeatureHash.Key(121, s1p, s1sr);

        // the first two buffer words together
        f[k++] = FeatureHash.Key(122, b0w, b1w);
        f[k++] = FeatureHash.Key(123, b0w, b1p);
        f[k++] = FeatureHash.Key(124, b0p, b1w);
        f[k++] = FeatureHash.Key(125, b0c6, b1c6);
        f[k++] = FeatureHash.Key(126, s0c6, b0c6, b1c6);
        f[k++] = FeatureHash.Key(127, s0p, b0w, b1p);
        f[k++] = FeatureHash.Key(128, s1c6, s0c6, b0c6);
    }

    /// <summary>
    /// Trains the transition model and the labeler. <paramref name="tags"/> are the tags the parser
    /// will see (ideally predicted by a tagger that did not train on the sentence: jackknifing).
    /// </summary>
    /// <remarks>Averaged transition weights below <c>minWeight</c> are dropped: they hardly change a
    /// decision, and dropping them keeps the model file small and its table in cache (1.0 halves the
    /// features for -0.2 UAS on GUM dev). The labeler keeps weights down to 0.05.</remarks>
    public static DependencyParser Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<PosTag[]> tags, int iterations, int seed, Action<string>? log = null, float minWeight = 0.05f, int beam = 1)
    {
        var trainer = new PerceptronTrainer(3);
        var relations = ArcLabeler.RelationSet(sentences);
        var relationIndex = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var root = Math.Max(0, Array.IndexOf(relations, "root"));
        var labelTrainer = new PerceptronTrainer(relations.Length);
        var arcFeatures = new ulong[ArcFeatureCount];
        var labelScores = new float[relations.Length];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[FeatureCount];
        var scores = new float[3];
        var costs = new int[3];
        var beamSearch = beam > 1 ? new Beam(beam, relations.Length, root) : null;
        for (var it = 0; it < iterations; it++)
        {
            random.Shuffle(order);
            long correctArcs = 0, words = 0;
            foreach (var si in order)
            {
                var s = sentences[si];
                var n = s.Length;
                var gold = new int[n];
                for (var i = 0; i < n; i++) gold[i] = s.Heads[i] < 0 ? n : s.Heads[i];
                var context = new ParseContext(s.Forms, tags[si]);
                if (beamSearch is not null)
                {
                    correctArcs += TrainBeam(beamSearch, context, s, gold, relationIndex, trainer, labelTrainer);
                    words += n;
                    continue;
                }
                var state = new ParserState(n);
                while (!state.Done)
                {
                    Features(context, state, features);
                    trainer.Score(features, scores);
                    int guess = -1, best = -1, minCost = int.MaxValue;
                    for (var a = 0; a < 3; a++)
                    {
                        costs[a] = state.IsLegal(a) ? state.Cost(a, gold) : int.MaxValue;
                        if (costs[a] == int.MaxValue) continue;
                        if (guess < 0 || scores[a] > scores[guess]) guess = a;
                        minCost = Math.Min(minCost, costs[a]);
                    }
                    for (var a = 0; a < 3; a++)
                        if (costs[a] == minCost && (best < 0 || scores[a] > scores[best])) best = a;
                    trainer.Tick();
                    if (costs[guess] != minCost) trainer.Update(best, guess, features);
                    // explore: after the first pass, mostly follow the model's own (possibly wrong) choice
                    var action = it > 0 && random.NextDouble() < 0.9 ? guess : best;
                    if (action == ParserState.Shift) { state.Apply(action); continue; }
                    var (d, h) = Arc(state, action);
                    var label = root;
                    if (h < n)
                    {
                        // the relation as parsing would choose it; learned on the arcs that are right
                        ArcFeatures(context, state, d, h, arcFeatures);
                        labelTrainer.Score(arcFeatures, labelScores);
                        label = BestLabel(labelScores, root);
                        if (gold[d] == h)
                        {
                            labelTrainer.Tick();
                            labelTrainer.Update(relationIndex[s.Relations[d]], label, arcFeatures);
                        }
                    }
                    state.Apply(action);
                    state.SetLabel(d, h, label);
                }
                for (var i = 0; i < n; i++) if (state.Heads[i] == s.Heads[i]) correctArcs++;
                words += n;
            }
            log?.Invoke($"parser iteration {it + 1}: training UAS {100.0 * correctArcs / Math.Max(1, words):F2} over {words} words");
        }
        var labeler = ArcLabeler.Train(sentences, tags, iterations, seed, log, 0.05f);
        var transitions = trainer.Average(minWeight);
        var arcLabels = labelTrainer.Average(minWeight);
        log?.Invoke($"transition model: {transitions.Features:N0} features; relations while parsing: {arcLabels.Features:N0}; labeler: {labeler.FeatureTotal:N0} features");
        return new DependencyParser(WeightTable.From(transitions), WeightTable.From(arcLabels), labeler, (transitions, arcLabels), beam);
    }

    /// <summary>One sentence of beam training: search, then update the transitions at the largest
    /// violation and the relations on the oracle parse's right arcs. Returns the right heads of
    /// the beam's best parse.</summary>
    private static int TrainBeam(Beam beam, ParseContext context, TreebankSentence s, int[] gold, Dictionary<string, int> relationIndex, PerceptronTrainer trainer, PerceptronTrainer labelTrainer)
    {
        var goldRelations = s.Relations.Select(r => relationIndex[r]).ToArray();
        beam.Run(context, trainer.Score, labelTrainer.Score, gold, goldRelations, out var violation);
        trainer.Tick();
        if (violation > 0) beam.Update(trainer, violation);
        foreach (var (features, guess, truth) in beam.GoldArcs)
        {
            labelTrainer.Tick();
            labelTrainer.Update(truth, guess, features);
        }
        var correct = 0;
        for (var i = 0; i < s.Length; i++) if (beam.Best.Heads[i] == s.Heads[i]) correct++;
        return correct;
    }

    /// <summary>
    /// Tags for training the parser: each sentence tagged by one of <paramref name="folds"/> taggers
    /// that did not train on it, so the parser learns from realistic tag errors. Every word is
    /// scored (no shortcut for frequent words), so errors on frequent words show up too.
    /// </summary>
    public static PosTag[][] JackknifeTags(IReadOnlyList<TreebankSentence> sentences, int folds, int iterations, int seed, Action<string>? log = null)
    {
        var tags = new PosTag[sentences.Count][];
        if (folds <= 1)
        {
            for (var i = 0; i < tags.Length; i++) tags[i] = sentences[i].Xpos.Select((x, k) => new PosTag(sentences[i].Upos[k], x)).ToArray();
            return tags;
        }
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = sentences.Where((_, i) => i % folds != fold).ToList();
            var tagger = PosTagger.Train(rest, iterations, seed + fold, null);
            for (var i = fold; i < tags.Length; i += folds) tags[i] = tagger.Tag(sentences[i].Forms, useSureWords: false);
            log?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
        }
        return tags;
    }

    public void Save(Stream stream) => ModelFile.Save(stream, Magic, w =>
    {
        var (transitions, arcLabels) = _trained ?? throw new InvalidOperationException("only a parser trained in this process can be saved");
        WeightTable.Write(w, transitions);
        WeightTable.Write(w, arcLabels);
        Labeler.Write(w);
        // a beam parser records its width at the end; a greedy one writes nothing more, so its
        // file stays what it was before beam search existed
        if (BeamWidth > 1) w.Write(BeamWidth);
    });

    public static DependencyParser Load(Stream stream) => ModelFile.Load(stream, Magic, r =>
    {
        var transitions = WeightTable.Read(r);
        var arcLabels = WeightTable.Read(r);
        var labeler = ArcLabeler.Read(r);
        var beam = r.BaseStream.Position < r.BaseStream.Length ? r.ReadInt32() : 1;
        return new DependencyParser(transitions, arcLabels, labeler, null, beam);
    });
}
