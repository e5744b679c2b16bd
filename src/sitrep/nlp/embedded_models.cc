#include "sitrep/nlp/embedded_models.h"

#include <mutex>
#include <string>

extern "C" const char sitrep_model_0_begin[];
extern "C" const char sitrep_model_0_end[];
extern "C" const char sitrep_model_1_begin[];
extern "C" const char sitrep_model_1_end[];

namespace sitrep::nlp {

Result<std::shared_ptr<const SyntaxModel>> EmbeddedSyntaxModel() {
  static std::once_flag once;
  static Result<std::shared_ptr<const SyntaxModel>>* model = nullptr;
  std::call_once(once, [] {
    model = new Result<std::shared_ptr<const SyntaxModel>>(SyntaxModel::FromBytes(
        std::string(sitrep_model_0_begin, sitrep_model_0_end), "<embedded models/tagger.model>",
        std::string(sitrep_model_1_begin, sitrep_model_1_end), "<embedded models/parser.model>"));
  });
  return *model;
}

}  // namespace sitrep::nlp
