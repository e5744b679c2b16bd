// `sitrep eval parser --conllu FILE`: re-tags and re-parses a gold CoNLL-U file (keeping its
// tokenization) and prints UPOS, XPOS, lemma accuracy, UAS and LAS, and the speed.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "model_options.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/evaluation.h"

namespace sitrep::cli {
namespace {

struct EvalFlags {
  std::string conllu;
  std::string output;
  ModelFlags models;
};

int RunParser(const EvalFlags& f) {
  auto model = LoadSyntaxModel(f.models);
  if (!model.ok()) {
    std::cerr << "sitrep: " << model.status().ToString() << "\n";
    return 2;
  }
  auto gold = nlp::ReadConlluFile(f.conllu);
  if (!gold.ok()) {
    std::cerr << "sitrep: " << gold.status().ToString() << "\n";
    return 2;
  }
  std::vector<nlp::ConlluSentence> predicted = *gold;
  nlp::SyntaxScratch scratch;
  const auto start = std::chrono::steady_clock::now();
  for (nlp::ConlluSentence& s : predicted) (*model)->AnnotateConllu(&s, &scratch);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  nlp::SyntaxScores scores;
  for (size_t i = 0; i < gold->size(); ++i) {
    if (Status st = nlp::ScoreSentence((*gold)[i], predicted[i], &scores); !st.ok()) {
      std::cerr << "sitrep: " << st.message() << "\n";
      return 1;
    }
  }
  if (!f.output.empty()) {
    std::ofstream out(f.output);
    for (const auto& s : predicted) nlp::WriteConllu(s, out);
  }
  std::printf("%s: %zu sentences, %zu words\n", f.conllu.c_str(), scores.sentences, scores.words);
  std::printf("UPOS   %6.2f%%\nXPOS   %6.2f%%\nlemma  %6.2f%%\nUAS    %6.2f%%\nLAS    %6.2f%%  (universal labels %.2f%%)\n",
              scores.Upos(), scores.Xpos(), scores.Lemma(), scores.Uas(), scores.Las(), scores.LasUniversal());
  std::printf("speed  %.0f sentences/s, %.0f words/s (tag + lemma + parse, one thread)\n",
              static_cast<double>(scores.sentences) / seconds, static_cast<double>(scores.words) / seconds);
  return 0;
}

}  // namespace

void RegisterEval(CLI::App* app, int* exit_code) {
  static EvalFlags f;
  auto* eval = app->add_subcommand("eval", "measure sitrep against gold data");
  eval->require_subcommand(1);
  auto* parser = eval->add_subcommand("parser", "tagger, lemmatizer and parser accuracy on a gold CoNLL-U file");
  parser->add_option("--conllu", f.conllu, "gold CoNLL-U file (its tokenization is kept)")->required();
  parser->add_option("-o,--output", f.output, "also write the predicted CoNLL-U here");
  AddModelFlags(parser, &f.models);
  parser->callback([exit_code]() { *exit_code = RunParser(f); });
}

}  // namespace sitrep::cli
