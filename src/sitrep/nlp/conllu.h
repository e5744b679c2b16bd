// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// A ConlluSentence keeps everything a file holds, so reading then writing gives back the same
// bytes for any well-formed sentence: the comment lines, the word rows (integer IDs) and the
// rows that are not words — multiword token ranges ("3-4") and empty nodes ("8.1") — kept
// verbatim at their position. The tagger, lemmatizer and parser work on the words only.
//
// ConlluReader reads one sentence at a time from a stream and reports malformed input as
// "name:line: reason"; after an error it skips to the next blank line, so one bad sentence
// does not hide the rest of a file.
#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "sitrep/core/status.h"

namespace sitrep::nlp {

struct ConlluWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int32_t head = -1;  // 0 = root; -1 = unknown ("_")
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";

  bool space_after() const;  // false when MISC holds SpaceAfter=No
};

// A row that is not a word: a multiword token range or an empty node, written back unchanged
// just before words[before_word] (or after the last word when before_word == words.size()).
struct ConlluExtraRow {
  size_t before_word = 0;
  std::string line;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the trailing newline, each starting with '#'
  std::vector<ConlluWord> words;
  std::vector<ConlluExtraRow> extras;

  // The value of a "# key = value" comment, or nullopt.
  std::optional<std::string> Comment(const std::string& key) const;
  // Sets (or adds) a "# key = value" comment.
  void SetComment(const std::string& key, const std::string& value);
};

class ConlluReader {
 public:
  // `name` is used in error messages (a file name or "<stdin>").
  ConlluReader(std::istream& in, std::string name);

  // The next sentence, nullopt at the end of the input, or a Corrupt status naming the line.
  Result<std::optional<ConlluSentence>> Next();

  size_t line_number() const { return line_number_; }

 private:
  Status Fail(const std::string& reason);
  std::istream& in_;
  std::string name_;
  size_t line_number_ = 0;
};

// Reads a whole file; the first malformed sentence fails the call.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

void WriteConllu(const ConlluSentence& sentence, std::ostream& out);

}  // namespace sitrep::nlp
