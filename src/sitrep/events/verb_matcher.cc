#include "sitrep/events/verb_matcher.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::events {
namespace {

using dictionaries::PatternKind;
using dictionaries::VerbDictionary;
using dictionaries::VerbPattern;

constexpr std::array<std::string_view, 14> kDeterminers = {
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "any", "no", "every", "'s"};

bool AfterDeterminer(const std::vector<Token>& tokens, int32_t i, int32_t first) {
  if (i <= first) return false;
  const std::string& prev = tokens[i - 1].lower;
  return std::find(kDeterminers.begin(), kDeterminers.end(), prev) != kDeterminers.end();
}

constexpr std::array<std::string_view, 16> kBaseFormLicensors = {
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "do", "does",
    "not", "n't", "never"};

// Without a tagger, a verb pattern's bare lemma or -ing form is often a noun ("assault rifles",
// "months of fighting"). The lemma counts as a verb only after "to", a modal, do-support or a
// negation, or right after an actor ("rebels attack"); the -ing form not after "of".
bool VerbalUse(const VerbPattern& p, const std::vector<Token>& tokens, int32_t i, int32_t first,
               const std::vector<char>& in_actor) {
  const std::string& w = tokens[i].lower;
  if (i == first) return w != p.head_forms[0];
  const std::string& prev = tokens[i - 1].lower;
  if (w == p.head_forms[0]) {
    if (std::find(kBaseFormLicensors.begin(), kBaseFormLicensors.end(), prev) != kBaseFormLicensors.end()) return true;
    return in_actor[i - 1 - first] != 0;
  }
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return prev != "of";
  return true;
}

// Tries `p` at token i; returns one past its last token, or -1.
int32_t MatchAt(const VerbPattern& p, const std::vector<Token>& tokens, int32_t i, int32_t end,
                const std::vector<char>& blocked, int32_t first) {
  int32_t pos = i + 1;
  for (const std::string& w : p.rest) {
    const int32_t gap = p.kind == PatternKind::kVerb ? VerbDictionary::kMaxGap : 0;
    int32_t found = -1;
    for (int32_t j = pos; j < end && j <= pos + gap; ++j) {
      if (tokens[j].lower == w && !blocked[j - first]) {
        found = j;
        break;
      }
      // A verb's particle never lies across a clause break.
      if (tokens[j].form == "," || tokens[j].form == ";" || tokens[j].form == "--") break;
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos;
}

}  // namespace

VerbMatcher::VerbMatcher(const dictionaries::VerbDictionary& verbs) {
  for (const VerbPattern& p : verbs.patterns())
    for (const std::string& f : p.head_forms) by_head_[f].push_back(&p);
  for (auto& [form, list] : by_head_)
    std::stable_sort(list.begin(), list.end(), [](const VerbPattern* a, const VerbPattern* b) {
      if (a->kind != b->kind) return a->kind == PatternKind::kNoun;
      return a->rest.size() > b->rest.size();
    });
}

std::vector<VerbMatch> VerbMatcher::Find(const std::vector<Token>& tokens, const Sentence& sentence,
                                         const std::vector<actors::ActorMention>& mentions) const {
  const int32_t first = sentence.first_token, end = sentence.last_token;
  std::vector<char> in_actor(static_cast<size_t>(end - first), 0);
  for (const auto& m : mentions)
    for (int32_t t = m.first; t < m.last; ++t) in_actor[t - first] = 1;

  std::vector<VerbMatch> out;
  for (int32_t i = first; i < end; ++i) {
    if (in_actor[i - first]) continue;
    auto it = by_head_.find(tokens[i].lower);
    if (it == by_head_.end()) continue;
    const bool nominal_position = AfterDeterminer(tokens, i, first);
    for (const VerbPattern* p : it->second) {
      if (p->kind == PatternKind::kVerb && (nominal_position || !VerbalUse(*p, tokens, i, first, in_actor))) continue;
      const int32_t last = MatchAt(*p, tokens, i, end, in_actor, first);
      if (last < 0) continue;
      out.push_back(VerbMatch{i, last, p});
      // Contiguous patterns consume their words; a verb's gapped particle does not hide the
      // words between it and the verb (they may hold the target: "pulled its troops out").
      if (p->kind == PatternKind::kNoun) i = last - 1;
      break;
    }
  }
  return out;
}

}  // namespace sitrep::events
