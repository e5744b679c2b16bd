// `sitrep parse [FILE|-]`: tags, lemmatizes and parses stories or plain text and writes CoNLL-U.
// With --input-format conllu it keeps a CoNLL-U file's sentences and words and replaces LEMMA,
// UPOS, XPOS, HEAD and DEPREL, so any UD scorer can check sitrep's parses.
#include <fstream>
#include <iostream>

#include "commands.h"
#include "dictionary_options.h"
#include "model_options.h"
#include "sitrep/conllu_export.h"
#include "sitrep/nlp/conllu.h"
#include "sitrep/sitrep.h"

namespace sitrep::cli {
namespace {

struct ParseFlags {
  std::string input = "-";
  std::string output;
  std::string input_format;
  std::string id;
  ModelFlags models;
  bool quiet = false;
};

int ParseConllu(std::istream& in, const std::string& name, std::ostream& out, const nlp::SyntaxModel& model,
                const ParseFlags& f) {
  nlp::ConlluReader reader(in, name);
  nlp::SyntaxScratch scratch;
  size_t sentences = 0, bad = 0;
  while (true) {
    auto next = reader.Next();
    if (!next.ok()) {
      // A malformed sentence is reported and skipped; the rest of the file is still parsed.
      std::cerr << "sitrep: skipped sentence: " << next.status().message() << "\n";
      ++bad;
      continue;
    }
    if (!next->has_value()) break;
    nlp::ConlluSentence& s = **next;
    model.AnnotateConllu(&s, &scratch);
    nlp::WriteConllu(s, out);
    ++sentences;
  }
  if (!f.quiet) std::cerr << "sitrep: parsed " << sentences << " sentences, skipped " << bad << "\n";
  return bad == 0 ? 0 : 1;
}

int ParseStories(io::StoryReader& reader, std::ostream& out, const Pipeline& pipeline, const ParseFlags& f) {
  Story story;
  io::Rejection rejection;
  std::vector<std::string> warnings;
  size_t stories = 0, sentences = 0, rejected = 0;
  const nlp::SyntaxModel& model = *pipeline.syntax();
  while (true) {
    warnings.clear();
    const auto o = reader.Next(&story, &rejection, &warnings);
    if (o == io::StoryReader::Outcome::kEnd) break;
    for (const auto& w : warnings) {
      if (!f.quiet) std::cerr << "sitrep: warning: " << w << "\n";
    }
    if (o == io::StoryReader::Outcome::kRejected) {
      std::cerr << "sitrep: rejected " << rejection.where << (rejection.story_id.empty() ? "" : " (" + rejection.story_id + ")")
                << ": " << rejection.reason << "\n";
      ++rejected;
      continue;
    }
    Result<CodedStory> analyzed = pipeline.Analyze(story);
    if (!analyzed.ok()) {
      std::cerr << "sitrep: rejected " << story.origin << " (" << story.id << "): " << analyzed.status().message()
                << "\n";
      ++rejected;
      continue;
    }
    ++stories;
    const events::TextSlicer slicer(story.text);
    for (const Sentence& s : analyzed->sentences) {
      nlp::WriteConllu(SentenceToConllu(story, slicer, *analyzed, s, model), out);
      ++sentences;
    }
  }
  if (!f.quiet) {
    std::cerr << "sitrep: parsed " << stories << " stories, " << sentences << " sentences; rejected " << rejected
              << "\n";
  }
  return 0;
}

int Run(ParseFlags& f) {
  auto model = LoadSyntaxModel(f.models);
  if (!model.ok()) {
    std::cerr << "sitrep: " << model.status().ToString() << "\n";
    return 2;
  }
  std::ofstream file;
  if (!f.output.empty()) {
    file.open(f.output);
    if (!file) {
      std::cerr << "sitrep: cannot write " << f.output << "\n";
      return 2;
    }
  }
  std::ostream& out = f.output.empty() ? std::cout : file;
  if (f.input_format == "conllu" || (f.input_format.empty() && f.input.ends_with(".conllu"))) {
    if (f.input == "-") return ParseConllu(std::cin, "<stdin>", out, **model, f);
    std::ifstream in(f.input);
    if (!in) {
      std::cerr << "sitrep: cannot open " << f.input << "\n";
      return 2;
    }
    return ParseConllu(in, f.input, out, **model, f);
  }
  std::optional<io::InputFormat> format;
  if (!f.input_format.empty()) {
    auto parsed = io::ParseInputFormat(f.input_format);
    if (!parsed.ok()) {
      std::cerr << "sitrep: --input-format: " << parsed.status().message() << " (or conllu)\n";
      return 2;
    }
    format = *parsed;
  }
  auto dicts = dictionaries::LoadDictionaries({});
  if (!dicts.ok()) {
    std::cerr << "sitrep: " << dicts.status().ToString() << "\n";
    return 2;
  }
  Pipeline pipeline(std::make_shared<const dictionaries::DictionarySet>(std::move(dicts).value()), Options{}, *model);
  io::ReaderDefaults defaults;
  defaults.id = f.id;
  if (f.input == "-") {
    auto reader = io::MakeStoryReader(format.value_or(io::InputFormat::kText), std::cin,
                                      f.id.empty() ? "stdin" : f.id, defaults);
    return ParseStories(*reader, out, pipeline, f);
  }
  auto reader = io::OpenStoryReader(f.input, format.value_or(io::FormatFromPath(f.input)), defaults);
  if (!reader.ok()) {
    std::cerr << "sitrep: " << reader.status().message() << "\n";
    return 2;
  }
  return ParseStories(**reader, out, pipeline, f);
}

}  // namespace

void RegisterParse(CLI::App* app, int* exit_code) {
  static ParseFlags f;
  auto* cmd = app->add_subcommand("parse", "tag, lemmatize and parse text; write CoNLL-U");
  cmd->add_option("input", f.input, "stories (.jsonl, .csv), plain text, or .conllu; - for stdin (plain text)");
  cmd->add_option("-o,--output", f.output, "CoNLL-U file to write (default: stdout)");
  cmd->add_option("--input-format", f.input_format, "jsonl, csv, text or conllu (default: from the file name)");
  cmd->add_option("--id", f.id, "story id for plain text input (default: the file name)");
  cmd->add_flag("-q,--quiet", f.quiet, "no summary on stderr");
  AddModelFlags(cmd, &f.models);
  cmd->callback([exit_code]() { *exit_code = Run(f); });
}

}  // namespace sitrep::cli
