#include "sitrep/io/story_reader.h"

#include <csv.h>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "sitrep/text/utf8.h"

namespace sitrep::io {
namespace {

std::string BaseName(const std::string& path) {
  std::string base = path.substr(path.find_last_of('/') + 1);
  const size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

// Sets the story date from the record's "date" (or, failing that, "published") field, else the
// default; an unusable date is a warning, not a rejection.
void SetDate(Story* story, const std::string& date, const std::string& published, const ReaderDefaults& d,
             std::vector<std::string>* warnings) {
  story->date = d.date;
  const std::string& value = date.empty() ? published : date;
  if (value.empty()) return;
  Result<Date> parsed = ParseDate(value);
  if (parsed.ok()) {
    story->date = *parsed;
  } else {
    warnings->push_back(story->origin + ": " + parsed.status().message() + "; coded without a date");
  }
}

// ---------------------------------------------------------------------------------------------
class JsonlReader : public StoryReader {
 public:
  JsonlReader(std::istream& in, std::string name, ReaderDefaults d) : in_(in), name_(std::move(name)), d_(std::move(d)) {}

  Outcome Next(Story* story, Rejection* rej, std::vector<std::string>* warnings) override {
    std::string line;
    while (std::getline(in_, line)) {
      ++line_no_;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = name_ + ":" + std::to_string(line_no_);
      const size_t repaired = text::RepairUtf8(&line);
      nlohmann::json j;
      try {
        j = nlohmann::json::parse(line);
      } catch (const nlohmann::json::parse_error& e) {
        *rej = Rejection{where, "", std::string("malformed JSON: ") + ShortJsonError(e.what())};
        return Outcome::kRejected;
      }
      if (!j.is_object()) {
        *rej = Rejection{where, "", "expected a JSON object, found " + std::string(j.type_name())};
        return Outcome::kRejected;
      }
      *story = Story();
      story->origin = where;
      story->id = StringField(j, "id");
      const auto text_it = j.find("text");
      if (text_it == j.end() || text_it->is_null()) {
        *rej = Rejection{where, story->id, "no \"text\" field"};
        return Outcome::kRejected;
      }
      if (!text_it->is_string()) {
        *rej = Rejection{where, story->id, "\"text\" is a " + std::string(text_it->type_name()) + ", not a string"};
        return Outcome::kRejected;
      }
      story->text = text_it->get<std::string>();
      if (story->id.empty()) story->id = name_ + ":" + std::to_string(line_no_);
      SetDate(story, StringField(j, "date"), StringField(j, "published"), d_, warnings);
      story->title = StringField(j, "title");
      story->source = StringField(j, "source");
      story->url = StringField(j, "url");
      if (repaired > 0)
        warnings->push_back(where + ": invalid UTF-8 repaired (" + std::to_string(repaired) +
                            " sequence(s) replaced by U+FFFD)");
      return Outcome::kStory;
    }
    return Outcome::kEnd;
  }

 private:
  static std::string StringField(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number()) return it->dump();
    return "";
  }
  // nlohmann's message starts with "[json.exception.parse_error.101] "; keep what a user needs.
  static std::string ShortJsonError(std::string what) {
    const size_t p = what.find("] ");
    return p == std::string::npos ? what : what.substr(p + 2);
  }

  std::istream& in_;
  std::string name_;
  ReaderDefaults d_;
  int64_t line_no_ = 0;
};

// ---------------------------------------------------------------------------------------------
class CsvReader : public StoryReader {
 public:
  CsvReader(std::istream& in, std::string name, ReaderDefaults d) : in_(in), name_(std::move(name)), d_(std::move(d)) {
    csv_init(&parser_, CSV_APPEND_NULL);
  }
  ~CsvReader() override { csv_free(&parser_); }

  Outcome Next(Story* story, Rejection* rej, std::vector<std::string>* warnings) override {
    while (records_.empty() && !done_) Fill();
    if (records_.empty()) return Outcome::kEnd;
    std::vector<std::string> rec = std::move(records_.front());
    records_.pop_front();
    ++record_no_;
    const std::string where = name_ + " record " + std::to_string(record_no_);
    if (header_.empty()) {  // the first record names the columns
      for (auto& h : rec) header_.push_back(text::ToLower(h));
      text_col_ = Column("text");
      if (text_col_ < 0) {
        *rej = Rejection{name_ + " header", "", "the header has no \"text\" column (found: " + Join(header_) + ")"};
        done_ = true;
        records_.clear();
        return Outcome::kRejected;
      }
      return Next(story, rej, warnings);
    }
    size_t repaired = 0;
    for (auto& f : rec) repaired += text::RepairUtf8(&f);
    *story = Story();
    story->origin = where;
    story->id = Field(rec, "id");
    if (rec.size() != header_.size()) {
      *rej = Rejection{where, story->id, "expected " + std::to_string(header_.size()) + " fields, found " +
                                            std::to_string(rec.size())};
      return Outcome::kRejected;
    }
    story->text = rec[static_cast<size_t>(text_col_)];
    if (story->id.empty()) story->id = name_ + ":" + std::to_string(record_no_);
    SetDate(story, Field(rec, "date"), Field(rec, "published"), d_, warnings);
    story->title = Field(rec, "title");
    story->source = Field(rec, "source");
    story->url = Field(rec, "url");
    if (repaired > 0) warnings->push_back(where + ": invalid UTF-8 repaired (" + std::to_string(repaired) + " sequence(s))");
    return Outcome::kStory;
  }

