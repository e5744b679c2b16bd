#include "sitrep/pipeline.h"

#include "sitrep/text/apostrophe_repair.h"
#include "sitrep/text/normalizer.h"
#include "sitrep/text/sentence_splitter.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep {

Pipeline::Pipeline(std::shared_ptr<const dictionaries::DictionarySet> dicts, Options options,
                   std::shared_ptr<const nlp::SyntaxModel> syntax)
    : dicts_(std::move(dicts)),
      options_(options),
      syntax_(std::move(syntax)),
      actor_matcher_(*dicts_),
      verb_matcher_(dicts_->verbs),
      coder_(events::PositionalCoderOptions{options.require_dyad}),
      dependency_coder_(events::PositionalCoderOptions{options.require_dyad}),
      builder_(dicts_->codebook) {}

Result<CodedStory> Pipeline::Analyze(const Story& story) const {
  if (story.text.size() > options_.max_story_bytes) {
    return Status::TooLarge("text is " + std::to_string(story.text.size()) + " bytes, over the limit of " +
                            std::to_string(options_.max_story_bytes) + " (--max-story-bytes)");
  }
  if (story.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::InvalidArgument("text is empty");

  CodedStory out;
  text::NormalizedText nt = text::Normalize(story.text);
  if (options_.repair_apostrophes) out.apostrophes_repaired = text::RepairApostrophes(&nt.text);
  text::Tokenization tz = text::Tokenize(nt);
  out.sentences = text::SplitSentences(tz, options_.max_sentence_tokens);
  out.tokens = std::move(tz.tokens);
  if (syntax_ != nullptr) {
    // One scratch per thread: the model is shared, the working memory is not.
    thread_local nlp::SyntaxScratch scratch;
    thread_local std::vector<std::string_view> forms;
    thread_local std::vector<nlp::WordSyntax> words;
    out.syntax.resize(out.tokens.size());
    for (const Sentence& s : out.sentences) {
      forms.clear();
      for (int32_t t = s.first_token; t < s.last_token; ++t) forms.push_back(out.tokens[t].form);
      syntax_->Analyze(forms, &words, &scratch);
      std::move(words.begin(), words.end(), out.syntax.begin() + s.first_token);
    }
  }
  return out;
}

events::DependencyTree Pipeline::TreeOf(const CodedStory& story, const Sentence& s) const {
  if (syntax_ == nullptr || story.syntax.empty()) return {};
  std::vector<events::TreeWord> words(static_cast<size_t>(s.size()));
  for (int32_t t = s.first_token; t < s.last_token; ++t) {
    const nlp::WordSyntax& w = story.syntax[t];
    events::TreeWord& tw = words[t - s.first_token];
    tw.upos = syntax_->upos(w);
    tw.xpos = syntax_->xpos(w);
    tw.deprel = syntax_->deprel(w);
    tw.lemma = w.lemma;
    tw.head = w.head == 0 ? -1 : s.first_token + w.head - 1;
  }
  return events::DependencyTree(s.first_token, std::move(words));
}

Result<CodedStory> Pipeline::Code(const Story& story, bool trace) const {
  Result<CodedStory> analyzed = Analyze(story);
  if (!analyzed.ok()) return analyzed;
  CodeEvents(story, &*analyzed, trace);
  return analyzed;
}

void Pipeline::CodeEvents(const Story& story, CodedStory* coded, bool trace) const {
  CodedStory& out = *coded;
  const events::TextSlicer slicer(story.text);
  out.mentions.reserve(out.sentences.size());
  out.discarded.assign(out.sentences.size(), "");
  if (trace) out.trace.assign(out.sentences.size(), {});
  const dictionaries::DiscardList& discards = dicts_->discards;
  if (!discards.empty()) {
    for (size_t i = 0; i < out.sentences.size(); ++i) {
      const Sentence& s = out.sentences[i];
      if (const dictionaries::DiscardEntry* d = discards.Find(out.tokens, s.first_token, s.last_token)) {
        if (d->whole_story) {
          out.discarded.assign(out.sentences.size(), d->rule);
          break;
        }
        out.discarded[i] = d->rule;
      }
    }
  }
  for (size_t i = 0; i < out.sentences.size(); ++i) {
    const Sentence& s = out.sentences[i];
    std::vector<actors::ActorMention> mentions = actor_matcher_.Find(out.tokens, s, story.date);
    if (!out.discarded[i].empty() && trace) out.trace[i].push_back("not coded: discard entry " + out.discarded[i]);
    if (out.discarded[i].empty()) {
      events::DependencyTree tree = TreeOf(out, s);
      // A parse without any verb has lost the sentence's predicate ("mayor left yesterday"
      // read as a noun phrase); word order is the better guide then.
      if (!tree.empty()) {
        bool has_verb = false;
        for (int32_t t = s.first_token; t < s.last_token && !has_verb; ++t) has_verb = tree.IsVerb(t);
        if (!has_verb) tree = events::DependencyTree();
      }
      std::vector<std::string>* lines = trace ? &out.trace[i] : nullptr;
      if (lines && tree.empty() && syntax_ != nullptr) lines->push_back("the parse has no verb: coding by word order");
      const std::vector<events::VerbMatch> verbs = verb_matcher_.Find(out.tokens, s, mentions, tree, lines);
      const std::vector<events::RawEvent> raws = tree.empty() ? coder_.Code(out.tokens, s, mentions, verbs)
                                                              : dependency_coder_.Code(out.tokens, s, mentions, verbs, tree, lines);
      for (const events::RawEvent& raw : raws)
        out.events.push_back(builder_.Build(story, slicer, out.tokens, s, mentions, raw));
    }
    out.mentions.push_back(std::move(mentions));
  }
}

}  // namespace sitrep
