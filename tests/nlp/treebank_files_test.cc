// The news treebank the shipped models are trained on (treebank/*.conllu) and the test
// fixtures: every file reads cleanly and every sentence is a single-rooted tree whose words
// match its "# text".
#include <gtest/gtest.h>

#include <filesystem>

#include "nlp/nlp_fixtures.h"
#include "sitrep/nlp/conllu.h"

namespace sitrep::nlp {
namespace {

void ExpectWellFormed(const std::string& path) {
  auto sentences = ReadConlluFile(path);
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  ASSERT_FALSE(sentences->empty()) << path;
  for (const ConlluSentence& s : *sentences) {
    const std::string id = s.Comment("sent_id").value_or("?");
    const int n = static_cast<int>(s.words.size());
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      ASSERT_GE(s.words[i].head, 0) << id;
      roots += s.words[i].head == 0;
      int x = i + 1, steps = 0;
      while (x != 0 && steps++ <= n) x = s.words[x - 1].head;
      EXPECT_EQ(x, 0) << id << ": word " << i + 1 << " is on a cycle";
    }
    EXPECT_EQ(roots, 1) << id;
    // Words (or multiword tokens) joined by their spacing give back the sentence text.
    std::string text;
    size_t extra = 0;
    for (int i = 0; i < n; ++i) {
      while (extra < s.extras.size() && s.extras[extra].before_word < static_cast<size_t>(i)) ++extra;
      if (extra < s.extras.size() && s.extras[extra].before_word == static_cast<size_t>(i) &&
          s.extras[extra].line.find('-') < s.extras[extra].line.find('\t')) {
        // A multiword token "a-b<TAB>form...": its form stands for words a..b.
        const std::string& line = s.extras[extra].line;
        const int last = std::stoi(line.substr(line.find('-') + 1));
        const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
        text += line.substr(t1 + 1, t2 - t1 - 1);
        ConlluWord range;
        range.misc = line.substr(line.rfind('\t') + 1);
        if (range.space_after() && last < n) text += ' ';
        i = last - 1;
        ++extra;
        continue;
      }
      text += s.words[i].form;
      if (s.words[i].space_after() && i + 1 < n) text += ' ';
    }
    EXPECT_EQ(text, s.Comment("text").value_or("")) << id;
  }
}

TEST(TreebankFiles, NewsTreebankAndFixturesAreWellFormedTrees) {
  const std::filesystem::path dir = std::filesystem::path(SITREP_SOURCE_DIR) / "treebank";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".conllu") continue;
    ExpectWellFormed(entry.path().string());
    ++files;
  }
  EXPECT_GE(files, 2);
  for (const char* f : {"mini_train.conllu", "mini_dev.conllu", "news_parses.conllu"}) ExpectWellFormed(testing::Fixture(f));
}

}  // namespace
}  // namespace sitrep::nlp
