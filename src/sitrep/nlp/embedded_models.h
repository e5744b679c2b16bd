// The tagger and parser compiled into the sitrep binary from models/ (library sitrep_models).
// Loaded on first use and shared: every caller gets the same immutable SyntaxModel.
#pragma once

#include <memory>

#include "sitrep/core/status.h"
#include "sitrep/nlp/syntax_model.h"

namespace sitrep::nlp {

Result<std::shared_ptr<const SyntaxModel>> EmbeddedSyntaxModel();

}  // namespace sitrep::nlp
