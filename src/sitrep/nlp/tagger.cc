#include "sitrep/nlp/tagger.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <random>
#include <string_view>

#include "sitrep/nlp/feature_hash.h"
#include "sitrep/nlp/training_order.h"

namespace sitrep::nlp {
namespace {

constexpr uint64_t kNone = 0xfffff;     // tag/word slot before the sentence start or past its end
constexpr uint64_t kUnknown = 0x7777;  // ambiguity class of a word the lexicon does not hold
constexpr uint64_t kLexiconClassSeed = 0x51;  // an ambiguity class is this mixed with each of its tags

}  // namespace

std::vector<LexicalKeys> SentenceKeys(const ConlluSentence& sentence) {
  std::vector<LexicalKeys> keys;
  keys.reserve(sentence.words.size());
  for (const ConlluWord& w : sentence.words) keys.push_back(ComputeLexicalKeys(w.form, LowerWord(w.form)));
  return keys;
}

void Tagger::Ambiguity(const std::vector<LexicalKeys>& words, std::vector<uint64_t>* out) const {
  out->resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = lexicon_.find(words[i].lower);
    (*out)[i] = it == lexicon_.end() ? MixKey(kUnknown, words[i].shape) : it->second;
  }
}

size_t Tagger::Features(const std::vector<LexicalKeys>& w, const std::vector<uint64_t>& amb, const uint16_t* tags,
                        const std::vector<uint16_t>* right, const int32_t* finite, int i, uint64_t* f) const {
  const int n = static_cast<int>(w.size());
  auto lower = [&](int j) { return j < 0 || j >= n ? kNone + j : w[j].lower; };
  auto shape = [&](int j) { return j < 0 || j >= n ? kNone + j : w[j].shape; };
  auto suf3 = [&](int j) { return j < 0 || j >= n ? kNone + j : w[j].suffix[2]; };
  auto am = [&](int j) { return j < 0 || j >= n ? kNone + j : amb[j]; };
  auto tag = [&](int j) -> uint64_t { return j < 0 ? kNone + j : tags[j]; };
  const LexicalKeys& k = w[i];
  size_t c = 0;
  f[c++] = FeatureKey(0, 0);
  f[c++] = FeatureKey(1, k.lower);
  f[c++] = FeatureKey(2, k.form);
  for (int s = 0; s < 4; ++s) f[c++] = FeatureKey(3 + s, k.suffix[s]);
  for (int p = 0; p < 3; ++p) f[c++] = FeatureKey(7 + p, k.prefix[p]);
  f[c++] = FeatureKey(10, k.shape);
  f[c++] = FeatureKey(11, amb[i]);
  f[c++] = FeatureKey(12, lower(i - 1));
  f[c++] = FeatureKey(13, lower(i + 1));
  f[c++] = FeatureKey(14, lower(i - 2));
  f[c++] = FeatureKey(15, lower(i + 2));
  f[c++] = FeatureKey(16, tag(i - 1));
  f[c++] = FeatureKey(17, tag(i - 2), tag(i - 1));
  f[c++] = FeatureKey(18, tag(i - 1), k.lower);
  f[c++] = FeatureKey(19, suf3(i - 1));
  f[c++] = FeatureKey(20, suf3(i + 1));
  f[c++] = FeatureKey(21, am(i + 1));
  f[c++] = FeatureKey(22, am(i + 2));
  f[c++] = FeatureKey(23, lower(i - 1), k.lower);
  f[c++] = FeatureKey(24, k.lower, lower(i + 1));
  f[c++] = FeatureKey(25, shape(i - 1));
  f[c++] = FeatureKey(26, shape(i + 1));
  f[c++] = FeatureKey(27, tag(i - 1), am(i + 1));
  f[c++] = FeatureKey(28, tag(i - 1), k.suffix[1]);
  f[c++] = FeatureKey(29, i == 0, k.shape);
  f[c++] = FeatureKey(30, amb[i], am(i + 1));
  f[c++] = FeatureKey(31, tag(i - 1), amb[i]);
  f[c++] = FeatureKey(32, lower(i + 1), lower(i + 2));
  f[c++] = FeatureKey(33, tag(i - 2));
  f[c++] = FeatureKey(34, amb[i], lower(i + 1));
  f[c++] = FeatureKey(35, tag(i - 1), amb[i], am(i + 1));
  f[c++] = FeatureKey(36, k.suffix[2], k.capitalized, i == 0);
  f[c++] = FeatureKey(37, k.has_digit, k.has_hyphen, k.all_caps);
  if (right != nullptr) {
    // Second pass: the first pass's tags for this word and the words to its right.
    auto rt = [&](int j) -> uint64_t { return j >= n ? kNone + j : (*right)[j]; };
    f[c++] = FeatureKey(44, rt(i));
    f[c++] = FeatureKey(45, rt(i + 1));
    f[c++] = FeatureKey(46, rt(i + 1), rt(i + 2));
    f[c++] = FeatureKey(47, tag(i - 1), rt(i + 1));
    f[c++] = FeatureKey(48, rt(i), rt(i + 1));
    f[c++] = FeatureKey(49, rt(i), k.lower);
    f[c++] = FeatureKey(50, tag(i - 1), rt(i), rt(i + 1));
    // Whether the first pass found a finite verb elsewhere in the sentence, before or after this
    // word: "The rebels attacked the village." has none, so "attacked" must be the main verb
    // (VBD), not a participle (VBN) — a choice no window of two words can make.
    const uint64_t left = finite[i] > 0, after = finite[n] - finite[i + 1] > 0;
    f[c++] = FeatureKey(51, rt(i), left, after);
    f[c++] = FeatureKey(52, k.suffix[1], left, after);
    f[c++] = FeatureKey(53, rt(i), tag(i - 1), left * 2 + after);
  }
  return c;
}

