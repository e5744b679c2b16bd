#include "sitrep/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "sitrep/core/version.h"
#include "sitrep/store/event_store.h"
#include "sitrep/text/apostrophe_repair.h"
#include "sitrep/text/normalizer.h"
#include "sitrep/text/sentence_splitter.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep {

Pipeline::Pipeline(std::shared_ptr<const dictionaries::DictionarySet> dicts, Options options,
                   std::shared_ptr<const nlp::SyntaxModel> syntax, std::shared_ptr<const geo::Gazetteer> gazetteer)
    : dicts_(std::move(dicts)),
      options_(options),
      syntax_(std::move(syntax)),
      gazetteer_(std::move(gazetteer)),
      actor_matcher_(*dicts_),
      verb_matcher_(dicts_->verbs),
      coder_(events::PositionalCoderOptions{options.require_dyad}),
      dependency_coder_(events::PositionalCoderOptions{options.require_dyad}),
      builder_(dicts_->codebook) {
  if (gazetteer_ != nullptr) {
    // Agent nouns and titles never open a place name ("Police", "President Roxas").
    std::unordered_set<std::string> not_places;
    for (const auto& a : dicts_->agents.phrases()) {
      if (a.phrase.words.size() == 1) not_places.insert(a.phrase.words[0]);
    }
    for (const char* w : {"mr", "mrs", "ms", "dr", "gen", "general", "president", "prime", "minister", "king",
                          "queen", "prince", "sheikh", "pope", "saint", "st", "god", "allah", "monday", "tuesday",
                          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                          "april", "may", "june", "july", "august", "september", "october", "november", "december",
                          "the", "a", "an", "this", "that", "it", "he", "she", "they", "we", "i", "but", "and",
                          "as", "if", "when", "while", "after", "before", "since", "during", "in", "on", "at"}) {
      not_places.insert(w);
    }
    // People are no places whatever the date: "Obama" outside his term is no actor, but no
    // Japanese town either.
    std::unordered_set<std::string> people;
    for (const auto& p : dicts_->actors.phrases()) {
      if (dicts_->actors.entries()[static_cast<size_t>(p.entry)].kind != dictionaries::ActorKind::kPerson) continue;
      people.insert(geo::Gazetteer::Key(dictionaries::PhraseText(p.phrase)));
    }
    place_finder_ = std::make_unique<geo::PlaceFinder>(*gazetteer_, std::move(not_places), std::move(people));
    locator_ = std::make_unique<geo::EventLocator>(*gazetteer_);
  }
}

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
  std::vector<int32_t> verb_tokens;
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
      for (const events::RawEvent& raw : raws) {
        out.events.push_back(builder_.Build(story, slicer, out.tokens, s, mentions, raw));
        verb_tokens.push_back(raw.verb.head);
      }
    }
    out.mentions.push_back(std::move(mentions));
  }
  Situate(story, slicer, verb_tokens, coded);
}

