#include "sitrep/eval/gold_file.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "sitrep/text/utf8.h"

namespace sitrep::eval {
namespace {

// Maps byte offsets (what pugixml reports) to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view content) {
    for (size_t i = 0; i < content.size(); ++i)
      if (content[i] == '\n') newlines_.push_back(i);
  }
  int Line(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    // Lines before `offset` = newlines strictly before it.
    auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset));
    return static_cast<int>(it - newlines_.begin()) + 1;
  }

 private:
  std::vector<size_t> newlines_;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The character content of an element: its text and CDATA children joined (comments between
// them are not part of the text), whitespace collapsed.
std::string ElementText(const pugi::xml_node& node) {
  std::string raw;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) raw += c.value();
  return CollapseWhitespace(raw);
}

// "19950101" -> 1995-01-01; the checks of ParseDate (real calendar day) apply.
Result<Date> ParseCompactDate(std::string_view s) {
  if (s.size() != 8 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Status::InvalidArgument("date '" + std::string(s.substr(0, 40)) + "' is not YYYYMMDD");
  std::string iso = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" + std::string(s.substr(6, 2));
  return ParseDate(iso);
}

class Reader {
 public:
  Reader(const std::string& path, std::string_view content) : path_(path), lines_(content) {}

  Result<GoldFile> Read(std::string_view content) {
    pugi::xml_document doc;
    // parse_default decodes entities and normalises line ends; comments are dropped.
    pugi::xml_parse_result parsed = doc.load_buffer(content.data(), content.size(), pugi::parse_default,
                                                    pugi::encoding_utf8);
    if (!parsed) return Status::Corrupt(Where(parsed.offset) + parsed.description());
    pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "Validation")
      return Status::Corrupt(Where(root.offset_debug()) + "root element is <" + root.name() +
                             ">, expected <Validation>");
    GoldFile out;
    out.path = path_;
    for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = n.name();
      if (name == "Environment") {
        ReadEnvironment(n, &out);
      } else if (name == "Sentences") {
        for (pugi::xml_node s = n.first_child(); s; s = s.next_sibling()) Visit(s, &out);
      } else {
        Visit(n, &out);  // Config or Sentence outside <Sentences>: same meaning
      }
    }
    return out;
  }

 private:
  std::string Where(ptrdiff_t offset) const { return path_ + ":" + std::to_string(lines_.Line(offset)) + ": "; }

  void ReadEnvironment(const pugi::xml_node& env, GoldFile* out) {
    for (pugi::xml_node n = env.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = n.name();
      if (name == "Verbfile") {
        out->environment.verbs = ElementText(n);
      } else if (name == "Actorfile") {
        if (std::string f = ElementText(n); !f.empty()) out->environment.actors.push_back(std::move(f));
      } else if (name == "Agentfile") {
        out->environment.agents = ElementText(n);
      } else if (name == "Discardfile") {
        out->environment.discards = ElementText(n);
      } else if (name == "Config") {
        ApplyConfig(n, out);
      }
      // Errorfile, Include, Pause and the like steer PETRARCH's own run: nothing to read.
    }
  }

  void Visit(const pugi::xml_node& n, GoldFile* out) {
    if (n.type() != pugi::node_element) return;
    const std::string_view name = n.name();
    if (name == "Config") ApplyConfig(n, out);
    if (name == "Sentence") ReadSentence(n, out);
  }

  void ApplyConfig(const pugi::xml_node& n, GoldFile* out) {
    pugi::xml_attribute option = n.attribute("option");
    if (!option || !n.attribute("value")) {
      out->problems.push_back(Where(n.offset_debug()) + "<Config> without option= and value=; ignored");
      return;
    }
    config_[option.value()] = n.attribute("value").value();
  }

  void ReadSentence(const pugi::xml_node& n, GoldFile* out) {
    GoldRecord r;
    r.line = lines_.Line(n.offset_debug());
    const std::string where = path_ + ":" + std::to_string(r.line) + ": ";
    auto problem = [&](const std::string& reason) { out->problems.push_back(where + reason + "; record skipped"); };
    r.id = CollapseWhitespace(n.attribute("id").value());
    if (r.id.empty()) return problem("<Sentence> has no id");
    const std::string who = "record '" + r.id + "': ";
    pugi::xml_attribute date = n.attribute("date");
    if (!date) return problem(who + "no date");
    Result<Date> d = ParseCompactDate(CollapseWhitespace(date.value()));
    if (!d.ok()) return problem(who + d.status().message());
    r.date = *d;
    r.category = CollapseWhitespace(n.attribute("category").value());
    pugi::xml_node text = n.child("Text");
    if (!text) return problem(who + "no <Text>");
    r.text = ElementText(text);
    if (r.text.empty()) return problem(who + "<Text> is empty");
    // The pipeline assumes valid UTF-8, which pugixml does not check.
    if (size_t n = text::RepairUtf8(&r.text))
      out->problems.push_back(where + who + "invalid UTF-8 repaired (" + std::to_string(n) +
                              " sequence(s) replaced by U+FFFD)");
    for (pugi::xml_node ec = n.child("EventCoding"); ec; ec = ec.next_sibling("EventCoding")) {
      if (pugi::xml_attribute e = ec.attribute("error")) {
        r.error = e.value();
      } else if (pugi::xml_attribute none = ec.attribute("noevents")) {
        if (EqualsIgnoreCase(CollapseWhitespace(none.value()), "true")) r.expects_no_events = true;
      } else {
        pugi::xml_attribute src = ec.attribute("sourcecode"), tgt = ec.attribute("targetcode"),
                            code = ec.attribute("eventcode");
        if (!src || !tgt || !code)
          return problem(who + "line " + std::to_string(lines_.Line(ec.offset_debug())) +
                         ": <EventCoding> needs sourcecode, targetcode and eventcode (or noevents or error)");
        r.expected.push_back(GoldEvent{src.value(), tgt.value(), code.value()});
      }
    }
    if (r.expects_no_events && !r.expected.empty()) return problem(who + "noevents=\"True\" together with events");
    r.config = config_;
    out->records.push_back(std::move(r));
  }

  const std::string& path_;
  LineIndex lines_;
  std::map<std::string, std::string> config_;  // options in force at the current position
};

}  // namespace

Result<GoldFile> ParseGoldFile(std::string_view content, const std::string& path) {
  Reader reader(path, content);
  return reader.Read(content);
}

Result<GoldFile> ReadGoldFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    const std::string reason = "cannot open '" + path + "': " + std::strerror(err);
    return err == ENOENT ? Status::NotFound(reason) : Status::IoError(reason);
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read '" + path + "'");
  return ParseGoldFile(buf.str(), path);
}

}  // namespace sitrep::eval
