// Gold evaluation: runs sitrep's coder over the records of a gold file and scores the result.
//
// Input: a GoldFile (gold_file.h) and a base Pipeline (dictionaries, options, syntax model).
// Each record becomes a Story {id, date, text} coded on its own; sitrep reads the raw text with
// its own tokenizer and parser, never the file's <Parse>. A predicted triple is (source code or
// "---", target code or "---", CAMEO code), scored against the record's <EventCoding>s by
// event_scores.h.
//
// Record handling, by the record's error="..." attribute:
//   - "bad_input_parse", "dateline": excluded and listed as skipped with that reason; they test
//     PETRARCH's reading of the file's own Treebank parse or of datelines, neither of which
//     sitrep reads.
//   - "storydiscard", "sentencediscard": scored as expecting no events.
//   - any other value: excluded, reason "unknown expected error 'X'".
//
// Options: the base pipeline's Options, with the record's Config `require_dyad` (true/false in
// any case) applied to Options::require_dyad. Every other Config option (new_actor_length,
// comma_*, stop_on_error, ...) is ignored and its name reported once. One Pipeline is built per
// distinct Options value; since only require_dyad varies, that is at most two, and the base
// pipeline itself serves the records whose options equal its own.
//
// Failures: a story the pipeline rejects counts as predicting nothing, and the reason is kept
// with the record; one record's failure never stops the run.
// Thread-safety: EvaluateGold is reentrant; it codes the records one after another.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/eval/event_scores.h"
#include "sitrep/eval/gold_file.h"
#include "sitrep/pipeline.h"

namespace sitrep::eval {

// What the coder did with one scored record.
struct RecordOutcome {
  size_t record = 0;  // index into GoldFile::records
  std::vector<EventTriple> expected;   // the gold triples (empty for "expects no events")
  std::vector<EventTriple> predicted;  // in the order the coder produced them
  std::string rejected;  // why the pipeline rejected the story; empty when it was coded
};

struct SkippedRecord {
  size_t record = 0;  // index into GoldFile::records
  std::string reason;
};

struct GoldEvaluation {
  std::vector<RecordOutcome> outcomes;  // the scored records, in file order
  std::vector<SkippedRecord> skipped;   // the excluded ones, in file order
  // Scores over `outcomes`; EventScores::failed holds indices into `outcomes`.
  EventScores scores;
  std::vector<std::string> ignored_options;  // Config option names not applied, first-seen order
  std::vector<std::string> warnings;         // e.g. a require_dyad value that is not true/false
};

// Why a record is left out of the scores, or nullopt when it is scored (see the table above).
std::optional<std::string> SkipReason(const GoldRecord& record);

// The triples a record expects: its <EventCoding>s, or none for the discard errors.
// REQUIRES: !SkipReason(record).
std::vector<EventTriple> ExpectedTriples(const GoldRecord& record);

// The triple a coded event is scored as.
EventTriple ToTriple(const Event& event);

// Codes every scored record of `gold`. `base` must outlive the call; the extra pipelines share
// its dictionaries and syntax model.
GoldEvaluation EvaluateGold(const GoldFile& gold, const Pipeline& base);

}  // namespace sitrep::eval
