// `sitrep train tagger|parser`: trains a model on a UD treebank and writes a model file.
// Training is deterministic (--seed); progress goes to stderr, one line per epoch.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "commands.h"
#include "sitrep/core/version.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/lemmatizer.h"
#include "sitrep/nlp/model_file.h"
#include "sitrep/nlp/parser.h"
#include "sitrep/nlp/tagger.h"
#include "sitrep/nlp/training_order.h"

namespace sitrep::cli {
namespace {

struct TrainFlags {
  std::string treebank;
  std::string train_file;
  std::string dev_file;
  std::string output;
  std::vector<std::string> extra;  // more training files (our own annotated news), repeated extra_weight times
  int extra_weight = 1;
  std::string tagger;  // parser training: the tagger whose tags the parser learns from
  std::string tags_cache;  // parser training: jackknifed tags kept between runs
  int epochs = 0;
  int folds = 5;
  int min_updates = 2;
  int beam = 1;         // parser: beam width trained for (1: greedy)
  int beam_epochs = 10;
  uint64_t seed = 1;
  std::string command_line;
};

// Finds *-ud-train.conllu and *-ud-dev.conllu in a treebank folder unless given explicitly.
Status ResolveTreebank(TrainFlags& f) {
  if (!f.treebank.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(f.treebank, ec)) {
      return Status::NotFound("--treebank " + f.treebank + " is not a folder");
    }
    for (const auto& entry : std::filesystem::directory_iterator(f.treebank, ec)) {
      const std::string name = entry.path().filename().string();
      if (f.train_file.empty() && name.ends_with("-ud-train.conllu")) f.train_file = entry.path().string();
      if (f.dev_file.empty() && name.ends_with("-ud-dev.conllu")) f.dev_file = entry.path().string();
    }
  }
  if (f.train_file.empty()) return Status::NotFound("no training file: give --treebank DIR holding *-ud-train.conllu, or --train FILE");
  return Status::Ok();
}

Result<std::vector<nlp::ConlluSentence>> Read(const std::string& path) {
  if (path.empty()) return std::vector<nlp::ConlluSentence>();
  return nlp::ReadConlluFile(path);
}

// The training sentences: the treebank's train file, then each --extra file's sentences
// --extra-weight times, so a small in-domain set counts against a large out-of-domain one.
Result<std::vector<nlp::ConlluSentence>> ReadTraining(const TrainFlags& f) {
  auto train = Read(f.train_file);
  if (!train.ok()) return train;
  for (const std::string& path : f.extra) {
    auto extra = Read(path);
    if (!extra.ok()) return extra.status();
    for (int k = 0; k < f.extra_weight; ++k) train->insert(train->end(), extra->begin(), extra->end());
  }
  return train;
}

// Reads the training and selection sentences; on failure says why on stderr.
bool ReadData(const TrainFlags& f, std::vector<nlp::ConlluSentence>* train, std::vector<nlp::ConlluSentence>* dev) {
  auto t = ReadTraining(f);
  auto d = Read(f.dev_file);
  for (auto* r : {&t, &d}) {
    if (!r->ok()) {
      std::cerr << "sitrep: " << r->status().ToString() << "\n";
      return false;
    }
  }
  *train = std::move(*t);
  *dev = std::move(*d);
  return true;
}

// A model has at most LinearModel::kMaxClasses classes; says so when the data has more.
template <typename ClassOf>
bool FitsModel(const std::vector<nlp::ConlluSentence>& train, const char* what, ClassOf class_of) {
  std::set<std::string> classes;
  for (const auto& s : train) {
    for (const auto& w : s.words) classes.insert(class_of(w));
  }
  if (classes.size() <= static_cast<size_t>(nlp::LinearModel::kMaxClasses)) return true;
  std::cerr << "sitrep: the training data has " << classes.size() << " " << what << "; a model handles at most "
            << nlp::LinearModel::kMaxClasses << "\n";
  return false;
}

// The model's own Save() adds its feature_set.
void SetCommonHeader(nlp::ModelWriter& w, const TrainFlags& f, const std::string& kind) {
  w.SetHeader("kind", kind);
  std::string data = std::filesystem::path(f.train_file).filename().string();
  for (const std::string& e : f.extra) {
    data += " + " + std::filesystem::path(e).filename().string() + " x" + std::to_string(f.extra_weight);
  }
  w.SetHeader("training_data", data);
  w.SetHeader("selection_data", f.dev_file.empty() ? "none" : std::filesystem::path(f.dev_file).filename().string());
  w.SetHeader("seed", std::to_string(f.seed));
  w.SetHeader("sitrep_version", SITREP_VERSION);
  w.SetHeader("command", f.command_line);
}

int RunTagger(TrainFlags& f) {
  if (Status s = ResolveTreebank(f); !s.ok()) {
    std::cerr << "sitrep: " << s.ToString() << "\n";
    return 2;
  }
  std::vector<nlp::ConlluSentence> train, dev;
  if (!ReadData(f, &train, &dev)) return 2;
  if (!FitsModel(train, "UPOS/XPOS pairs", [](const nlp::ConlluWord& w) { return w.upos + "/" + w.xpos; })) return 2;
  nlp::TaggerTrainOptions options;
  if (f.epochs > 0) options.epochs = f.epochs;
  options.seed = f.seed;
  std::cerr << "training tagger on " << train.size() << " sentences, selecting on " << dev.size() << "\n";
  nlp::Tagger tagger = nlp::Tagger::Train(train, dev, options, &std::cerr);
  nlp::Lemmatizer lemmatizer = nlp::Lemmatizer::Train(train);
  nlp::ModelWriter w;
  SetCommonHeader(w, f, "tagger");
  w.SetHeader("epochs", std::to_string(options.epochs));
  w.SetHeader("selected", tagger.training_summary());
  tagger.Save(&w);
  lemmatizer.Save(&w);
  if (Status s = w.WriteFile(f.output); !s.ok()) {
    std::cerr << "sitrep: " << s.ToString() << "\n";
    return 1;
  }
  std::cerr << "wrote " << f.output << " (" << tagger.model().num_features() << " features, "
            << tagger.model().num_weights() << " weights, " << lemmatizer.lexicon_size() << " lemma entries, "
            << lemmatizer.rule_count() << " lemma rules)\n";
  return 0;
}

// Tags for the parser's training sentences come from taggers that did not see them (k-fold
// jackknifing), so the parser learns from tags as wrong as the ones it will get at run time.
std::vector<std::vector<uint16_t>> JackknifeTags(const std::vector<nlp::ConlluSentence>& train,
                                                  const nlp::Tagger& tagger, int folds, const TrainFlags& f) {
  std::vector<std::vector<uint16_t>> tags(train.size());
  nlp::TaggerScratch scratch;
  if (folds < 2) {
    // No jackknifing asked for: the given tagger's own tags (too good on its training data).
    for (size_t i = 0; i < train.size(); ++i) tagger.Tag(nlp::SentenceKeys(train[i]), &tags[i], &scratch);
    return tags;
  }
  std::vector<int> fold_of;
  for (const auto& s : train) fold_of.push_back(nlp::FoldOf(nlp::SentenceKeys(s), folds));
  for (int k = 0; k < folds; ++k) {
    std::vector<nlp::ConlluSentence> rest;
    for (size_t i = 0; i < train.size(); ++i) {
      if (fold_of[i] != k) rest.push_back(train[i]);
    }
    nlp::TaggerTrainOptions options;
    options.seed = f.seed;
    options.epochs = 8;
    options.folds = 1;  // one pass: fold taggers a little weaker than the real one, never stronger
    nlp::Tagger fold = nlp::Tagger::Train(rest, {}, options, nullptr);
    for (size_t i = 0; i < train.size(); ++i) {
      if (fold_of[i] != k) continue;
      std::vector<uint16_t> predicted;
      fold.Tag(nlp::SentenceKeys(train[i]), &predicted, &scratch);
      // Fold taggers number their classes by first sight; map back through the strings.
      for (uint16_t& t : predicted) {
        int id = tagger.tag_set().Find(fold.tag_set().upos(t), fold.tag_set().xpos(t));
        t = static_cast<uint16_t>(id < 0 ? 0 : id);
      }
      tags[i] = std::move(predicted);
    }
    std::cerr << "jackknife fold " << (k + 1) << "/" << folds << " tagged\n";
  }
  return tags;
}

// The jackknifed tags of the training sentences, saved so that experiments with the parser's
// options need not retrain the fold taggers: a u32 count, then per sentence a u32 length and its
// u16 tags. Valid only for the same tagger, training files and folds (the caller names the file
// after them); a file whose counts do not match the sentences is ignored.
bool ReadTagsCache(const std::string& path, const std::vector<nlp::ConlluSentence>& train,
                   std::vector<std::vector<uint16_t>>* tags) {
  std::ifstream in(path, std::ios::binary);
  uint32_t n = 0;
  if (!in.read(reinterpret_cast<char*>(&n), 4) || n != train.size()) return false;
  tags->assign(n, {});
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t len = 0;
    if (!in.read(reinterpret_cast<char*>(&len), 4) || len != train[i].words.size()) return false;
    (*tags)[i].resize(len);
    if (!in.read(reinterpret_cast<char*>((*tags)[i].data()), 2 * static_cast<std::streamsize>(len))) return false;
  }
  return true;
}

