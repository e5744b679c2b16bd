#include "sitrep/dictionaries/dictionary_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace sitrep::dictionaries {

Result<DictionaryFile> ReadDictionaryFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open dictionary '" + path + "': " + std::strerror(errno));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read dictionary '" + path + "'");
  return DictionaryFile{path, buf.str()};
}

bool LineCursor::Next() {
  if (rest_.empty()) return false;
  size_t nl = rest_.find('\n');
  std::string_view raw = rest_.substr(0, nl);
  rest_ = nl == std::string_view::npos ? std::string_view() : rest_.substr(nl + 1);
  ++number_;
  indented_ = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
  size_t hash = raw.find('#');
  if (brackets_keep_hash_) {
    int depth = 0;
    for (hash = 0; hash < raw.size(); ++hash) {
      if (raw[hash] == '[') ++depth;
      else if (raw[hash] == ']' && depth > 0) --depth;
      else if (raw[hash] == '#' && depth == 0) break;
    }
    if (hash == raw.size()) hash = std::string_view::npos;
  }
  comment_only_ = false;
  if (hash != std::string_view::npos) {
    raw = raw.substr(0, hash);
    comment_only_ = Trim(raw).empty();
  }
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r')) raw.remove_suffix(1);
  line_ = raw;
  return true;
}

std::string RuleLocation(const DictionaryFile& file, int32_t line) {
  return file.name + ":" + std::to_string(line);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTrimmed(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    size_t p = s.find(sep);
    std::string_view piece = Trim(s.substr(0, p));
    if (!piece.empty()) out.push_back(piece);
    if (p == std::string_view::npos) break;
    s = s.substr(p + 1);
  }
  return out;
}

}  // namespace sitrep::dictionaries
