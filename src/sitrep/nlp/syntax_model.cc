#include "sitrep/nlp/syntax_model.h"

#include <xxhash.h>

#include <fstream>
#include <sstream>

#include "sitrep/core/hex_digest.h"

namespace sitrep::nlp {

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::FromBytes(std::string tagger_bytes,
                                                                 const std::string& tagger_name,
                                                                 std::string parser_bytes,
                                                                 const std::string& parser_name) {
  const std::string fingerprint = Hex64(XXH3_64bits(tagger_bytes.data(), tagger_bytes.size()) ^
                                        (XXH3_64bits(parser_bytes.data(), parser_bytes.size()) * 31));
  auto tr = ModelReader::Parse(std::move(tagger_bytes), tagger_name, "tagger");
  if (!tr.ok()) return tr.status();
  auto pr = ModelReader::Parse(std::move(parser_bytes), parser_name, "parser");
  if (!pr.ok()) return pr.status();
  auto model = std::make_shared<SyntaxModel>();
  auto tagger = Tagger::Load(*tr);
  if (!tagger.ok()) return tagger.status();
  auto lemmatizer = Lemmatizer::Load(*tr);
  if (!lemmatizer.ok()) return lemmatizer.status();
  auto parser = Parser::Load(*pr);
  if (!parser.ok()) return parser.status();
  if (parser->tag_set() != tagger->tag_set().Serialize()) {
    return Status::InvalidArgument(parser_name + " was trained on the tags of another tagger than " + tagger_name +
                                   "; use the tagger it was trained with (see its 'tagger:' header line)");
  }
  model->tagger_ = std::move(*tagger);
  model->lemmatizer_ = std::move(*lemmatizer);
  model->parser_ = std::move(*parser);
  model->fingerprint_ = fingerprint;
  model->description_ = "tagger " + tr->Header("feature_set") + " on " + tr->Header("training_data") + "; parser " +
                        pr->Header("feature_set") + " on " + pr->Header("training_data");
  if (model->parser_.beam() > 1) model->description_ += ", beam " + std::to_string(model->parser_.beam());
  return std::shared_ptr<const SyntaxModel>(std::move(model));
}

namespace {

Result<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open model file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::FromFiles(const std::string& tagger_path,
                                                                 const std::string& parser_path) {
  auto t = Slurp(tagger_path);
  if (!t.ok()) return t.status();
  auto p = Slurp(parser_path);
  if (!p.ok()) return p.status();
  return FromBytes(std::move(*t), tagger_path, std::move(*p), parser_path);
}

void SyntaxModel::Analyze(const std::vector<std::string_view>& forms, std::vector<WordSyntax>* out,
                          SyntaxScratch* s) const {
  out->resize(forms.size());
  s->keys.clear();
  for (std::string_view f : forms) s->keys.push_back(ComputeLexicalKeys(f, LowerWord(f)));
  tagger_.Tag(s->keys, &s->tags, &s->tagger);
  parser_.Parse(s->keys, s->tags, &s->heads, &s->labels, &s->parser);
  for (size_t i = 0; i < forms.size(); ++i) {
    WordSyntax& w = (*out)[i];
    w.tag = s->tags[i];
    w.head = s->heads[i];
    w.label = s->labels[i];
    w.lemma = lemmatizer_.Lemmatize(forms[i], tagger_.tag_set().xpos(w.tag));
  }
}

void SyntaxModel::AnnotateConllu(ConlluSentence* sentence, SyntaxScratch* scratch) const {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : sentence->words) forms.push_back(w.form);
  std::vector<WordSyntax> syntax;
  Analyze(forms, &syntax, scratch);
  for (size_t i = 0; i < syntax.size(); ++i) {
    ConlluWord& w = sentence->words[i];
    w.upos = upos(syntax[i]);
    w.xpos = xpos(syntax[i]);
    w.lemma = syntax[i].lemma;
    w.head = syntax[i].head;
    w.deprel = deprel(syntax[i]);
  }
}

}  // namespace sitrep::nlp
