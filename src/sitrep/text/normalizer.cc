#include "sitrep/text/normalizer.h"

#include <utf8proc.h>

#include <cstdlib>

namespace sitrep::text {
namespace {

// The typographic folds, applied before NFKC. Returns nullptr when the code point is not folded.
const char* Fold(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x02BB:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2014: case 0x2015:
      return "--";
    case 0x2026:
      return "...";
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0)) return " ";
  return nullptr;
}

void Emit(NormalizedText* out, const char* bytes, size_t n, int32_t start, int32_t end) {
  out->text.append(bytes, n);
  out->orig_start.insert(out->orig_start.end(), n, start);
  out->orig_end.insert(out->orig_end.end(), n, end);
}

}  // namespace

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  out.text.reserve(original.size());
  out.orig_start.reserve(original.size());
  out.orig_end.reserve(original.size());

  const auto* base = reinterpret_cast<const utf8proc_uint8_t*>(original.data());
  const size_t size = original.size();
  size_t pos = 0;
  int32_t cp_index = 0;
  while (pos < size) {
    // ASCII followed by ASCII (or the end) cannot combine with anything: copy it.
    if (base[pos] < 0x80 && (pos + 1 == size || base[pos + 1] < 0x80)) {
      const char c = static_cast<char>(base[pos]);
      const char* folded = Fold(static_cast<unsigned char>(c));
      if (folded != nullptr) {
        Emit(&out, folded, 1, cp_index, cp_index + 1);
      } else {
        Emit(&out, &c, 1, cp_index, cp_index + 1);
      }
      ++pos;
      ++cp_index;
      continue;
    }
    // A chunk is a starter followed by the combining marks that attach to it; NFKC never moves
    // characters across chunk boundaries (Hangul jamo aside), so chunks normalize independently.
    const size_t chunk_begin = pos;
    const int32_t chunk_cp_begin = cp_index;
    utf8proc_int32_t first = 0;
    bool have_first = false;
    while (pos < size) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t n = utf8proc_iterate(base + pos, static_cast<utf8proc_ssize_t>(size - pos), &cp);
      if (n < 0) {  // REQUIRES says valid UTF-8; treat a stray byte as its own chunk anyway
        cp = 0xFFFD;
        n = 1;
      }
      if (have_first && utf8proc_get_property(cp)->combining_class == 0) break;
      if (!have_first) first = cp;
      have_first = true;
      pos += static_cast<size_t>(n);
      ++cp_index;
    }
    const size_t chunk_len = pos - chunk_begin;
    if (cp_index - chunk_cp_begin == 1) {
      if (const char* folded = Fold(first)) {
        Emit(&out, folded, std::char_traits<char>::length(folded), chunk_cp_begin, cp_index);
        continue;
      }
    }
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t m = utf8proc_map(base + chunk_begin, static_cast<utf8proc_ssize_t>(chunk_len),
                                      &mapped,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                     UTF8PROC_COMPAT));
    if (m < 0) {
      Emit(&out, reinterpret_cast<const char*>(base + chunk_begin), chunk_len, chunk_cp_begin, cp_index);
    } else {
      Emit(&out, reinterpret_cast<const char*>(mapped), static_cast<size_t>(m), chunk_cp_begin, cp_index);
    }
    std::free(mapped);
  }
  out.orig_length = cp_index;
  return out;
}

}  // namespace sitrep::text