template <typename Scorer>
void Tagger::Decode(const std::vector<LexicalKeys>& words, const std::vector<uint64_t>& ambiguity,
                    const Scorer& scorer, const std::vector<uint16_t>* right, std::vector<uint16_t>* tags,
                    TaggerScratch* scratch, const std::vector<uint16_t>* gold, PerceptronTrainer* trainer) const {
  const size_t n = words.size();
  tags->assign(n, 0);
  scratch->features.resize(64);
  scratch->scores.resize(scorer.num_classes());
  if (right != nullptr) {
    // finite[i]: first-pass finite verbs among words [0, i).
    scratch->finite.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) scratch->finite[i + 1] = scratch->finite[i] + (IsFinite((*right)[i]) ? 1 : 0);
  }
  // At run time the second pass keeps the first pass's tag of a word that training saw with one
  // tag only when the first pass gave it that tag: re-scoring "the" or "," changes nothing and
  // costs a quarter of the tagger's time.
  const bool keep_sure = right != nullptr && trainer == nullptr && !single_tag_.empty();
  for (size_t i = 0; i < n; ++i) {
    if (keep_sure) {
      auto it = single_tag_.find(ambiguity[i]);
      if (it != single_tag_.end() && it->second == (*right)[i]) {
        (*tags)[i] = it->second;
        continue;
      }
    }
    size_t nf =
        Features(words, ambiguity, tags->data(), right, scratch->finite.data(), static_cast<int>(i),
                 scratch->features.data());
    scorer.Score(scratch->features.data(), nf, scratch->scores.data());
    const auto best = std::max_element(scratch->scores.begin(), scratch->scores.end()) - scratch->scores.begin();
    (*tags)[i] = static_cast<uint16_t>(best);
    if (trainer != nullptr) {
      trainer->Update(scratch->features.data(), nf, (*gold)[i], static_cast<int>(best));
      trainer->Tick();
    }
  }
}

void Tagger::Tag(const std::vector<LexicalKeys>& words, std::vector<uint16_t>* tags, TaggerScratch* scratch) const {
  Ambiguity(words, &scratch->ambiguity);  // once for both passes
  if (second_.num_classes() == 0) {
    Decode(words, scratch->ambiguity, model_, nullptr, tags, scratch, nullptr, nullptr);
    return;
  }
  Decode(words, scratch->ambiguity, model_, nullptr, &scratch->first_pass, scratch, nullptr, nullptr);
  Decode(words, scratch->ambiguity, second_, &scratch->first_pass, tags, scratch, nullptr, nullptr);
}

bool Tagger::IsFinite(uint16_t tag) const {
  if (tag >= tags_.size()) return false;
  const std::string& x = tags_.xpos(tag);
  return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
}

