// EventWriter: writes coded events as JSONL (default), CSV or TSV (docs/output.md).
//
// JSONL carries the full nested record of DESIGN.md, one event per line. CSV and TSV flatten it
// to one row per event with a fixed header (source_code, source_text, source_start, ...).
// CSV quotes fields as RFC 4180 requires; TSV has no quoting, so tabs and line breaks inside a
// field are written as spaces. Writers do not own the stream.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "sitrep/core/event.h"
#include "sitrep/core/status.h"

namespace sitrep::io {

enum class OutputFormat { kJsonl, kCsv, kTsv };
Result<OutputFormat> ParseOutputFormat(const std::string& name);  // "jsonl", "csv", "tsv"

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual void Write(const Event& event) = 0;
};

std::unique_ptr<EventWriter> MakeEventWriter(OutputFormat format, std::ostream& out);

// The flat column names of CSV/TSV output, in order.
const std::vector<std::string>& FlatColumns();
// One event as flat column values (same order as FlatColumns()).
std::vector<std::string> FlatValues(const Event& e);

}  // namespace sitrep::io