void WriteTagsCache(const std::string& path, const std::vector<std::vector<uint16_t>>& tags) {
  std::ofstream out(path, std::ios::binary);
  const uint32_t n = static_cast<uint32_t>(tags.size());
  out.write(reinterpret_cast<const char*>(&n), 4);
  for (const auto& t : tags) {
    const uint32_t len = static_cast<uint32_t>(t.size());
    out.write(reinterpret_cast<const char*>(&len), 4);
    out.write(reinterpret_cast<const char*>(t.data()), 2 * static_cast<std::streamsize>(len));
  }
}

std::vector<nlp::ParserExample> Examples(const std::vector<nlp::ConlluSentence>& sentences,
                                         std::vector<std::vector<uint16_t>> tags) {
  std::vector<nlp::ParserExample> out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    nlp::ParserExample ex;
    ex.words = nlp::SentenceKeys(sentences[i]);
    ex.tags = std::move(tags[i]);
    bool complete = true;
    for (const nlp::ConlluWord& w : sentences[i].words) {
      if (w.head < 0) complete = false;
      ex.heads.push_back(w.head);
      ex.labels.push_back(w.deprel);
    }
    if (complete) out.push_back(std::move(ex));
  }
  return out;
}

int RunParser(TrainFlags& f) {
  if (Status s = ResolveTreebank(f); !s.ok()) {
    std::cerr << "sitrep: " << s.ToString() << "\n";
    return 2;
  }
  if (f.tagger.empty()) {
    std::cerr << "sitrep: train parser needs --tagger FILE (the parser learns from that tagger's tags)\n";
    return 2;
  }
  auto reader = nlp::ModelReader::ReadFile(f.tagger, "tagger");
  if (!reader.ok()) {
    std::cerr << "sitrep: " << reader.status().ToString() << "\n";
    return 2;
  }
  auto tagger = nlp::Tagger::Load(*reader);
  if (!tagger.ok()) {
    std::cerr << "sitrep: " << tagger.status().ToString() << "\n";
    return 2;
  }
  std::vector<nlp::ConlluSentence> train, dev;
  if (!ReadData(f, &train, &dev)) return 2;
  std::vector<std::vector<uint16_t>> train_tags;
  if (!f.tags_cache.empty() && ReadTagsCache(f.tags_cache, train, &train_tags)) {
    std::cerr << "jackknifed tags read from " << f.tags_cache << "\n";
  } else {
    train_tags = JackknifeTags(train, *tagger, f.folds, f);
    if (!f.tags_cache.empty()) WriteTagsCache(f.tags_cache, train_tags);
  }
  std::vector<std::vector<uint16_t>> dev_tags;
  nlp::TaggerScratch scratch;
  for (const auto& s : dev) {
    std::vector<uint16_t> t;
    tagger->Tag(nlp::SentenceKeys(s), &t, &scratch);
    dev_tags.push_back(std::move(t));
  }
  if (!FitsModel(train, "relations", [](const nlp::ConlluWord& w) { return w.deprel; })) return 2;
  nlp::ParserTrainOptions options;
  if (f.epochs > 0) options.epochs = f.epochs;
  options.seed = f.seed;
  options.min_feature_updates = f.min_updates;
  options.beam = f.beam;
  options.beam_epochs = f.beam_epochs;
  std::cerr << "training parser on " << train.size() << " sentences, selecting on " << dev.size() << "\n";
  nlp::Parser parser =
      nlp::Parser::Train(Examples(train, std::move(train_tags)), Examples(dev, std::move(dev_tags)), options, &std::cerr);
  nlp::ModelWriter w;
  SetCommonHeader(w, f, "parser");
  std::string epochs = std::to_string(options.epochs);
  if (options.beam > 1) epochs += " greedy, " + std::to_string(options.beam_epochs) + " beam";
  w.SetHeader("epochs", epochs);
  w.SetHeader("tagger", std::filesystem::path(f.tagger).filename().string() + " (jackknifed, " +
                            std::to_string(f.folds) + " folds)");
  w.SetHeader("selected", parser.training_summary());
  parser.SetTagSet(tagger->tag_set());
  parser.Save(&w);
  if (Status s = w.WriteFile(f.output); !s.ok()) {
    std::cerr << "sitrep: " << s.ToString() << "\n";
    return 1;
  }
  std::cerr << "wrote " << f.output << " (" << parser.transitions().num_features() << " transition features, "
            << parser.labeller().num_features() << " label features, " << parser.labels().size() << " labels)\n";
  return 0;
}

