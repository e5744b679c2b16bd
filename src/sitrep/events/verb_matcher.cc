#include "sitrep/events/verb_matcher.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::events {
namespace {

using dictionaries::PatternElement;
using dictionaries::PatternKind;
using dictionaries::VerbEntry;
using dictionaries::VerbPattern;
using Kind = PatternElement::Kind;

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

// Without a parse, a verb's bare lemma or -ing form is often a noun ("assault rifles", "months
// of fighting"). The lemma counts as a verb only after "to", a modal, do-support or a negation,
// or right after an actor ("rebels attack"); the -ing form not after "of".
bool VerbalUse(const VerbEntry& e, const std::vector<Token>& tokens, int32_t i, int32_t first,
               const std::vector<char>& in_actor) {
  const std::string& w = tokens[i].lower;
  if (i == first) return w != e.head_forms[0];
  const std::string& prev = tokens[i - 1].lower;
  if (w == e.head_forms[0]) {
    if (std::find(kBaseFormLicensors.begin(), kBaseFormLicensors.end(), prev) != kBaseFormLicensors.end()) return true;
    return in_actor[i - 1 - first] != 0;
  }
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return prev != "of";
  return true;
}

bool IsArticle(const Token& t) { return t.lower == "the" || t.lower == "a" || t.lower == "an"; }
bool IsClauseBreak(const Token& t) { return t.form == "," || t.form == ";" || t.form == "--"; }

// Matches one pattern's elements around a verb occupying tokens [first, last).
class PatternMatch {
 public:
  // `reach`: per sentence token, whether elements after the verb may use it (empty: all).
  PatternMatch(const VerbPattern& p, const std::vector<Token>& tokens, const Sentence& s,
               const std::vector<actors::ActorMention>& mentions, const std::vector<char>& reach)
      : p_(p), tokens_(tokens), begin_(s.first_token), end_(s.last_token), mentions_(mentions), reach_(reach) {}

  bool Run(int32_t first, int32_t last) {
    return Before(static_cast<int32_t>(p_.before.size()) - 1, first) && After(0, last);
  }
  int32_t pattern_end() const { return pattern_end_; }
  int32_t source() const { return source_; }
  int32_t target() const { return target_; }
  int32_t compound() const { return compound_; }

 private:
  static constexpr int32_t kMaxSkip = 8;
  static constexpr int kMaxSteps = 20000;  // bounds backtracking on long sentences

  bool Words(const std::vector<std::string>& alt, int32_t s) const {
    if (s < begin_ || s + static_cast<int32_t>(alt.size()) > end_) return false;
    for (size_t j = 0; j < alt.size(); ++j)
      if (tokens_[s + j].lower != alt[j]) return false;
    return true;
  }
  // Mention starting at s (or right after an article at s); -1 when none.
  int32_t MentionFrom(int32_t s) const {
    for (size_t k = 0; k < mentions_.size(); ++k)
      if (mentions_[k].first == s || (mentions_[k].first == s + 1 && IsArticle(tokens_[s]))) return static_cast<int32_t>(k);
    return -1;
  }
  int32_t MentionEndingAt(int32_t e) const {
    for (size_t k = 0; k < mentions_.size(); ++k)
      if (mentions_[k].last == e) return static_cast<int32_t>(k);
    return -1;
  }
  void SetSlot(Kind kind, int32_t mention) {
    if (kind == Kind::kSource) source_ = mention;
    else if (kind == Kind::kTarget) target_ = mention;
    else compound_ = mention;
  }

