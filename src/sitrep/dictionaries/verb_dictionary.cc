#include "sitrep/dictionaries/verb_dictionary.h"

#include <algorithm>
#include <unordered_map>

#include "sitrep/dictionaries/phrase.h"
#include "sitrep/dictionaries/verb_inflector.h"
#include "sitrep/text/utf8.h"

namespace sitrep::dictionaries {
namespace {

using Alternatives = std::vector<std::vector<std::string>>;

// A noun pattern with classes stands for every phrase its classes can make; beyond this many
// the line is almost certainly a mistake (and would bloat the head index).
constexpr size_t kMaxNounPhrases = 512;

// Lowercase tokens of `text`, tokenized as story text is ("U.S." stays one word).
std::vector<std::string> LowerWords(std::string_view text) {
  return MakePhrase(text::ToLower(text)).words;
}

bool ValidClassName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// One line of sitrep's own verb format, classified. Class definitions may continue on indented
// lines right after them (comment-only lines do not break the run; a blank line does).
struct OwnLine {
  enum class Type { kBlank, kClass, kClassMore, kPattern };
  Type type = Type::kBlank;
  std::string_view text;  // trimmed
};

class OwnLines {
 public:
  explicit OwnLines(std::string_view content) : cur_(content) {}
  bool Next() {
    if (!cur_.Next()) return false;
    line_.text = Trim(cur_.line());
    if (line_.text.empty()) {
      if (!cur_.comment_only()) in_class_ = false;
      line_.type = OwnLine::Type::kBlank;
    } else if (!cur_.indented() && line_.text.starts_with('&')) {
      line_.type = OwnLine::Type::kClass;
      in_class_ = true;
    } else if (cur_.indented() && in_class_) {
      line_.type = OwnLine::Type::kClassMore;
    } else {
      line_.type = OwnLine::Type::kPattern;
      in_class_ = false;
    }
    return true;
  }
  const OwnLine& line() const { return line_; }
  int32_t number() const { return cur_.number(); }

 private:
  LineCursor cur_;
  OwnLine line_;
  bool in_class_ = false;
};

// Word classes of all files: definitions first (pass 1), then members expanded (includes
// resolved, cycles and undefined names reported).
class ClassTable {
 public:
  struct Member {
    std::string text;  // as written
    std::string rule;  // file:line it was written on
  };
  struct Def {
    std::string name;
    std::string rule;
    std::vector<Member> members;
    int state = 0;  // 0 not expanded, 1 expanding, 2 done
    Alternatives expanded;
  };

  // Reads every class definition of `files`.
  void Collect(const std::vector<DictionaryFile>& files, std::vector<std::string>* problems) {
    for (const DictionaryFile& f : files) {
      OwnLines lines(f.content);
      Def* open = nullptr;
      while (lines.Next()) {
        const OwnLine& l = lines.line();
        const std::string where = RuleLocation(f, lines.number());
        std::string_view list;
        if (l.type == OwnLine::Type::kClass) {
          open = nullptr;
          const size_t colon = l.text.find(':');
          const std::string_view name = Trim(l.text.substr(1, colon == std::string_view::npos ? colon : colon - 1));
          if (colon == std::string_view::npos || !ValidClassName(name)) {
            problems->push_back(where + ": a word class is '&NAME: member; member' (NAME in capitals, digits, '_')");
            continue;
          }
          if (index_.count(std::string(name))) {
            problems->push_back(where + ": word class '&" + std::string(name) + "' is already defined at " +
                                defs_[index_[std::string(name)]].rule);
            continue;
          }
          index_[std::string(name)] = defs_.size();
          defs_.push_back(Def{std::string(name), where, {}, 0, {}});
          open = &defs_.back();
          list = l.text.substr(colon + 1);
        } else if (l.type == OwnLine::Type::kClassMore) {
          if (open == nullptr) continue;  // continuation of a rejected definition
          list = l.text;
        } else {
          if (l.type == OwnLine::Type::kPattern) open = nullptr;
          continue;
        }
        for (std::string_view m : SplitTrimmed(list, ';')) open->members.push_back(Member{std::string(m), where});
      }
    }
  }

  // Expands every class; reports empty classes, undefined includes and cycles.
  void Expand(std::vector<std::string>* problems) {
    for (size_t i = 0; i < defs_.size(); ++i) ExpandOne(i, problems);
  }

  // The class named `name` ("MISSILE"), counting one use; nullptr when undefined.
  const Alternatives* Use(const std::string& name) {
    auto it = index_.find(name);
    if (it == index_.end()) return nullptr;
    ++uses_[name];
    return &defs_[it->second].expanded;
  }

  std::vector<WordClass> Classes() const {
    std::vector<WordClass> out;
    for (const Def& d : defs_) {
      auto u = uses_.find(d.name);
      out.push_back(WordClass{d.name, d.expanded, d.rule, u == uses_.end() ? 0 : u->second});
    }
    return out;
  }

