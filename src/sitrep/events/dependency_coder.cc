#include "sitrep/events/dependency_coder.h"

#include <algorithm>
#include <string_view>

namespace sitrep::events {
namespace {

using actors::ActorMention;

bool IsRelativePronoun(const Token& t) {
  return t.lower == "who" || t.lower == "which" || t.lower == "that" || t.lower == "whom";
}
bool IsPersonalPronoun(const Token& t) {
  return t.lower == "it" || t.lower == "they" || t.lower == "he" || t.lower == "she" || t.lower == "we";
}
class SentenceCoder {
 public:
  SentenceCoder(const std::vector<Token>& tokens, const Sentence& sentence, const std::vector<ActorMention>& mentions,
                const std::vector<VerbMatch>& verbs, const DependencyTree& tree)
      : tokens_(tokens), sentence_(sentence), mentions_(mentions), verbs_(verbs), tree_(tree) {
    head_of_mention_.reserve(mentions.size());
    for (const ActorMention& m : mentions) {
      int32_t h = m.first;
      for (int32_t t = m.first; t < m.last; ++t) {
        const int32_t up = tree.head(t);
        if (up < m.first || up >= m.last) {
          h = t;
          break;
        }
      }
      head_of_mention_.push_back(h);
    }
    for (const VerbMatch& v : verbs) verb_heads_.push_back(v.head);
  }

  // The subject word of `verb`, borrowed up xcomp/conj chains; -1 when none. Sets *passive.
  int32_t Subject(int32_t verb, bool* passive) const {
    *passive = tree_.Child(verb, "aux:pass") >= 0;
    int32_t c = verb;
    for (int step = 0; step < 8 && c >= 0; ++step) {
      // With several subject words ("Lions, tigers, and Gondor" parsed as two), the one that
      // holds an actor.
      // Two subjects are a misparse; an active nsubj beats an nsubj:pass that has no passive
      // auxiliary to back it.
      int32_t s = -1;
      const bool has_aux_pass = tree_.Child(c, "aux:pass") >= 0;
      auto better = [&](int32_t a, int32_t b) {  // is b a better subject than a?
        const bool a_pass = tree_.at(a).deprel == "nsubj:pass", b_pass = tree_.at(b).deprel == "nsubj:pass";
        if (a_pass != b_pass && !has_aux_pass) return a_pass;
        return MentionOfPhrase(a) < 0 && MentionOfPhrase(b) >= 0;
      };
      for (int32_t child : tree_.children(c)) {
        if (BaseRelation(tree_.at(child).deprel) != "nsubj") continue;
        if (s < 0 || better(s, child)) s = child;
      }
      if (s >= 0) {
        if (c == verb && tree_.at(s).deprel == "nsubj:pass") *passive = true;
        // "rebels who attacked the town": the subject is the noun the clause modifies.
        if (IsRelativePronoun(tokens_[s]) && BaseRelation(tree_.at(c).deprel) == "acl" && tree_.head(c) >= 0)
          return tree_.head(c);
        // "Ethiopia said it would act": a pronoun subject of a complement clause is, most of
        // the time in news, the subject of the clause that reports it.
        if (IsPersonalPronoun(tokens_[s]) && BaseRelation(tree_.at(c).deprel) == "ccomp" && tree_.head(c) >= 0) {
          bool outer_passive = false;
          const int32_t outer = Subject(tree_.head(c), &outer_passive);
          if (outer >= 0 && !outer_passive) return outer;
        }
        return s;
      }
      const std::string_view rel = BaseRelation(tree_.at(c).deprel);
      if (rel == "acl" && tree_.head(c) >= 0) {
        // "a woman believed linked to ...": a participle modifying a noun says something of it.
        if (tree_.at(c).xpos == "VBN") *passive = *passive || c == verb;
        return tree_.head(c);
      }
      if (rel == "xcomp" && tree_.head(c) >= 0) {
        // "ordered Iraqi troops to attack", "asked Arnor to attack": the object of the verb
        // that governs the infinitive is the one who acts.
        const int32_t up = tree_.head(c);
        if (const int32_t o = tree_.Child(up, "obj"); o >= 0 && o < c) return o;
        if (const int32_t o = tree_.Child(up, "iobj"); o >= 0 && o < c) return o;
        c = up;
        continue;
      }
      if (rel == "conj" && tree_.head(c) >= 0) {
        c = tree_.head(c);
        continue;
      }
      break;
    }
    return -1;
  }

