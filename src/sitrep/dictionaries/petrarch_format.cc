#include "sitrep/dictionaries/petrarch_format.h"

#include <cctype>

#include "sitrep/dictionaries/phrase.h"
#include "sitrep/text/utf8.h"

namespace sitrep::dictionaries {

bool PetrarchLines::Next() {
  while (cursor_.Next()) {
    std::string_view l = Trim(cursor_.line());
    if (in_comment_) {
      if (l.find("-->") != std::string_view::npos) in_comment_ = false;
      continue;
    }
    if (l.starts_with("<!")) {  // also the validation suite's "<! -- ... -->"
      in_comment_ = l.find("-->") == std::string_view::npos;
      continue;
    }
    // Older files comment with ';' ("JAMES_BYRNES_  ; CountryInfo.txt").
    if (const size_t semi = l.find(" ;"); semi != std::string_view::npos) l = Trim(l.substr(0, semi));
    line_ = l;
    return true;
  }
  return false;
}

std::vector<std::string> PetrarchPhraseWords(std::string_view phrase) {
  std::string text;
  text.reserve(phrase.size());
  for (char c : phrase) text += c == '_' ? ' ' : c;
  // Lowercase first: an all-capitals phrase would otherwise match case-sensitively.
  return MakePhrase(text::ToLower(text)).words;
}

bool BracketContent(std::string_view line, std::string_view* inside, size_t* open) {
  const size_t a = line.find('[');
  if (a == std::string_view::npos) return false;
  const size_t b = line.find(']', a + 1);
  if (b == std::string_view::npos) return false;
  *inside = Trim(line.substr(a + 1, b - a - 1));
  if (open != nullptr) *open = a;
  return true;
}

std::string RegularPlural(const std::string& w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0; };
  if (ends("y") && !ends("ay") && !ends("ey") && !ends("oy") && !ends("uy")) return w.substr(0, w.size() - 1) + "ies";
  if (ends("s") || ends("sh") || ends("ch") || ends("x")) return w + "es";
  return w + "s";
}

Result<Date> ParsePetrarchDate(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)))
      return Status::InvalidArgument("date '" + std::string(s) + "' must be YYMMDD or YYYYMMDD");
  int year;
  std::string_view md;
  if (s.size() == 6) {
    year = std::stoi(std::string(s.substr(0, 2)));
    year += year <= 30 ? 2000 : 1900;
    md = s.substr(2);
  } else if (s.size() == 8) {
    year = std::stoi(std::string(s.substr(0, 4)));
    md = s.substr(4);
  } else {
    return Status::InvalidArgument("date '" + std::string(s) + "' must be YYMMDD or YYYYMMDD");
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%.2s-%.2s", year, md.data(), md.data() + 2);
  Result<Date> d = ParseDate(buf);
  if (!d.ok()) return Status::InvalidArgument("date '" + std::string(s) + "' is not a calendar day");
  return d;
}

}  // namespace sitrep::dictionaries
