// The dictionaries shipped in the repository's dictionaries/ folder, compiled into the binary
// (see src/sitrep/CMakeLists.txt), so `sitrep code` works from any directory with no setup.
// Names are repository-relative ("dictionaries/verbs/19_fight.txt"), which is what rule locations
// show.
#pragma once

#include <string_view>
#include <vector>

namespace sitrep::dictionaries {

struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

const std::vector<EmbeddedFile>& EmbeddedFiles();

}  // namespace sitrep::dictionaries
