// CameoCodebook: every CAMEO event code with its name, Goldstein weight, quad class and PLOVER
// type/mode, read from dictionaries/cameo_codebook.tsv (format: docs/dictionaries.md).
//
// Every event the coders emit takes root, quad class, Goldstein and PLOVER from here, so an
// event code that is not in the codebook is a dictionary error reported at load time.
// Thread-safety: immutable after Parse; share freely.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

struct CameoCode {
  std::string code;  // "190", "0874"
  std::string name;
  double goldstein = 0.0;
  int quad_class = 0;  // 1..4
  std::string plover_type;
  std::string plover_mode;
  std::string root() const { return code.substr(0, 2); }
};

class CameoCodebook {
 public:
  // Malformed rows are appended to *problems as "file:line: reason" and skipped.
  // Fails only when no row at all could be read.
  static Result<CameoCodebook> Parse(const DictionaryFile& file, std::vector<std::string>* problems);

  // nullptr when the code is unknown.
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }
  const std::vector<CameoCode>& codes() const { return codes_; }
  const std::string& file_name() const { return file_name_; }

 private:
  std::string file_name_;
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> by_code_;
};

}  // namespace sitrep::dictionaries
