#include "sitrep/nlp/parser.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <random>

#include "sitrep/nlp/feature_hash.h"
#include "sitrep/nlp/training_order.h"

namespace sitrep::nlp {
namespace {

enum Transition { kShift = 0, kLeft = 1, kRight = 2, kTransitions = 3 };

constexpr uint64_t kNoneWord = 0x1001, kRootWord = 0x1002;
constexpr uint64_t kNoneTag = 0xff01, kRootTag = 0xff02;
constexpr uint64_t kNoneLabel = 0xfe01;
constexpr uint16_t kUnlabelled = 0xffff;

uint64_t DistanceBucket(int d) {
  if (d < 0) d = -d;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 9) return 5;
  return 6;
}

uint64_t Valency(int v) { return static_cast<uint64_t>(std::min(v, 5)); }

// Everything a feature may look at, for one sentence being parsed.
struct View {
  const std::vector<LexicalKeys>& words;
  const std::vector<uint16_t>& tags;
  const ParserState& s;
  const std::vector<int32_t>& commas;  // commas[i] = commas among words [0, i)
  int32_t n;                           // number of words; index n is the root
  int32_t b;                           // buffer front (n when only the root is left)

  uint64_t W(int32_t x) const { return x < 0 ? kNoneWord : x == n ? kRootWord : words[x].lower; }
  uint64_t T(int32_t x) const { return x < 0 ? kNoneTag : x == n ? kRootTag : tags[x]; }
  uint64_t L(int32_t x) const { return x < 0 || s.label[x] == kUnlabelled ? kNoneLabel : s.label[x]; }
  int32_t Stack(size_t depth) const { return depth < s.stack.size() ? s.stack[s.stack.size() - 1 - depth] : -1; }
  int32_t Buffer(int k) const { return b + k <= n ? b + k : -1; }
  int32_t Lc1(int32_t x) const { return x < 0 ? -1 : s.lc1[x]; }
  int32_t Lc2(int32_t x) const { return x < 0 ? -1 : s.lc2[x]; }
  int32_t Rc1(int32_t x) const { return x < 0 ? -1 : s.rc1[x]; }
  int32_t Rc2(int32_t x) const { return x < 0 ? -1 : s.rc2[x]; }
  uint64_t VL(int32_t x) const { return x < 0 ? 9 : Valency(s.nleft[x]); }
  uint64_t VR(int32_t x) const { return x < 0 ? 9 : Valency(s.nright[x]); }
  uint64_t LSet(int32_t x) const { return x < 0 ? 0 : s.lmask[x]; }
  // Commas strictly between words a < b (0, 1 or 2 = two or more); 3 when either is missing.
  uint64_t Commas(int32_t a, int32_t b) const {
    if (a < 0 || b < 0) return 3;
    const int32_t lo = std::min(a, b), hi = std::min(std::max(a, b), n);
    return static_cast<uint64_t>(std::min(commas[hi] - commas[lo + 1 > hi ? hi : lo + 1], 2));
  }
  uint64_t RSet(int32_t x) const { return x < 0 ? 0 : s.rmask[x]; }
};

size_t TransitionFeatures(const View& v, uint64_t* f) {
  const int32_t s0 = v.Stack(0), s1 = v.Stack(1), s2 = v.Stack(2);
  const int32_t b0 = v.Buffer(0), b1 = v.Buffer(1), b2 = v.Buffer(2);
  const uint64_t s0w = v.W(s0), s0t = v.T(s0), s1w = v.W(s1), s1t = v.T(s1), s2t = v.T(s2);
  const uint64_t b0w = v.W(b0), b0t = v.T(b0), b1w = v.W(b1), b1t = v.T(b1), b2w = v.W(b2), b2t = v.T(b2);
  const int32_t s0l = v.Lc1(s0), s0l2 = v.Lc2(s0), s0r = v.Rc1(s0), s0r2 = v.Rc2(s0);
  const int32_t b0l = v.Lc1(b0), b0l2 = v.Lc2(b0), s1l = v.Lc1(s1), s1r = v.Rc1(s1);
  const uint64_t d = s0 < 0 ? 9 : DistanceBucket(b0 - s0);
  const uint64_t d2 = s1 < 0 ? 9 : DistanceBucket(s0 - s1);
  size_t c = 0;
  f[c++] = FeatureKey(0, 0);
  f[c++] = FeatureKey(1, s0w);
  f[c++] = FeatureKey(2, s0t);
  f[c++] = FeatureKey(3, s0w, s0t);
  f[c++] = FeatureKey(4, s1w);
  f[c++] = FeatureKey(5, s1t);
  f[c++] = FeatureKey(6, s1w, s1t);
  f[c++] = FeatureKey(7, b0w);
  f[c++] = FeatureKey(8, b0t);
  f[c++] = FeatureKey(9, b0w, b0t);
  f[c++] = FeatureKey(10, b1w);
  f[c++] = FeatureKey(11, b1t);
  f[c++] = FeatureKey(12, b1w, b1t);
  f[c++] = FeatureKey(13, b2w, b2t);
  f[c++] = FeatureKey(14, s2t);
  f[c++] = FeatureKey(15, s0w, s0t, b0w, b0t);
  f[c++] = FeatureKey(16, s0w, s0t, b0w);
  f[c++] = FeatureKey(17, s0w, b0w, b0t);
  f[c++] = FeatureKey(18, s0w, s0t, b0t);
  f[c++] = FeatureKey(19, s0t, b0w, b0t);
  f[c++] = FeatureKey(20, s0w, b0w);
  f[c++] = FeatureKey(21, s0t, b0t);
  f[c++] = FeatureKey(22, b0t, b1t);
  f[c++] = FeatureKey(23, s1t, s0t);
  f[c++] = FeatureKey(24, s1w, s0w);
  f[c++] = FeatureKey(25, s1w, s1t, s0t);
  f[c++] = FeatureKey(26, s1t, s0w, s0t);
  f[c++] = FeatureKey(27, b0t, b1t, b2t);
  f[c++] = FeatureKey(28, s0t, b0t, b1t);
  f[c++] = FeatureKey(29, s1t, s0t, b0t);
  f[c++] = FeatureKey(30, s0t, v.T(s0l), b0t);
  f[c++] = FeatureKey(31, s0t, v.T(s0r), b0t);
  f[c++] = FeatureKey(32, s0t, b0t, v.T(b0l));
  f[c++] = FeatureKey(33, s2t, s1t, s0t);
  f[c++] = FeatureKey(34, s1t, v.T(s1r), s0t);
  f[c++] = FeatureKey(35, s1t, s0t, v.T(s0r));
  f[c++] = FeatureKey(36, s0w, d);
  f[c++] = FeatureKey(37, s0t, d);
  f[c++] = FeatureKey(38, b0w, d);
  f[c++] = FeatureKey(39, b0t, d);
  f[c++] = FeatureKey(40, s0w, b0w, d);
  f[c++] = FeatureKey(41, s0t, b0t, d);
  f[c++] = FeatureKey(42, s1t, s0t, d2);
  f[c++] = FeatureKey(43, s1w, s0w, d2);
  f[c++] = FeatureKey(44, s0w, v.VR(s0));
  f[c++] = FeatureKey(45, s0t, v.VR(s0));
  f[c++] = FeatureKey(46, s0w, v.VL(s0));
  f[c++] = FeatureKey(47, s0t, v.VL(s0));
  f[c++] = FeatureKey(48, b0w, v.VL(b0));
  f[c++] = FeatureKey(49, b0t, v.VL(b0));
  f[c++] = FeatureKey(50, s1t, v.VR(s1));
  f[c++] = FeatureKey(51, v.W(s0l));
  f[c++] = FeatureKey(52, v.T(s0l));
  f[c++] = FeatureKey(53, v.L(s0l));
  f[c++] = FeatureKey(54, v.W(s0r));
  f[c++] = FeatureKey(55, v.T(s0r));
  f[c++] = FeatureKey(56, v.L(s0r));
  f[c++] = FeatureKey(57, v.W(b0l));
  f[c++] = FeatureKey(58, v.T(b0l));
  f[c++] = FeatureKey(59, v.L(b0l));
  f[c++] = FeatureKey(60, v.T(s1r), v.L(s1r));
  f[c++] = FeatureKey(61, v.T(s1l), v.L(s1l));
  f[c++] = FeatureKey(62, v.W(s0l2));
  f[c++] = FeatureKey(63, v.T(s0l2));
  f[c++] = FeatureKey(64, v.L(s0l2));
  f[c++] = FeatureKey(65, v.W(s0r2));
  f[c++] = FeatureKey(66, v.T(s0r2));
  f[c++] = FeatureKey(67, v.L(s0r2));
  f[c++] = FeatureKey(68, v.W(b0l2));
  f[c++] = FeatureKey(69, v.T(b0l2));
  f[c++] = FeatureKey(70, v.L(b0l2));
  f[c++] = FeatureKey(71, s0t, v.T(s0l), v.T(s0l2));
  f[c++] = FeatureKey(72, s0t, v.T(s0r), v.T(s0r2));
  f[c++] = FeatureKey(73, b0t, v.T(b0l), v.T(b0l2));
  f[c++] = FeatureKey(74, s0w, v.RSet(s0));
  f[c++] = FeatureKey(75, s0t, v.RSet(s0));
  f[c++] = FeatureKey(76, s0w, v.LSet(s0));
  f[c++] = FeatureKey(77, s0t, v.LSet(s0));
  f[c++] = FeatureKey(78, b0w, v.LSet(b0));
  f[c++] = FeatureKey(79, b0t, v.LSet(b0));
  f[c++] = FeatureKey(80, s0t, b0t, std::min<uint64_t>(v.s.stack.size(), 4));
  f[c++] = FeatureKey(81, s0t, s0w, v.L(s0r), b0t);
  f[c++] = FeatureKey(82, s1t, s1w, s0t, v.L(s0l));
  // Commas between the two items being linked: coordination, appositions and clause edges.
  f[c++] = FeatureKey(83, s0t, b0t, v.Commas(s0, b0));
  f[c++] = FeatureKey(84, s1t, s0t, v.Commas(s1, s0));
  f[c++] = FeatureKey(85, b0w, b1w);
  f[c++] = FeatureKey(86, s0w, b0t, b1t);
  return c;
}

size_t LabelFeatures(const View& v, int32_t dep, int32_t head, uint64_t* f) {
  const uint64_t dw = v.W(dep), dt = v.T(dep), hw = v.W(head), ht = v.T(head);
  const uint64_t dir = dep < head ? 1 : 2;
  const uint64_t dist = DistanceBucket(head - dep);
  const int32_t dl = v.Lc1(dep), dr = v.Rc1(dep), dl2 = v.Lc2(dep);
  size_t c = 0;
  f[c++] = FeatureKey(100, 0);
  f[c++] = FeatureKey(101, dw);
  f[c++] = FeatureKey(102, dt);
  f[c++] = FeatureKey(103, dw, dt);
  f[c++] = FeatureKey(104, hw);
  f[c++] = FeatureKey(105, ht);
  f[c++] = FeatureKey(106, hw, ht);
  f[c++] = FeatureKey(107, dt, ht, dir);
  f[c++] = FeatureKey(108, dw, ht, dir);
  f[c++] = FeatureKey(109, dt, hw, dir);
  f[c++] = FeatureKey(110, dw, hw, dir);
  f[c++] = FeatureKey(111, dt, ht, dist, dir);
  f[c++] = FeatureKey(112, dt, v.LSet(dep) | (v.RSet(dep) << 1));
  f[c++] = FeatureKey(113, dt, ht, v.LSet(dep));
  f[c++] = FeatureKey(114, dt, v.W(dl), v.L(dl));
  f[c++] = FeatureKey(115, dt, ht, v.W(dl));
  f[c++] = FeatureKey(116, dt, v.W(dr), v.L(dr));
  f[c++] = FeatureKey(117, dt, v.W(dl2), v.L(dl2));
  f[c++] = FeatureKey(118, ht, dir, v.LSet(head));
  f[c++] = FeatureKey(119, ht, dir, v.RSet(head));
  f[c++] = FeatureKey(120, dt, dir, v.T(dep - 1), v.T(dep + 1 < v.n ? dep + 1 : -1));
  f[c++] = FeatureKey(121, dt, dep == 0);
  f[c++] = FeatureKey(122, dt, ht, dir, v.L(dl));
  f[c++] = FeatureKey(123, v.words[dep].suffix[2], dt, ht);
  f[c++] = FeatureKey(124, dt, ht, dir, v.VL(dep) * 16 + v.VR(dep));
  f[c++] = FeatureKey(125, dw, dt, v.W(dl));
  f[c++] = FeatureKey(126, hw, dt, dir, v.W(dl));
  // Function words among the dependent's children: "by" (agent), "to" (infinitive), auxiliaries.
  for (int32_t x : {dl, dl2}) {
    if (x >= 0) f[c++] = FeatureKey(127, dt, ht, v.L(x), v.W(x));
  }
  // What follows the arc: another noun phrase after a first object makes that object an iobj,
  // a clause after a verb makes it parataxis or conj.
  const int32_t next = v.b == head ? v.Buffer(1) : v.Buffer(0);
  f[c++] = FeatureKey(128, dt, ht, dir, v.T(next));
  f[c++] = FeatureKey(129, dw, v.T(next));
  f[c++] = FeatureKey(130, dt, v.T(next), v.W(next));
  return c;
}

}  // namespace

