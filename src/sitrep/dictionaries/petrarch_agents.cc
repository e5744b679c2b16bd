#include "sitrep/dictionaries/petrarch_agents.h"

#include <unordered_map>

#include "sitrep/dictionaries/petrarch_format.h"

namespace sitrep::dictionaries {

bool LooksLikePetrarchAgents(const DictionaryFile& file) {
  PetrarchLines lines(file.content);
  while (lines.Next()) {
    if (lines.line().empty()) continue;
    return !lines.line().starts_with("agent ");
  }
  return false;
}

void ReadPetrarchAgents(const DictionaryFile& file, AgentDictionary* dict, std::vector<std::string>* problems) {
  PetrarchLines lines(file.content);
  std::unordered_map<std::string, std::vector<std::string>> substitutions;  // "!MINST!" -> members
  auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, lines.number()) + ": " + why); };
  while (lines.Next()) {
    const std::string_view l = lines.line();
    if (l.empty()) continue;
    if (l.starts_with('!') && l.find('[') == std::string_view::npos) {  // "!NAME! = ...", not a use
      const size_t close = l.find('!', 1), eq = l.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
        bad("substitution set must be '!NAME! = A, B, C'");
        continue;
      }
      std::vector<std::string>& members = substitutions[std::string(l.substr(0, close + 1))];
      members.clear();
      for (std::string_view m : SplitTrimmed(l.substr(eq + 1), ',')) members.emplace_back(m);
      continue;
    }
    std::string_view code_text;
    size_t open = std::string_view::npos;
    if (!BracketContent(l, &code_text, &open)) {
      bad("agent line needs a code such as '[~GOV]' or '[NGO~]'");
      continue;
    }
    std::string code;
    for (char c : code_text)
      if (c != ' ') code += c;
    AgentEntry entry;
    if (code.starts_with('~')) {
      entry.code = code.substr(1);
    } else if (code.ends_with('~')) {
      entry.code = code.substr(0, code.size() - 1);
      entry.prefix = true;
    } else {
      bad("agent code '" + code + "' must start or end with '~'");
      continue;
    }
    if (entry.code.empty()) {
      bad("agent code '" + code + "' is empty");
      continue;
    }
    std::string_view before = Trim(l.substr(0, open));
    // Plural: "{...}" after the phrase; "{}" means none.
    bool has_plural_field = false;
    std::string_view plural_text;
    if (const size_t brace = before.find('{'); brace != std::string_view::npos) {
      const size_t close = before.find('}', brace);
      if (close == std::string_view::npos) {
        bad("'{' without '}' in agent plural");
        continue;
      }
      has_plural_field = true;
      plural_text = Trim(before.substr(brace + 1, close - brace - 1));
      before = Trim(before.substr(0, brace));
    }
    entry.rule = RuleLocation(file, lines.number());
    // Expand a substitution marker into one phrase per member.
    std::vector<std::string> phrases;
    bool substituted = false;
    if (const size_t a = before.find('!'); a != std::string_view::npos) {
      const size_t b = before.find('!', a + 1);
      auto it = b == std::string_view::npos ? substitutions.end()
                                            : substitutions.find(std::string(before.substr(a, b - a + 1)));
      if (it == substitutions.end()) {
        bad("substitution marker in '" + std::string(before) + "' is not defined above");
        continue;
      }
      for (const std::string& m : it->second)
        phrases.push_back(std::string(before.substr(0, a)) + m + std::string(before.substr(b + 1)));
      substituted = true;
    } else {
      phrases.emplace_back(before);
    }
    const int32_t index = dict->AddEntry(std::move(entry));
    for (const std::string& text : phrases) {
      std::vector<std::string> words = PetrarchPhraseWords(text);
      if (words.empty()) {
        bad("agent phrase '" + text + "' has no words");
        continue;
      }
      std::vector<std::vector<std::string>> forms{words};
      if (has_plural_field) {
        if (!plural_text.empty()) forms.push_back(PetrarchPhraseWords(plural_text));
      } else if (!substituted) {
        words.back() = RegularPlural(words.back());
        forms.push_back(std::move(words));
      }
      for (auto& f : forms)
        if (!f.empty()) dict->AddPhrase(AgentPhrase{Phrase{std::move(f), false}, index, RuleLocation(file, lines.number())});
    }
  }
}

}  // namespace sitrep::dictionaries
