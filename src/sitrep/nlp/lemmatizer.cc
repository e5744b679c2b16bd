#include "sitrep/nlp/lemmatizer.h"

#include <algorithm>
#include <map>
#include <set>

#include "sitrep/nlp/feature_hash.h"
#include "sitrep/nlp/lexical_keys.h"

namespace sitrep::nlp {
namespace {

// 0: all lowercase, 1: Capitalised, 2: ALL CAPS, 3: anything else (digits, symbols).
int Casing(std::string_view form) {
  bool lower = false, upper = false;
  for (unsigned char c : form) {
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  if (upper && !lower) return 2;
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') return 1;
  if (lower) return 0;
  return 3;
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "1,993,045" and "420,588.50": digits grouped in threes by commas.
bool IsGroupedNumber(std::string_view form) {
  const size_t dot = form.find('.');
  const std::string_view whole = form.substr(0, dot);
  if (dot != std::string_view::npos) {
    const std::string_view frac = form.substr(dot + 1);
    if (frac.empty() || !std::all_of(frac.begin(), frac.end(), IsDigit)) return false;
  }
  const size_t first = whole.find(',');
  if (first == std::string_view::npos || first == 0 || first > 3) return false;
  for (size_t i = 0; i < whole.size(); ++i) {
    const bool comma_place = i >= first && (i - first) % 4 == 0;
    if (comma_place ? whole[i] != ',' : !IsDigit(whole[i])) return false;
  }
  return (whole.size() - first) % 4 == 0;
}

}  // namespace

LemmaEdit LemmaEditFor(std::string_view form, std::string_view lemma) {
  LemmaEdit best;
  bool found = false;
  // Lowercasing first: when both edits fit (a lowercase word), the lowercasing one also fits the
  // same word capitalised at a sentence start ("Officials" -> "official").
  for (int lowercase = 1; lowercase >= 0; --lowercase) {
    std::string base = lowercase ? LowerWord(form) : std::string(form);
    size_t common = 0;
    while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
    LemmaEdit e;
    e.lowercase = lowercase;
    e.strip = static_cast<uint8_t>(std::min<size_t>(base.size() - common, 255));
    e.append = std::string(lemma.substr(common));
    // Prefer the edit that rewrites the fewest bytes.
    if (!found || e.strip + e.append.size() < best.strip + best.append.size()) {
      best = e;
      found = true;
    }
  }
  return best;
}

uint64_t Lemmatizer::LexiconKey(std::string_view lower, std::string_view xpos) {
  return MixKey(HashText(lower), HashText(xpos)) | 1;
}

uint64_t Lemmatizer::RuleKey(std::string_view suffix, std::string_view xpos, int casing) {
  return MixKey(MixKey(HashText(suffix), HashText(xpos)), static_cast<uint64_t>(casing) + 7) | 1;
}

std::string Lemmatizer::Apply(std::string_view form, const LemmaEdit& edit) {
  std::string base = edit.lowercase ? LowerWord(form) : std::string(form);
  if (edit.strip > base.size()) return std::string(form);
  // An edit learned on ASCII ("'m" -> "be") may cut a longer character of another spelling
  // ("´m"): cut at the start of that character instead, so the lemma stays valid UTF-8.
  size_t keep = base.size() - edit.strip;
  while (keep > 0 && keep < base.size() && IsContinuationByte(base[keep])) --keep;
  base.resize(keep);
  base += edit.append;
  return base.empty() ? std::string(form) : base;
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view xpos) const {
  const std::string lower = LowerWord(form);
  const int casing = Casing(form);
  auto it = lexicon_.find(MixKey(LexiconKey(lower, xpos), static_cast<uint64_t>(casing)) | 1);
  if (it == lexicon_.end()) it = lexicon_.find(LexiconKey(lower, xpos));
  if (it != lexicon_.end()) return Apply(form, edits_[it->second]);
  // Conventions of UD English lemmas that no suffix edit can express, for words the lexicon
  // does not know (each holds for >= 80% of such words in EWT train, dev and test):
  // thousands separators go ("6,363,217" -> "6363217"), codes mixing digits and capitals keep
  // their spelling ("E17", "01-Feb-02"), and names in capitals of five or more letters take title
  // case ("SOUTER" -> "Souter"; shorter ones are mostly acronyms: "EWS", "PPA").
  if (IsGroupedNumber(form)) {
    std::string digits;
    for (char c : form) {
      if (c != ',') digits += c;
    }
    return digits;
  }
  if (std::any_of(form.begin(), form.end(), IsDigit) &&
      std::any_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return std::string(form);
  }
  if (casing == 2 && form.size() >= 5 && (xpos == "NNP" || xpos == "NNPS") &&
      std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return std::string(1, form[0]) + lower.substr(1);
  }
  for (int n = std::min<int>(kMaxSuffix, static_cast<int>(lower.size())); n >= 0; --n) {
    auto r = rules_.find(RuleKey(std::string_view(lower).substr(lower.size() - n), xpos, casing));
    if (r != rules_.end()) return Apply(form, edits_[r->second]);
  }
  return casing == 1 || casing == 2 ? std::string(form) : lower;
}

Lemmatizer Lemmatizer::Train(const std::vector<ConlluSentence>& train) {
  Lemmatizer l;
  std::map<std::pair<uint8_t, std::pair<bool, std::string>>, uint32_t> edit_ids;
  auto edit_id = [&](const LemmaEdit& e) {
    auto key = std::make_pair(e.strip, std::make_pair(e.lowercase, e.append));
    auto [it, inserted] = edit_ids.try_emplace(key, static_cast<uint32_t>(l.edits_.size()));
    if (inserted) l.edits_.push_back(e);
    return it->second;
  };
  // Counts per key and edit; the most frequent edit wins, ties to the lowest edit id so the
  // result does not depend on hash-map order.
  std::unordered_map<uint64_t, std::map<uint32_t, int>> lexicon_counts, rule_counts, cased_counts;
  // Distinct words behind each suffix rule's edit: a rule seen with one word only ("Nov" ->
  // "November") is that word's exception, not a rule for unseen words ("Gov").
  std::unordered_map<uint64_t, std::map<uint32_t, std::set<uint64_t>>> rule_words;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (w.lemma == "_" || w.form.empty()) continue;
      const uint32_t id = edit_id(LemmaEditFor(w.form, w.lemma));
      const std::string lower = LowerWord(w.form);
      const int casing = Casing(w.form);
      lexicon_counts[LexiconKey(lower, w.xpos)][id]++;
      cased_counts[MixKey(LexiconKey(lower, w.xpos), static_cast<uint64_t>(casing)) | 1][id]++;
      for (int n = 0; n <= std::min<int>(kMaxSuffix, static_cast<int>(lower.size())); ++n) {
        const uint64_t key = RuleKey(std::string_view(lower).substr(lower.size() - n), w.xpos, casing);
        rule_counts[key][id]++;
        rule_words[key][id].insert(HashText(lower));
      }
    }
  }
  auto pick = [](const std::map<uint32_t, int>& counts) {
    uint32_t best = counts.begin()->first;
    int best_n = -1;
    for (const auto& [id, n] : counts) {
      if (n > best_n) {
        best = id;
        best_n = n;
      }
    }
    return best;
  };
  // A word's edit under its casing ("US" the country vs "us") first, then under any casing.
  for (const auto& [k, counts] : lexicon_counts) l.lexicon_[k] = pick(counts);
  for (const auto& [k, counts] : cased_counts) l.lexicon_[k] = pick(counts);
  for (const auto& [k, counts] : rule_counts) {
    const uint32_t id = pick(counts);
    if (rule_words[k][id].size() >= 2) l.rules_[k] = id;
  }
  return l;
}

void Lemmatizer::Save(ModelWriter* writer) const {
  writer->SetHeader("lemmatizer", "lemmatizer-v1");
  ByteWriter w;
  w.U32(static_cast<uint32_t>(edits_.size()));
  for (const LemmaEdit& e : edits_) {
    w.U8(e.strip);
    w.U8(e.lowercase);
    w.Str(e.append);
  }
  for (const auto* table : {&lexicon_, &rules_}) {
    std::vector<std::pair<uint64_t, uint32_t>> entries(table->begin(), table->end());
    std::sort(entries.begin(), entries.end());
    w.U64(entries.size());
    for (const auto& [k, v] : entries) {
      w.U64(k);
      w.U32(v);
    }
  }
  writer->AddSection("lemmatizer", w.Take());
}

Result<Lemmatizer> Lemmatizer::Load(const ModelReader& reader) {
  auto bytes = reader.Section("lemmatizer");
  if (!bytes.ok()) return bytes.status();
  ByteReader r(*bytes);
  Lemmatizer l;
  uint32_t n = 0;
  if (!r.U32(n) || n > bytes->size()) return Status::Corrupt(reader.name() + ": bad lemmatizer edits");
  for (uint32_t i = 0; i < n; ++i) {
    LemmaEdit e;
    uint8_t lower = 0;
    if (!r.U8(e.strip) || !r.U8(lower) || !r.Str(e.append)) {
      return Status::Corrupt(reader.name() + ": bad lemmatizer edit");
    }
    e.lowercase = lower != 0;
    l.edits_.push_back(std::move(e));
  }
  for (auto* table : {&l.lexicon_, &l.rules_}) {
    uint64_t count = 0;
    if (!r.U64(count) || count > bytes->size()) return Status::Corrupt(reader.name() + ": bad lemmatizer table");
    table->reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
      uint64_t k = 0;
      uint32_t v = 0;
      if (!r.U64(k) || !r.U32(v) || v >= l.edits_.size()) {
        return Status::Corrupt(reader.name() + ": bad lemmatizer entry");
      }
      (*table)[k] = v;
    }
  }
  return l;
}

}  // namespace sitrep::nlp
