namespace Annalist.Syntax;

/// <summary>Adds a model's weights for the features to the scores (a trainer's or a loaded table's).</summary>
internal delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

public sealed partial class DependencyParser
{
    // Longer sentences are parsed greedily: copying the beam's states costs O(n) per step, which
    // would make a very long sentence quadratic (GUM's longest training sentences are ~150 words).
    private const int MaxBeamWords = 200;

    /// <summary>
    /// Beam search over arc-hybrid transitions (Zhang and Clark 2008; Zhang and Nivre 2011): the
    /// K best partial parses by total transition score are kept at each step. Every parse of a
    /// sentence takes 2n transitions, so all finish together. In training, an oracle parse runs
    /// alongside (the cheapest transition by the dynamic oracle, ties broken by the model), each
    /// step's features and back-pointers are kept, and the global perceptron updates on the prefix
    /// where the beam's best parse beats the oracle's by the most (max-violation, Huang et al. 2012).
    /// </summary>
    private sealed class Beam
    {
        private readonly int _width, _root;
        private ParserState[] _items = [], _next = [];
        private float[] _scores, _nextScores;
        private int _count;
        private readonly (float Score, int Item, int Action)[] _candidates;
        private readonly float[] _transitionScores = new float[3], _labelScores;
        private readonly ulong[] _features = new ulong[FeatureCount], _arcFeatures = new ulong[ArcFeatureCount];

        // training only. Per step t and beam slot i: the slot and action at t-1 that made the item,
        // whether its move at t was scored (not forced) and the features it was scored on.
        private int[] _parent = [], _move = [];
        private bool[] _scored = [];
        private ulong[] _history = [];
        // the oracle parse: its move at each step, whether it was scored, its features
        private int[] _goldMove = [];
        private bool[] _goldScored = [];
        private ulong[] _goldHistory = [];

        public Beam(int width, int relations, int root)
        {
            _width = width;
            _root = root;
            _scores = new float[width];
            _nextScores = new float[width];
            _candidates = new (float, int, int)[width];
            _labelScores = new float[relations];
        }

        /// <summary>The best parse after a run.</summary>
        public ParserState Best => _items[0];

        /// <summary>Relations chosen on the oracle parse's right arcs: features, the choice, the gold relation.</summary>
        public readonly List<(ulong[] Features, int Guess, int Truth)> GoldArcs = [];

        public void Run(ParseContext c, Scorer transitions, Scorer labels) => Run(c, transitions, labels, null, null, out _);

        /// <summary>Searches; with gold heads (root = n) and relation ids, also follows the oracle
        /// and reports the prefix length of the largest violation (0: none).</summary>
        public void Run(ParseContext c, Scorer transitions, Scorer labels, int[]? gold, int[]? goldRelations, out int violationStep)
        {
            var n = c.N;
            var steps = 2 * n;
            _items = new ParserState[_width];
            _next = new ParserState[_width];
            for (var i = 0; i < _width; i++) { _items[i] = new ParserState(n); _next[i] = new ParserState(n); }
            _count = 1;
            _scores[0] = 0;
            violationStep = 0;
            var training = gold is not null;
            ParserState? oracle = null;
            float goldScore = 0, worst = 0;
            var goldSlot = 0;
            if (training)
            {
                oracle = new ParserState(n);
                GoldArcs.Clear();
                var size = (steps + 1) * _width;
                if (_parent.Length < size)
                {
                    _parent = new int[size]; _move = new int[size]; _scored = new bool[size];
                    _history = new ulong[size * FeatureCount];
                    _goldMove = new int[steps + 1]; _goldScored = new bool[steps + 1];
                    _goldHistory = new ulong[(steps + 1) * FeatureCount];
                }
            }
            for (var t = 0; t < steps; t++)
            {
                var kept = 0;
                for (var i = 0; i < _count; i++)
                {
                    var st = _items[i];
                    var forced = Forced(st);
                    var slot = t * _width + i;
                    if (training) _scored[slot] = forced < 0;
                    if (forced >= 0) { kept = Offer(kept, _scores[i], i, forced); continue; }
                    var f = training ? _history.AsSpan(slot * FeatureCount, FeatureCount) : _features;
                    Features(c, st, f);
                    transitions(f, _transitionScores);
                    for (var a = 0; a < 3; a++)
                        if (st.IsLegal(a)) kept = Offer(kept, _scores[i] + _transitionScores[a], i, a);
                }
                var oracleMove = -1;
                if (training)
                {
                    oracleMove = OracleMove(c, oracle!, gold!, t, transitions, ref goldScore);
                    var next = -1;
                    for (var j = 0; j < kept; j++)
                        if (_candidates[j].Item == goldSlot && _candidates[j].Action == oracleMove) next = j;
                    goldSlot = next;
                }
                for (var j = 0; j < kept; j++)
                {
                    var (score, item, action) = _candidates[j];
                    _next[j].CopyFrom(_items[item]);
                    Advance(c, _next[j], action, labels, out _);
                    _nextScores[j] = score;
                    if (training) { _parent[(t + 1) * _width + j] = item; _move[(t + 1) * _width + j] = action; }
                }
                (_items, _next) = (_next, _items);
                (_scores, _nextScores) = (_nextScores, _scores);
                _count = kept;
                if (!training) continue;
                var (d, h) = Advance(c, oracle!, oracleMove, labels, out var label);
                if (d >= 0 && h < n && gold![d] == h)
                    GoldArcs.Add((_arcFeatures.ToArray(), label, goldRelations![d]));
                // the beam's best parse against the oracle's, once the oracle is not the best (then
                // it scores no higher; a tie counts, or all-zero first weights would never learn)
                if (goldSlot != 0 && (violationStep == 0 || _scores[0] - goldScore > worst)) { worst = _scores[0] - goldScore; violationStep = t + 1; }
            }
        }

