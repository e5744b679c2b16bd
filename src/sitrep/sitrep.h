// sitrep: news text in, political events out.
//
// The one public header for front ends (CLI, server, Python binding):
//
//   auto dicts = sitrep::dictionaries::LoadDictionaries();        // embedded dictionaries
//   if (!dicts.ok()) { ... dicts.status().ToString() ... }
//   sitrep::Pipeline pipeline(std::make_shared<const sitrep::dictionaries::DictionarySet>(
//                                 std::move(dicts).value()), sitrep::Options{});
//   sitrep::Story story{.id = "s1", .date = *sitrep::ParseDate("2017-07-20"), .text = "..."};
//   auto coded = pipeline.Code(story);   // Result<CodedStory>: tokens, sentences, events
//
// Readers (io/story_reader.h) stream stories from JSONL/CSV/text; writers (io/event_writer.h)
// emit JSONL/CSV/TSV; store/event_store.h keeps stories, events and
// incidents in SQLite or PostgreSQL.
#pragma once

#include "sitrep/core/date.h"
#include "sitrep/core/event.h"
#include "sitrep/core/status.h"
#include "sitrep/core/story.h"
#include "sitrep/core/token.h"
#include "sitrep/core/version.h"
#include "sitrep/dictionaries/dictionary_set.h"
#include "sitrep/geo/gazetteer_loader.h"
#include "sitrep/io/event_json.h"
#include "sitrep/io/event_writer.h"
#include "sitrep/io/story_reader.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/nlp/syntax_model.h"
#include "sitrep/options.h"
#include "sitrep/conllu_export.h"
#include "sitrep/pipeline.h"
#include "sitrep/store/event_store.h"
