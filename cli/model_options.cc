#include "model_options.h"

#include "sitrep/nlp/embedded_models.h"

namespace sitrep::cli {

void AddModelFlags(CLI::App* app, ModelFlags* f) {
  app->add_option("--tagger-model", f->tagger, "tagger/lemmatizer model file (default: the shipped one)");
  app->add_option("--parser-model", f->parser, "parser model file (default: the shipped one)");
}

Result<std::shared_ptr<const nlp::SyntaxModel>> LoadSyntaxModel(const ModelFlags& f) {
  if (f.tagger.empty() && f.parser.empty()) return nlp::EmbeddedSyntaxModel();
  if (f.tagger.empty() || f.parser.empty()) {
    return Status::InvalidArgument("give both --tagger-model and --parser-model, or neither for the shipped models");
  }
  return nlp::SyntaxModel::FromFiles(f.tagger, f.parser);
}

}  // namespace sitrep::cli
