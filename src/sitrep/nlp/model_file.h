// The container every sitrep model is saved in: a readable text header, then named binary
// sections, then a checksum over everything before it.
//
//   sitrep-model <format version>\n
//   kind: tagger\n              (key: value lines: kind, feature_set, training_data, command, ...)
//   \n
//   <section>*: u32 name length, name, u64 byte length, bytes
//   u64 XXH3 of all preceding bytes
//
// `head -n 8 models/parser.model` shows what a file is and how it was made. Loading checks the
// magic line, the format version, the kind and the checksum, and names the file and the
// problem in the error ("not a sitrep model", "truncated or corrupt: checksum mismatch").
// Integers and floats are stored little-endian, as the machines we build for are.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::nlp {

inline constexpr int kModelFormatVersion = 1;

class ModelWriter {
 public:
  void SetHeader(const std::string& key, const std::string& value) { header_[key] = value; }
  // Raw bytes of a section; sections keep the order they were added in.
  void AddSection(const std::string& name, std::string bytes);
  std::string Serialize() const;
  Status WriteFile(const std::string& path) const;

 private:
  std::map<std::string, std::string> header_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

class ModelReader {
 public:
  // Parses `bytes` (a whole model file). `name` appears in error messages.
  static Result<ModelReader> Parse(std::string bytes, const std::string& name, const std::string& expected_kind);
  static Result<ModelReader> ReadFile(const std::string& path, const std::string& expected_kind);

  const std::map<std::string, std::string>& header() const { return header_; }
  std::string Header(const std::string& key) const;
  // A section's bytes, or a Corrupt status naming the missing section.
  Result<std::string_view> Section(const std::string& name) const;
  const std::string& name() const { return name_; }
  // OK when the "feature_set" header is `expected` (or, unless `exact`, starts with it: a tagger
  // file's value also names its lemmatizer); otherwise an InvalidArgument that names the file,
  // both feature sets and the remedy. `what` is "tagger" or "parser".
  Status RequireFeatureSet(const std::string& what, const std::string& expected, bool exact) const;

 private:
  std::string bytes_;
  std::string name_;
  std::map<std::string, std::string> header_;
  std::map<std::string, std::pair<size_t, size_t>> sections_;  // name -> offset, length into bytes_
};

// Little-endian binary encoding helpers for section contents.
class ByteWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool U8(uint8_t& v) { return Raw(&v, sizeof v); }
  bool U32(uint32_t& v) { return Raw(&v, sizeof v); }
  bool U64(uint64_t& v) { return Raw(&v, sizeof v); }
  bool F32(float& v) { return Raw(&v, sizeof v); }
  bool Str(std::string& s) {
    uint32_t n = 0;
    if (!U32(n) || n > in_.size() - pos_) return false;
    s.assign(in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool Raw(void* p, size_t n) {
    if (n > in_.size() - pos_) return false;
    std::copy(in_.data() + pos_, in_.data() + pos_ + n, static_cast<char*>(p));
    pos_ += n;
    return true;
  }
  bool Skip(size_t n) {
    if (n > in_.size() - pos_) return false;
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace sitrep::nlp
