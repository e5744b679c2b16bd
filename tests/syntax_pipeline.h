// Pipelines that code with the test dictionaries (test_dictionaries.h) and the embedded syntax
// model, so the DependencyCoder is exercised: built once per test binary.
#pragma once

#include <memory>

#include "sitrep/nlp/syntax_model.h"
#include "sitrep/sitrep.h"

namespace sitrep::testing {

// The syntax model compiled into the binary, loaded once.
std::shared_ptr<const nlp::SyntaxModel> EmbeddedTestModel();

// require_dyad = true (the default options).
Pipeline& SyntaxTestPipeline();
// require_dyad = false: one-sided events ("- 190 IRQCOP") are kept.
Pipeline& SyntaxTestPipelineWithMonads();

}  // namespace sitrep::testing