struct Oracle {
  const std::vector<int32_t>* gold = nullptr;          // internal heads: 0..n-1 words, n root
  const std::vector<uint16_t>* gold_labels = nullptr;  // kUnlabelled when unknown to the model
  PerceptronTrainer* transitions = nullptr;
  PerceptronTrainer* labeller = nullptr;
  std::mt19937_64* rng = nullptr;
  bool explore = false;
  double explore_rate = 0.0;
};

namespace {

bool InStackAbove(const ParserState& s, int32_t x, size_t from_depth) {
  for (size_t d = from_depth; d < s.stack.size(); ++d) {
    if (s.stack[s.stack.size() - 1 - d] == x) return true;
  }
  return false;
}

// Gold arcs made unreachable by each transition (Goldberg & Nivre 2013, arc-hybrid).
void Costs(const ParserState& s, const std::vector<int32_t>& gold, int32_t b, int32_t n, int cost[kTransitions]) {
  const int32_t s0 = s.stack.empty() ? -1 : s.stack.back();
  const int32_t s1 = s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : -1;
  cost[kShift] = cost[kLeft] = cost[kRight] = 0;
  if (b < n) {
    for (int32_t x : s.stack) cost[kShift] += gold[x] == b;
    if (s0 >= 0 && gold[b] != s0 && InStackAbove(s, gold[b], 1)) ++cost[kShift];
  }
  if (s0 >= 0) {
    int deps_in_buffer = 0;
    for (int32_t x = b; x < n; ++x) deps_in_buffer += gold[x] == s0;
    const int32_t h = gold[s0];
    cost[kLeft] = deps_in_buffer + ((h != b && (h == s1 || h > b)) ? 1 : 0);
    cost[kRight] = deps_in_buffer + ((h != s1 && h >= b) ? 1 : 0);
  }
}

}  // namespace