void Tagger::Save(ModelWriter* writer) const {
  writer->SetHeader("feature_set", kFeatureSet);
  writer->AddSection("tagger.tags", tags_.Serialize());
  std::vector<std::pair<uint64_t, uint64_t>> lex(lexicon_.begin(), lexicon_.end());
  std::sort(lex.begin(), lex.end());
  ByteWriter w;
  w.U64(lex.size());
  for (const auto& [k, v] : lex) {
    w.U64(k);
    w.U64(v);
  }
  writer->AddSection("tagger.lexicon", w.Take());
  writer->AddSection("tagger.weights", model_.Serialize());
  if (second_.num_classes() > 0) writer->AddSection("tagger.second_pass", second_.Serialize());
}

Result<Tagger> Tagger::Load(const ModelReader& reader) {
  if (Status s = reader.RequireFeatureSet("tagger", kFeatureSet, /*exact=*/false); !s.ok()) return s;
  Tagger t;
  auto tags = reader.Section("tagger.tags");
  if (!tags.ok()) return tags.status();
  auto ts = TagSet::Deserialize(*tags, reader.name());
  if (!ts.ok()) return ts.status();
  t.tags_ = std::move(*ts);
  auto lex = reader.Section("tagger.lexicon");
  if (!lex.ok()) return lex.status();
  ByteReader r(*lex);
  uint64_t n = 0;
  if (!r.U64(n) || n > lex->size()) return Status::Corrupt(reader.name() + ": bad tagger lexicon");
  t.lexicon_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t k = 0, v = 0;
    if (!r.U64(k) || !r.U64(v)) return Status::Corrupt(reader.name() + ": bad tagger lexicon entry");
    t.lexicon_[k] = v;
  }
  auto weights = reader.Section("tagger.weights");
  if (!weights.ok()) return weights.status();
  auto model = LinearModel::Deserialize(*weights, reader.name());
  if (!model.ok()) return model.status();
  if (static_cast<size_t>(model->num_classes()) != t.tags_.size()) {
    return Status::Corrupt(reader.name() + ": tagger weights do not match its tag set");
  }
  t.model_ = std::move(*model);
  if (std::string_view(kFeatureSet).find("two-pass") != std::string_view::npos) {
    auto second = reader.Section("tagger.second_pass");
    if (!second.ok()) return second.status();
    auto m2 = LinearModel::Deserialize(*second, reader.name());
    if (!m2.ok()) return m2.status();
    if (m2->num_classes() != model->num_classes()) return Status::Corrupt(reader.name() + ": tagger passes disagree");
    t.second_ = std::move(*m2);
  }
  t.FindSingleTagClasses();
  return t;
}

void Tagger::FindSingleTagClasses() {
  single_tag_.clear();
  for (size_t tag = 0; tag < tags_.size(); ++tag) single_tag_[MixKey(kLexiconClassSeed, tag)] = static_cast<uint16_t>(tag);
}

struct TaggerData {
  std::vector<std::vector<LexicalKeys>> keys;
  std::vector<std::vector<uint16_t>> gold;
  std::vector<std::vector<uint16_t>> right;  // first-pass tags; empty when training the first pass
};

LinearModel Tagger::TrainPass(const TaggerData& train, const TaggerData& dev, int epochs, uint64_t seed,
                              std::ostream* log, const char* name, std::string* summary) const {
  PerceptronTrainer trainer(static_cast<int>(tags_.size()));
  std::mt19937_64 rng(seed);
  std::vector<size_t> order = IdentityOrder(train.keys.size());
  TaggerScratch scratch;
  std::vector<uint16_t> predicted;
  LinearModel best;
  double best_accuracy = -1;
  auto right = [](const TaggerData& d, size_t i) { return d.right.empty() ? nullptr : &d.right[i]; };
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    ShuffleOrder(order, rng);
    for (size_t idx : order) {
      Ambiguity(train.keys[idx], &scratch.ambiguity);
      Decode(train.keys[idx], scratch.ambiguity, trainer, right(train, idx), &predicted, &scratch, &train.gold[idx],
             &trainer);
    }
    LinearModel candidate = trainer.Average();
    size_t correct = 0, total = 0;
    for (size_t s = 0; s < dev.keys.size(); ++s) {
      Ambiguity(dev.keys[s], &scratch.ambiguity);
      Decode(dev.keys[s], scratch.ambiguity, candidate, right(dev, s), &predicted, &scratch, nullptr, nullptr);
      for (size_t i = 0; i < predicted.size(); ++i) correct += predicted[i] == dev.gold[s][i];
      total += predicted.size();
    }
    const double accuracy = total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0;
    if (log != nullptr && !dev.keys.empty()) {
      *log << "tagger " << name << " epoch " << epoch << ": dev UPOS+XPOS " << accuracy << "% ("
           << candidate.num_features() << " features)" << std::endl;
    }
    if (accuracy > best_accuracy || dev.keys.empty()) {
      best_accuracy = accuracy;
      if (summary != nullptr) {
        char text[128];
        std::snprintf(text, sizeof text, "%s epoch %d of %d (dev UPOS+XPOS %.2f%%)", name, epoch, epochs, accuracy);
        *summary = text;
      }
      best = std::move(candidate);
    }
  }
  return best;
}

