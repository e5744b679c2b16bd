// A coded story's sentences as CoNLL-U: the words our tokenizer found with the tags, lemmas and
// dependency tree the syntax model gave them. Used by `sitrep parse` and `sitrep explain`.
//
// Each sentence carries "# sent_id = <story id>-<n>" (1-based) and "# text = <the sentence as
// written in the story>" (line breaks folded to spaces); the first also "# newdoc id". MISC
// holds SpaceAfter=No where the text has no space and TokenRange=start:end, the token's code
// point offsets in the original story text, so every row points back at the words it came from.
#pragma once

#include "sitrep/core/story.h"
#include "sitrep/events/event_builder.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/pipeline.h"

namespace sitrep {

// REQUIRES: `coded` came from a pipeline with a syntax model (coded.syntax is filled) and
// `slicer` was built over story.text — once per story, not per sentence, since building one
// walks the whole text.
nlp::ConlluSentence SentenceToConllu(const Story& story, const events::TextSlicer& slicer, const CodedStory& coded,
                                     const Sentence& sentence, const nlp::SyntaxModel& model);

}  // namespace sitrep
