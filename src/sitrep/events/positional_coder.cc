#include "sitrep/events/positional_coder.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::events {
namespace {

using actors::ActorMention;

bool IsOneOf(const std::string& w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsCoordinator(const Token& t) { return t.lower == "and" || t.lower == "," || t.lower == "or"; }
bool IsDeterminer(const Token& t) { return t.lower == "the" || t.lower == "both"; }

}  // namespace

// The mentions coordinated with mentions[k]: neighbours separated only by "and", "or" or ",".
std::vector<int32_t> CoordinatedMentions(const std::vector<Token>& tokens, const std::vector<actors::ActorMention>& m, int32_t k) {
  auto joined = [&](int32_t a, int32_t b) {  // a precedes b
    if (m[b].first == m[a].first) return true;  // members of one coded compound
    if (m[b].first <= m[a].last) return m[b].first == m[a].last;
    bool coordinator = false;
    for (int32_t t = m[a].last; t < m[b].first; ++t) {
      if (IsCoordinator(tokens[t])) coordinator = true;
      else if (!IsDeterminer(tokens[t])) return false;
    }
    return coordinator && m[b].first - m[a].last <= 3;
  };
  int32_t lo = k, hi = k;
  while (lo > 0 && joined(lo - 1, lo)) --lo;
  while (hi + 1 < static_cast<int32_t>(m.size()) && joined(hi, hi + 1)) ++hi;
  std::vector<int32_t> out;
  for (int32_t i = lo; i <= hi; ++i) out.push_back(i);
  return out;
}


std::vector<RawEvent> PositionalCoder::Code(const std::vector<Token>& tokens, const Sentence& sentence,
                                            const std::vector<ActorMention>& mentions,
                                            const std::vector<VerbMatch>& verbs) const {
  std::vector<RawEvent> out;
  const int32_t n_mentions = static_cast<int32_t>(mentions.size());
  // For subject carry-over: the previous verb's chosen source and target mentions.
  int32_t prev_source = -1, prev_target = -1;

  for (size_t v = 0; v < verbs.size(); ++v) {
    const VerbMatch& verb = verbs[v];
    const int32_t next_verb = v + 1 < verbs.size() ? verbs[v + 1].first : sentence.last_token;

    // Nearest mention before the verb, and nearest after the pattern (before the next verb).
    int32_t left = -1, right = -1;
    for (int32_t k = 0; k < n_mentions; ++k) {
      if (mentions[k].last <= verb.head) left = k;
      // "withdraw its troops": a possessive pronoun points back at the subject, not a target.
      if (right < 0 && mentions[k].first >= verb.pattern_end && mentions[k].first < std::max(next_verb, verb.pattern_end) &&
          !(mentions[k].first > 0 && IsPossessivePronoun(tokens[mentions[k].first - 1])))
        right = k;
    }

    // Passive: an auxiliary of "be" just before the verb, "by" right after it.
    bool passive = false;
    for (int32_t t = verb.head - 1; t >= sentence.first_token && t >= verb.head - 3; --t) {
      if (IsOneOf(tokens[t].lower, {"was", "were", "been", "being", "is", "are", "be"})) {
        passive = verb.pattern->kind == dictionaries::PatternKind::kVerb;
        break;
      }
      if (!IsOneOf(tokens[t].lower, {"not", "n't", "never", "also", "reportedly", "allegedly"})) break;
    }

    int32_t source = left, target = right;
    if (verb.pattern->kind == dictionaries::PatternKind::kNoun) {
      // Nominal events take their actors from the noun phrase: a modifier or possessive before
      // the noun ("U.S. air strikes", "Russia's offensive"), "by X" after it, and a target
      // introduced by on/against/targeting/at/with/between ("strikes on Mosul").
      source = -1;
      target = -1;
      if (left >= 0 && (mentions[left].last == verb.head ||
                        (mentions[left].last + 1 == verb.head && tokens[mentions[left].last].lower == "'s")))
        source = left;
      for (int32_t k = right; k >= 0 && k < n_mentions && mentions[k].first < next_verb &&
                              mentions[k].first <= verb.pattern_end + 4;
           ++k) {
        const std::string& prep = tokens[mentions[k].first - 1].lower;
        if (prep == "by" && source < 0) {
          source = k;
        } else if (target < 0 && IsOneOf(prep, {"on", "against", "targeting", "at", "with", "between"})) {
          target = k;
        }
      }
    } else if (passive) {
      target = left;
      source = -1;
      if (right >= 0 && mentions[right].first == verb.last + 1 && verb.last < sentence.last_token &&
          tokens[verb.last].lower == "by")
        source = right;
    } else {
      // "X attacked Y and seized Z": Y is not the subject of "seized".
      if (left >= 0 && left == prev_target && prev_source >= 0) {
        bool coordinated = false;
        for (int32_t t = mentions[left].last; t < verb.head; ++t) coordinated |= IsCoordinator(tokens[t]);
        if (coordinated) source = prev_source;
      }
      // "X said Y attacked Z": Y starts an embedded clause, so "said" gets no target.
      if (target >= 0) {
        const int32_t group_end = mentions[CoordinatedMentions(tokens, mentions, target).back()].last;
        int32_t after = group_end;
        while (after < sentence.last_token &&
               IsOneOf(tokens[after].lower, {"has", "have", "had", "was", "were", "would", "will", "is", "are", "did",
                                             "could", "should", "may", "might", "must", "can"}))
          ++after;
        if (after > group_end || (after == next_verb && v + 1 < verbs.size())) target = -1;
      }
    }

    const bool negated = NegatedBefore(tokens, sentence, verb.head);

    // The pattern's own slots win over word order.
    if (verb.source >= 0) source = verb.source;
    if (verb.target >= 0) target = verb.target;
    std::vector<int32_t> sources, targets;
    if (verb.compound >= 0) {
      sources = targets = CoordinatedMentions(tokens, mentions, verb.compound);
      source = target = verb.compound;
    }

    prev_source = source;
    prev_target = target;
    if (options_.require_dyad && (source < 0 || target < 0)) continue;
    if (source < 0 && target < 0) continue;

    if (verb.compound < 0) {
      sources = source >= 0 ? CoordinatedMentions(tokens, mentions, source) : std::vector<int32_t>{-1};
      targets = target >= 0 ? CoordinatedMentions(tokens, mentions, target) : std::vector<int32_t>{-1};
    }
    AppendEvents(mentions, verb, sources, targets, negated, &out);
  }
  return out;
}

}  // namespace sitrep::events
