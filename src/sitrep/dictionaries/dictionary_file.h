// DictionaryFile and LineCursor: the common layer under every dictionary reader.
//
// A DictionaryFile is a name ("dictionaries/agents.txt", used in rule locations and error
// messages) and its content. LineCursor walks it line by line, strips '#' comments and trailing
// whitespace and keeps the 1-based line number so readers can say "file:line: reason".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::dictionaries {

struct DictionaryFile {
  std::string name;     // shown in rule locations: "<name>:<line>"
  std::string content;  // UTF-8 text
};

// Reads a file from disk. The name recorded is `path` as given.
Result<DictionaryFile> ReadDictionaryFile(const std::string& path);

class LineCursor {
 public:
  // `brackets_keep_hash`: a '#' between '[' and ']' is text, not a comment (PETRARCH's "[###]"
  // code).
  explicit LineCursor(std::string_view content, bool brackets_keep_hash = false)
      : rest_(content), brackets_keep_hash_(brackets_keep_hash) {}
  // Advances to the next line; false at the end. `line()` is then the line without its comment
  // and trailing whitespace (possibly empty), `number()` its 1-based number and `indented()`
  // whether it starts with a space or tab.
  bool Next();
  std::string_view line() const { return line_; }
  int32_t number() const { return number_; }
  bool indented() const { return indented_; }
  // True when the line held a comment and nothing else (line() is then empty but the line was
  // not blank).
  bool comment_only() const { return comment_only_; }

 private:
  std::string_view rest_;
  std::string_view line_;
  int32_t number_ = 0;
  bool indented_ = false;
  bool comment_only_ = false;
  bool brackets_keep_hash_ = false;
};

// Where a rule came from: "dictionaries/verbs/19_fight.txt:42".
std::string RuleLocation(const DictionaryFile& file, int32_t line);

// Splits on `sep`, trimming spaces around each piece and dropping empty pieces.
std::vector<std::string_view> SplitTrimmed(std::string_view s, char sep);
std::string_view Trim(std::string_view s);

}  // namespace sitrep::dictionaries
