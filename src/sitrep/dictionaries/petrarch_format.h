// Pieces shared by the PETRARCH/TABARI dictionary readers (petrarch_verbs.h, petrarch_actors.h,
// petrarch_agents.h, discard_list.h).
//
// Those files are upper case, join the words of a phrase with '_' or spaces, put codes in
// square brackets, use '#' (and in older files ';') for comments and may open with XML-style
// "<!-- ... -->" comments that span lines. PetrarchLines walks such a file and yields the lines
// that carry content, with their 1-based numbers; the helpers turn phrases into the lowercase
// token sequences sitrep matches on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/core/date.h"
#include "sitrep/core/status.h"
#include "sitrep/dictionaries/dictionary_file.h"

namespace sitrep::dictionaries {

class PetrarchLines {
 public:
  explicit PetrarchLines(std::string_view content) : cursor_(content, /*brackets_keep_hash=*/true) {}
  // Advances to the next line outside XML comments. `line()` has '#' comments and trailing
  // whitespace removed and may be empty (a blank line ends a synset in verb files).
  bool Next();
  std::string_view line() const { return line_; }
  int32_t number() const { return cursor_.number(); }
  bool indented() const { return cursor_.indented(); }
  bool comment_only() const { return cursor_.comment_only(); }

 private:
  LineCursor cursor_;
  std::string_view line_;
  bool in_comment_ = false;
};

// "ARNOR_", "MINAS TIRITH", "AL-QAEDA" -> the lowercase tokens sitrep's tokenizer makes of the
// words ({"arnor"}, {"minas", "tirith"}, ...). '_' and spaces both separate words.
std::vector<std::string> PetrarchPhraseWords(std::string_view phrase);

// The text between the first '[' and the following ']', trimmed; false when there is none.
bool BracketContent(std::string_view line, std::string_view* inside, size_t* open = nullptr);

// English plural of a lowercase noun, for the plurals PETRARCH files leave implicit (-s; -es
// after s, sh, ch, x; consonant + y -> -ies).
std::string RegularPlural(const std::string& noun);

// "950601" (YY <= 30 is 20YY, as in TABARI and PETRARCH) or "19950601".
Result<Date> ParsePetrarchDate(std::string_view s);

}  // namespace sitrep::dictionaries
