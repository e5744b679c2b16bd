#include "sitrep/events/dependency_tree.h"

namespace sitrep::events {

std::string_view BaseRelation(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

DependencyTree::DependencyTree(int32_t first, std::vector<TreeWord> words)
    : first_(first), words_(std::move(words)), children_(words_.size()) {
  for (size_t k = 0; k < words_.size(); ++k)
    if (words_[k].head >= 0) children_[words_[k].head - first_].push_back(first_ + static_cast<int32_t>(k));
}

bool DependencyTree::InSubtree(int32_t token, int32_t root) const {
  // Heads form a tree, so the walk ends at the root within the sentence length.
  for (size_t steps = 0; token >= 0 && steps <= words_.size(); ++steps) {
    if (token == root) return true;
    token = words_[token - first_].head;
  }
  return false;
}

int32_t DependencyTree::Child(int32_t token, std::string_view deprel) const {
  const bool exact = deprel.find(':') != std::string_view::npos;
  for (int32_t c : children(token)) {
    const std::string_view d = at(c).deprel;
    if (exact ? d == deprel : BaseRelation(d) == deprel) return c;
  }
  return -1;
}

bool DependencyTree::HeadsOwnClause(int32_t token, bool complements) const {
  const std::string_view d = at(token).deprel;
  const std::string_view base = BaseRelation(d);
  if (base == "csubj" || base == "advcl" || base == "parataxis" || d == "acl:relcl") return true;
  if (base == "ccomp") return complements;
  return base == "conj" && IsVerb(token);
}

bool DependencyTree::IsVerb(int32_t token) const {
  return at(token).upos == "VERB";
}

int32_t SpanHead(const DependencyTree& tree, int32_t first, int32_t last) {
  for (int32_t t = first; t < last; ++t) {
    if (tree.head(t) < first || tree.head(t) >= last) return t;
  }
  return first;
}

bool TiedTo(const DependencyTree& tree, int32_t first, int32_t last, int32_t anchor) {
  if (tree.empty()) return false;
  for (int32_t x = tree.head(SpanHead(tree, first, last)), steps = 0; x >= 0 && steps < 12;
       x = tree.head(x), ++steps) {
    if (x == anchor) return true;
    if (tree.IsVerb(x)) return false;
  }
  return false;
}

}  // namespace sitrep::events
