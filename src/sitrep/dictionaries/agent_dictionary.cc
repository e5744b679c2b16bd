#include "sitrep/dictionaries/agent_dictionary.h"

#include <algorithm>

namespace sitrep::dictionaries {

void AgentDictionary::Add(const DictionaryFile& file, std::vector<std::string>* problems) {
  LineCursor cur(file.content);
  int32_t current = -1;
  auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, cur.number()) + ": " + why); };
  while (cur.Next()) {
    std::string_view line = Trim(cur.line());
    if (line.empty()) continue;
    if (!cur.indented()) {
      current = -1;
      std::vector<std::string_view> parts = SplitTrimmed(line, ' ');
      if (parts.size() != 2 || parts[0] != "agent" || parts[1].size() != 3 ||
          !std::all_of(parts[1].begin(), parts[1].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        bad("agent header must be 'agent CODE' with a 3-letter code, e.g. 'agent MIL'");
        continue;
      }
      current = static_cast<int32_t>(entries_.size());
      entries_.push_back(AgentEntry{std::string(parts[1]), RuleLocation(file, cur.number())});
      continue;
    }
    if (current < 0) continue;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || Trim(line.substr(0, colon)) != "noun") {
      bad("agent field must be 'noun: word; word; ...'");
      continue;
    }
    for (std::string_view text : SplitTrimmed(line.substr(colon + 1), ';')) {
      AgentPhrase p{MakePhrase(text), current, RuleLocation(file, cur.number())};
      if (p.phrase.words.empty()) continue;
      phrases_.push_back(std::move(p));
    }
  }
}

}  // namespace sitrep::dictionaries
