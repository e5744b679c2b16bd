#include "sitrep/nlp/conllu.h"

#include <charconv>
#include <fstream>
#include <string_view>

namespace sitrep::nlp {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool ParseInt(std::string_view s, int32_t& value) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

bool ConlluWord::space_after() const {
  std::string_view m = misc;
  size_t pos = 0;
  while (pos <= m.size()) {
    size_t bar = m.find('|', pos);
    std::string_view item = m.substr(pos, bar == std::string_view::npos ? std::string_view::npos : bar - pos);
    if (item == "SpaceAfter=No") return false;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return true;
}

std::optional<std::string> ConlluSentence::Comment(const std::string& key) const {
  const std::string prefix = "# " + key + " =";
  for (const std::string& c : comments) {
    if (c.compare(0, prefix.size(), prefix) == 0) {
      std::string value = c.substr(prefix.size());
      if (!value.empty() && value[0] == ' ') value.erase(0, 1);
      return value;
    }
  }
  return std::nullopt;
}

void ConlluSentence::SetComment(const std::string& key, const std::string& value) {
  const std::string prefix = "# " + key + " =";
  std::string line = prefix + " " + value;
  for (std::string& c : comments) {
    if (c.compare(0, prefix.size(), prefix) == 0) {
      c = line;
      return;
    }
  }
  comments.push_back(line);
}

ConlluReader::ConlluReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

Status ConlluReader::Fail(const std::string& reason) {
  Status s = Status::Corrupt(name_ + ":" + std::to_string(line_number_) + ": " + reason);
  // Skip the rest of the broken sentence so the caller may go on with the next one.
  std::string line;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (line.empty() || line == "\r") break;
  }
  return s;
}

Result<std::optional<ConlluSentence>> ConlluReader::Next() {
  ConlluSentence sentence;
  std::string line;
  bool any = false;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any) continue;  // tolerate extra blank lines between sentences
      break;
    }
    any = true;
    if (line[0] == '#') {
      if (!sentence.words.empty()) return Fail("comment line inside a sentence");
      sentence.comments.push_back(line);
      continue;
    }
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 10) {
      return Fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    }
    std::string_view id = cols[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) {
      sentence.extras.push_back({sentence.words.size(), line});
      continue;
    }
    int32_t n = 0;
    if (!ParseInt(id, n)) return Fail("bad ID '" + std::string(id) + "'");
    if (n != static_cast<int32_t>(sentence.words.size()) + 1) {
      return Fail("word ID " + std::string(id) + " out of sequence (expected " +
                  std::to_string(sentence.words.size() + 1) + ")");
    }
    if (cols[1].empty()) return Fail("empty FORM");
    ConlluWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!ParseInt(cols[6], w.head) || w.head < 0) {
      return Fail("bad HEAD '" + std::string(cols[6]) + "'");
    }
    w.deprel = cols[7];
    w.deps = cols[8];
    w.misc = cols[9];
    sentence.words.push_back(std::move(w));
  }
  if (!any) return std::optional<ConlluSentence>();
  if (sentence.words.empty()) {
    // The blank line that ended this block is already read: nothing left to skip.
    return Status::Corrupt(name_ + ":" + std::to_string(line_number_) + ": sentence has no words");
  }
  const int32_t n = static_cast<int32_t>(sentence.words.size());
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    if (sentence.words[i].head > n) {
      return Status::Corrupt(name_ + ":" + std::to_string(line_number_) + ": word " + std::to_string(i + 1) +
                             " has HEAD " + std::to_string(sentence.words[i].head) + " beyond the sentence's " +
                             std::to_string(n) + " words");
    }
  }
  return std::optional<ConlluSentence>(std::move(sentence));
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open CoNLL-U file " + path);
  ConlluReader reader(in, path);
  std::vector<ConlluSentence> out;
  while (true) {
    auto next = reader.Next();
    if (!next.ok()) return next.status();
    if (!next->has_value()) break;
    out.push_back(std::move(**next));
  }
  return out;
}

void WriteConllu(const ConlluSentence& sentence, std::ostream& out) {
  for (const std::string& c : sentence.comments) out << c << '\n';
  size_t extra = 0;
  for (size_t i = 0; i <= sentence.words.size(); ++i) {
    while (extra < sentence.extras.size() && sentence.extras[extra].before_word == i) {
      out << sentence.extras[extra].line << '\n';
      ++extra;
    }
    if (i == sentence.words.size()) break;
    const ConlluWord& w = sentence.words[i];
    out << (i + 1) << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t' << w.feats << '\t';
    if (w.head < 0) {
      out << '_';
    } else {
      out << w.head;
    }
    out << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc << '\n';
  }
  out << '\n';
}

}  // namespace sitrep::nlp
