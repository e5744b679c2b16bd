#include "sitrep/nlp/model_file.h"

#include <gtest/gtest.h>

#include "sitrep/nlp/linear_model.h"

namespace sitrep::nlp {
namespace {

std::string Sample() {
  ModelWriter w;
  w.SetHeader("kind", "tagger");
  w.SetHeader("feature_set", "test-v1");
  w.AddSection("alpha", "first bytes");
  w.AddSection("beta", std::string("\0\1\2", 3));
  return w.Serialize();
}

TEST(ModelFile, HeaderIsReadableTextAndSectionsComeBack) {
  const std::string bytes = Sample();
  EXPECT_EQ(bytes.substr(0, 15), "sitrep-model 1\n");
  EXPECT_NE(bytes.find("feature_set: test-v1\n"), std::string::npos);
  auto r = ModelReader::Parse(bytes, "m", "tagger");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->Header("feature_set"), "test-v1");
  EXPECT_EQ(*r->Section("alpha"), "first bytes");
  EXPECT_EQ(*r->Section("beta"), std::string("\0\1\2", 3));
  auto missing = r->Section("gamma");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "m: model has no section 'gamma'");
}

TEST(ModelFile, CorruptTruncatedForeignAndWrongKindFilesFailClearly) {
  std::string bytes = Sample();
  std::string flipped = bytes;
  flipped[bytes.size() - 12] ^= 0x40;
  auto a = ModelReader::Parse(flipped, "models/tagger.model", "tagger");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "models/tagger.model: model is truncated or corrupt (checksum mismatch)");

  auto b = ModelReader::Parse(bytes.substr(0, bytes.size() - 5), "t", "tagger");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().code(), Status::Code::kCorrupt);

  auto c = ModelReader::Parse("PK\3\4 a zip file", "x.zip", "tagger");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), "x.zip: not a sitrep model file (no 'sitrep-model' header)");

  auto d = ModelReader::Parse(bytes, "t", "parser");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(), "t: is a 'tagger' model, expected a 'parser' model");

  std::string future = bytes;
  future.replace(0, 15, "sitrep-model 9\n");
  auto e = ModelReader::Parse(future, "t", "tagger");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(),
            "t: model format version 9, this build of sitrep reads version 1; retrain or use a matching sitrep");
}

TEST(LinearModel, PerceptronLearnsAndSerializationKeepsEveryScore) {
  // Three classes; each decided by one of three features, plus a shared bias feature.
  PerceptronTrainer trainer(3);
  const uint64_t bias = 11, f[3] = {101, 202, 303};
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int c = 0; c < 3; ++c) {
      uint64_t keys[2] = {bias, f[c]};
      float scores[3];
      trainer.Score(keys, 2, scores);
      int guess = static_cast<int>(std::max_element(scores, scores + 3) - scores);
      trainer.Update(keys, 2, c, guess);
      trainer.Tick();
    }
  }
  LinearModel model = trainer.Average();
  for (int c = 0; c < 3; ++c) {
    uint64_t keys[2] = {bias, f[c]};
    float scores[3];
    model.Score(keys, 2, scores);
    EXPECT_EQ(std::max_element(scores, scores + 3) - scores, c);
  }
  auto copy = LinearModel::Deserialize(model.Serialize(), "m");
  ASSERT_TRUE(copy.ok()) << copy.status().ToString();
  EXPECT_EQ(copy->Serialize(), model.Serialize());
  for (uint64_t k : {bias, f[0], f[1], f[2], uint64_t{999}}) {
    float a[3], b[3];
    model.Score(&k, 1, a);
    copy->Score(&k, 1, b);
    for (int c = 0; c < 3; ++c) EXPECT_EQ(a[c], b[c]);
  }
  auto bad = LinearModel::Deserialize("\x03\0\0", "m");
  EXPECT_FALSE(bad.ok());
}

}  // namespace
}  // namespace sitrep::nlp
