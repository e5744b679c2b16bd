// StoryReader: streams stories out of JSONL, CSV or plain-text input, one record at a time, in
// constant memory whatever the size of the corpus.
//
// Every record ends in exactly one of two ways: a Story (possibly with warnings, e.g. invalid
// UTF-8 repaired or an unusable date ignored) or a Rejection with a reason and the record's
// place ("stories.jsonl:17"). A bad record never stops the reader; only the end of input does.
//
// Formats (docs/input.md):
//   jsonl  one JSON object per line: id, date (YYYY-MM-DD or ISO time; "published" accepted
//          too), text, optional title, source, url. Blank lines are skipped.
//   csv    RFC 4180 with a header row naming the same columns; quoted fields may hold newlines.
//   text   the whole file is one story; id and date come from ReaderDefaults.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/core/story.h"

namespace sitrep::io {

enum class InputFormat { kJsonl, kCsv, kText };

// Picks the format from a file name: .jsonl/.ndjson/.json -> jsonl, .csv -> csv, else text.
InputFormat FormatFromPath(const std::string& path);
Result<InputFormat> ParseInputFormat(const std::string& name);  // "jsonl", "csv", "text"

struct ReaderDefaults {
  std::string id;  // text format: story id (default: the file's base name)
  Date date;       // date for records that have none
};

struct Rejection {
  std::string where;     // "stories.jsonl:17" or "stories.csv record 3"
  std::string story_id;  // when the record had one
  std::string reason;
};

class StoryReader {
 public:
  enum class Outcome { kStory, kRejected, kEnd };
  virtual ~StoryReader() = default;
  // Reads the next record. On kStory fills *story and appends any warnings ("where: what") to
  // *warnings; on kRejected fills *rejection.
  virtual Outcome Next(Story* story, Rejection* rejection, std::vector<std::string>* warnings) = 0;
};

// `in` must outlive the reader. `name` is used in messages and as the text format's default id.
std::unique_ptr<StoryReader> MakeStoryReader(InputFormat format, std::istream& in, std::string name,
                                             ReaderDefaults defaults);

// Opens a file. A file whose first 4 KiB look binary yields a reader with a single rejection
// ("binary content"), so a stray binary in a batch is reported and skipped like any bad record.
// Fails only when the file cannot be opened.
Result<std::unique_ptr<StoryReader>> OpenStoryReader(const std::string& path, InputFormat format,
                                                     ReaderDefaults defaults);

}  // namespace sitrep::io
