// EventToJson: the output event record of DESIGN.md as JSON, fields in contract order.
// The JSONL writer and the SQLite store both use it, so the two can never disagree.
#pragma once

#include <nlohmann/json.hpp>

#include "sitrep/core/event.h"

namespace sitrep::io {

nlohmann::ordered_json EventToJson(const Event& e);

}  // namespace sitrep::io
