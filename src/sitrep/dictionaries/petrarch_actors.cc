#include "sitrep/dictionaries/petrarch_actors.h"

#include <algorithm>

#include "sitrep/dictionaries/petrarch_format.h"

namespace sitrep::dictionaries {
namespace {

bool IsThreeLetterCode(const std::string& c) {
  return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// "HOBGOV 19950601 - 19990815", "HOB <950601", "HOBREB > 990816", "ARN".
Result<DatedCode> ParseRestriction(std::string_view inside) {
  inside = Trim(inside);
  const size_t sp = inside.find_first_of(" \t");
  DatedCode dc;
  dc.code = std::string(inside.substr(0, sp));
  if (dc.code.empty()) return Status::InvalidArgument("empty code in '[" + std::string(inside) + "]'");
  if (sp == std::string_view::npos) return dc;
  std::string window;
  for (char c : inside.substr(sp))
    if (c != ' ' && c != '\t') window += c;
  if (window.empty()) return dc;
  if (window[0] == '<' || window[0] == '>') {
    Result<Date> d = ParsePetrarchDate(std::string_view(window).substr(1));
    if (!d.ok()) return d.status();
    (window[0] == '<' ? dc.to : dc.from) = *d;
    return dc;
  }
  const size_t dash = window.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == window.size())
    return Status::InvalidArgument("date restriction '" + window + "' must be <DATE, >DATE or DATE-DATE");
  Result<Date> from = ParsePetrarchDate(std::string_view(window).substr(0, dash));
  if (!from.ok()) return from.status();
  Result<Date> to = ParsePetrarchDate(std::string_view(window).substr(dash + 1));
  if (!to.ok()) return to.status();
  if (*to < *from) return Status::InvalidArgument("date restriction '" + window + "' ends before it starts");
  dc.from = *from;
  dc.to = *to;
  return dc;
}

}  // namespace

bool LooksLikePetrarchActors(const DictionaryFile& file) {
  PetrarchLines lines(file.content);
  while (lines.Next()) {
    const std::string_view l = lines.line();
    if (l.empty()) continue;
    for (std::string_view kind : {"country ", "igo ", "ngo ", "group ", "ethnic ", "person "})
      if (l.starts_with(kind)) return false;
    return true;
  }
  return false;
}

void ReadPetrarchActors(const DictionaryFile& file, ActorDictionary* dict, std::vector<std::string>* problems) {
  PetrarchLines lines(file.content);
  // The record being read; it goes into `dict` when the next one starts.
  bool open_record = false;
  ActorEntry entry;
  std::vector<ActorPhrase> phrases;
  std::vector<DatedCode> dated;  // restrictions, in file order
  std::string default_code;
  auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, lines.number()) + ": " + why); };
  auto close_record = [&]() {
    if (!open_record) return;
    open_record = false;
    entry.codes = std::move(dated);
    if (!default_code.empty()) entry.codes.push_back(DatedCode{default_code, {}, {}});
    dated.clear();
    default_code.clear();
    if (entry.codes.empty()) {
      problems->push_back(entry.rule + ": actor '" + entry.label + "' has no code");
      return;
    }
    if (IsThreeLetterCode(entry.codes.back().code)) dict->AddCountryCode(entry.codes.back().code, entry.codes.back().code);
    const int32_t index = dict->AddEntry(std::move(entry));
    for (ActorPhrase& p : phrases) {
      p.entry = index;
      dict->AddPhrase(std::move(p));
    }
    phrases.clear();
  };
  auto add_phrase = [&](std::string_view text) {
    std::vector<std::string> words = PetrarchPhraseWords(text);
    if (words.empty()) {
      bad("phrase '" + std::string(text) + "' has no words");
      return;
    }
    phrases.push_back(ActorPhrase{Phrase{std::move(words), false}, 0, PhraseRole::kName,
                                  RuleLocation(file, lines.number())});
  };
  auto add_code = [&](std::string_view inside) {
    Result<DatedCode> dc = ParseRestriction(inside);
    if (!dc.ok()) bad(dc.status().message());
    else if (!dc->from.valid() && !dc->to.valid()) default_code = dc->code;
    else dated.push_back(std::move(dc).value());
  };

  while (lines.Next()) {
    const std::string_view l = lines.line();
    if (l.empty()) continue;
    if (l.starts_with('[') || (lines.indented() && l.find('[') != std::string_view::npos)) {
      if (!open_record) continue;  // restrictions of a rejected record
      std::string_view inside;
      if (!BracketContent(l, &inside)) bad("code line needs '[CODE]' or '[CODE DATES]'");
      else add_code(inside);
      continue;
    }
    if (l.starts_with('+')) {
      if (!open_record) {
        bad("synonym '" + std::string(l) + "' outside an actor record");
        continue;
      }
      const size_t open = l.find('[');
      add_phrase(Trim(l.substr(1, open == std::string_view::npos ? l.npos : open - 1)));
      continue;
    }
    close_record();
    size_t open = std::string_view::npos;
    std::string_view inside;
    const bool has_code = BracketContent(l, &inside, &open);
    const std::string_view phrase = Trim(l.substr(0, open));
    entry = ActorEntry{};
    entry.kind = ActorKind::kCoded;
    entry.label = std::string(phrase);
    entry.rule = RuleLocation(file, lines.number());
    open_record = true;
    add_phrase(phrase);
    if (has_code) add_code(inside);
  }
  close_record();
}

}  // namespace sitrep::dictionaries
