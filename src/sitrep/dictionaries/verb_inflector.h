// VerbInflector: English verb forms from a lemma, for matching verb patterns on raw tokens
// before the tagger/lemmatizer exists (and as its fallback).
//
// Regular rules: 3rd person -s/-es/-ies; past and participle -ed/-d/-ied; -ing with silent-e
// dropping (make -> making, but see -> seeing, die -> dying) and consonant doubling for short
// one-vowel verbs ending consonant-vowel-consonant (ban -> banned, stab -> stabbing).
// Irregular verbs give their forms in the dictionary ("meet/met/met"), which replace the
// generated past and participle.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::dictionaries {

struct VerbForms {
  std::string lemma, third_person, past, participle, gerund;
  std::vector<std::string> All() const;  // distinct forms, lemma first
};

// `spec` is "lemma" or "lemma/past/participle[/gerund]", lowercase ASCII.
// Returns false when a slash form has the wrong number of parts.
bool InflectVerb(std::string_view spec, VerbForms* out);

}  // namespace sitrep::dictionaries