  // The mention holding `word`; else the one its appositive names ("Iraq's neighbour, Gondor");
  // else the first mention in its phrase outside clauses of their own ("a man who criticized
  // Arnor" is not Arnor); -1 when none.
  int32_t MentionOfPhrase(int32_t word) const {
    if (const int32_t k = MentionHolding(word); k >= 0) return k;
    for (int32_t c : tree_.children(word))
      if (tree_.at(c).deprel == "appos")
        if (const int32_t k = MentionHolding(c); k >= 0) return k;
    for (size_t k = 0; k < mentions_.size(); ++k)
      if (InOwnPhrase(head_of_mention_[k], word)) return static_cast<int32_t>(k);
    return -1;
  }
  int32_t MentionHolding(int32_t word) const {
    for (size_t k = 0; k < mentions_.size(); ++k)
      if (mentions_[k].first <= word && word < mentions_[k].last) return static_cast<int32_t>(k);
    return -1;
  }
  // Whether `token` is under `root` without crossing a clause boundary.
  bool InOwnPhrase(int32_t token, int32_t root) const {
    for (size_t steps = 0; token >= 0 && token != root && steps <= static_cast<size_t>(sentence_.size()); ++steps) {
      if (tree_.HeadsOwnClause(token, /*complements=*/true) || BaseRelation(tree_.at(token).deprel) == "acl") return false;
      token = tree_.head(token);
    }
    return token == root;
  }

  // Whether the path from `token` up to `verb` stays in the verb's own clause.
  bool InOwnClause(int32_t token, int32_t verb) const {
    for (size_t steps = 0; token >= 0 && token != verb && steps <= static_cast<size_t>(sentence_.size()); ++steps) {
      if (tree_.HeadsOwnClause(token, /*complements=*/true)) return false;
      // Another coded verb heads its own clause, unless it only modifies a noun ("improved
      // relations").
      if (tree_.at(token).deprel != "amod" &&
          std::find(verb_heads_.begin(), verb_heads_.end(), token) != verb_heads_.end())
        return false;
      token = tree_.head(token);
    }
    return token == verb;
  }

  // First actor after the verb in its own clause, outside `subject`'s phrase.
  int32_t ObjectOf(const VerbMatch& v, int32_t subject) const {
    for (size_t k = 0; k < mentions_.size(); ++k) {
      const ActorMention& m = mentions_[k];
      if (m.first < v.last) continue;
      if (m.first > sentence_.first_token && IsPossessivePronoun(tokens_[m.first - 1])) continue;
      const int32_t h = head_of_mention_[k];
      // The subject's phrase is no object, unless the verb itself sits inside it (a relative
      // clause on the subject: "the militants who attacked Arnorian soldiers").
      if (subject >= 0 && tree_.InSubtree(h, subject) && !tree_.InSubtree(v.head, subject)) continue;
      if (InOwnClause(h, v.head)) return static_cast<int32_t>(k);
    }
    return -1;
  }

