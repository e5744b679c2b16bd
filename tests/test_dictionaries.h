// Small dictionaries written for the tests, so unit tests do not move when the shipped
// dictionaries grow. TestPipeline() codes with them; ShippedPipeline() with the embedded ones.
#pragma once

#include <memory>

#include "sitrep/sitrep.h"

namespace sitrep::testing {

std::shared_ptr<const dictionaries::DictionarySet> TestDictionaries();
std::shared_ptr<const dictionaries::DictionarySet> ShippedDictionaries();
Pipeline& TestPipeline();
Pipeline& ShippedPipeline();

// Codes `text` as one story dated `date` with the given pipeline; fails the test on error.
CodedStory CodeText(Pipeline& p, const std::string& text, const std::string& date = "2017-07-20");

// "SOURCE CAMEO TARGET" for each event of `text`, with " NEG" when negated; "-" for a missing side.
std::vector<std::string> EventStrings(Pipeline& p, const std::string& text);

}  // namespace sitrep::testing