        /// <summary>The cheapest move for the oracle parse, the model's favourite among equals;
        /// records it and its features for step <paramref name="t"/>.</summary>
        private int OracleMove(ParseContext c, ParserState st, int[] gold, int t, Scorer transitions, ref float score)
        {
            var forced = Forced(st);
            _goldScored[t] = forced < 0;
            if (forced >= 0) return _goldMove[t] = forced;
            var f = _goldHistory.AsSpan(t * FeatureCount, FeatureCount);
            Features(c, st, f);
            transitions(f, _transitionScores);
            int best = -1, minCost = int.MaxValue;
            for (var a = 0; a < 3; a++)
            {
                if (!st.IsLegal(a)) continue;
                var cost = st.Cost(a, gold);
                if (cost < minCost || (cost == minCost && _transitionScores[a] > _transitionScores[best])) { best = a; minCost = cost; }
            }
            score += _transitionScores[best];
            return _goldMove[t] = best;
        }

        /// <summary>Applies a move; for an arc, names it as greedy parsing does. Returns the
        /// arc's dependent and head (-1 for a shift).</summary>
        private (int D, int H) Advance(ParseContext c, ParserState st, int action, Scorer labels, out int label)
        {
            label = -1;
            if (action == ParserState.Shift) { st.Apply(action); return (-1, -1); }
            var (d, h) = Arc(st, action);
            label = _root;
            if (h < c.N)
            {
                ArcFeatures(c, st, d, h, _arcFeatures);
                labels(_arcFeatures, _labelScores);
                label = BestLabel(_labelScores, _root);
                st.Unsure[d] = Margin(_labelScores, label, _root) <= SureMargin;
            }
            else st.Unsure[d] = false;
            st.Apply(action);
            st.SetLabel(d, h, label);
            return (d, h);
        }

        /// <summary>Keeps the candidate if it is among the best so far (sorted, best first; the
        /// earlier of equal scores first, so the search is deterministic).</summary>
        private int Offer(int count, float score, int item, int action)
        {
            if (count == _width && score <= _candidates[count - 1].Score) return count;
            var k = count < _width ? count++ : count - 1;
            while (k > 0 && _candidates[k - 1].Score < score) { _candidates[k] = _candidates[k - 1]; k--; }
            _candidates[k] = (score, item, action);
            return count;
        }

        /// <summary>Global perceptron update at the prefix of <paramref name="steps"/> moves: the
        /// oracle's moves up, the beam's best parse's moves down, from where the two part.</summary>
        public void Update(PerceptronTrainer trainer, int steps)
        {
            var slots = new int[steps];
            var moves = new int[steps];
            for (int s = steps, j = 0; s > 0; s--)
            {
                moves[s - 1] = _move[s * _width + j];
                j = _parent[s * _width + j];
                slots[s - 1] = j;
            }
            var from = 0;
            while (from < steps && moves[from] == _goldMove[from]) from++;
            for (var s = from; s < steps; s++)
            {
                var slot = s * _width + slots[s];
                if (_scored[slot]) trainer.Adjust(_history.AsSpan(slot * FeatureCount, FeatureCount), moves[s], -1f);
                if (_goldScored[s]) trainer.Adjust(_goldHistory.AsSpan(s * FeatureCount, FeatureCount), _goldMove[s], 1f);
            }
        }
    }
}