namespace {

void ResetState(int32_t n, ParserState* state) {
  ParserState& s = *state;
  s.stack.clear();
  s.b = 0;
  s.head.assign(n + 1, -1);
  s.label.assign(n + 1, kUnlabelled);
  for (auto* v : {&s.lc1, &s.lc2, &s.rc1, &s.rc2}) v->assign(n + 1, -1);
  s.nleft.assign(n + 1, 0);
  s.nright.assign(n + 1, 0);
  s.lmask.assign(n + 1, 0);
  s.rmask.assign(n + 1, 0);
  s.score = 0;
  s.history.clear();
  s.gold = true;
}

// Per-sentence tables every state shares; the scratch buffers sized for the longest call.
void PrepareSentence(const std::vector<LexicalKeys>& words, int num_labels, ParserScratch* scratch) {
  const int32_t n = static_cast<int32_t>(words.size());
  scratch->features.resize(160);
  scratch->scores.resize(std::max(1, num_labels));
  // commas[i] = commas among words [0, i), so any span's count is one subtraction.
  scratch->commas.assign(n + 2, 0);
  static const uint64_t kComma = HashText(",");
  for (int32_t i = 0; i < n; ++i) scratch->commas[i + 1] = scratch->commas[i] + (words[i].lower == kComma ? 1 : 0);
  scratch->commas[n + 1] = scratch->commas[n];
}

int ValidTransitions(const ParserState& s, int32_t n, bool valid[kTransitions]) {
  const size_t depth = s.stack.size();
  valid[kShift] = s.b < n;
  valid[kLeft] = depth > 0 && (s.b < n || depth == 1);
  valid[kRight] = depth >= 2;
  return valid[kShift] + valid[kLeft] + valid[kRight];
}

// The arc a LEFT or RIGHT makes from this state: {dependent, head}.
std::pair<int32_t, int32_t> Arc(const ParserState& s, int transition) {
  const int32_t dep = s.stack.back();
  return {dep, transition == kLeft ? s.b : s.stack[s.stack.size() - 2]};
}

// SHIFT, or the arc of a LEFT/RIGHT with its label.
void Apply(int transition, uint16_t label, ParserState* state) {
  ParserState& s = *state;
  if (transition == kShift) {
    s.stack.push_back(s.b++);
    return;
  }
  const auto [dep, head] = Arc(s, transition);
  s.stack.pop_back();
  s.head[dep] = head;
  s.label[dep] = label;
  const uint64_t bit = 1ULL << (label & 63);
  if (dep < head) {
    // Left dependents arrive nearest first, so the newest is the leftmost.
    s.lc2[head] = s.lc1[head];
    s.lc1[head] = dep;
    ++s.nleft[head];
    s.lmask[head] |= bit;
  } else {
    s.rc2[head] = s.rc1[head];
    s.rc1[head] = dep;
    ++s.nright[head];
    s.rmask[head] |= bit;
  }
}

}  // namespace

