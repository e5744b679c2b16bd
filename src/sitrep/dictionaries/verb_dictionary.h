// VerbDictionary: verb and noun patterns that name CAMEO events (format: docs/dictionaries.md,
// "Verb and noun patterns").
//
// A verb pattern is a head verb (all its inflected forms) followed by literal words that must
// come after it in order, each within `kMaxGap` intervening tokens ("pull out" matches "pulled
// its troops out"). A noun pattern is a contiguous literal phrase ("air strikes").
// Thread-safety: immutable after loading; share freely.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/dictionaries/cameo_codebook.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

enum class PatternKind { kVerb, kNoun };

struct VerbPattern {
  std::string code;                     // CAMEO code, present in the codebook
  PatternKind kind = PatternKind::kVerb;
  std::vector<std::string> head_forms;  // lowercase forms of the first word
  std::vector<std::string> rest;        // lowercase words that must follow
  std::string text;                     // the pattern as written, for explanations
  std::string rule;                     // file:line
};

class VerbDictionary {
 public:
  static constexpr int kMaxGap = 2;

  // Codes missing from `codebook` are reported and the line skipped.
  void Add(const DictionaryFile& file, const CameoCodebook& codebook, std::vector<std::string>* problems);
  const std::vector<VerbPattern>& patterns() const { return patterns_; }

 private:
  std::vector<VerbPattern> patterns_;
};

}  // namespace sitrep::dictionaries
