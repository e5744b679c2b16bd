#include "sitrep/dictionaries/verb_dictionary.h"

#include <algorithm>

#include "sitrep/dictionaries/phrase.h"
#include "sitrep/dictionaries/verb_inflector.h"
#include "sitrep/text/utf8.h"

namespace sitrep::dictionaries {

int32_t VerbDictionary::AddPattern(VerbPattern p) {
  p.literal_words = 0;
  for (const auto* side : {&p.before, &p.after})
    for (const PatternElement& e : *side)
      if (e.kind == PatternElement::Kind::kWords) {
        size_t shortest = e.alternatives.empty() ? 0 : e.alternatives[0].size();
        for (const auto& a : e.alternatives) shortest = std::min(shortest, a.size());
        p.literal_words += static_cast<int32_t>(shortest);
      }
  patterns_.push_back(std::move(p));
  return static_cast<int32_t>(patterns_.size() - 1);
}

void VerbDictionary::Finish() {
  block_patterns_.assign(static_cast<size_t>(num_blocks_), {});
  std::vector<char> is_bare(patterns_.size(), 0);
  for (const VerbEntry& e : entries_)
    if (e.bare >= 0) is_bare[e.bare] = 1;
  for (size_t i = 0; i < patterns_.size(); ++i)
    if (!is_bare[i]) block_patterns_[patterns_[i].block].push_back(static_cast<int32_t>(i));
  for (auto& list : block_patterns_)
    std::stable_sort(list.begin(), list.end(), [&](int32_t a, int32_t b) {
      return patterns_[a].literal_words > patterns_[b].literal_words;
    });
}

const std::vector<int32_t>& VerbDictionary::BlockPatterns(int32_t block) const {
  static const std::vector<int32_t> kNone;
  return block >= 0 && static_cast<size_t>(block) < block_patterns_.size() ? block_patterns_[block] : kNone;
}

void VerbDictionary::Add(const DictionaryFile& file, const CameoCodebook& codebook,
                         std::vector<std::string>* problems) {
  LineCursor cur(file.content);
  while (cur.Next()) {
    std::string_view line = Trim(cur.line());
    if (line.empty()) continue;
    auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, cur.number()) + ": " + why); };
    std::vector<std::string_view> words;
    for (std::string_view piece : SplitTrimmed(line, ' '))
      for (std::string_view w : SplitTrimmed(piece, '\t')) words.push_back(w);
    if (words.size() < 3) {
      bad("pattern line must be 'CODE verb|noun PATTERN'");
      continue;
    }
    const std::string code(words[0]);
    if (codebook.Find(code) == nullptr) {
      bad("CAMEO code '" + code + "' is not in the codebook");
      continue;
    }
    PatternKind kind;
    if (words[1] == "verb") {
      kind = PatternKind::kVerb;
    } else if (words[1] == "noun") {
      kind = PatternKind::kNoun;
    } else {
      bad("pattern kind '" + std::string(words[1]) + "' must be 'verb' or 'noun'");
      continue;
    }
    std::string rest_text;
    for (size_t i = 3; i < words.size(); ++i) rest_text += std::string(words[i]) + " ";
    const std::vector<std::string> rest = MakePhrase(rest_text).words;

    VerbEntry e;
    e.kind = kind;
    e.rule = RuleLocation(file, cur.number());
    VerbPattern p;
    p.code = code;
    p.kind = kind;
    p.rule = e.rule;
    if (kind == PatternKind::kVerb) {
      VerbForms forms;
      const std::string head = text::ToLower(words[2]);
      if (!InflectVerb(head, &forms)) {
        bad("verb forms '" + head + "' must be 'lemma' or 'lemma/past/participle[/gerund]'");
        continue;
      }
      e.head_forms = forms.All();
      e.lemma = forms.lemma;
      p.text = forms.lemma;  // "lemma/past/participle" texts show the lemma only
      if (!rest.empty()) p.text += " " + std::string(Trim(rest_text));
      // Each further word may sit up to kOwnFormatGap words after the previous one.
      for (const std::string& w : rest) p.after.push_back(PatternElement{PatternElement::Kind::kWords, {{w}}, false});
      p.max_gap = kOwnFormatGap;
    } else {
      std::string text;
      for (size_t i = 2; i < words.size(); ++i) text += std::string(words[i]) + " ";
      Phrase phrase = MakePhrase(text);
      if (phrase.words.empty()) {
        bad("noun pattern has no words");
        continue;
      }
      e.head_forms = {phrase.words[0]};
      e.suffix.assign(phrase.words.begin() + 1, phrase.words.end());
      e.lemma = std::string(Trim(text));
      p.text = e.lemma;
      p.max_gap = 0;
    }
    e.block = p.block = NewBlock();
    const int32_t index = AddPattern(std::move(p));
    if (rest.empty() || kind == PatternKind::kNoun) e.bare = index;
    AddEntry(std::move(e));
  }
}

}  // namespace sitrep::dictionaries
