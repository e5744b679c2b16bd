// TagSet: the tagger's classes, each a (UPOS, XPOS) pair seen in training ("PROPN/NNP",
// "AUX/VBD"). Predicting the pair keeps the two tag layers consistent with each other and lets
// the finer Penn tag inform the universal one. Class ids are dense, in first-seen order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::nlp {

class TagSet {
 public:
  // The id of the pair, adding it when new.
  uint16_t Add(std::string_view upos, std::string_view xpos);
  // The id of the pair, or -1.
  int Find(std::string_view upos, std::string_view xpos) const;
  size_t size() const { return upos_.size(); }
  const std::string& upos(uint16_t id) const { return upos_[id]; }
  const std::string& xpos(uint16_t id) const { return xpos_[id]; }

  std::string Serialize() const;
  static Result<TagSet> Deserialize(std::string_view bytes, const std::string& name);

 private:
  std::vector<std::string> upos_;
  std::vector<std::string> xpos_;
};

// Label: a plain string <-> id table (dependency relations).
class LabelSet {
 public:
  uint16_t Add(std::string_view label);
  int Find(std::string_view label) const;
  size_t size() const { return labels_.size(); }
  const std::string& label(uint16_t id) const { return labels_[id]; }

  std::string Serialize() const;
  static Result<LabelSet> Deserialize(std::string_view bytes, const std::string& name);

 private:
  std::vector<std::string> labels_;
};

}  // namespace sitrep::nlp
