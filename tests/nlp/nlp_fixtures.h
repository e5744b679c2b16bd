// Paths to the CoNLL-U fixtures written for these tests, and small helpers shared by the nlp
// tests: training a tiny model on tests/fixtures/nlp/mini_train.conllu.
#pragma once

#include <string>
#include <vector>

#include "sitrep/nlp/conllu.h"

namespace sitrep::nlp::testing {

inline std::string Fixture(const std::string& name) {
  return std::string(SITREP_SOURCE_DIR) + "/tests/fixtures/nlp/" + name;
}

inline std::string SharedTreebank(const std::string& file) {
  return std::string(SITREP_SOURCE_DIR) + "/../shared/data/ud-english-ewt/" + file;
}

std::vector<ConlluSentence> ReadFixture(const std::string& name);

// Serialized bytes of a tagger (with lemmatizer) / parser trained on mini_train, selected on
// mini_dev, with the given seed; the parser for beam search of width `beam` when > 1.
std::string TrainMiniTagger(uint64_t seed);
std::string TrainMiniParser(const std::string& tagger_bytes, uint64_t seed, int beam = 1);

}  // namespace sitrep::nlp::testing