Tagger Tagger::Train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                     const TaggerTrainOptions& options, std::ostream* log) {
  Tagger t;
  TaggerData data, dev_data;
  std::unordered_map<uint64_t, std::map<uint16_t, int>> seen;
  std::unordered_map<uint64_t, int> counts;
  for (const ConlluSentence& s : train) {
    data.keys.push_back(SentenceKeys(s));
    std::vector<uint16_t> g;
    for (size_t i = 0; i < s.words.size(); ++i) {
      uint16_t id = t.tags_.Add(s.words[i].upos, s.words[i].xpos);
      g.push_back(id);
      seen[data.keys.back()[i].lower][id]++;
      counts[data.keys.back()[i].lower]++;
    }
    data.gold.push_back(std::move(g));
  }
  for (const auto& [word, tags] : seen) {
    if (counts[word] < options.lexicon_min_count) continue;
    // A tag the word took in under 1% of its occurrences is noise, not ambiguity.
    uint64_t cls = kLexiconClassSeed;
    for (const auto& [tag, n] : tags) {
      if (n * 100 >= counts[word]) cls = MixKey(cls, tag);
    }
    t.lexicon_[word] = cls;
  }
  for (const ConlluSentence& s : dev) {
    dev_data.keys.push_back(SentenceKeys(s));
    std::vector<uint16_t> g;
    for (const ConlluWord& w : s.words) {
      const int id = t.tags_.Find(w.upos, w.xpos);
      g.push_back(id < 0 ? 0xffff : static_cast<uint16_t>(id));  // a pair never seen in training: always wrong
    }
    dev_data.gold.push_back(std::move(g));
  }
  t.model_ = t.TrainPass(data, dev_data, options.epochs, options.seed, log, "pass 1", &t.training_summary_);
  if (options.folds < 2) return t;

  // The second pass learns from first-pass tags as wrong as they will be at run time: each
  // training sentence is tagged by a first pass trained on the other folds.
  data.right.resize(data.keys.size());
  TaggerScratch scratch;
  for (int k = 0; k < options.folds; ++k) {
    TaggerData rest;
    for (size_t i = 0; i < data.keys.size(); ++i) {
      if (FoldOf(data.keys[i], options.folds) == k) continue;
      rest.keys.push_back(data.keys[i]);
      rest.gold.push_back(data.gold[i]);
    }
    LinearModel fold =
        t.TrainPass(rest, TaggerData{}, options.fold_epochs, options.seed + k + 1, nullptr, "fold", nullptr);
    for (size_t i = 0; i < data.keys.size(); ++i) {
      if (FoldOf(data.keys[i], options.folds) != k) continue;
      t.Ambiguity(data.keys[i], &scratch.ambiguity);
      t.Decode(data.keys[i], scratch.ambiguity, fold, nullptr, &data.right[i], &scratch, nullptr, nullptr);
    }
    if (log != nullptr) *log << "tagger first-pass fold " << (k + 1) << "/" << options.folds << " done" << std::endl;
  }
  for (const auto& keys : dev_data.keys) {
    dev_data.right.emplace_back();
    t.Ambiguity(keys, &scratch.ambiguity);
    t.Decode(keys, scratch.ambiguity, t.model_, nullptr, &dev_data.right.back(), &scratch, nullptr, nullptr);
  }
  std::string second;
  t.FindSingleTagClasses();  // so the epoch is chosen as the second pass runs
  t.second_ = t.TrainPass(data, dev_data, options.epochs, options.seed, log, "pass 2", &second);
  t.training_summary_ += "; " + second;
  return t;
}

}  // namespace sitrep::nlp