  // Word-order fallbacks for parses that miss a side: the nearest actor before the verb, and
  // the first actor after the pattern before the next verb.
  int32_t NearestBefore(const VerbMatch& v) const {
    int32_t best = -1;
    for (size_t k = 0; k < mentions_.size(); ++k)
      if (mentions_[k].last <= v.first) best = static_cast<int32_t>(k);
    return best;
  }
  int32_t FirstAfter(const VerbMatch& v) const {
    int32_t next_verb = sentence_.last_token;
    for (const VerbMatch& o : verbs_)
      if (o.first >= v.pattern_end && o.first < next_verb) next_verb = o.first;
    // A clause break ends the search; a comma between adjectives ("complete, full ties") is none.
    for (int32_t t = v.pattern_end; t < next_verb; ++t) {
      const bool in_adjectives = t > sentence_.first_token && t + 1 < sentence_.last_token &&
                                 tree_.at(t - 1).upos == "ADJ" && tree_.at(t + 1).upos == "ADJ";
      if (tokens_[t].form == ";" || (tokens_[t].form == "," && !in_adjectives)) next_verb = t;
    }
    for (size_t k = 0; k < mentions_.size(); ++k) {
      const ActorMention& m = mentions_[k];
      if (m.first < v.pattern_end || m.first >= next_verb) continue;
      if (m.first > sentence_.first_token && IsPossessivePronoun(tokens_[m.first - 1])) continue;
      // The subject of another clause ("..., a senior official said") is nobody's target.
      if (BaseRelation(tree_.at(head_of_mention_[k]).deprel) == "nsubj") continue;
      return static_cast<int32_t>(k);
    }
    return -1;
  }

  // "not", "n't", "never" or "no longer" attached to the verb itself: "did not attack but
  // threatened" negates only the attack.
  bool Negated(int32_t verb) const {
    for (int32_t c : tree_.children(verb)) {
      if (BaseRelation(tree_.at(c).deprel) != "advmod") continue;
      const std::string& w = tokens_[c].lower;
      if (w == "not" || w == "n't" || w == "never") return true;
      if (w == "longer" && c > sentence_.first_token && tokens_[c - 1].lower == "no") return true;
    }
    return false;
  }
  // "Arnor, not Gondor, attacked": a conjunct negated on its own takes no part.
  bool NegatedConjunct(int32_t mention) const {
    const int32_t h = head_of_mention_[mention];
    for (int32_t c : tree_.children(h)) {
      const std::string& w = tokens_[c].lower;
      if (BaseRelation(tree_.at(c).deprel) == "advmod" && (w == "not" || w == "never")) return true;
    }
    return h > sentence_.first_token && tokens_[h - 1].lower == "not" && mentions_[mention].first == h;
  }

  // The "by" phrase of a passive verb.
  int32_t AgentOf(int32_t verb) const {
    int32_t agent = tree_.Child(verb, "obl:agent");
    if (agent < 0) {  // attached one level too low ("opposed earlier by X")
      for (int32_t c : tree_.children(verb))
        if (const int32_t g = tree_.Child(c, "obl:agent"); g >= 0 && agent < 0) agent = g;
    }
    if (agent < 0) {
      for (int32_t c : tree_.children(verb)) {
        if (BaseRelation(tree_.at(c).deprel) != "obl") continue;
        for (int32_t g : tree_.children(c))
          if (tree_.at(g).deprel == "case" && tokens_[g].lower == "by") agent = c;
      }
    }
    return agent < 0 ? -1 : MentionOfPhrase(agent);
  }