 private:
  void ExpandOne(size_t i, std::vector<std::string>* problems) {
    Def& d = defs_[i];
    if (d.state == 2) return;
    d.state = 1;
    Alternatives out;
    for (const Member& m : d.members) {
      if (m.text.starts_with('&')) {
        const std::string name(Trim(std::string_view(m.text).substr(1)));
        auto it = index_.find(name);
        if (it == index_.end()) {
          problems->push_back(m.rule + ": word class '&" + name + "' (in '&" + d.name + "') is not defined");
          continue;
        }
        if (defs_[it->second].state == 1) {
          problems->push_back(m.rule + ": word class '&" + d.name + "' includes itself through '&" + name + "'");
          continue;
        }
        ++uses_[name];
        ExpandOne(it->second, problems);
        const Alternatives& inc = defs_[it->second].expanded;  // ExpandOne may not grow defs_
        out.insert(out.end(), inc.begin(), inc.end());
        continue;
      }
      std::vector<std::string> words = LowerWords(m.text);
      if (words.empty()) {
        problems->push_back(m.rule + ": member '" + m.text + "' of '&" + d.name + "' has no words");
        continue;
      }
      out.push_back(std::move(words));
    }
    // (defs_ never grows during expansion, so `d` is still valid after the recursion.)
    if (d.members.empty()) problems->push_back(d.rule + ": word class '&" + d.name + "' has no members");
    d.expanded = std::move(out);
    d.state = 2;
  }

