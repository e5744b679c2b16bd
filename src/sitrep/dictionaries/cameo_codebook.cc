#include "sitrep/dictionaries/cameo_codebook.h"

#include <charconv>

namespace sitrep::dictionaries {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    size_t p = line.find('\t');
    out.push_back(line.substr(0, p));
    if (p == std::string_view::npos) break;
    line = line.substr(p + 1);
  }
  return out;
}

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<CameoCodebook> CameoCodebook::Parse(const DictionaryFile& file, std::vector<std::string>* problems) {
  CameoCodebook book;
  book.file_name_ = file.name;
  LineCursor cur(file.content);
  bool header_seen = false;
  while (cur.Next()) {
    std::string_view line = cur.line();
    if (Trim(line).empty()) continue;
    if (!header_seen) {
      header_seen = true;
      if (line.substr(0, 4) == "code") continue;
    }
    auto bad = [&](const std::string& why) { problems->push_back(RuleLocation(file, cur.number()) + ": " + why); };
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 4) {
      bad("expected at least 4 tab-separated columns (code, name, goldstein, quad_class), found " +
          std::to_string(f.size()));
      continue;
    }
    CameoCode c;
    c.code = std::string(Trim(f[0]));
    if (!IsCode(c.code)) {
      bad("'" + c.code + "' is not a CAMEO code (2 to 4 digits)");
      continue;
    }
    c.name = std::string(Trim(f[1]));
    const std::string_view g = Trim(f[2]);
    auto [gp, gec] = std::from_chars(g.data(), g.data() + g.size(), c.goldstein);
    if (gec != std::errc() || gp != g.data() + g.size() || c.goldstein < -10.0 || c.goldstein > 10.0) {
      bad("goldstein '" + std::string(g) + "' is not a number in [-10, 10]");
      continue;
    }
    const std::string_view q = Trim(f[3]);
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') {
      bad("quad_class '" + std::string(q) + "' is not 1, 2, 3 or 4");
      continue;
    }
    c.quad_class = q[0] - '0';
    if (f.size() > 4) c.plover_type = std::string(Trim(f[4]));
    if (f.size() > 5) c.plover_mode = std::string(Trim(f[5]));
    if (book.by_code_.count(c.code)) {
      bad("code " + c.code + " is listed twice");
      continue;
    }
    book.by_code_.emplace(c.code, book.codes_.size());
    book.codes_.push_back(std::move(c));
  }
  if (book.codes_.empty()) return Status::Corrupt(file.name + ": no CAMEO code could be read");
  return book;
}

const CameoCode* CameoCodebook::Find(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &codes_[it->second];
}

}  // namespace sitrep::dictionaries
