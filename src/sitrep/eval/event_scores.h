// Event scores: how well predicted (source, target, code) triples agree with gold ones.
//
// Pure arithmetic, no I/O. Input: one ScoredRecord per evaluated record, holding the expected
// and the predicted triples as multisets (order is irrelevant, duplicates count). Output:
// EventScores with totals, the same figures per category, and the records that were not fully
// correct.
//
// Definitions (docs/evaluation.md repeats them):
//   - A record is fully correct iff its predicted multiset equals its expected multiset. A
//     record that expects no events is therefore correct iff nothing is predicted for it.
//   - matched = size of the multiset intersection, summed over records: an expected triple
//     listed twice is matched only by two identical predictions.
//   - precision = matched / predicted, recall = matched / expected,
//     F1 = 2 * precision * recall / (precision + recall).
//   - Edge cases: 0/0 is taken as 1.0 for precision and for recall (predicting nothing makes
//     no false claim; expecting nothing leaves nothing to miss). F1 is 0.0 when
//     precision + recall == 0. So a coder that predicts nothing where events are expected gets
//     P 1.0, R 0.0, F1 0.0, and nothing expected + nothing predicted gives 1.0 / 1.0 / 1.0.
//     Record accuracy (correct / records) of zero records is 0.0.
// Thread-safety: plain values and a pure function.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sitrep::eval {

// One coded event reduced to what the gold data records. Codes are kept as strings exactly as
// written: "---" for a missing actor, and PETRARCH's quoted new actors ("\"INJURY TOLL\"")
// verbatim.
struct EventTriple {
  std::string source;
  std::string target;
  std::string code;  // CAMEO event code, "064", "0874"
  friend auto operator<=>(const EventTriple&, const EventTriple&) = default;
};

// "SRC TGT CODE", the form the reports print.
std::string ToString(const EventTriple& t);

struct ScoredRecord {
  std::string category;
  std::vector<EventTriple> expected;   // a multiset: order is irrelevant
  std::vector<EventTriple> predicted;  // a multiset: order is irrelevant
};

// Counts over a set of records, and the figures derived from them.
struct ScoreCounts {
  int64_t records = 0;
  int64_t correct = 0;    // records fully correct
  int64_t expected = 0;   // expected triples
  int64_t predicted = 0;  // predicted triples
  int64_t matched = 0;    // size of the multiset intersections
  double Accuracy() const;   // correct / records; 0.0 for no records
  double Precision() const;  // matched / predicted; 1.0 when nothing was predicted
  double Recall() const;     // matched / expected; 1.0 when nothing was expected
  double F1() const;         // harmonic mean of the two; 0.0 when both are 0
};

struct EventScores {
  ScoreCounts total;
  std::map<std::string, ScoreCounts> by_category;  // sorted by category name
  std::vector<size_t> failed;  // indices into the scored records, ascending
};

// Size of the intersection of two multisets of triples.
int64_t MatchedTriples(std::vector<EventTriple> expected, std::vector<EventTriple> predicted);

EventScores ScoreEvents(const std::vector<ScoredRecord>& records);

}  // namespace sitrep::eval
