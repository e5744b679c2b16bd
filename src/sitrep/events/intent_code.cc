#include "sitrep/events/intent_code.h"

#include <array>
#include <utility>

namespace sitrep::events {

std::string IntentCode(std::string_view code) {
  // Most specific first: a code maps by its longest listed prefix.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 38> kMap = {{
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
      {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"},
      {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"},  {"165", "135"},  {"166", "136"},
      {"172", "132"},  {"175", "137"},
      {"191", "1381"}, {"192", "1382"}, {"193", "1384"}, {"194", "1384"}, {"195", "1384"},
      {"04", "036"},   {"05", "032"},   {"06", "031"},   {"07", "033"},   {"08", "035"},   {"14", "133"},
      {"15", "138"},   {"16", "131"},   {"17", "130"},   {"18", "1383"},
  }};
  if (code.size() < 2 || code.size() > 4) return std::string(code);
  for (const auto& [prefix, intent] : kMap)
    if (code.starts_with(prefix)) return std::string(intent);
  if (code.starts_with("19")) return "138";
  if (code.starts_with("20")) return "1385";
  return std::string(code);
}

}  // namespace sitrep::events