template <typename TransitionScorer, typename LabelScorer>
void Parser::Run(const std::vector<LexicalKeys>& words, const std::vector<uint16_t>& tags, const TransitionScorer& ts,
                 const LabelScorer& ls, ParserScratch* scratch, Oracle* oracle) const {
  ParserState& s = scratch->state;
  const int32_t n = static_cast<int32_t>(words.size());
  ResetState(n, &s);
  PrepareSentence(words, ls.num_classes(), scratch);
  float tscores[kTransitions];

  while (!(s.b == n && s.stack.empty())) {
    View v{words, tags, s, scratch->commas, n, s.b};
    bool valid[kTransitions];
    const int nvalid = ValidTransitions(s, n, valid);
    int chosen;
    if (nvalid == 1) {
      // A forced move (empty stack, or only the root left in the buffer) needs no features and
      // no scores. Training still counts it as an instance, so the averaged weights — and the
      // model file — are exactly what they were when forced moves were scored.
      chosen = valid[kShift] ? kShift : valid[kLeft] ? kLeft : kRight;
      if (oracle != nullptr) oracle->transitions->Tick();
    } else {
      const size_t nf = TransitionFeatures(v, scratch->features.data());
      ts.Score(scratch->features.data(), nf, tscores);
      int best = -1;
      for (int t = 0; t < kTransitions; ++t) {
        if (valid[t] && (best < 0 || tscores[t] > tscores[best])) best = t;
      }
      chosen = best;
      if (oracle != nullptr) {
        int cost[kTransitions];
        Costs(s, *oracle->gold, s.b, n, cost);
        int min_cost = 1 << 30;
        for (int t = 0; t < kTransitions; ++t) {
          if (valid[t]) min_cost = std::min(min_cost, cost[t]);
        }
        int truth = -1;
        for (int t = 0; t < kTransitions; ++t) {
          if (valid[t] && cost[t] == min_cost && (truth < 0 || tscores[t] > tscores[truth])) truth = t;
        }
        if (cost[best] > min_cost) oracle->transitions->Update(scratch->features.data(), nf, truth, best);
        oracle->transitions->Tick();
        chosen = truth;
        if (oracle->explore && cost[best] > min_cost) {
          std::uniform_real_distribution<double> coin(0.0, 1.0);
          if (coin(*oracle->rng) < oracle->explore_rate) chosen = best;
        }
      }
    }
    if (chosen == kShift) {
      Apply(kShift, 0, &s);
      continue;
    }
    const auto [dep, head] = Arc(s, chosen);
    s.stack.pop_back();  // the labeller sees the state after the pop, as it always has
    const size_t lf = LabelFeatures(v, dep, head, scratch->features.data());
    s.stack.push_back(dep);
    ls.Score(scratch->features.data(), lf, scratch->scores.data());
    uint16_t label = static_cast<uint16_t>(std::max_element(scratch->scores.begin(), scratch->scores.end()) -
                                           scratch->scores.begin());
    if (oracle != nullptr && (*oracle->gold)[dep] == head && (*oracle->gold_labels)[dep] != kUnlabelled) {
      const uint16_t gold_label = (*oracle->gold_labels)[dep];
      oracle->labeller->Update(scratch->features.data(), lf, gold_label, label);
      oracle->labeller->Tick();
      label = gold_label;
    }
    Apply(chosen, label, &s);
  }
}

