// LoadGazetteer: the gazetteer the pipeline uses — a GeoNames directory (the default one built
// from npm by `make deps`, or one a user downloaded) plus the shipped dictionaries/places files
// (compiled into the binary) and the country names and adjectives of the actor dictionaries.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/dictionaries/dictionary_set.h"
#include "sitrep/geo/gazetteer.h"

namespace sitrep::geo {

// $SITREP_GAZETTEER when set, else the build's data/gazetteer.
std::string DefaultGazetteerDir();

// Malformed lines of the files go to *problems as "file:line: reason".
Result<std::shared_ptr<const Gazetteer>> LoadGazetteer(const std::string& dir,
                                                       const dictionaries::DictionarySet& dicts,
                                                       std::vector<std::string>* problems);

}  // namespace sitrep::geo