  std::vector<Def> defs_;
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<std::string, int32_t> uses_;
};

// "190", "---", "032:033", ":173" -> code and second code; each must be in the codebook or "---".
bool ParseOwnCodes(std::string_view field, const CameoCodebook& codebook, std::string* code, std::string* second,
                   std::string* why) {
  const size_t colon = field.find(':');
  *code = std::string(field.substr(0, colon));
  *second = colon == std::string_view::npos ? "" : std::string(field.substr(colon + 1));
  if (code->empty() && colon != std::string_view::npos) *code = "---";  // ":173": the reverse event only
  for (const std::string* c : {code, second}) {
    if (c->empty() || *c == "---") continue;
    if (codebook.Find(*c) == nullptr) {
      *why = "CAMEO code '" + *c + "' is not in the codebook";
      return false;
    }
  }
  if (colon != std::string_view::npos && (second->empty() || *second == "---")) {
    *why = "code '" + std::string(field) + "': the part after ':' must be a CAMEO code";
    return false;
  }
  return true;
}

}  // namespace

int32_t VerbDictionary::AddPattern(VerbPattern p) {
  p.literal_words = 0;
  for (const auto* side : {&p.before, &p.after})
    for (const PatternElement& e : *side)
      if (e.kind == PatternElement::Kind::kWords) {
        size_t shortest = e.alternatives.empty() ? 0 : e.alternatives[0].size();
        for (const auto& a : e.alternatives) shortest = std::min(shortest, a.size());
        p.literal_words += static_cast<int32_t>(shortest);
      }
  patterns_.push_back(std::move(p));
  return static_cast<int32_t>(patterns_.size() - 1);
}

void VerbDictionary::Finish() {
  block_patterns_.assign(static_cast<size_t>(num_blocks_), {});
  std::vector<char> is_bare(patterns_.size(), 0);
  for (const VerbEntry& e : entries_)
    if (e.bare >= 0) is_bare[e.bare] = 1;
  for (size_t i = 0; i < patterns_.size(); ++i)
    if (!is_bare[i]) block_patterns_[patterns_[i].block].push_back(static_cast<int32_t>(i));
  for (auto& list : block_patterns_)
    std::stable_sort(list.begin(), list.end(), [&](int32_t a, int32_t b) {
      return patterns_[a].literal_words > patterns_[b].literal_words;
    });
}

const std::vector<int32_t>& VerbDictionary::BlockPatterns(int32_t block) const {
  static const std::vector<int32_t> kNone;
  return block >= 0 && static_cast<size_t>(block) < block_patterns_.size() ? block_patterns_[block] : kNone;
}

void VerbDictionary::AddFiles(const std::vector<DictionaryFile>& files, const CameoCodebook& codebook,
                              std::vector<std::string>* problems) {
  // Pass 1: the word classes of every file, so a pattern may use a class defined in another
  // file or further down.
  ClassTable classes;
  classes.Collect(files, problems);
  classes.Expand(problems);

  // Pass 2: the patterns.
  for (const DictionaryFile& file : files) {
    OwnLines lines(file.content);
    while (lines.Next()) {
      if (lines.line().type != OwnLine::Type::kPattern) continue;
      const std::string_view line = lines.line().text;
      const std::string rule = RuleLocation(file, lines.number());
      auto bad = [&](const std::string& why) { problems->push_back(rule + ": " + why); };
      std::vector<std::string_view> words;
      for (std::string_view piece : SplitTrimmed(line, ' '))
        for (std::string_view w : SplitTrimmed(piece, '\t')) words.push_back(w);
      if (words.size() < 3) {
        bad("pattern line must be 'CODE verb|noun PATTERN'");
        continue;
      }
      VerbPattern p;
      std::string why;
      if (!ParseOwnCodes(words[0], codebook, &p.code, &p.second_code, &why)) {
        bad(why);
        continue;
      }
      PatternKind kind;
      if (words[1] == "verb") {
        kind = PatternKind::kVerb;
      } else if (words[1] == "noun") {
        kind = PatternKind::kNoun;
      } else {
        bad("pattern kind '" + std::string(words[1]) + "' must be 'verb' or 'noun'");
        continue;
      }
      p.kind = kind;
      p.rule = rule;

      if (kind == PatternKind::kVerb) {
        VerbForms forms;
        const std::string head = text::ToLower(words[2]);
        if (!InflectVerb(head, &forms)) {
          bad("verb forms '" + head + "' must be 'lemma' or 'lemma/past/participle[/gerund]'");
          continue;
        }
        if (!((head[0] >= 'a' && head[0] <= 'z'))) {
          bad("a verb pattern starts with the verb's lemma, not '" + head + "'");
          continue;
        }
        // The text stage splits "de-escalate" into three tokens; such a verb would never match.
        if (LowerWords(forms.lemma).size() != 1) {
          bad("verb '" + forms.lemma + "' is more than one token after tokenizing; it could never match");
          continue;
        }
        // Each further element may sit up to kOwnFormatGap words after the previous one.
        bool ok = true;
        p.text = forms.lemma;
        for (size_t i = 3; i < words.size() && ok; ++i) {
          const std::string_view w = words[i];
          p.text += " " + std::string(w);
          PatternElement e;
          if (w == "+" || w == "$") {
            e.kind = w == "+" ? PatternElement::Kind::kTarget : PatternElement::Kind::kSource;
            p.after.push_back(std::move(e));
          } else if (w.starts_with('&')) {
            const Alternatives* members = classes.Use(std::string(w.substr(1)));
            if (members == nullptr) {
              bad("word class '" + std::string(w) + "' is not defined");
              ok = false;
            } else if (!members->empty()) {
              p.after.push_back(PatternElement{PatternElement::Kind::kWords, *members, false});
            } else {
              ok = false;  // reported where the class is defined
            }
          } else {
            for (const std::string& word : LowerWords(w))
              p.after.push_back(PatternElement{PatternElement::Kind::kWords, {{word}}, false});
          }
        }
        if (!ok) continue;
        p.max_gap = kOwnFormatGap;
        VerbEntry e;
        e.kind = kind;
        e.rule = rule;
        e.head_forms = forms.All();
        e.lemma = forms.lemma;
        e.block = p.block = NewBlock();
        const bool bare = p.after.empty();
        const int32_t index = AddPattern(std::move(p));
        if (bare) e.bare = index;
        AddEntry(std::move(e));
        continue;
      }

      // A noun pattern is a contiguous phrase; a class in it stands for each of its members, so
      // the line gives one phrase per combination.
      Alternatives phrases{{}};
      bool ok = true;
      std::string text;
      for (size_t i = 2; i < words.size() && ok; ++i) {
        const std::string_view w = words[i];
        text += (text.empty() ? "" : " ") + std::string(w);
        if (w == "+" || w == "$") {
          bad("a noun pattern is a phrase; its actors are found around it, not at '" + std::string(w) + "' slots");
          ok = false;
        } else if (w.starts_with('&')) {
          const Alternatives* members = classes.Use(std::string(w.substr(1)));
          if (members == nullptr) {
            bad("word class '" + std::string(w) + "' is not defined");
            ok = false;
          } else if (members->empty() || phrases.size() * members->size() > kMaxNounPhrases) {
            if (!members->empty())
              bad("noun pattern makes more than " + std::to_string(kMaxNounPhrases) + " phrases; split it");
            ok = false;
          } else {
            Alternatives next;
            for (const auto& ph : phrases)
              for (const auto& m : *members) {
                next.push_back(ph);
                next.back().insert(next.back().end(), m.begin(), m.end());
              }
            phrases = std::move(next);
          }
        } else {
          for (auto& ph : phrases)
            for (const std::string& word : LowerWords(w)) ph.push_back(word);
        }
      }
      if (!ok) continue;
      if (phrases.empty() || phrases[0].empty()) {
        bad("noun pattern has no words");
        continue;
      }
      for (const auto& ph : phrases) {
        VerbEntry e;
        e.kind = kind;
        e.rule = rule;
        e.head_forms = {ph[0]};
        e.suffix.assign(ph.begin() + 1, ph.end());
        e.lemma.clear();
        for (const std::string& word : ph) e.lemma += (e.lemma.empty() ? "" : " ") + word;
        VerbPattern np = p;
        np.text = phrases.size() == 1 ? e.lemma : e.lemma + " (" + text + ")";
        np.max_gap = 0;
        e.block = np.block = NewBlock();
        e.bare = AddPattern(std::move(np));
        AddEntry(std::move(e));
      }
    }
  }
  std::vector<WordClass> defined = classes.Classes();
  word_classes_.insert(word_classes_.end(), std::make_move_iterator(defined.begin()),
                       std::make_move_iterator(defined.end()));
}

}  // namespace sitrep::dictionaries
