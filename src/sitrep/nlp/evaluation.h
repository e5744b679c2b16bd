// Scores predicted CoNLL-U sentences against gold ones with the same words (gold
// tokenization): UPOS, XPOS, lemma accuracy, UAS and LAS.
//
// LAS counts a word right when its head and its full relation (with subtype, "nsubj:pass")
// match; LAS-universal compares only the universal part before ':' — the figure the CoNLL
// 2018 shared task's scorer reports. Punctuation is scored like any other word, as that
// scorer does.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/nlp/conllu.h"

namespace sitrep::nlp {

struct SyntaxScores {
  size_t words = 0;
  size_t sentences = 0;
  size_t upos = 0, xpos = 0, upos_xpos = 0, lemma = 0, heads = 0, labelled = 0, labelled_universal = 0;

  static double Percent(size_t n, size_t d) { return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0; }
  double Upos() const { return Percent(upos, words); }
  double Xpos() const { return Percent(xpos, words); }
  double Lemma() const { return Percent(lemma, words); }
  double Uas() const { return Percent(heads, words); }
  double Las() const { return Percent(labelled, words); }
  double LasUniversal() const { return Percent(labelled_universal, words); }
  // "UPOS 95.61  XPOS 95.02  lemma 97.40  UAS 87.90  LAS 85.12 (universal 85.70)"
  std::string Summary() const;
};

// Adds one sentence pair. Fails when the two do not have the same words.
Status ScoreSentence(const ConlluSentence& gold, const ConlluSentence& predicted, SyntaxScores* scores);

}  // namespace sitrep::nlp