void AddFlags(CLI::App* sub, TrainFlags& f) {
  sub->add_option("--treebank", f.treebank, "UD treebank folder holding *-ud-train.conllu and *-ud-dev.conllu");
  sub->add_option("--train", f.train_file, "training CoNLL-U file (instead of --treebank)");
  sub->add_option("--dev", f.dev_file, "CoNLL-U file the best epoch is chosen on (instead of --treebank)");
  sub->add_option("-o,--output", f.output, "model file to write")->required();
  sub->add_option("--extra", f.extra, "more training CoNLL-U files (e.g. treebank/news-*.conllu)")->delimiter(',');
  sub->add_option("--extra-weight", f.extra_weight, "how many times each --extra sentence is repeated (default 1)")
      ->check(CLI::Range(1, 100));
  sub->add_option("--epochs", f.epochs, "training epochs (default: the model's own)")->check(CLI::Range(1, 1000));
  sub->add_option("--seed", f.seed, "seed for the training order (default 1)");
}

// The command as given, for the model header: how to make this file again.
std::string CommandLine(const std::string& prefix, const CLI::App* sub) {
  std::string line = prefix;
  for (const auto* o : sub->get_options()) {
    if (o->count() == 0 || o->get_lnames().empty()) continue;
    if (o->get_lnames()[0] == "tags-cache") continue;  // changes how long training takes, not its result
    std::string value;
    for (const std::string& r : o->results()) value += (value.empty() ? "" : ",") + r;
    line += " --" + o->get_lnames()[0] + " " + value;
  }
  return line;
}

}  // namespace