// Beam search training: the gold tree, and where the transition updates go.
struct BeamOracle {
  const std::vector<int32_t>* gold = nullptr;  // internal heads: 0..n-1 words, n root
  PerceptronTrainer* transitions = nullptr;
};

namespace {

// The transition of the canonical gold sequence: the first zero-cost one of LEFT, RIGHT, SHIFT.
// From a state that can still reach the gold tree, a zero-cost transition keeps it so.
int GoldTransition(const ParserState& s, const std::vector<int32_t>& gold, int32_t n) {
  bool valid[kTransitions];
  ValidTransitions(s, n, valid);
  int cost[kTransitions];
  Costs(s, gold, s.b, n, cost);
  for (int t : {kLeft, kRight, kShift}) {
    if (valid[t] && cost[t] == 0) return t;
  }
  for (int t : {kLeft, kRight, kShift}) {
    if (valid[t]) return t;
  }
  return kShift;
}

}  // namespace

template <typename TransitionScorer>
void Parser::Beam(const std::vector<LexicalKeys>& words, const std::vector<uint16_t>& tags, const TransitionScorer& ts,
                  int width, ParserScratch* scratch, BeamOracle* oracle) const {
  const int32_t n = static_cast<int32_t>(words.size());
  PrepareSentence(words, labeller_.num_classes(), scratch);
  uint64_t* features = scratch->features.data();
  float* label_scores = scratch->scores.data();
  const int num_labels = labeller_.num_classes();
  // The label of the arc a transition makes from `s` (the labeller sees the state after the pop).
  auto label_for = [&](ParserState& s, int t) -> uint16_t {
    if (t == kShift) return 0;
    const auto [dep, head] = Arc(s, t);
    s.stack.pop_back();
    const size_t lf = LabelFeatures(View{words, tags, s, scratch->commas, n, s.b}, dep, head, features);
    s.stack.push_back(dep);
    labeller_.Score(features, lf, label_scores);
    return static_cast<uint16_t>(std::max_element(label_scores, label_scores + num_labels) - label_scores);
  };
  std::vector<ParserState>& beam = scratch->beam;
  std::vector<ParserState>& next = scratch->next;
  beam.resize(1);
  ResetState(n, &beam[0]);
  ParserState& gold = scratch->gold;
  // Once the gold sequence drops out of the beam (or at the end, if it is not on top), the best
  // hypothesis scores at least as high as it: a violation of zero or more always exists then.
  double max_violation = 0;
  size_t violation_step = 0;
  if (oracle != nullptr) {
    ResetState(n, &gold);
    scratch->violator.clear();
  }
  float tscores[kTransitions];
  const int32_t steps = 2 * n;
  for (int32_t step = 0; step < steps; ++step) {
    std::vector<BeamMove>& moves = scratch->moves;
    moves.clear();
    for (uint32_t i = 0; i < beam.size(); ++i) {
      const ParserState& s = beam[i];
      bool valid[kTransitions];
      if (ValidTransitions(s, n, valid) == 1) {
        moves.push_back({s.score, i, static_cast<uint8_t>(valid[kShift] ? kShift : valid[kLeft] ? kLeft : kRight)});
        continue;
      }
      const size_t nf = TransitionFeatures(View{words, tags, s, scratch->commas, n, s.b}, features);
      ts.Score(features, nf, tscores);
      for (int t = 0; t < kTransitions; ++t) {
        if (valid[t]) moves.push_back({s.score + tscores[t], i, static_cast<uint8_t>(t)});
      }
    }
    // Ties go to the earlier hypothesis and the lower transition, so a width of 1 is greedy.
    const size_t keep = std::min<size_t>(static_cast<size_t>(width), moves.size());
    std::partial_sort(moves.begin(), moves.begin() + static_cast<std::ptrdiff_t>(keep), moves.end(),
                      [](const BeamMove& a, const BeamMove& b) {
                        if (a.score != b.score) return a.score > b.score;
                        if (a.from != b.from) return a.from < b.from;
                        return a.transition < b.transition;
                      });
    int gold_move = -1;
    if (oracle != nullptr) gold_move = GoldTransition(gold, *oracle->gold, n);
    next.resize(keep);
    for (size_t j = 0; j < keep; ++j) {
      const BeamMove& m = moves[j];
      next[j] = beam[m.from];
      ParserState& s = next[j];
      Apply(m.transition, label_for(s, m.transition), &s);
      s.score = m.score;
      if (oracle != nullptr) {
        s.history.push_back(m.transition);
        s.gold = s.gold && m.transition == gold_move;
      }
    }
    beam.swap(next);
    if (oracle == nullptr) continue;
    // Advance the gold sequence under the same weights and compare it with the beam's best.
    bool valid[kTransitions];
    if (ValidTransitions(gold, n, valid) > 1) {
      const size_t nf = TransitionFeatures(View{words, tags, gold, scratch->commas, n, gold.b}, features);
      ts.Score(features, nf, tscores);
      gold.score += tscores[gold_move];
    }
    Apply(gold_move, label_for(gold, gold_move), &gold);
    gold.history.push_back(static_cast<uint8_t>(gold_move));
    if (!beam[0].gold) {
      const double violation = beam[0].score - gold.score;
      if (violation >= max_violation) {
        max_violation = violation;
        violation_step = static_cast<size_t>(step) + 1;
        scratch->violator = beam[0].history;
      }
    }
  }
  if (oracle == nullptr || scratch->violator.empty()) {
    if (oracle != nullptr) oracle->transitions->Tick();
    return;
  }
  // Max-violation update: toward the gold prefix, away from the best wrong one, both replayed
  // from the start to recover their features.
  for (int sign : {+1, -1}) {
    const std::vector<uint8_t>& seq = sign > 0 ? gold.history : scratch->violator;
    ParserState& s = scratch->replay;
    ResetState(n, &s);
    for (size_t k = 0; k < violation_step; ++k) {
      bool valid[kTransitions];
      if (ValidTransitions(s, n, valid) > 1) {
        const size_t nf = TransitionFeatures(View{words, tags, s, scratch->commas, n, s.b}, features);
        oracle->transitions->Add(features, nf, seq[k], static_cast<float>(sign));
      }
      Apply(seq[k], label_for(s, seq[k]), &s);
    }
  }
  oracle->transitions->Tick();
}

