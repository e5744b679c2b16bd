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

Result<CodedStory> Pipeline::Code(const Story& story) const {
  Result<CodedStory> analyzed = Analyze(story);
  if (!analyzed.ok()) return analyzed;
  CodedStory& out = *analyzed;
  const events::TextSlicer slicer(story.text);
  out.mentions.reserve(out.sentences.size());
  for (const Sentence& s : out.sentences) {
    std::vector<actors::ActorMention> mentions = actor_matcher_.Find(out.tokens, s, story.date);
    const std::vector<events::VerbMatch> verbs = verb_matcher_.Find(out.tokens, s, mentions);
    for (const events::RawEvent& raw : coder_.Code(out.tokens, s, mentions, verbs))
      out.events.push_back(builder_.Build(story, slicer, out.tokens, s, mentions, raw));
    out.mentions.push_back(std::move(mentions));
  }
  return analyzed;
}

}  // namespace sitrep
