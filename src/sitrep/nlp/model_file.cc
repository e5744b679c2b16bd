#include "sitrep/nlp/model_file.h"

#include <xxhash.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace sitrep::nlp {

void ModelWriter::AddSection(const std::string& name, std::string bytes) {
  sections_.emplace_back(name, std::move(bytes));
}

std::string ModelWriter::Serialize() const {
  std::string out = "sitrep-model " + std::to_string(kModelFormatVersion) + "\n";
  for (const auto& [k, v] : header_) {
    std::string value = v;
    for (char& c : value) {
      if (c == '\n') c = ' ';
    }
    out += k + ": " + value + "\n";
  }
  out += "\n";
  ByteWriter w;
  for (const auto& [name, bytes] : sections_) {
    w.Str(name);
    w.U64(bytes.size());
    w.Raw(bytes.data(), bytes.size());
  }
  out += w.Take();
  uint64_t sum = XXH3_64bits(out.data(), out.size());
  out.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  return out;
}

Status ModelWriter::WriteFile(const std::string& path) const {
  std::string bytes = Serialize();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write model file " + path);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IoError("failed writing model file " + path);
  return Status::Ok();
}

std::string ModelReader::Header(const std::string& key) const {
  auto it = header_.find(key);
  return it == header_.end() ? std::string() : it->second;
}

Status ModelReader::RequireFeatureSet(const std::string& what, const std::string& expected, bool exact) const {
  // Weights only mean something to the feature templates they were trained with.
  const std::string actual = Header("feature_set");
  if (exact ? actual == expected : actual.rfind(expected, 0) == 0) return Status::Ok();
  return Status::InvalidArgument(name_ + ": " + what + " features '" + actual + "', this build of sitrep computes '" +
                                 expected + "'; retrain the model");
}

Result<std::string_view> ModelReader::Section(const std::string& name) const {
  auto it = sections_.find(name);
  if (it == sections_.end()) return Status::Corrupt(name_ + ": model has no section '" + name + "'");
  return std::string_view(bytes_).substr(it->second.first, it->second.second);
}

Result<ModelReader> ModelReader::ReadFile(const std::string& path, const std::string& expected_kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open model file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path, expected_kind);
}

Result<ModelReader> ModelReader::Parse(std::string bytes, const std::string& name, const std::string& expected_kind) {
  const std::string magic = "sitrep-model ";
  if (bytes.compare(0, magic.size(), magic) != 0) {
    return Status::Corrupt(name + ": not a sitrep model file (no 'sitrep-model' header)");
  }
  size_t eol = bytes.find('\n');
  if (eol == std::string::npos) return Status::Corrupt(name + ": truncated model header");
  std::string version = bytes.substr(magic.size(), eol - magic.size());
  if (version != std::to_string(kModelFormatVersion)) {
    return Status::Corrupt(name + ": model format version " + version + ", this build of sitrep reads version " +
                           std::to_string(kModelFormatVersion) + "; retrain or use a matching sitrep");
  }
  ModelReader r;
  r.name_ = name;
  size_t pos = eol + 1;
  while (true) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string::npos) return Status::Corrupt(name + ": truncated model header");
    if (end == pos) {
      pos = end + 1;
      break;
    }
    std::string line = bytes.substr(pos, end - pos);
    size_t colon = line.find(": ");
    if (colon == std::string::npos) return Status::Corrupt(name + ": bad model header line '" + line + "'");
    r.header_[line.substr(0, colon)] = line.substr(colon + 2);
    pos = end + 1;
  }
  if (r.Header("kind") != expected_kind) {
    return Status::InvalidArgument(name + ": is a '" + r.Header("kind") + "' model, expected a '" + expected_kind +
                                   "' model");
  }
  if (bytes.size() < pos + sizeof(uint64_t)) return Status::Corrupt(name + ": truncated model (no checksum)");
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - sizeof stored, sizeof stored);
  if (XXH3_64bits(bytes.data(), bytes.size() - sizeof stored) != stored) {
    return Status::Corrupt(name + ": model is truncated or corrupt (checksum mismatch)");
  }
  const size_t body_end = bytes.size() - sizeof stored;
  ByteReader br(std::string_view(bytes).substr(pos, body_end - pos));
  size_t offset = pos;
  while (!br.done()) {
    std::string section;
    uint64_t len = 0;
    if (!br.Str(section) || !br.U64(len)) return Status::Corrupt(name + ": bad section header");
    offset += sizeof(uint32_t) + section.size() + sizeof(uint64_t);
    if (len > body_end - offset) return Status::Corrupt(name + ": section '" + section + "' runs past the end");
    r.sections_[section] = {offset, static_cast<size_t>(len)};
    br.Skip(len);
    offset += len;
  }
  r.bytes_ = std::move(bytes);
  return r;
}

}  // namespace sitrep::nlp