void Parser::Output(int32_t n, const ParserState& s, std::vector<int32_t>* heads,
                    std::vector<uint16_t>* labels) const {
  for (int32_t i = 0; i < n; ++i) {
    const int32_t h = s.head[i];
    heads->push_back(h == n ? 0 : h + 1);
    labels->push_back(s.label[i]);
  }
}

void Parser::Parse(const std::vector<LexicalKeys>& words, const std::vector<uint16_t>& tags,
                   std::vector<int32_t>* heads, std::vector<uint16_t>* labels, ParserScratch* scratch) const {
  heads->clear();
  labels->clear();
  if (words.empty()) return;
  const int32_t n = static_cast<int32_t>(words.size());
  if (beam_ > 1) {
    Beam(words, tags, transitions_, beam_, scratch, nullptr);
    Output(n, scratch->beam[0], heads, labels);
    return;
  }
  Run(words, tags, transitions_, labeller_, scratch, nullptr);
  Output(n, scratch->state, heads, labels);
}

std::vector<int32_t> Projectivize(const std::vector<int32_t>& heads) {
  std::vector<int32_t> h = heads;  // 1-based, 0 = root
  const int32_t n = static_cast<int32_t>(h.size());
  auto dominates = [&](int32_t anc, int32_t x) {  // is `anc` an ancestor of word x (1-based)?
    for (int guard = 0; x != 0 && guard <= n; ++guard) {
      x = h[x - 1];
      if (x == anc) return true;
    }
    return anc == 0;
  };
  while (true) {
    int32_t worst = -1, worst_len = 1 << 30;
    for (int32_t d = 1; d <= n; ++d) {
      const int32_t hd = h[d - 1];
      if (hd < 0) continue;
      const int32_t lo = std::min(hd, d), hi = std::max(hd, d);
      for (int32_t k = lo + 1; k < hi; ++k) {
        if (!dominates(hd, k)) {
          if (hi - lo < worst_len) {
            worst = d;
            worst_len = hi - lo;
          }
          break;
        }
      }
    }
    if (worst < 0) return h;
    h[worst - 1] = h[h[worst - 1] - 1];  // lift to the grandparent
  }
}

