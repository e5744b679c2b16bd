// Status and Result<T>: the one way sitrep's library reports failure.
//
// Every function at a library boundary returns a Status (no value) or a Result<T> (a value or a
// Status). No exception crosses the boundary: the CLI maps a Status to an exit code and a
// one-line reason, the server to an HTTP status, the Python binding to an exception.
// A Status carries a kind (what tests assert on) and a message with context (file:line, story
// id) meant for a human. Thread-safety: plain values, safe to copy across threads.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sitrep {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller passed something malformed (bad option, bad date)
    kNotFound,         // a file, code or record that does not exist
    kCorrupt,          // input data that cannot be parsed (bad JSON, bad dictionary line)
    kIoError,          // the operating system refused a read or write
    kTooLarge,         // input exceeds a configured limit
    kInternal,         // a bug in sitrep: should never be seen
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return Status(Code::kInvalidArgument, std::move(m)); }
  static Status NotFound(std::string m) { return Status(Code::kNotFound, std::move(m)); }
  static Status Corrupt(std::string m) { return Status(Code::kCorrupt, std::move(m)); }
  static Status IoError(std::string m) { return Status(Code::kIoError, std::move(m)); }
  static Status TooLarge(std::string m) { return Status(Code::kTooLarge, std::move(m)); }
  static Status Internal(std::string m) { return Status(Code::kInternal, std::move(m)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corrupt: stories.jsonl:3: expected '}'" — the form the CLI prints.
  std::string ToString() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

const char* StatusCodeName(Status::Code code);

// Result<T> holds either a T or a non-OK Status.
// REQUIRES: a Result built from a Status is built from a non-OK one.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                      // NOLINT: implicit by design
  Result(Status status) : value_(std::nullopt), status_(std::move(status)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace sitrep
