#include "sitrep/io/event_writer.h"

#include <cstdio>

#include "sitrep/io/event_json.h"

namespace sitrep::io {
namespace {

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

class JsonlWriter : public EventWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void Write(const Event& e) override {
    out_ << EventToJson(e).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }

 private:
  std::ostream& out_;
};

class DelimitedWriter : public EventWriter {
 public:
  DelimitedWriter(std::ostream& out, char sep) : out_(out), sep_(sep) {}
  void Write(const Event& e) override {
    if (!header_written_) {
      WriteRow(FlatColumns());
      header_written_ = true;
    }
    WriteRow(FlatValues(e));
  }

 private:
  void WriteRow(const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out_ << sep_;
      const std::string& f = row[i];
      if (sep_ == '\t') {
        for (char c : f) out_ << (c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
      } else if (f.find_first_of(",\"\r\n") != std::string::npos) {
        out_ << '"';
        for (char c : f) {
          if (c == '"') out_ << '"';
          out_ << c;
        }
        out_ << '"';
      } else {
        out_ << f;
      }
    }
    out_ << (sep_ == ',' ? "\r\n" : "\n");
  }

  std::ostream& out_;
  char sep_;
  bool header_written_ = false;
};

void AddActor(std::vector<std::string>* v, const std::optional<EventActor>& a) {
  if (!a) {
    v->insert(v->end(), 7, "");
    return;
  }
  v->insert(v->end(), {a->code, a->text, std::to_string(a->span.start), std::to_string(a->span.end), a->country,
                       a->role, a->rule});
}

}  // namespace

Result<OutputFormat> ParseOutputFormat(const std::string& name) {
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  return Status::InvalidArgument("unknown output format '" + name + "' (expected jsonl, csv or tsv)");
}

const std::vector<std::string>& FlatColumns() {
  static const std::vector<std::string> kColumns = {
      "story_id", "sentence", "event_id", "date", "date_precision",
      "source_code", "source_text", "source_start", "source_end", "source_country", "source_role", "source_rule",
      "target_code", "target_text", "target_start", "target_end", "target_country", "target_role", "target_rule",
      "cameo", "cameo_name", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "negated",
      "sentence_start", "sentence_end", "verb_start", "verb_end", "verb_text", "rule", "sentence_text",
      "date_text", "location_name", "location_lat", "location_lon", "location_country", "location_admin1",
      "location_precision", "location_basis", "killed", "killed_qualifier", "wounded", "wounded_qualifier"};
  return kColumns;
}

std::vector<std::string> FlatValues(const Event& e) {
  std::vector<std::string> v = {e.story_id, std::to_string(e.sentence), e.event_id, e.date.ToString(), e.date_precision};
  AddActor(&v, e.source);
  AddActor(&v, e.target);
  v.insert(v.end(), {e.cameo, e.cameo_name, e.root, std::to_string(e.quad_class), Number(e.goldstein), e.plover_type,
                     e.plover_mode, e.negated ? "true" : "false", std::to_string(e.sentence_span.start),
                     std::to_string(e.sentence_span.end), std::to_string(e.verb_span.start),
                     std::to_string(e.verb_span.end), e.verb_text, e.rule, e.sentence_text, e.date_text});
  if (e.location) {
    v.insert(v.end(), {e.location->name, Number(e.location->lat), Number(e.location->lon), e.location->country,
                       e.location->admin1, e.location->precision, e.location->basis});
  } else {
    v.insert(v.end(), 7, "");
  }
  for (const auto* c : {&e.killed, &e.wounded}) {
    v.push_back(*c ? std::to_string((*c)->n) : "");
    v.push_back(*c ? (*c)->qualifier : "");
  }
  return v;
}

std::unique_ptr<EventWriter> MakeEventWriter(OutputFormat format, std::ostream& out) {
  switch (format) {
    case OutputFormat::kJsonl: return std::make_unique<JsonlWriter>(out);
    case OutputFormat::kCsv: return std::make_unique<DelimitedWriter>(out, ',');
    case OutputFormat::kTsv: break;
  }
  return std::make_unique<DelimitedWriter>(out, '\t');
}

}  // namespace sitrep::io