void Parser::Save(ModelWriter* writer) const {
  writer->SetHeader("feature_set", kFeatureSet);
  if (beam_ > 1) writer->SetHeader("beam", std::to_string(beam_));
  writer->AddSection("parser.labels", labels_.Serialize());
  writer->AddSection("parser.tags", tag_set_);
  writer->AddSection("parser.transitions", transitions_.Serialize());
  writer->AddSection("parser.labeller", labeller_.Serialize());
}

Result<Parser> Parser::Load(const ModelReader& reader) {
  if (Status s = reader.RequireFeatureSet("parser", kFeatureSet, /*exact=*/true); !s.ok()) return s;
  Parser p;
  auto labels = reader.Section("parser.labels");
  if (!labels.ok()) return labels.status();
  auto ls = LabelSet::Deserialize(*labels, reader.name());
  if (!ls.ok()) return ls.status();
  p.labels_ = std::move(*ls);
  auto tags = reader.Section("parser.tags");
  if (!tags.ok()) return tags.status();
  p.tag_set_ = std::string(*tags);
  for (auto [name, model] :
       {std::pair{"parser.transitions", &p.transitions_}, std::pair{"parser.labeller", &p.labeller_}}) {
    auto bytes = reader.Section(name);
    if (!bytes.ok()) return bytes.status();
    auto m = LinearModel::Deserialize(*bytes, reader.name());
    if (!m.ok()) return m.status();
    *model = std::move(*m);
  }
  if (const std::string beam = reader.Header("beam"); !beam.empty()) {
    char* end = nullptr;
    const long width = std::strtol(beam.c_str(), &end, 10);
    if (end == beam.c_str() || *end != '\0' || width < 1 || width > 256) {
      return Status::Corrupt(reader.name() + ": bad beam width \"" + beam + "\" in the header");
    }
    p.beam_ = static_cast<int>(width);
  }
  if (p.transitions_.num_classes() != kTransitions ||
      static_cast<size_t>(p.labeller_.num_classes()) != p.labels_.size()) {
    return Status::Corrupt(reader.name() + ": parser weights do not match its transitions and labels");
  }
  return p;
}

namespace {

// Dev UAS and LAS of a parser, in percent.
std::pair<double, double> DevScores(const Parser& parser, const std::vector<ParserExample>& dev,
                                    ParserScratch* scratch) {
  std::vector<int32_t> heads;
  std::vector<uint16_t> labels;
  size_t words = 0, uas = 0, las = 0;
  for (const ParserExample& ex : dev) {
    parser.Parse(ex.words, ex.tags, &heads, &labels, scratch);
    for (size_t i = 0; i < heads.size(); ++i) {
      ++words;
      if (heads[i] == ex.heads[i]) {
        ++uas;
        las += parser.labels().label(labels[i]) == ex.labels[i];
      }
    }
  }
  if (words == 0) return {0.0, 0.0};
  return {100.0 * static_cast<double>(uas) / static_cast<double>(words),
          100.0 * static_cast<double>(las) / static_cast<double>(words)};
}

}  // namespace