void RegisterTrain(CLI::App* app, int* exit_code) {
  auto* train = app->add_subcommand("train", "train the tagger/lemmatizer or the parser on a UD treebank");
  train->require_subcommand(1);
  static TrainFlags f;
  auto* tagger = train->add_subcommand("tagger", "train the POS tagger and lemmatizer");
  AddFlags(tagger, f);
  tagger->callback([exit_code, tagger]() {
    f.command_line = CommandLine("sitrep train tagger", tagger);
    *exit_code = RunTagger(f);
  });
  auto* parser = train->add_subcommand("parser", "train the dependency parser");
  AddFlags(parser, f);
  parser->add_option("--tagger", f.tagger, "tagger model whose tags the parser learns from")->required();
  parser->add_option("--folds", f.folds, "jackknife folds for the training tags (default 5; 1: the tagger's own tags)")
      ->check(CLI::Range(1, 50));
  parser->add_option("--min-updates", f.min_updates, "leave out features updated fewer times (default 2)");
  parser->add_option("--beam", f.beam,
                     "train for beam search of this width after the greedy epochs (default 1: greedy only)")
      ->check(CLI::Range(1, 64));
  parser->add_option("--beam-epochs", f.beam_epochs, "epochs of beam training (default 10)")->check(CLI::Range(1, 100));
  parser->add_option("--tags-cache", f.tags_cache,
                     "file keeping the jackknifed training tags between runs (same tagger, data and folds only)");
  parser->callback([exit_code, parser]() {
    f.command_line = CommandLine("sitrep train parser", parser);
    *exit_code = RunParser(f);
  });
}

}  // namespace sitrep::cli