  // Elements k.. after the verb, the first starting at or after `pos`.
  bool After(size_t k, int32_t pos) {
    if (++steps_ > kMaxSteps) return false;
    if (k == p_.after.size()) {
      pattern_end_ = pos;
      return true;
    }
    const PatternElement& e = p_.after[k];
    if (!reach_.empty()) {  // skip what lies outside the verb's clause
      while (pos < end_ && !reach_[pos - begin_] && !e.adjacent) ++pos;
      if (pos < end_ && !reach_[pos - begin_]) return false;
    }
    const int32_t last_start = e.adjacent ? pos : (p_.max_gap == VerbPattern::kAnyGap ? end_ - 1 : std::min(end_ - 1, pos + p_.max_gap));
    for (int32_t s = pos; s <= last_start; ++s) {
      if (s > pos && p_.max_gap != VerbPattern::kAnyGap && IsClauseBreak(tokens_[s - 1])) break;
      if (!reach_.empty() && !reach_[s - begin_]) continue;
      switch (e.kind) {
        case Kind::kWords:
          for (const auto& alt : e.alternatives)
            if (Words(alt, s) && After(k + 1, s + static_cast<int32_t>(alt.size()))) return true;
          break;
        case Kind::kSource: case Kind::kTarget: case Kind::kCompound: {
          const int32_t m = MentionFrom(s);
          if (m >= 0) {
            SetSlot(e.kind, m);
            if (After(k + 1, mentions_[m].last)) return true;
            SetSlot(e.kind, -1);
          }
          break;
        }
        case Kind::kSkip:
          for (int32_t n = 1; n <= kMaxSkip && s + n <= end_; ++n)
            if (After(k + 1, s + n)) return true;
          break;
      }
    }
    return false;
  }

  // Elements k down to 0 before the verb, element k ending at or before `pos`.
  bool Before(int32_t k, int32_t pos) {
    if (++steps_ > kMaxSteps) return false;
    if (k < 0) return true;
    const PatternElement& e = p_.before[k];
    const int32_t lowest_end = e.adjacent ? pos : (p_.max_gap == VerbPattern::kAnyGap ? begin_ + 1 : std::max(begin_ + 1, pos - p_.max_gap));
    for (int32_t t = pos; t >= lowest_end; --t) {  // t: one past the element's last token
      switch (e.kind) {
        case Kind::kWords:
          for (const auto& alt : e.alternatives) {
            const int32_t s = t - static_cast<int32_t>(alt.size());
            if (Words(alt, s) && Before(k - 1, s)) return true;
          }
          break;
        case Kind::kSource: case Kind::kTarget: case Kind::kCompound: {
          const int32_t m = MentionEndingAt(t);
          if (m >= 0) {
            SetSlot(e.kind, m);
            if (Before(k - 1, mentions_[m].first)) return true;
            SetSlot(e.kind, -1);
          }
          break;
        }
        case Kind::kSkip:
          for (int32_t n = 1; n <= kMaxSkip && t - n >= begin_; ++n)
            if (Before(k - 1, t - n)) return true;
          break;
      }
    }
    return false;
  }

  const VerbPattern& p_;
  const std::vector<Token>& tokens_;
  const int32_t begin_, end_;
  const std::vector<actors::ActorMention>& mentions_;
  const std::vector<char>& reach_;
  int32_t pattern_end_ = 0;
  int32_t source_ = -1, target_ = -1, compound_ = -1;
  int steps_ = 0;
};

bool FixedWords(const std::vector<std::string>& words, const std::vector<Token>& tokens, int32_t s, int32_t end) {
  if (s < 0 || s + static_cast<int32_t>(words.size()) > end) return false;
  for (size_t j = 0; j < words.size(); ++j)
    if (tokens[s + j].lower != words[j]) return false;
  return true;
}

}  // namespace

