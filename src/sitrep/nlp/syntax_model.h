// SyntaxModel: the tagger, lemmatizer and parser loaded together, and the one call the rest of
// sitrep uses — Analyze() one sentence's words into tags, lemmas, heads and relations.
//
// Models come from two files (`models/tagger.model` holds the tagger and lemmatizer,
// `models/parser.model` the parser) or from the copies compiled into the sitrep binary. A
// loaded model is immutable and shared by every thread; each thread brings a SyntaxScratch.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/lemmatizer.h"
#include "sitrep/nlp/parser.h"
#include "sitrep/nlp/tagger.h"

namespace sitrep::nlp {

// The syntax of one word, as indices into the model's tag and label sets.
struct WordSyntax {
  uint16_t tag = 0;    // TagSet class: UPOS and XPOS
  int32_t head = 0;    // 1-based index of the head word in the sentence, 0 = root
  uint16_t label = 0;  // LabelSet id of the relation to the head
  std::string lemma;
};

struct SyntaxScratch {
  std::vector<LexicalKeys> keys;
  std::vector<uint16_t> tags;
  std::vector<int32_t> heads;
  std::vector<uint16_t> labels;
  TaggerScratch tagger;
  ParserScratch parser;
};

class SyntaxModel {
 public:
  static Result<std::shared_ptr<const SyntaxModel>> FromBytes(std::string tagger_bytes, const std::string& tagger_name,
                                                             std::string parser_bytes, const std::string& parser_name);
  static Result<std::shared_ptr<const SyntaxModel>> FromFiles(const std::string& tagger_path,
                                                             const std::string& parser_path);

  // `forms` are the words of one sentence (normalized spelling). Fills one WordSyntax per word.
  void Analyze(const std::vector<std::string_view>& forms, std::vector<WordSyntax>* out,
               SyntaxScratch* scratch) const;

  // Re-tags, re-lemmatizes and re-parses a CoNLL-U sentence in place, keeping its words, comments,
  // FEATS, DEPS, MISC and multiword rows.
  void AnnotateConllu(ConlluSentence* sentence, SyntaxScratch* scratch) const;

  const std::string& upos(const WordSyntax& w) const { return tagger_.tag_set().upos(w.tag); }
  const std::string& xpos(const WordSyntax& w) const { return tagger_.tag_set().xpos(w.tag); }
  const std::string& deprel(const WordSyntax& w) const { return parser_.labels().label(w.label); }

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }
  // "tagger: en_ewt-ud-train.conllu tagger-v1; parser: ..." for logs and --version output.
  const std::string& description() const { return description_; }
  // XXH3-64 of the two model files' bytes (16 hex digits): tells two models with the same
  // description apart.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  std::string description_;
  std::string fingerprint_;
};

}  // namespace sitrep::nlp
