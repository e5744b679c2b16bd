// The benchmarks' way to load a JSONL story corpus (the VOA stories) into memory: every story
// the reader accepts, in file order; rejected records are counted, not kept.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "sitrep/io/story_reader.h"

inline std::vector<sitrep::Story> ReadStoryCorpus(std::istream& in, const std::string& name,
                                                  size_t* rejected = nullptr) {
  std::vector<sitrep::Story> stories;
  auto reader = sitrep::io::MakeStoryReader(sitrep::io::InputFormat::kJsonl, in, name, {});
  sitrep::Story s;
  sitrep::io::Rejection rejection;
  std::vector<std::string> warnings;
  while (true) {
    const auto o = reader->Next(&s, &rejection, &warnings);
    if (o == sitrep::io::StoryReader::Outcome::kEnd) break;
    if (o == sitrep::io::StoryReader::Outcome::kStory) {
      stories.push_back(s);
    } else if (rejected != nullptr) {
      ++*rejected;
    }
  }
  return stories;
}
