#include "sitrep/dictionaries/petrarch_verbs.h"

#include <algorithm>
#include <unordered_map>

#include "sitrep/dictionaries/petrarch_format.h"
#include "sitrep/dictionaries/verb_inflector.h"
#include "sitrep/text/utf8.h"

namespace sitrep::dictionaries {
namespace {

using Alternatives = std::vector<std::vector<std::string>>;
using Kind = PatternElement::Kind;

// "WIRE_+TAP", "+CORDON_OFF", "LASH OUT": the word marked '+' (else the first) is the verb.
struct VerbWords {
  std::vector<std::string> prefix, suffix;
  std::string head;
};

bool SplitVerbWords(std::string_view text, VerbWords* out) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '_' || text[i] == ' ' || text[i] == '\t') {
      if (i > start) pieces.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (pieces.empty()) return false;
  size_t head = 0;
  for (size_t i = 0; i < pieces.size(); ++i)
    if (pieces[i].starts_with('+')) head = i;
  *out = VerbWords{};
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::string_view p = pieces[i];
    if (p.starts_with('+')) p.remove_prefix(1);
    std::vector<std::string> words = PetrarchPhraseWords(p);
    if (words.empty()) continue;
    if (i < head) {
      out->prefix.insert(out->prefix.end(), words.begin(), words.end());
    } else if (i == head) {
      out->head = words[0];
      out->suffix.insert(out->suffix.end(), words.begin() + 1, words.end());
    } else {
      out->suffix.insert(out->suffix.end(), words.begin(), words.end());
    }
  }
  return !out->head.empty();
}

// "032:033" -> ("032", "033"); "---" -> ("---", ""); ":173" -> ("---", "173"), the reverse
// event only.
bool ParseCodes(std::string_view inside, std::string* code, std::string* second) {
  const size_t colon = inside.find(':');
  *code = std::string(Trim(inside.substr(0, colon)));
  *second = colon == std::string_view::npos ? "" : std::string(Trim(inside.substr(colon + 1)));
  if (code->empty() && !second->empty()) *code = "---";
  if (code->empty() || code->find(' ') != std::string::npos) return false;
  return second->find(' ') == std::string::npos;
}

class Reader {
 public:
  Reader(const DictionaryFile& file, const CameoCodebook& codebook, VerbDictionary* dict,
         std::vector<std::string>* problems, PetrarchVerbStats* stats)
      : file_(file), codebook_(codebook), dict_(dict), problems_(problems), stats_(stats) {}

  void Run() {
    PetrarchLines lines(file_.content);
    std::string synset;  // synset being defined, "" when none
    bool synset_plurals = true;
    while (lines.Next()) {
      line_ = lines.number();
      const std::string_view l = lines.line();
      if (l.empty()) {
        if (!lines.comment_only()) synset.clear();  // a comment inside a synset does not end it
        continue;
      }
      if (!synset.empty() && l.starts_with('+')) {
        AddSynsetMember(synset, synset_plurals, l.substr(1));
        continue;
      }
      synset.clear();
      if (l.starts_with('&')) {
        std::string name = text::ToLower(Trim(l.substr(1)));
        synset_plurals = !name.ends_with('_');
        while (name.ends_with('_')) name.pop_back();
        if (name.empty() || name.find(' ') != std::string::npos) {
          Bad("synset name '" + std::string(l) + "' must be one word after '&'");
          continue;
        }
        synset = name;
        synsets_[synset];  // defined, even if it stays empty
        ++stats_->synsets;
        continue;
      }
      if (l.starts_with("---")) {
        StartBlock(l);
      } else if (l.starts_with('~')) {
        ++stats_->transformations;
      } else if (l.starts_with('-')) {
        AddPattern(l.substr(1));
      } else {
        AddVerb(l);
      }
    }
    for (const VerbPattern& p : dict_->patterns())
      for (const std::string* c : {&p.code, &p.second_code})
        if (!c->empty() && *c != "---" && codebook_.Find(*c) == nullptr) stats_->codes_outside_codebook.insert(*c);
  }