void Pipeline::Situate(const Story& story, const events::TextSlicer& slicer, const std::vector<int32_t>& verb_tokens,
                       CodedStory* coded) const {
  CodedStory& out = *coded;
  std::vector<std::string> upos;
  if (syntax_ != nullptr && !out.syntax.empty()) {
    upos.reserve(out.tokens.size());
    for (const nlp::WordSyntax& w : out.syntax) upos.emplace_back(syntax_->upos(w));
  }
  auto span_of = [&](int32_t first, int32_t last) { return Span{out.tokens[first].start, out.tokens[last - 1].end}; };

  // One tree per sentence, built once: places, dates and the locator all walk it.
  std::vector<events::DependencyTree> trees;
  trees.reserve(out.sentences.size());
  for (const Sentence& s : out.sentences) trees.push_back(TreeOf(out, s));

  std::optional<geo::PlaceMention> dominant;
  if (place_finder_ != nullptr) {
    std::vector<uint8_t> slots;
    if (!upos.empty()) {
      slots.assign(out.tokens.size(), 0);
      for (const Sentence& s : out.sentences) {
        geo::MarkPlaceSlots(trees[static_cast<size_t>(s.index)], s.first_token, s.last_token, &slots);
      }
    }
    out.places = place_finder_->Find(out.tokens, out.sentences, upos, out.mentions, slots);
    std::vector<geo::PlaceMention> usable;
    for (const Sentence& s : out.sentences) {
      const auto u = locator_->Usable(out.places[s.index], trees[static_cast<size_t>(s.index)]);
      usable.insert(usable.end(), u.begin(), u.end());
    }
    dominant = locator_->Dominant(usable);
  }
  out.situations.assign(out.sentences.size(), {});
  size_t k = 0;  // events are in sentence order
  for (const Sentence& s : out.sentences) {
    size_t end = k;
    while (end < out.events.size() && out.events[end].sentence == s.index) ++end;
    const events::DependencyTree& tree = trees[static_cast<size_t>(s.index)];
    const std::vector<dates::TimeExpression> times =
        time_finder_.Find(out.tokens, s.first_token, s.last_token, story.date);
    const std::vector<events::CasualtyCount> counts =
        casualty_finder_.Find(out.tokens, s.first_token, s.last_token, upos);
    const std::vector<geo::PlaceMention> no_places;
    const auto& places = place_finder_ != nullptr ? out.places[static_cast<size_t>(s.index)] : no_places;

    // Where and when, for something said by the verb or noun at `anchor`. `actor_countries` (the
    // event's actors') are the last resort for the place, at country precision; `verbal` says
    // the event is a statement (quad class 1 or 3).
    auto situate = [&](int32_t anchor, const std::vector<std::string>& actor_countries, bool verbal, Situation* to) {
      const std::string actor_country = actor_countries.empty() ? std::string() : actor_countries.front();
      to->date = story.date;
      to->date_precision = story.date.valid() ? "day" : "";
      // The time expression of the anchor's own clause, else the sentence's first (one saying
      // "since ..." last: it dates a state, not the event).
      const dates::TimeExpression* chosen = nullptr;
      for (const auto& t : times) {
        if (chosen == nullptr && events::TiedTo(tree, t.first_token, t.last_token, anchor)) chosen = &t;
      }
      for (const auto& t : times) {
        if (chosen == nullptr && !t.since) chosen = &t;
      }
      if (chosen == nullptr && !times.empty()) chosen = &times.front();
      if (chosen != nullptr) {
        to->date = chosen->date;
        to->date_precision = dates::DatePrecisionName(chosen->precision);
        to->date_span = span_of(chosen->first_token, chosen->last_token);
        to->date_text = slicer.Slice(to->date_span.start, to->date_span.end);
      }
      if (locator_ == nullptr) return;
      auto loc = locator_->Locate(places, tree, anchor, dominant);
      // The story's place is a guess; for something said (quad classes 1 and 3), one in a country
      // none of the actors belongs to ("North Korea said it tested …" in a story datelined
      // Hanoi) is a worse guess than theirs. Force is used abroad, so material events keep it.
      if (loc && verbal && std::string_view(loc->basis) == "story" && !actor_countries.empty() &&
          std::find(actor_countries.begin(), actor_countries.end(),
                    gazetteer_->place(loc->mention.place).country) == actor_countries.end()) {
        loc.reset();
      }
      auto place_location = [&](int32_t place) {
        const geo::Place& p = gazetteer_->place(place);
        EventLocation l;
        l.name = p.name;
        l.lat = p.lat;
        l.lon = p.lon;
        l.country = p.country;
        return l;
      };
      if (!loc) {
        // No place named anywhere in the story: GDELT-style, the actors' country.
        const int32_t country = actor_country.empty() ? -1 : gazetteer_->CountryPlace(actor_country);
        if (country < 0) return;
        to->location = place_location(country);
        to->location->precision = "country";
        to->location->basis = "actor";
        return;
      }
      const geo::Place& p = gazetteer_->place(loc->mention.place);
      EventLocation l = place_location(loc->mention.place);
      l.admin1 = p.kind == geo::PlaceKind::kAdmin1 ? p.name : gazetteer_->Admin1Name(p.admin1_code);
      l.precision = locator_->PrecisionName(loc->mention);
      l.basis = loc->basis;
      l.geonameid = p.geonameid;
      l.span = span_of(loc->mention.first_token, loc->mention.last_token);
      l.text = slicer.Slice(l.span.start, l.span.end);
      to->location = std::move(l);
    };
    auto figure = [&](const events::CasualtyCount& c) {
      CasualtyFigure f;
      f.n = c.n;
      f.qualifier = events::CountQualifierName(c.qualifier);
      f.span = span_of(c.first_token, c.last_token);
      f.text = slicer.Slice(f.span.start, f.span.end);
      return f;
    };

    // The sentence as a whole, anchored at its main verb (its root; without a parse, its start).
    Situation& whole = out.situations[static_cast<size_t>(s.index)];
    int32_t root = s.first_token;
    if (!tree.empty()) {
      for (int32_t t = s.first_token; t < s.last_token; ++t) {
        if (tree.head(t) < 0) root = t;
      }
      // "Officials in Kyiv said a missile hit Dnipro": what is reported is the main event.
      if (const int32_t said = tree.Child(root, "ccomp"); said >= 0 && geo::IsReportingVerb(tree.at(root).lemma)) {
        root = said;
      }
    }
    std::vector<std::string> sentence_countries;
    for (const auto& m : out.mentions[static_cast<size_t>(s.index)]) {
      if (!m.country.empty()) sentence_countries.push_back(m.country);
    }
    situate(root, sentence_countries, /*verbal=*/true, &whole);
    for (const auto& c : counts) {
      auto& slot = c.killed ? whole.killed : whole.wounded;
      if (!slot) slot = figure(c);
    }

    for (size_t e = k; e < end; ++e) {
      Event& ev = out.events[e];
      Situation at;
      std::vector<std::string> actor_countries;
      for (const auto* a : {&ev.source, &ev.target}) {
        if (*a && !(*a)->country.empty()) actor_countries.push_back((*a)->country);
      }
      situate(verb_tokens[e], actor_countries, ev.quad_class == 1 || ev.quad_class == 3, &at);
      ev.date = at.date;
      ev.date_precision = at.date_precision;
      ev.date_text = at.date_text;
      ev.date_span = at.date_span;
      ev.location = std::move(at.location);
    }
    // Casualties: each count goes to one violent event of the sentence, the one whose verb is
    // nearest the words that state it, so two events of one clause never count it twice.
    for (const events::CasualtyCount& c : counts) {
      size_t best = end;
      int32_t best_distance = 0;
      for (size_t e = k; e < end; ++e) {
        const std::string& r = out.events[e].root;
        if (r != "18" && r != "19" && r != "20" && out.events[e].cameo != "145") continue;
        const int32_t d = std::abs(verb_tokens[e] - c.trigger);
        if (best == end || d < best_distance) best = e, best_distance = d;
      }
      if (best == end) continue;
      auto& slot = c.killed ? out.events[best].killed : out.events[best].wounded;
      if (!slot) slot = figure(c);
    }
    k = end;
  }
}

store::CoderVersion CoderVersionOf(const Pipeline& pipeline) {
  store::CoderVersion v;
  v.sitrep_version = SITREP_VERSION;
  v.dictionaries = pipeline.dictionaries().fingerprint;
  v.models = pipeline.syntax() ? pipeline.syntax()->fingerprint() + " " + pipeline.syntax()->description() : "none";
  return v;
}

}  // namespace sitrep