VerbMatcher::VerbMatcher(const dictionaries::VerbDictionary& verbs) : verbs_(verbs) {
  const auto& patterns = verbs.patterns();
  // Anchor words: per pattern, per word element (most selective first), the ids of the first
  // words of its alternatives.
  std::vector<std::vector<std::vector<int32_t>>> anchors(patterns.size());
  for (size_t i = 0; i < patterns.size(); ++i) {
    for (const auto* side : {&patterns[i].before, &patterns[i].after})
      for (const PatternElement& e : *side) {
        if (e.kind != Kind::kWords || e.alternatives.empty()) continue;
        std::vector<int32_t> ids;
        for (const auto& alt : e.alternatives) {
          if (alt.empty()) continue;
          WordInfo& w = words_[alt[0]];
          if (w.anchor < 0) w.anchor = num_anchor_words_++;
          if (std::find(ids.begin(), ids.end(), w.anchor) == ids.end()) ids.push_back(w.anchor);
        }
        anchors[i].push_back(std::move(ids));
      }
    std::sort(anchors[i].begin(), anchors[i].end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
  }
  const auto& entries = verbs.entries();
  for (size_t i = 0; i < entries.size(); ++i)
    for (const std::string& f : entries[i].head_forms) {
      WordInfo& w = words_[f];
      if (w.head < 0) {
        w.head = static_cast<int32_t>(heads_.size());
        heads_.emplace_back();
      }
      auto& list = heads_[w.head].entries;
      if (list.empty() || list.back() != static_cast<int32_t>(i)) list.push_back(static_cast<int32_t>(i));
    }
  for (HeadIndex& index : heads_) {
    // Nouns first, then longer fixed phrases first.
    std::stable_sort(index.entries.begin(), index.entries.end(), [&](int32_t a, int32_t b) {
      const VerbEntry& x = entries[a];
      const VerbEntry& y = entries[b];
      if (x.kind != y.kind) return x.kind == PatternKind::kNoun;
      return x.prefix.size() + x.suffix.size() > y.prefix.size() + y.suffix.size();
    });
    for (int32_t ei : index.entries) {
      const VerbEntry& e = entries[ei];
      index.plain_verb.push_back(e.kind == PatternKind::kVerb && e.prefix.empty() && e.suffix.empty());
    }
    // The order Find tries patterns in, computed once: the patterns of every entry in entry order,
    // each block's own order kept, then most literal words first. Find keeps the subset whose
    // entries apply at the token, which leaves this order unchanged.
    for (size_t k = 0; k < index.entries.size(); ++k)
      for (int32_t pi : verbs.BlockPatterns(entries[index.entries[k]].block))
        index.candidates.push_back({pi, static_cast<int32_t>(k), 0, 0});
    std::stable_sort(index.candidates.begin(), index.candidates.end(), [&](const Candidate& a, const Candidate& b) {
      return patterns[a.pattern].literal_words > patterns[b.pattern].literal_words;
    });
    for (Candidate& c : index.candidates) {
      c.anchors_begin = static_cast<int32_t>(index.anchors.size());
      for (const auto& element : anchors[c.pattern]) {
        index.anchors.push_back(static_cast<int32_t>(element.size()));
        index.anchors.insert(index.anchors.end(), element.begin(), element.end());
      }
      c.anchors_end = static_cast<int32_t>(index.anchors.size());
    }
  }
}

std::vector<VerbMatch> VerbMatcher::Find(const std::vector<Token>& tokens, const Sentence& sentence,
                                         const std::vector<actors::ActorMention>& mentions,
                                         const DependencyTree& tree, std::vector<std::string>* trace) const {
  const int32_t begin = sentence.first_token, end = sentence.last_token;
  std::vector<char> in_actor(static_cast<size_t>(end - begin), 0);
  for (const auto& m : mentions)
    for (int32_t t = m.first; t < m.last; ++t) in_actor[t - begin] = 1;

  const auto& entries = verbs_.entries();
  const auto& patterns = verbs_.patterns();
  std::vector<VerbMatch> out;
  std::vector<Candidate> candidates;
  std::vector<char> applies;  // per position in a head's entry list: the entry may be a verb here
  std::vector<char> reach;
  std::vector<std::pair<int32_t, int32_t>> blocked_spans;  // words after a verb its pattern used
  // Each token looked up once: the head form it is (by its form, else, for a verb with a parse,
  // by its lemma: a form the dictionary does not list, "breaking" when it gives BREAK {BROKE
  // BROKEN}, is found through the lemma) and, as bits, the anchor words the sentence has.
  std::vector<uint64_t> present((static_cast<size_t>(num_anchor_words_) + 63) / 64, 0);
  std::vector<const HeadIndex*> head_index(static_cast<size_t>(end - begin), nullptr);
  std::vector<char> form_listed(static_cast<size_t>(end - begin), 0);
  std::string lemma;
  for (int32_t t = begin; t < end; ++t) {
    auto it = words_.find(tokens[t].lower);
    if (it != words_.end()) {
      if (it->second.anchor >= 0) present[it->second.anchor >> 6] |= uint64_t{1} << (it->second.anchor & 63);
      if (it->second.head >= 0) {
        head_index[t - begin] = &heads_[it->second.head];
        form_listed[t - begin] = 1;
        continue;
      }
    }
    if (!tree.empty() && tree.IsVerb(t) && !tree.at(t).lemma.empty() && tree.at(t).lemma != tokens[t].lower) {
      lemma.assign(tree.at(t).lemma);
      if (auto l = words_.find(lemma); l != words_.end() && l->second.head >= 0) head_index[t - begin] = &heads_[l->second.head];
    }
  }
  auto may_match = [&](const HeadIndex& index, const Candidate& c) {
    for (int32_t k = c.anchors_begin; k < c.anchors_end;) {
      const int32_t n = index.anchors[k++];
      bool found = false;
      for (int32_t j = 0; j < n && !found; ++j) {
        const int32_t id = index.anchors[k + j];
        found = present[id >> 6] >> (id & 63) & 1;
      }
      if (!found) return false;
      k += n;
    }
    return true;
  };
  // Per token: a dictionary verb (tagged VERB) heading a clause of its own, where the words of
  // another verb's pattern must stop. Computed once per sentence; the walks below only read it.
  std::vector<char> clause_stop(static_cast<size_t>(end - begin), 0);
  if (!tree.empty())
    for (int32_t t = begin; t < end; ++t)
      clause_stop[t - begin] = form_listed[t - begin] && tree.IsVerb(t) && tree.HeadsOwnClause(t, /*complements=*/false);
  std::vector<int32_t> here;
  for (int32_t i = begin; i < end; ++i) {
    if (in_actor[i - begin]) continue;
    if (head_index[i - begin] == nullptr) continue;
    const bool tagged_verb = !tree.empty() && tree.IsVerb(i);
    // The entries whose fixed words are here, and which may be a verb (or noun) at i.
    const HeadIndex& index = *head_index[i - begin];
    here.clear();
    applies.assign(index.entries.size(), 0);
    bool noun_matched = false;
    for (size_t pos = 0; pos < index.entries.size(); ++pos) {
      const int32_t ei = index.entries[pos];
      if (index.plain_verb[pos] && tagged_verb) {  // the common case, decided by the tag alone
        here.push_back(ei);
        applies[pos] = 1;
        continue;
      }
      const VerbEntry& e = entries[ei];
      const int32_t first = i - static_cast<int32_t>(e.prefix.size());
      if (first < begin || !FixedWords(e.prefix, tokens, first, end) || !FixedWords(e.suffix, tokens, i + 1, end)) continue;
      if (e.kind == PatternKind::kNoun) {
        // With a parse, a word tagged VERB is not a noun ("rebels attack the town" is the verb).
        if (e.bare < 0 || (tagged_verb && e.suffix.empty() && e.prefix.empty())) continue;
        const int32_t last = i + 1 + static_cast<int32_t>(e.suffix.size());
        // A "---" noun ("attack helicopters") names no event but still takes its words, so
        // that a shorter noun inside it ("attack") does not fire.
        if (patterns[e.bare].names_event()) out.push_back(VerbMatch{i, first, last, last, &patterns[e.bare], &e});
        else if (trace) trace->push_back("'" + tokens[i].form + "': noun \"" + patterns[e.bare].text + "\" (" + e.rule + "): no event");
        i = last - 1;  // contiguous nouns consume their words
        noun_matched = true;
        break;
      }
      if (!tree.empty()) {
        // A multi-word verb's fixed words already say it is one ("wire tap", "cordon off").
        if (!tagged_verb && e.prefix.empty() && e.suffix.empty()) {
          if (trace) trace->push_back("'" + tokens[i].form + "' (" + e.rule + ") is tagged " + std::string(tree.at(i).upos) + ", not VERB: skipped");
          continue;
        }
      } else if (AfterDeterminer(tokens, i, begin) || !VerbalUse(e, tokens, i, begin, in_actor)) {
        if (trace) trace->push_back("'" + tokens[i].form + "' (" + e.rule + ") reads as a noun here: skipped");
        continue;
      }
      here.push_back(ei);
      applies[pos] = 1;
    }
    if (noun_matched || here.empty()) continue;

    candidates.clear();
    for (const Candidate& c : index.candidates)
      if (applies[c.entry_pos] && may_match(index, c)) candidates.push_back(c);
    // With a parse, words after the verb must not belong to another coded verb's clause:
    // "attacked X, and U.S. aircraft bombed Y" must not let "attacked" match a pattern on
    // "aircraft". (Clauses without a dictionary verb stay in reach, which keeps patterns working
    // over misparsed clause boundaries.)
    reach.clear();
    if (!tree.empty() && !candidates.empty()) {
      reach.assign(static_cast<size_t>(end - begin), 0);
      for (int32_t t = begin; t < end; ++t) {
        int32_t u = t;
        for (int steps = 0; u >= 0 && u != i && steps <= end - begin; ++steps) {
          // A complement clause stays in reach: "allowed that Mordor is a pleasant place"
          // is one pattern.
          if (clause_stop[u - begin]) break;
          u = tree.head(u);
        }
        reach[t - begin] = u == i;
      }
    }
    bool decided = false;
    int failed = 0;
    for (const Candidate& c : candidates) {
      const VerbEntry& e = entries[index.entries[c.entry_pos]];
      const VerbPattern& p = patterns[c.pattern];
      const int32_t first = i - static_cast<int32_t>(e.prefix.size());
      const int32_t last = i + 1 + static_cast<int32_t>(e.suffix.size());
      PatternMatch m(p, tokens, sentence, mentions, reach);
      if (!m.Run(first, last)) {
        if (trace && ++failed <= 5) trace->push_back("'" + tokens[i].form + "': pattern \"" + p.text + "\" [" + p.code + "] (" + p.rule + ") does not match");
        continue;
      }
      if (trace) trace->push_back("'" + tokens[i].form + "': pattern \"" + p.text + "\" [" + p.code + "] (" + p.rule + ") matches" + (p.names_event() ? "" : ": no event"));
      decided = true;
      if (trace && failed > 5) trace->push_back("  (and " + std::to_string(failed - 5) + " more patterns that do not match before it)");
      if (p.names_event())
        out.push_back(VerbMatch{i, first, last, m.pattern_end(), &p, &e, m.source(), m.target(), m.compound()});
      else
        blocked_spans.emplace_back(last, m.pattern_end());
      break;
    }
    if (decided) continue;
    if (trace && failed > 5) trace->push_back("  (and " + std::to_string(failed - 5) + " more patterns that do not match)");
    for (int32_t ei : here) {
      const VerbEntry& e = entries[ei];
      if (e.bare < 0) continue;
      if (trace) trace->push_back("'" + tokens[i].form + "': no pattern matches; the verb alone gives [" + patterns[e.bare].code + "] (" + patterns[e.bare].rule + ")" + (patterns[e.bare].names_event() ? "" : ": no event"));
      if (patterns[e.bare].names_event()) {
        const int32_t first = i - static_cast<int32_t>(e.prefix.size());
        const int32_t last = i + 1 + static_cast<int32_t>(e.suffix.size());
        out.push_back(VerbMatch{i, first, last, last, &patterns[e.bare], &e});
      }
      break;  // the most specific entry's bare code decides, even when it is "---"
    }
  }
  // A noun among the words a verb's pattern used is what the verb is about, not an event of
  // its own: "called for talks" is an appeal (026), not also negotiations (046).
  // (The same for the words of a "---" pattern: "host the World Cup" is about no event at all.)
  for (const VerbMatch& v : out)
    if (v.pattern->kind == PatternKind::kVerb && v.pattern_end > v.last) blocked_spans.emplace_back(v.last, v.pattern_end);
  std::vector<char> inside(out.size(), 0);
  for (size_t k = 0; k < out.size(); ++k) {
    const VerbMatch& n = out[k];
    if (n.pattern->kind != PatternKind::kNoun) continue;
    for (const auto& [from, to] : blocked_spans)
      if (n.first >= from && n.last <= to) {
        if (trace) trace->push_back("'" + tokens[n.head].form + "': noun inside a verb's pattern: not an event of its own");
        inside[k] = 1;
        break;
      }
  }
  size_t kept = 0;
  for (size_t k = 0; k < out.size(); ++k)
    if (!inside[k]) out[kept++] = out[k];
  out.resize(kept);
  return out;
}

}  // namespace sitrep::events
