#include "sitrep/dictionaries/verb_dictionary.h"

#include "sitrep/dictionaries/phrase.h"
#include "sitrep/dictionaries/verb_inflector.h"
#include "sitrep/text/utf8.h"

namespace sitrep::dictionaries {

void VerbDictionary::Add(const DictionaryFile& file, const CameoCodebook& codebook,
                         std::vector<std::string>* problems) {
  LineCursor cur(file.content);
  while (cur.Next()) {
    std::string_view line = Trim(cur.line());
    if (line.empty()) continue;
    auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, cur.number()) + ": " + why); };
    std::vector<std::string_view> f = SplitTrimmed(line, ' ');
    // SplitTrimmed on ' ' leaves tabs inside pieces; re-split those.
    std::vector<std::string_view> words;
    for (std::string_view piece : f)
      for (std::string_view w : SplitTrimmed(piece, '\t')) words.push_back(w);
    if (words.size() < 3) {
      bad("pattern line must be 'CODE verb|noun PATTERN'");
      continue;
    }
    VerbPattern p;
    p.code = std::string(words[0]);
    if (codebook.Find(p.code) == nullptr) {
      bad("CAMEO code '" + p.code + "' is not in the codebook");
      continue;
    }
    if (words[1] == "verb") {
      p.kind = PatternKind::kVerb;
    } else if (words[1] == "noun") {
      p.kind = PatternKind::kNoun;
    } else {
      bad("pattern kind '" + std::string(words[1]) + "' must be 'verb' or 'noun'");
      continue;
    }
    p.rule = RuleLocation(file, cur.number());
    std::string text;
    for (size_t i = 2; i < words.size(); ++i) {
      if (i > 2) text += ' ';
      text += words[i];
    }
    p.text = text;
    if (p.kind == PatternKind::kVerb) {
      VerbForms forms;
      const std::string head = text::ToLower(words[2]);
      if (!InflectVerb(head, &forms)) {
        bad("verb forms '" + head + "' must be 'lemma' or 'lemma/past/participle[/gerund]'");
        continue;
      }
      p.head_forms = forms.All();
      std::string rest_text;
      for (size_t i = 3; i < words.size(); ++i) rest_text += std::string(words[i]) + " ";
      p.rest = MakePhrase(rest_text).words;
      // "lemma/past/participle" texts show the lemma only.
      p.text = forms.lemma;
      if (!rest_text.empty()) {
        p.text += ' ';
        p.text += Trim(rest_text);
      }
    } else {
      Phrase phrase = MakePhrase(text);
      if (phrase.words.empty()) {
        bad("noun pattern has no words");
        continue;
      }
      p.head_forms = {phrase.words[0]};
      p.rest.assign(phrase.words.begin() + 1, phrase.words.end());
    }
    patterns_.push_back(std::move(p));
  }
}

}  // namespace sitrep::dictionaries
