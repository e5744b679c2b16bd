// Pipeline: the only place that knows the order of the stages.
//
//   Story -> Normalize -> RepairApostrophes -> Tokenize -> SplitSentences
//         -> per sentence: SyntaxModel (tags, lemmas, dependency tree; when a model is given)
//         -> discard list -> ActorMatcher -> VerbMatcher
//         -> DependencyCoder (PositionalCoder without a parse) -> EventBuilder
//   per story: places (geo/, when a gazetteer is given), time expressions (dates/) and
//         casualty counts -> each event's location, date and killed/wounded
//
// Input: a Story with valid UTF-8 text (readers repair it). Output: a CodedStory with the
// tokens, sentences and events, or a Status saying why the story was rejected (empty text,
// text over Options::max_story_bytes). A rejected story never affects the next one.
// Thread-safety: a Pipeline is immutable after construction and Code() is const, so one
// Pipeline may code stories on any number of threads at once.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "sitrep/actors/actor_matcher.h"
#include "sitrep/actors/actor_mention.h"
#include "sitrep/core/event.h"
#include "sitrep/core/status.h"
#include "sitrep/core/story.h"
#include "sitrep/core/token.h"
#include "sitrep/dictionaries/dictionary_set.h"
#include "sitrep/events/dependency_coder.h"
#include "sitrep/events/event_builder.h"
#include "sitrep/events/positional_coder.h"
#include "sitrep/events/verb_matcher.h"
#include "sitrep/dates/time_expression.h"
#include "sitrep/events/casualty_finder.h"
#include "sitrep/geo/event_locator.h"
#include "sitrep/geo/gazetteer.h"
#include "sitrep/geo/place_finder.h"
#include "sitrep/nlp/syntax_model.h"
#include "sitrep/options.h"

namespace sitrep {

namespace store {
struct CoderVersion;
}

// Where, when and how many for a sentence as a whole (anchored at its main verb): what the
// geo/dates benchmark scores and `sitrep explain` shows; each event carries its own.
struct Situation {
  Date date;
  std::string date_precision;
  std::string date_text;
  Span date_span;
  std::optional<EventLocation> location;
  std::optional<CasualtyFigure> killed;
  std::optional<CasualtyFigure> wounded;
};

struct CodedStory {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // Per token, when the pipeline has a syntax model (else empty): tags, lemma, and the head as a
  // 1-based index within the token's sentence (0 = the sentence's root).
  std::vector<nlp::WordSyntax> syntax;
  std::vector<std::vector<actors::ActorMention>> mentions;  // per sentence
  // Per sentence: the rule of the discard entry that stopped its coding, "" when none. A
  // whole-story discard ("+TYPHOON") marks every sentence.
  std::vector<std::string> discarded;
  // Per sentence, when Code() was asked to trace: the verbs considered, the patterns tried and
  // why each event was or was not produced (for `sitrep explain`).
  std::vector<std::vector<std::string>> trace;
  // Per sentence, when the pipeline has a gazetteer: the places named, each settled.
  std::vector<std::vector<geo::PlaceMention>> places;
  std::vector<Situation> situations;  // per sentence
  std::vector<Event> events;
  size_t apostrophes_repaired = 0;
};

class Pipeline {
 public:
  // `syntax` may be null: the coder then works from word order alone. `gazetteer` may be null:
  // events then carry no location (dates and casualty counts do not need it).
  Pipeline(std::shared_ptr<const dictionaries::DictionarySet> dicts, Options options,
           std::shared_ptr<const nlp::SyntaxModel> syntax = nullptr,
           std::shared_ptr<const geo::Gazetteer> gazetteer = nullptr);

  // Text stage and syntax only: tokens, sentences and (with a model) their syntax; no events.
  Result<CodedStory> Analyze(const Story& story) const;
  // Analyze, then code events; with `trace`, also fills CodedStory::trace.
  Result<CodedStory> Code(const Story& story, bool trace = false) const;
  // The coding half of Code(): actors, verbs and events for a story Analyze() has already
  // read (benchmarks time the two halves apart). REQUIRES: `story` was Analyze()d into `coded`
  // by this pipeline and no events were coded into it yet.
  void CodeEvents(const Story& story, CodedStory* coded, bool trace = false) const;

  const Options& options() const { return options_; }
  const dictionaries::DictionarySet& dictionaries() const { return *dicts_; }
  const nlp::SyntaxModel* syntax() const { return syntax_.get(); }
  const geo::Gazetteer* gazetteer() const { return gazetteer_.get(); }

  // The dependency tree of `sentence` for the coders; empty when `story` has no syntax.
  events::DependencyTree TreeOf(const CodedStory& story, const Sentence& sentence) const;

 private:
  std::shared_ptr<const dictionaries::DictionarySet> dicts_;
  Options options_;
  std::shared_ptr<const nlp::SyntaxModel> syntax_;
  std::shared_ptr<const geo::Gazetteer> gazetteer_;
  actors::ActorMatcher actor_matcher_;
  events::VerbMatcher verb_matcher_;
  events::PositionalCoder coder_;             // sentences without a parse
  events::DependencyCoder dependency_coder_;  // sentences with one
  events::EventBuilder builder_;
  dates::TimeExpressionFinder time_finder_;
  events::CasualtyFinder casualty_finder_;
  std::unique_ptr<geo::PlaceFinder> place_finder_;  // null without a gazetteer
  std::unique_ptr<geo::EventLocator> locator_;

  // Fills each event's date, location and casualty counts; `verb_tokens[k]` is the token of
  // event k's verb or noun.
  void Situate(const Story& story, const events::TextSlicer& slicer, const std::vector<int32_t>& verb_tokens,
               CodedStory* coded) const;
};

// What codes with `pipeline`: sitrep's version, its dictionaries' fingerprint and its syntax
// models (or "none"), as an event store records it next to every event.
store::CoderVersion CoderVersionOf(const Pipeline& pipeline);

}  // namespace sitrep