 private:
  void Bad(const std::string& why) { problems_->push_back(RuleLocation(file_, line_) + ": " + why); }

  void AddSynsetMember(const std::string& synset, bool plurals, std::string_view member) {
    member = Trim(member);
    Alternatives& alts = synsets_[synset];
    if (member.starts_with('&')) {
      std::string name = text::ToLower(member.substr(1));
      while (name.ends_with('_')) name.pop_back();
      auto it = synsets_.find(name);
      if (it == synsets_.end()) {
        Bad("synset '&" + name + "' is used before it is defined");
        return;
      }
      const Alternatives copy = it->second;  // `alts` may alias the map's storage
      synsets_[synset].insert(synsets_[synset].end(), copy.begin(), copy.end());
      return;
    }
    std::vector<std::string> words = PetrarchPhraseWords(member);
    if (words.empty()) {
      Bad("synset member has no words");
      return;
    }
    const bool plural = plurals && !member.ends_with('_');
    alts.push_back(words);
    if (plural) {
      words.back() = RegularPlural(words.back());
      alts.push_back(std::move(words));
    }
  }

  void StartBlock(std::string_view l) {
    block_ = dict_->NewBlock();
    block_code_ = "---";
    block_second_code_.clear();
    std::string_view inside;
    if (BracketContent(l, &inside) && !ParseCodes(inside, &block_code_, &block_second_code_)) {
      Bad("block code '[" + std::string(inside) + "]' is not a code");
      block_code_ = "---";
      block_second_code_.clear();
    }
  }

  void AddVerb(std::string_view l) {
    if (block_ < 0) {
      Bad("verb line before the first '--- NAME [CODE] ---' block header");
      return;
    }
    const size_t brace = l.find('{'), bracket = l.find('[');
    const std::string_view main = Trim(l.substr(0, std::min(brace, bracket)));
    VerbWords words;
    if (!SplitVerbWords(main, &words)) {
      Bad("verb line has no verb");
      return;
    }
    VerbEntry e;
    e.prefix = words.prefix;
    e.suffix = words.suffix;
    e.lemma = text::ToLower(main);
    for (char& c : e.lemma)
      if (c == '_' || c == '+') c = c == '_' ? ' ' : '\0';
    std::erase(e.lemma, '\0');
    if (brace != std::string_view::npos && (bracket == std::string_view::npos || brace < bracket)) {
      const size_t close = l.find('}', brace);
      if (close == std::string_view::npos) {
        Bad("'{' without '}' in verb forms");
        return;
      }
      // Given forms replace the generated ones (PETRARCH: "ALL forms need to be included").
      e.head_forms.push_back(words.head);
      const std::string_view forms = l.substr(brace + 1, close - brace - 1);
      for (std::string_view f : SplitTrimmed(forms, ' ')) {
        VerbWords fw;
        if (SplitVerbWords(f, &fw) && std::find(e.head_forms.begin(), e.head_forms.end(), fw.head) == e.head_forms.end())
          e.head_forms.push_back(fw.head);
      }
    } else {
      VerbForms forms;
      if (InflectVerb(words.head, &forms)) e.head_forms = forms.All();
      else e.head_forms = {words.head};
    }
    VerbPattern bare;
    bare.code = block_code_;
    bare.second_code = block_second_code_;
    std::string_view inside;
    if (BracketContent(l, &inside) && !ParseCodes(inside, &bare.code, &bare.second_code)) {
      Bad("verb code '[" + std::string(inside) + "]' is not a code");
      return;
    }
    bare.block = e.block = block_;
    bare.future_is_intent = false;
    bare.text = e.lemma;
    bare.rule = e.rule = RuleLocation(file_, line_);
    e.bare = dict_->AddPattern(std::move(bare));
    dict_->AddEntry(std::move(e));
    ++stats_->verbs;
  }

