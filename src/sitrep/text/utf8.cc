#include "sitrep/text/utf8.h"

#include <utf8proc.h>

namespace sitrep::text {
namespace {
constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
}

size_t RepairUtf8(std::string* s) {
  if (IsValidUtf8(*s)) return 0;
  std::string out;
  out.reserve(s->size() + 16);
  size_t replaced = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s->data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s->size());
  bool in_bad_run = false;
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n < 0) {
      if (!in_bad_run) {
        out += kReplacement;
        ++replaced;
        in_bad_run = true;
      }
      n = 1;
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
      in_bad_run = false;
    }
    p += n;
    left -= n;
  }
  s->swap(out);
  return replaced;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    if (*p < 0x80) {  // ASCII fast path
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n < 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

int32_t CountCodePoints(std::string_view s) {
  int32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool LooksBinary(std::string_view s) {
  const size_t probe = s.size() < 4096 ? s.size() : 4096;
  size_t controls = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (i < probe && c < 0x20 && c != '\t' && c != '\n' && c != '\r') ++controls;
  }
  return probe > 0 && controls * 10 > probe;
}

std::string ToLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    if (*p < 0x80) {
      const char c = static_cast<char>(*p);
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n < 0) {  // not reachable on repaired text; keep the byte rather than lose it
      out += static_cast<char>(*p);
      ++p;
      --left;
      continue;
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
    p += n;
    left -= n;
  }
  return out;
}

size_t ByteOffsetOfCodePoint(std::string_view s, int32_t cp) {
  int32_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == cp) return i;
      ++seen;
    }
  }
  return s.size();
}

}  // namespace sitrep::text
