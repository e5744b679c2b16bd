#include "nlp/nlp_fixtures.h"

#include <gtest/gtest.h>

#include "sitrep/nlp/lemmatizer.h"
#include "sitrep/nlp/model_file.h"
#include "sitrep/nlp/parser.h"
#include "sitrep/nlp/tagger.h"

namespace sitrep::nlp::testing {

std::vector<ConlluSentence> ReadFixture(const std::string& name) {
  auto r = ReadConlluFile(Fixture(name));
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<ConlluSentence>{};
}

std::string TrainMiniTagger(uint64_t seed) {
  TaggerTrainOptions options;
  options.seed = seed;
  options.epochs = 6;
  options.lexicon_min_count = 1;
  const auto train = ReadFixture("mini_train.conllu");
  Tagger tagger = Tagger::Train(train, ReadFixture("mini_dev.conllu"), options, nullptr);
  ModelWriter w;
  w.SetHeader("kind", "tagger");
  tagger.Save(&w);
  Lemmatizer::Train(train).Save(&w);
  return w.Serialize();
}

std::string TrainMiniParser(const std::string& tagger_bytes, uint64_t seed, int beam) {
  auto reader = ModelReader::Parse(tagger_bytes, "mini tagger", "tagger");
  EXPECT_TRUE(reader.ok());
  auto tagger = Tagger::Load(*reader);
  EXPECT_TRUE(tagger.ok());
  auto examples = [&](const std::vector<ConlluSentence>& sentences) {
    std::vector<ParserExample> out;
    TaggerScratch scratch;
    for (const ConlluSentence& s : sentences) {
      ParserExample ex;
      ex.words = SentenceKeys(s);
      tagger->Tag(ex.words, &ex.tags, &scratch);
      for (const ConlluWord& w : s.words) {
        ex.heads.push_back(w.head);
        ex.labels.push_back(w.deprel);
      }
      out.push_back(std::move(ex));
    }
    return out;
  };
  ParserTrainOptions options;
  options.seed = seed;
  options.epochs = 8;
  options.min_feature_updates = 1;  // a 60-sentence treebank has few features to spare
  options.beam = beam;
  options.beam_epochs = 6;
  Parser parser = Parser::Train(examples(ReadFixture("mini_train.conllu")), examples(ReadFixture("mini_dev.conllu")),
                                options, nullptr);
  parser.SetTagSet(tagger->tag_set());
  ModelWriter w;
  w.SetHeader("kind", "parser");
  parser.Save(&w);
  return w.Serialize();
}

}  // namespace sitrep::nlp::testing
