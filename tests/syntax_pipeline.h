// Pipelines that code with the test dictionaries (test_dictionaries.h) and the embedded syntax
// model, so the DependencyCoder is exercised: built once per test binary.
#pragma once

#include "sitrep/sitrep.h"

namespace sitrep::testing {

// require_dyad = true (the default options).
Pipeline& SyntaxTestPipeline();
// require_dyad = false: one-sided events ("- 190 IRQCOP") are kept.
Pipeline& SyntaxTestPipelineWithMonads();

}  // namespace sitrep::testing
