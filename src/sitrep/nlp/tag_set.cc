#include "sitrep/nlp/tag_set.h"

#include "sitrep/nlp/model_file.h"

namespace sitrep::nlp {

uint16_t TagSet::Add(std::string_view upos, std::string_view xpos) {
  int id = Find(upos, xpos);
  if (id >= 0) return static_cast<uint16_t>(id);
  upos_.emplace_back(upos);
  xpos_.emplace_back(xpos);
  return static_cast<uint16_t>(upos_.size() - 1);
}

int TagSet::Find(std::string_view upos, std::string_view xpos) const {
  for (size_t i = 0; i < upos_.size(); ++i) {
    if (upos_[i] == upos && xpos_[i] == xpos) return static_cast<int>(i);
  }
  return -1;
}

std::string TagSet::Serialize() const {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(upos_.size()));
  for (size_t i = 0; i < upos_.size(); ++i) {
    w.Str(upos_[i]);
    w.Str(xpos_[i]);
  }
  return w.Take();
}

Result<TagSet> TagSet::Deserialize(std::string_view bytes, const std::string& name) {
  ByteReader r(bytes);
  uint32_t n = 0;
  if (!r.U32(n) || n > 4096) return Status::Corrupt(name + ": bad tag set");
  TagSet t;
  for (uint32_t i = 0; i < n; ++i) {
    std::string u, x;
    if (!r.Str(u) || !r.Str(x)) return Status::Corrupt(name + ": bad tag set entry");
    t.upos_.push_back(u);
    t.xpos_.push_back(x);
  }
  return t;
}

uint16_t LabelSet::Add(std::string_view label) {
  int id = Find(label);
  if (id >= 0) return static_cast<uint16_t>(id);
  labels_.emplace_back(label);
  return static_cast<uint16_t>(labels_.size() - 1);
}

int LabelSet::Find(std::string_view label) const {
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == label) return static_cast<int>(i);
  }
  return -1;
}

std::string LabelSet::Serialize() const {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) w.Str(l);
  return w.Take();
}

Result<LabelSet> LabelSet::Deserialize(std::string_view bytes, const std::string& name) {
  ByteReader r(bytes);
  uint32_t n = 0;
  if (!r.U32(n) || n > 4096) return Status::Corrupt(name + ": bad label set");
  LabelSet s;
  for (uint32_t i = 0; i < n; ++i) {
    std::string l;
    if (!r.Str(l)) return Status::Corrupt(name + ": bad label set entry");
    s.labels_.push_back(l);
  }
  return s;
}

}  // namespace sitrep::nlp
