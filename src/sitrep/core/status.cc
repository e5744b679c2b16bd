#include "sitrep/core/status.h"

namespace sitrep {

const char* StatusCodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "ok";
    case Status::Code::kInvalidArgument: return "invalid argument";
    case Status::Code::kNotFound: return "not found";
    case Status::Code::kCorrupt: return "corrupt";
    case Status::Code::kIoError: return "I/O error";
    case Status::Code::kTooLarge: return "too large";
    case Status::Code::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace sitrep
