// VerbMatcher: finds the verbs and nouns of the verb dictionary in a sentence and, for each, the
// most specific pattern around it that matches.
//
// A word is looked up by its lowercase form, and with a parse also by its lemma (dictionaries
// that list irregular forms explicitly need not list every one).
// At each token, noun entries (sitrep's contiguous "air strikes") are tried before verbs and
// consume their words, longest first; a "---" noun consumes them and names no event; with a
// parse, a one-word noun tagged VERB is left to the verbs. A noun among the words a verb's
// pattern used ("called for talks") is dropped: it is what the verb is about.
// A verb must be a verb here: tagged VERB when the sentence has a parse
// (a multi-word verb's fixed words are evidence enough);
// without one, a form right after a determiner or possessive ("the attack") is a noun, and a bare
// lemma counts only after "to", a modal, do-support, a negation or an actor. Tokens inside actor
// mentions are never verbs ("Rapid Support Forces").
// For a verb, the patterns of every block it belongs to are tried most specific first; the
// first that matches decides: its code, or no event at all for "---". When none matches, the
// verb's bare code applies (none when that is "---" too).
// Pattern elements (verb_dictionary.h) match in text order: words and synsets on token
// lowercase forms; '$', '+' and '%' on an actor mention starting there (after an optional
// article); '^' on one to eight words. Non-adjacent elements may be up to the pattern's max_gap
// words apart; sitrep's own gapped particles never cross a comma, semicolon or dash.
// Thread-safety: const after construction.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/token.h"
#include "sitrep/dictionaries/verb_dictionary.h"
#include "sitrep/events/dependency_tree.h"

namespace sitrep::events {

struct VerbMatch {
  int32_t head = 0;         // token of the verb (or first noun word)
  int32_t first = 0;        // first token of the verb's own words (a multi-word verb's prefix)
  int32_t last = 0;         // one past the verb's own words
  int32_t pattern_end = 0;  // one past the last token the pattern used (>= last)
  const dictionaries::VerbPattern* pattern = nullptr;
  const dictionaries::VerbEntry* entry = nullptr;
  // Mentions (indexes into the sentence's mentions) at the pattern's '$', '+' and '%' slots.
  int32_t source = -1, target = -1, compound = -1;
};

class VerbMatcher {
 public:
  // REQUIRES: `verbs` outlives the matcher.
  explicit VerbMatcher(const dictionaries::VerbDictionary& verbs);

  // `tree` may be empty (no parse). With `trace`, appends one line per verb considered and per
  // pattern tried, for `sitrep explain`.
  std::vector<VerbMatch> Find(const std::vector<Token>& tokens, const Sentence& sentence,
                              const std::vector<actors::ActorMention>& mentions, const DependencyTree& tree,
                              std::vector<std::string>* trace = nullptr) const;

 private:
  // A pattern to try at a head form: the pattern, the position of its entry in the form's entry
  // list, and where its anchor words are in the form's `anchors` (see below).
  struct Candidate {
    int32_t pattern;
    int32_t entry_pos;
    int32_t anchors_begin, anchors_end;
  };
  // Everything Find needs about one head form, laid out to be read in order: the hot loop over
  // a verb with hundreds of lines ("call for &AID", "call for &TALKS", ...) touches no VerbEntry
  // and no pattern until a pattern passes its anchor check.
  struct HeadIndex {
    std::vector<int32_t> entries;        // nouns first, then longer fixed phrases, then file order
    std::vector<char> plain_verb;        // per entry: a verb without fixed words (its check is
                                         // the tag alone)
    std::vector<Candidate> candidates;   // every block pattern of those entries, most literal words
                                         // first (stable: entry order, then block order)
    // Per candidate, its word elements, most selective first, each as a count followed by that
    // many anchor word ids (the first words of the element's alternatives): the pattern can
    // match only if every element has one of them in the sentence.
    std::vector<int32_t> anchors;
  };
  // What a word of the text is to the matcher: the head form it is (index into heads_, -1 when
  // none) and its anchor word id (-1 when no pattern element starts with it). One lookup per
  // token answers both.
  struct WordInfo {
    int32_t head = -1;
    int32_t anchor = -1;
  };

  const dictionaries::VerbDictionary& verbs_;
  std::unordered_map<std::string, WordInfo> words_;
  std::vector<HeadIndex> heads_;
  int32_t num_anchor_words_ = 0;
};

}  // namespace sitrep::events
