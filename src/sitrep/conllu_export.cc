#include "sitrep/conllu_export.h"

namespace sitrep {

nlp::ConlluSentence SentenceToConllu(const Story& story, const events::TextSlicer& slicer, const CodedStory& coded,
                                     const Sentence& s, const nlp::SyntaxModel& model) {
  nlp::ConlluSentence cs;
  if (s.index == 0) cs.comments.push_back("# newdoc id = " + story.id);
  cs.comments.push_back("# sent_id = " + story.id + "-" + std::to_string(s.index + 1));
  std::string text = slicer.Slice(s.start, s.end);
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  cs.comments.push_back("# text = " + text);
  for (int32_t t = s.first_token; t < s.last_token; ++t) {
    const Token& tok = coded.tokens[t];
    const nlp::WordSyntax& syn = coded.syntax[t];
    nlp::ConlluWord w;
    w.form = tok.form;
    w.lemma = syn.lemma;
    w.upos = model.upos(syn);
    w.xpos = model.xpos(syn);
    w.head = syn.head;
    w.deprel = model.deprel(syn);
    w.misc = (tok.space_after || t + 1 == s.last_token ? "" : "SpaceAfter=No|") + std::string("TokenRange=") +
             std::to_string(tok.start) + ":" + std::to_string(tok.end);
    cs.words.push_back(std::move(w));
  }
  return cs;
}

}  // namespace sitrep