Parser Parser::Train(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                     const ParserTrainOptions& options, std::ostream* log) {
  Parser p;
  std::vector<std::vector<int32_t>> gold_heads;
  std::vector<std::vector<uint16_t>> gold_labels;
  for (const ParserExample& ex : train) {
    for (const std::string& l : ex.labels) p.labels_.Add(l);
  }
  for (const ParserExample& ex : train) {
    const int32_t n = static_cast<int32_t>(ex.words.size());
    std::vector<int32_t> proj = Projectivize(ex.heads);
    std::vector<int32_t> internal(n);
    std::vector<uint16_t> labels(n);
    for (int32_t i = 0; i < n; ++i) {
      internal[i] = proj[i] == 0 ? n : proj[i] - 1;
      labels[i] = static_cast<uint16_t>(p.labels_.Find(ex.labels[i]));
    }
    gold_heads.push_back(std::move(internal));
    gold_labels.push_back(std::move(labels));
  }
  PerceptronTrainer transitions(kTransitions);
  PerceptronTrainer labeller(static_cast<int>(p.labels_.size()));
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order = IdentityOrder(train.size());
  ParserScratch scratch;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    ShuffleOrder(order, rng);
    Oracle oracle;
    oracle.transitions = &transitions;
    oracle.labeller = &labeller;
    oracle.rng = &rng;
    oracle.explore = epoch > options.explore_after;
    oracle.explore_rate = options.explore_rate;
    for (size_t idx : order) {
      if (train[idx].words.empty()) continue;
      oracle.gold = &gold_heads[idx];
      oracle.gold_labels = &gold_labels[idx];
      p.Run(train[idx].words, train[idx].tags, transitions, labeller, &scratch, &oracle);
    }
    Parser candidate;
    candidate.labels_ = p.labels_;
    candidate.transitions_ = transitions.Average(options.min_feature_updates);
    candidate.labeller_ = labeller.Average(options.min_feature_updates);
    const auto [u, l] = DevScores(candidate, dev, &scratch);
    if (log != nullptr) {
      *log << "parser epoch " << epoch << ": ";
      if (dev.empty()) {
        *log << "no dev set, the last epoch is kept";
      } else {
        *log << "dev UAS " << u << "% LAS " << l << "%";
      }
      *log << " (" << candidate.transitions_.num_features() << " transition features, "
           << candidate.labeller_.num_features() << " label features)" << std::endl;
    }
    if (l > best_las || dev.empty()) {
      best_las = l;
      char summary[128];
      if (dev.empty()) {
        std::snprintf(summary, sizeof summary, "epoch %d of %d (no dev set)", epoch, options.epochs);
      } else {
        std::snprintf(summary, sizeof summary, "epoch %d of %d (dev UAS %.2f%%, LAS %.2f%%)", epoch, options.epochs, u,
                      l);
      }
      p.training_summary_ = summary;
      p.transitions_ = std::move(candidate.transitions_);
      p.labeller_ = std::move(candidate.labeller_);
    }
  }
  if (options.beam > 1) p.TrainBeam(train, dev, gold_heads, options, log);
  return p;
}

void Parser::TrainBeam(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                       const std::vector<std::vector<int32_t>>& gold_heads, const ParserTrainOptions& options,
                       std::ostream* log) {
  PerceptronTrainer transitions(kTransitions);
  std::mt19937_64 rng(options.seed + 1);
  std::vector<size_t> order = IdentityOrder(train.size());
  ParserScratch scratch;
  double best_las = -1;
  const std::string greedy_summary = training_summary_;
  for (int epoch = 1; epoch <= options.beam_epochs; ++epoch) {
    ShuffleOrder(order, rng);
    BeamOracle oracle;
    oracle.transitions = &transitions;
    for (size_t idx : order) {
      if (train[idx].words.empty()) continue;
      oracle.gold = &gold_heads[idx];
      Beam(train[idx].words, train[idx].tags, transitions, options.beam, &scratch, &oracle);
    }
    Parser candidate = *this;
    candidate.transitions_ = transitions.Average(options.min_feature_updates);
    candidate.beam_ = options.beam;
    const auto [u, l] = DevScores(candidate, dev, &scratch);
    if (log != nullptr) {
      *log << "parser beam " << options.beam << " epoch " << epoch << ": dev UAS " << u << "% LAS " << l << "% ("
           << candidate.transitions_.num_features() << " transition features)" << std::endl;
    }
    if (l > best_las || dev.empty()) {
      best_las = l;
      char summary[160];
      std::snprintf(summary, sizeof summary, "transitions: beam %d epoch %d of %d (dev UAS %.2f%%, LAS %.2f%%)",
                    options.beam, epoch, options.beam_epochs, u, l);
      training_summary_ = std::string(summary) + "; labeller: greedy " + greedy_summary;
      transitions_ = std::move(candidate.transitions_);
      beam_ = options.beam;
    }
  }
}

}  // namespace sitrep::nlp