  // Mentions conjoined with mentions[k] in the tree, plus those coordinated by word order
  // (with adjectives allowed between: "Evil Mordor, the awful Fornost, and good Gondor") when
  // the tree does not give them different roles. Negated conjuncts ("Arnor, not Gondor") and
  // comma-only runs that never close with "and"/"or" (appositions) stay out.
  std::vector<int32_t> Group(int32_t k) const {
    auto in_mention = [&](int32_t t) {
      for (const auto& m : mentions_)
        if (t >= m.first && t < m.last) return true;
      return false;
    };
    auto conj_root = [&](size_t m) {
      int32_t t = head_of_mention_[m];
      // A mention that modifies a noun no other mention holds ("Kurdish Peshmerga" of "Kurdish
      // Peshmerga fighters") is coordinated through that noun.
      for (int steps = 0; steps < 8 && tree_.head(t) >= 0; ++steps) {
        const std::string_view rel = BaseRelation(tree_.at(t).deprel);
        if ((rel != "compound" && rel != "amod" && rel != "flat") || in_mention(tree_.head(t))) break;
        t = tree_.head(t);
      }
      for (int steps = 0; steps < 64 && BaseRelation(tree_.at(t).deprel) == "conj" && tree_.head(t) >= 0; ++steps)
        t = tree_.head(t);
      return t;
    };
    const int32_t root = conj_root(static_cast<size_t>(k));
    std::vector<char> in(mentions_.size(), 0);
    for (size_t j = 0; j < mentions_.size(); ++j)
      if (mentions_[j].first == mentions_[k].first ||
          (conj_root(j) == root && !NegatedConjunct(static_cast<int32_t>(j))))
        in[j] = 1;
    in[k] = 1;
    // Word order: neighbours separated only by coordinators, articles and adjectives.
    auto joined = [&](size_t a, size_t b) {  // a precedes b
      if (mentions_[b].first == mentions_[a].first) return true;
      if (mentions_[b].first < mentions_[a].last) return false;
      bool coordinator = false;
      for (int32_t t = mentions_[a].last; t < mentions_[b].first; ++t) {
        const std::string& w = tokens_[t].lower;
        if (w == "and" || w == "or" || w == "," || w == "nor") coordinator = true;
        else if (!(w == "the" || w == "both" || w == "neither" || w == "either" || tree_.at(t).upos == "ADJ")) return false;
      }
      return coordinator && SameRole(static_cast<int32_t>(a), static_cast<int32_t>(b)) &&
             !NegatedConjunct(static_cast<int32_t>(a)) && !NegatedConjunct(static_cast<int32_t>(b));
    };
    auto closes = [&](size_t a, size_t b) {  // the join ends a list: "and"/"or", or one compound
      if (mentions_[b].first == mentions_[a].first) return true;
      for (int32_t t = mentions_[a].last; t < mentions_[b].first; ++t) {
        const std::string& w = tokens_[t].lower;
        if (w == "and" || w == "or" || w == "nor") return true;
      }
      return false;
    };
    size_t lo = k, hi = k;
    while (lo > 0 && joined(lo - 1, lo)) --lo;
    while (hi + 1 < mentions_.size() && joined(hi, hi + 1)) ++hi;
    while (hi > lo && !closes(hi - 1, hi)) --hi;
    if (hi >= static_cast<size_t>(k))
      for (size_t j = lo; j <= hi; ++j) in[j] = 1;
    std::vector<int32_t> out;
    for (size_t j = 0; j < mentions_.size(); ++j)
      if (in[j]) out.push_back(static_cast<int32_t>(j));
    return out;
  }

  // Whether two mentions may be one list by the tree: the same clause, and not one the
  // subject and the other an object or modifier ("Arnor condemned Iraq, and Gondor ...").
  bool SameRole(int32_t a, int32_t b) const {
    auto role = [&](int32_t m) {
      int32_t t = head_of_mention_[m];
      for (int steps = 0; steps < 64 && tree_.head(t) >= 0; ++steps) {
        const int32_t up = tree_.head(t);
        const std::string_view rel = BaseRelation(tree_.at(t).deprel);
        // A noun conjoined straight to a verb is a misattached list member: it keeps the
        // verb's clause but says nothing of its role.
        if (rel == "conj" && !tree_.IsVerb(t) && tree_.IsVerb(up)) return std::pair<int32_t, std::string_view>(up, "");
        if (rel != "conj" && (tree_.IsVerb(up) || tree_.head(up) < 0)) return std::pair<int32_t, std::string_view>(up, rel);
        t = up;
      }
      return std::pair<int32_t, std::string_view>(-1, BaseRelation(tree_.at(t).deprel));
    };
    const auto ra = role(a), rb = role(b);
    if (ra.first != rb.first) return false;
    if (ra.second.empty() || rb.second.empty()) return true;
    const bool subject_a = ra.second == "nsubj", subject_b = rb.second == "nsubj";
    return subject_a == subject_b;
  }

