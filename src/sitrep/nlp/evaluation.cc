#include "sitrep/nlp/evaluation.h"

#include <cstdio>
#include <string_view>

namespace sitrep::nlp {
namespace {

std::string_view Universal(std::string_view label) { return label.substr(0, label.find(':')); }

}  // namespace

std::string SyntaxScores::Summary() const {
  char buf[256];
  std::snprintf(buf, sizeof buf, "UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f (universal labels %.2f)", Upos(),
                Xpos(), Lemma(), Uas(), Las(), LasUniversal());
  return buf;
}

Status ScoreSentence(const ConlluSentence& gold, const ConlluSentence& predicted, SyntaxScores* s) {
  if (gold.words.size() != predicted.words.size()) {
    return Status::InvalidArgument("sentence " + gold.Comment("sent_id").value_or("?") + ": gold has " +
                                   std::to_string(gold.words.size()) + " words, prediction " +
                                   std::to_string(predicted.words.size()));
  }
  ++s->sentences;
  for (size_t i = 0; i < gold.words.size(); ++i) {
    const ConlluWord& g = gold.words[i];
    const ConlluWord& p = predicted.words[i];
    if (g.form != p.form) {
      return Status::InvalidArgument("sentence " + gold.Comment("sent_id").value_or("?") + ": word " +
                                     std::to_string(i + 1) + " is '" + g.form + "' in gold, '" + p.form + "' predicted");
    }
    ++s->words;
    s->upos += g.upos == p.upos;
    s->xpos += g.xpos == p.xpos;
    s->upos_xpos += g.upos == p.upos && g.xpos == p.xpos;
    s->lemma += g.lemma == p.lemma;
    if (g.head == p.head) {
      ++s->heads;
      s->labelled += g.deprel == p.deprel;
      s->labelled_universal += Universal(g.deprel) == Universal(p.deprel);
    }
  }
  return Status::Ok();
}

}  // namespace sitrep::nlp
