#include "sitrep/eval/event_scores.h"

#include <algorithm>

namespace sitrep::eval {

std::string ToString(const EventTriple& t) { return t.source + " " + t.target + " " + t.code; }

double ScoreCounts::Accuracy() const {
  return records == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(records);
}

double ScoreCounts::Precision() const {
  return predicted == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(predicted);
}

double ScoreCounts::Recall() const {
  return expected == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(expected);
}

double ScoreCounts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

int64_t MatchedTriples(std::vector<EventTriple> expected, std::vector<EventTriple> predicted) {
  // Sorted merge: each equal pair consumes one copy from each side, which is exactly the
  // multiset intersection (min of the two multiplicities per distinct triple).
  std::sort(expected.begin(), expected.end());
  std::sort(predicted.begin(), predicted.end());
  int64_t matched = 0;
  auto e = expected.begin();
  auto p = predicted.begin();
  while (e != expected.end() && p != predicted.end()) {
    if (*e < *p) {
      ++e;
    } else if (*p < *e) {
      ++p;
    } else {
      ++matched, ++e, ++p;
    }
  }
  return matched;
}

EventScores ScoreEvents(const std::vector<ScoredRecord>& records) {
  EventScores scores;
  for (size_t i = 0; i < records.size(); ++i) {
    const ScoredRecord& r = records[i];
    const int64_t matched = MatchedTriples(r.expected, r.predicted);
    const int64_t expected = static_cast<int64_t>(r.expected.size());
    const int64_t predicted = static_cast<int64_t>(r.predicted.size());
    // Equal sizes and every triple matched means the multisets are equal.
    const bool correct = matched == expected && matched == predicted;
    for (ScoreCounts* c : {&scores.total, &scores.by_category[r.category]}) {
      ++c->records;
      c->correct += correct ? 1 : 0;
      c->expected += expected;
      c->predicted += predicted;
      c->matched += matched;
    }
    if (!correct) scores.failed.push_back(i);
  }
  return scores;
}

}  // namespace sitrep::eval