  void AddPattern(std::string_view body) {
    if (block_ < 0) {
      Bad("pattern line before the first '--- NAME [CODE] ---' block header");
      return;
    }
    const size_t open = body.rfind('[');
    const size_t close = open == std::string_view::npos ? open : body.find(']', open);
    if (close == std::string_view::npos) {
      Bad("pattern line needs a code in square brackets, e.g. '- * TALKS [031]'");
      return;
    }
    VerbPattern p;
    if (!ParseCodes(body.substr(open + 1, close - open - 1), &p.code, &p.second_code)) {
      Bad("pattern code '" + std::string(body.substr(open, close - open + 1)) + "' is not a code");
      return;
    }
    const std::string_view text = Trim(body.substr(0, open));
    // Items in text order: PETRARCH 2 phrase brackets only group words, so they become spaces.
    struct Item {
      std::string text;
      bool joined;  // '_' before it: no word may come between it and the previous item
    };
    std::vector<Item> items;
    std::string flat(text);
    for (char& c : flat)
      if (c == '{' || c == '}' || c == '(' || c == ')') c = ' ';
    for (std::string_view chunk : SplitTrimmed(flat, ' ')) {
      bool first = true;
      for (std::string_view piece : SplitTrimmed(chunk, '_')) {
        items.push_back(Item{std::string(piece), !first});
        first = false;
      }
    }
    int star = -1;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].text != "*") continue;
      if (star >= 0) {
        Bad("pattern has more than one '*'");
        return;
      }
      star = static_cast<int>(i);
    }
    if (star < 0) {
      Bad("pattern has no '*' for the verb");
      return;
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (static_cast<int>(i) == star) continue;
      PatternElement e;
      const std::string& t = items[i].text;
      if (t == "$") e.kind = Kind::kSource;
      else if (t == "+") e.kind = Kind::kTarget;
      else if (t == "%") e.kind = Kind::kCompound;
      else if (t == "^") e.kind = Kind::kSkip;
      else if (t.starts_with('&')) {
        std::string name = text::ToLower(std::string_view(t).substr(1));
        while (name.ends_with('_')) name.pop_back();
        auto it = synsets_.find(name);
        if (it == synsets_.end()) {
          Bad("synset '&" + name + "' is not defined before this pattern");
          return;
        }
        e.alternatives = it->second;
      } else {
        std::vector<std::string> words = PetrarchPhraseWords(t);
        if (words.empty()) continue;
        e.alternatives.push_back(std::move(words));
      }
      if (static_cast<int>(i) < star) {
        e.adjacent = items[i + 1].joined;
        p.before.push_back(std::move(e));
      } else {
        e.adjacent = items[i].joined;
        p.after.push_back(std::move(e));
      }
    }
    p.block = block_;
    p.future_is_intent = false;
    p.text = std::string(text);
    p.rule = RuleLocation(file_, line_);
    dict_->AddPattern(std::move(p));
    ++stats_->patterns;
  }

  const DictionaryFile& file_;
  const CameoCodebook& codebook_;
  VerbDictionary* dict_;
  std::vector<std::string>* problems_;
  PetrarchVerbStats* stats_;
  std::unordered_map<std::string, Alternatives> synsets_;
  int32_t block_ = -1;
  std::string block_code_ = "---";
  std::string block_second_code_;
  int32_t line_ = 0;
};

}  // namespace

bool LooksLikePetrarchVerbs(const DictionaryFile& file) {
  // sitrep's own format also has lines opening with '---' (a pattern that blocks, "--- verb
  // strike deal") and '&' (a word class, "&MISSILE: missile; missiles"); PETRARCH's block
  // headers end in '---' as well and its synset lines have no ':'.
  PetrarchLines lines(file.content);
  for (int n = 0; n < 5000 && lines.Next(); ++n) {
    const std::string_view l = lines.line();
    if (l.starts_with("- ")) return true;
    if (l.starts_with("---") && l.size() > 6 && l.ends_with("---")) return true;
    if (l.starts_with('&') && l.find(':') == std::string_view::npos) return true;
  }
  return false;
}

void ReadPetrarchVerbs(const DictionaryFile& file, const CameoCodebook& codebook, VerbDictionary* dict,
                       std::vector<std::string>* problems, PetrarchVerbStats* stats) {
  Reader(file, codebook, dict, problems, stats).Run();
}

}  // namespace sitrep::dictionaries