  // The first actor of `verb`'s complement clause when no coded verb lies inside it.
  int32_t ComplementActor(const VerbMatch& v, const std::vector<char>& produced) const {
    for (int32_t c : tree_.children(v.head)) {
      const std::string_view rel = BaseRelation(tree_.at(c).deprel);
      if (rel != "ccomp") continue;
      for (size_t i = 0; i < verbs_.size(); ++i)
        if (produced[i] && tree_.InSubtree(verbs_[i].head, c)) return -1;
      for (size_t k = 0; k < mentions_.size(); ++k)
        if (tree_.InSubtree(head_of_mention_[k], c) && mentions_[k].first >= v.last) return static_cast<int32_t>(k);
    }
    return -1;
  }

  const std::vector<Token>& tokens_;
  const Sentence& sentence_;
  const std::vector<ActorMention>& mentions_;
  const std::vector<VerbMatch>& verbs_;
  const DependencyTree& tree_;
  std::vector<int32_t> head_of_mention_;
  std::vector<int32_t> verb_heads_;
};

}  // namespace

std::vector<RawEvent> DependencyCoder::Code(const std::vector<Token>& tokens, const Sentence& sentence,
                                            const std::vector<ActorMention>& mentions,
                                            const std::vector<VerbMatch>& verbs, const DependencyTree& tree,
                                            std::vector<std::string>* trace) const {
  std::vector<VerbMatch> nouns;
  for (const VerbMatch& v : verbs)
    if (v.pattern->kind == dictionaries::PatternKind::kNoun) nouns.push_back(v);
  std::vector<RawEvent> out = nouns.empty() ? std::vector<RawEvent>{} : positional_.Code(tokens, sentence, mentions, nouns);

  const SentenceCoder sc(tokens, sentence, mentions, verbs, tree);
  struct Sides {
    int32_t source = -1, target = -1;
    bool negated = false;
    bool passive = false;
    bool future = false;
    std::string source_why, target_why;  // for the trace
  };
  std::vector<Sides> sides(verbs.size());
  for (size_t i = 0; i < verbs.size(); ++i) {
    const VerbMatch& v = verbs[i];
    if (v.pattern->kind == dictionaries::PatternKind::kNoun) continue;
    bool passive = false;
    const int32_t subject = sc.Subject(v.head, &passive);
    const int32_t subject_mention = subject >= 0 ? sc.MentionOfPhrase(subject) : -1;
    Sides& s = sides[i];
    if (passive) {
      s.target = subject_mention;
      s.source = sc.AgentOf(v.head);
      s.source_why = "the passive's by-phrase";
      s.target_why = "the passive's subject";
    } else {
      s.source_why = subject >= 0 ? "the subject" : "nearest actor before the verb (no subject in the parse)";
      s.target_why = "first actor after the verb in its clause";
      // Without any subject word the parse has most likely lost the clause's structure; a
      // clause that never has one of its own (a participle, an infinitive) keeps none.
      const std::string_view rel = BaseRelation(tree.at(v.head).deprel);
      const bool may_lack_subject = rel == "advcl" || rel == "acl" || rel == "xcomp" || rel == "ccomp";
      s.source = subject >= 0 ? subject_mention : may_lack_subject ? -1 : sc.NearestBefore(v);
      s.target = sc.ObjectOf(v, subject);
    }
    s.negated = sc.Negated(v.head);
    s.passive = passive;
    // "will attack", "shall withdraw", and "would attack" reported ("said it would attack"),
    // unless the pattern itself spells out what comes before the verb.
    if (v.pattern->future_is_intent && v.pattern->before.empty()) {
      for (int32_t c : tree.children(v.head)) {
        if (BaseRelation(tree.at(c).deprel) != "aux") continue;
        const std::string& w = tokens[c].lower;
        s.future |= w == "will" || w == "shall" || w == "'ll" ||
                    (w == "would" && BaseRelation(tree.at(v.head).deprel) == "ccomp");
      }
    }
  }
  // A verb the parse left without a target and without a complement clause: the first actor
  // after its pattern (word order), before complement clauses are decided.
  for (size_t i = 0; i < verbs.size(); ++i) {
    const VerbMatch& v = verbs[i];
    Sides& s = sides[i];
    if (v.pattern->kind == dictionaries::PatternKind::kNoun || s.target >= 0 || s.passive || v.target >= 0 ||
        v.compound >= 0 || tree.Child(v.head, "ccomp") >= 0)
      continue;
    s.target = sc.FirstAfter(v);
    s.target_why = "first actor after the pattern before a comma or the next verb (the parse gave none)";
  }
  // Complement clauses: only after every verb's own events are known.
  std::vector<char> produced(verbs.size(), 0);
  for (size_t i = 0; i < verbs.size(); ++i)
    produced[i] = verbs[i].pattern->kind == dictionaries::PatternKind::kVerb && sides[i].source >= 0 &&
                  sides[i].target >= 0;
  // A verb inside the infinitive of another coded verb ("vowed to wage war", "called on X to
  // be allowed to leave") is part of that verb's event, not one of its own.
  auto under_coded_verb = [&](size_t i) {
    int32_t t = verbs[i].head;
    for (int steps = 0; steps < 8 && BaseRelation(tree.at(t).deprel) == "xcomp" && tree.head(t) >= 0; ++steps) {
      t = tree.head(t);
      for (size_t j = 0; j < verbs.size(); ++j)
        if (j != i && verbs[j].head == t && produced[j]) return true;
    }
    return false;
  };
  for (size_t i = 0; i < verbs.size(); ++i) {
    const VerbMatch& v = verbs[i];
    if (v.pattern->kind == dictionaries::PatternKind::kNoun) continue;
    const std::string verb_name = "'" + tokens[v.head].form + "'";
    if (under_coded_verb(i)) {
      if (trace) trace->push_back(verb_name + ": part of the infinitive of another coded verb; not coded on its own");
      continue;
    }
    Sides& s = sides[i];
    if (s.target < 0 && v.target < 0 && v.compound < 0) {
      s.target = sc.ComplementActor(v, produced);
      s.target_why = "first actor of its complement clause, which codes nothing";
    }

    std::vector<int32_t> sources, targets;
    if (v.source >= 0) {
      s.source = v.source;
      s.source_why = "the pattern's $ slot";
    }
    if (v.target >= 0) {
      s.target = v.target;
      s.target_why = "the pattern's + slot";
    }
    if (trace) {
      auto side = [&](int32_t k, const std::string& why) {
        return k < 0 ? std::string("none") : mentions[k].code + " (" + why + ")";
      };
      if (v.compound >= 0) trace->push_back(verb_name + ": both sides from the compound at the pattern's % slot");
      else trace->push_back(verb_name + ": source " + side(s.source, s.source_why) + ", target " + side(s.target, s.target_why) +
                            (s.negated ? ", negated" : "") + (s.future ? ", announced (coded as intent or threat)" : ""));
    }
    if (v.compound >= 0 && mentions[v.compound].first < v.first) {
      sources = targets = sc.Group(v.compound);  // "X and Y agreed": each acts on the other
    } else if (v.compound >= 0) {
      // "agrees with X and Y": the compound is the target.
      if (options_.require_dyad && s.source < 0) continue;
      sources = s.source >= 0 ? sc.Group(s.source) : std::vector<int32_t>{-1};
      targets = sc.Group(v.compound);
    } else {
      if ((options_.require_dyad && (s.source < 0 || s.target < 0)) || (s.source < 0 && s.target < 0)) {
        if (trace) trace->push_back(verb_name + ": dropped, an event needs both a source and a target (require_dyad)");
        continue;
      }
      sources = s.source >= 0 ? sc.Group(s.source) : std::vector<int32_t>{-1};
      targets = s.target >= 0 ? sc.Group(s.target) : std::vector<int32_t>{-1};
    }
    const size_t before = out.size();
    AppendEvents(mentions, v, sources, targets, s.negated, &out, s.future);
    for (size_t k = before; k < out.size(); ++k) out[k].coder = "dependency";
  }
  return out;
}

}  // namespace sitrep::events
