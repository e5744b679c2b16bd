// DependencyTree: one sentence's tags, lemmas and dependency arcs, in the shape the coders use:
// indexed by the story's token index, heads as token indexes. Built by the pipeline from the
// syntax model's output; empty when the pipeline runs without a model, and then every coder
// falls back to word order.
// The string_views point into the syntax model's tag tables and the CodedStory's lemmas; the
// tree must not outlive either. Cheap to build (one pass over the sentence).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep::events {

struct TreeWord {
  std::string_view upos, xpos, deprel, lemma;
  int32_t head = -1;  // token index of the head; -1 for the sentence's root
};

class DependencyTree {
 public:
  DependencyTree() = default;
  // `words[k]` describes token first + k.
  DependencyTree(int32_t first, std::vector<TreeWord> words);

  bool empty() const { return words_.empty(); }
  const TreeWord& at(int32_t token) const { return words_[token - first_]; }
  int32_t head(int32_t token) const { return words_[token - first_].head; }
  const std::vector<int32_t>& children(int32_t token) const { return children_[token - first_]; }
  // Whether `token` lies in the subtree rooted at `root` (a token is in its own subtree).
  bool InSubtree(int32_t token, int32_t root) const;
  // The first child of `token` whose relation is `deprel` (or starts with `deprel` followed by
  // ':' when `deprel` has no subtype), -1 when none.
  int32_t Child(int32_t token, std::string_view deprel) const;
  bool IsVerb(int32_t token) const;  // tagged VERB
  // Whether `token` heads a clause of its own (adverbial, parataxis, relative, clausal subject,
  // a conjoined verb; with `complements`, also a complement clause): its words belong to that
  // clause's verb, not to the one above.
  bool HeadsOwnClause(int32_t token, bool complements) const;

 private:
  int32_t first_ = 0;
  std::vector<TreeWord> words_;
  std::vector<std::vector<int32_t>> children_;
};

// The word of [first, last) that heads the span: the first whose head lies outside it.
int32_t SpanHead(const DependencyTree& tree, int32_t first, int32_t last);
// Whether the words [first, last) belong to the clause of `anchor`: going up from their head,
// `anchor` comes before any other verb. False for an empty tree.
bool TiedTo(const DependencyTree& tree, int32_t first, int32_t last, int32_t anchor);

// "nsubj:pass" has base relation "nsubj".
std::string_view BaseRelation(std::string_view deprel);

}  // namespace sitrep::events
