// VerbDictionary: verbs, nouns and the patterns around them that name CAMEO events — the one
// in-memory form that both sitrep's own format (docs/dictionaries.md, "Verb and noun patterns")
// and the PETRARCH/TABARI verb formats (petrarch_verbs.h) load into.
//
// The pieces:
//   VerbEntry   a word that can head an event: its inflected forms, plus the fixed words of a
//               multi-word verb ("cordon off", "wire tap"); `bare` is the pattern used when no
//               longer pattern matches (the verb alone, with its own or its block's code).
//   VerbPattern words, synsets and actor slots before and after the verb, in text order, and the
//               code they give. Code "---" names no event: a matching "---" pattern stops the
//               search (it exists to say "not this").
//   block       verbs that share patterns (a PETRARCH verb block; in sitrep's own format every
//               line is a block of its own).
//   WordClass   a named list of phrases ("&MISSILE: missile; missiles; rocket; rockets") that a
//               pattern uses as one element: any member matches. PETRARCH calls them synsets;
//               sitrep's own format defines them in `&NAME: member; member` lines, and keeps
//               them here so the linter can report unused ones.
// Patterns of a block are kept most specific first (most literal words, then file order), which
// is the order the matcher tries them in.
// Thread-safety: immutable after loading; share freely.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "sitrep/dictionaries/cameo_codebook.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

enum class PatternKind { kVerb, kNoun };

struct PatternElement {
  enum class Kind : uint8_t {
    kWords,     // one of `alternatives` (a synset gives several), each a run of consecutive words
    kSource,    // PETRARCH '$': an actor here is the event's source
    kTarget,    // PETRARCH '+': an actor here is the event's target
    kCompound,  // PETRARCH '%': a compound actor here is both sides ("X and Y agreed")
    kSkip,      // PETRARCH '^': skip a noun phrase (one or more words)
  };
  Kind kind = Kind::kWords;
  std::vector<std::vector<std::string>> alternatives;  // lowercase; kWords only
  // PETRARCH's '_' join. After the verb: the element must start right where the previous one
  // (or the verb) ended. Before the verb: it must end right where the next one (or the verb)
  // starts. False: other words may come between, up to the pattern's max_gap.
  bool adjacent = false;
};

struct VerbPattern {
  static constexpr int32_t kAnyGap = std::numeric_limits<int32_t>::max();

  std::string code;         // CAMEO code, or "---" for "no event" (from source to target)
  // Reciprocal codes "[032:033]": a second event, target -> source; "[:173]" gives only that
  // reverse event.
  std::string second_code;
  PatternKind kind = PatternKind::kVerb;
  std::vector<PatternElement> before;  // text order: the last element is nearest the verb
  std::vector<PatternElement> after;   // text order
  int32_t max_gap = kAnyGap;           // words allowed between non-adjacent elements
  int32_t literal_words = 0;           // specificity: words the pattern requires
  int32_t block = 0;
  // Whether "will <verb>" makes the event an announced intention, coded as intent or threat
  // (events/intent_code.h). True for sitrep's own dictionaries; false for PETRARCH files, which
  // spell out their auxiliaries in patterns ("WILL NOT *", "SAID WOULD * ATTACK") and were
  // written for coders that code the tense as it stands.
  bool future_is_intent = true;
  std::string text;  // as written, for explanations
  std::string rule;  // file:line
  bool names_event() const { return code != "---" || (!second_code.empty() && second_code != "---"); }
};

// A word class of sitrep's own format, with its members expanded (an included class's members
// are copied in), each a run of lowercase words.
struct WordClass {
  std::string name;  // as written, without '&' ("MISSILE")
  std::vector<std::vector<std::string>> members;
  std::string rule;  // file:line of the definition
  int32_t uses = 0;  // patterns and classes that refer to it
};

struct VerbEntry {
  PatternKind kind = PatternKind::kVerb;
  std::vector<std::string> head_forms;  // lowercase forms of the word that is the verb
  std::vector<std::string> prefix;      // fixed words right before it ("wire" tap)
  std::vector<std::string> suffix;      // fixed words right after it (cordon "off", air "strikes")
  int32_t bare = -1;                    // index into patterns(): the verb alone; -1: none
  int32_t block = 0;
  std::string lemma;                    // for explanations
  std::string rule;                     // file:line
};

class VerbDictionary {
 public:
  // Words allowed between a verb and its particle in sitrep's own format ("pulled its troops out").
  static constexpr int32_t kOwnFormatGap = 2;

  // Reads sitrep's own format (docs/dictionaries.md, "Verb and noun patterns"). The files are
  // one dictionary: a word class defined in any of them may be used in all of them. Codes
  // missing from `codebook`, undefined or circular classes and malformed lines are reported as
  // "file:line: reason" and the line skipped.
  void AddFiles(const std::vector<DictionaryFile>& files, const CameoCodebook& codebook,
                std::vector<std::string>* problems);
  void Add(const DictionaryFile& file, const CameoCodebook& codebook, std::vector<std::string>* problems) {
    AddFiles(std::vector<DictionaryFile>{file}, codebook, problems);
  }

  // Building blocks for readers.
  int32_t NewBlock() { return num_blocks_++; }
  int32_t AddPattern(VerbPattern p);  // returns its index
  void AddEntry(VerbEntry e) { entries_.push_back(std::move(e)); }
  // Orders every block's patterns most specific first; call after the last Add.
  void Finish();

  const std::vector<VerbEntry>& entries() const { return entries_; }
  const std::vector<WordClass>& word_classes() const { return word_classes_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // Patterns of `block` other than bare verbs, most specific first (after Finish()).
  const std::vector<int32_t>& BlockPatterns(int32_t block) const;

 private:
  std::vector<VerbEntry> entries_;
  std::vector<VerbPattern> patterns_;
  std::vector<std::vector<int32_t>> block_patterns_;
  std::vector<WordClass> word_classes_;
  int32_t num_blocks_ = 0;
};

}  // namespace sitrep::dictionaries