 private:
  static void OnField(void* s, size_t len, void* self) {
    auto* r = static_cast<CsvReader*>(self);
    r->current_.emplace_back(static_cast<const char*>(s), len);
  }
  static void OnRecord(int, void* self) {
    auto* r = static_cast<CsvReader*>(self);
    r->records_.push_back(std::move(r->current_));
    r->current_.clear();
  }
  void Fill() {
    char buf[1 << 16];
    in_.read(buf, sizeof buf);
    const std::streamsize n = in_.gcount();
    if (n > 0) csv_parse(&parser_, buf, static_cast<size_t>(n), OnField, OnRecord, this);
    if (n <= 0 || !in_) {
      csv_fini(&parser_, OnField, OnRecord, this);
      done_ = true;
    }
  }
  int Column(const std::string& name) const {
    for (size_t i = 0; i < header_.size(); ++i)
      if (header_[i] == name) return static_cast<int>(i);
    return -1;
  }
  std::string Field(const std::vector<std::string>& rec, const std::string& name) const {
    const int c = Column(name);
    return c >= 0 && static_cast<size_t>(c) < rec.size() ? rec[static_cast<size_t>(c)] : "";
  }
  static std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
  }

  std::istream& in_;
  std::string name_;
  ReaderDefaults d_;
  csv_parser parser_;
  std::vector<std::string> current_;
  std::deque<std::vector<std::string>> records_;
  std::vector<std::string> header_;
  int text_col_ = -1;
  int64_t record_no_ = 0;
  bool done_ = false;
};

// ---------------------------------------------------------------------------------------------
class TextReader : public StoryReader {
 public:
  TextReader(std::istream& in, std::string name, ReaderDefaults d) : in_(in), name_(std::move(name)), d_(std::move(d)) {}

  Outcome Next(Story* story, Rejection*, std::vector<std::string>* warnings) override {
    if (done_) return Outcome::kEnd;
    done_ = true;
    std::ostringstream buf;
    buf << in_.rdbuf();
    *story = Story();
    story->origin = name_;
    story->id = d_.id.empty() ? BaseName(name_) : d_.id;
    story->text = buf.str();
    story->date = d_.date;
    const size_t repaired = text::RepairUtf8(&story->text);
    if (repaired > 0) warnings->push_back(name_ + ": invalid UTF-8 repaired (" + std::to_string(repaired) + " sequence(s))");
    return Outcome::kStory;
  }

 private:
  std::istream& in_;
  std::string name_;
  ReaderDefaults d_;
  bool done_ = false;
};

// A binary file is one rejection, whatever format was asked for.
class BinaryFileReader : public StoryReader {
 public:
  explicit BinaryFileReader(std::string name) : name_(std::move(name)) {}
  Outcome Next(Story*, Rejection* rej, std::vector<std::string>*) override {
    if (done_) return Outcome::kEnd;
    done_ = true;
    *rej = Rejection{name_, "", "binary content (NUL or control bytes), not text; file skipped"};
    return Outcome::kRejected;
  }

 private:
  std::string name_;
  bool done_ = false;
};

}  // namespace

InputFormat FormatFromPath(const std::string& path) {
  const size_t dot = path.find_last_of('.');
  const std::string ext = dot == std::string::npos ? "" : text::ToLower(path.substr(dot + 1));
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::kJsonl;
  if (ext == "csv") return InputFormat::kCsv;
  return InputFormat::kText;
}

Result<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "csv") return InputFormat::kCsv;
  if (name == "text") return InputFormat::kText;
  return Status::InvalidArgument("unknown input format '" + name + "' (expected jsonl, csv or text)");
}

std::unique_ptr<StoryReader> MakeStoryReader(InputFormat format, std::istream& in, std::string name,
                                             ReaderDefaults defaults) {
  switch (format) {
    case InputFormat::kJsonl: return std::make_unique<JsonlReader>(in, std::move(name), std::move(defaults));
    case InputFormat::kCsv: return std::make_unique<CsvReader>(in, std::move(name), std::move(defaults));
    case InputFormat::kText: break;
  }
  return std::make_unique<TextReader>(in, std::move(name), std::move(defaults));
}

}  // namespace sitrep::io

namespace sitrep::io {
namespace {

// Owns the file the inner reader reads from.
class FileStoryReader : public StoryReader {
 public:
  FileStoryReader(std::unique_ptr<std::ifstream> file, std::unique_ptr<StoryReader> inner)
      : file_(std::move(file)), inner_(std::move(inner)) {}
  Outcome Next(Story* story, Rejection* rejection, std::vector<std::string>* warnings) override {
    return inner_->Next(story, rejection, warnings);
  }

 private:
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<StoryReader> inner_;
};

}  // namespace

Result<std::unique_ptr<StoryReader>> OpenStoryReader(const std::string& path, InputFormat format,
                                                     ReaderDefaults defaults) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return Status::IoError("cannot open '" + path + "': " + std::strerror(errno));
  char buf[4096];
  file->read(buf, sizeof buf);
  const std::string_view head(buf, static_cast<size_t>(file->gcount()));
  if (file->bad()) return Status::IoError("cannot read '" + path + "'");
  if (text::LooksBinary(head)) return std::unique_ptr<StoryReader>(std::make_unique<BinaryFileReader>(path));
  file->clear();
  file->seekg(0);
  std::unique_ptr<StoryReader> inner = MakeStoryReader(format, *file, path, std::move(defaults));
  return std::unique_ptr<StoryReader>(std::make_unique<FileStoryReader>(std::move(file), std::move(inner)));
}

}  // namespace sitrep::io
