// `sitrep explain "text"`: shows what the coder sees — sentences, tokens, actor mentions, verb
// patterns — and the events it produced, with the dictionary rule behind each.
#include <cstdio>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "dictionary_options.h"
#include "sitrep/conllu_export.h"
#include "sitrep/sitrep.h"
#include "sitrep/text/utf8.h"

namespace sitrep::cli {
namespace {

struct ExplainFlags {
  std::string text;
  std::string date;
  CodingFlags coding;
};

int Run(ExplainFlags& f) {
  Result<std::unique_ptr<Pipeline>> pipeline = MakePipeline(&f.coding);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  Story story;
  story.id = "explain";
  story.text = f.text;
  if (!f.date.empty()) {
    Result<Date> d = ParseDate(f.date);
    if (!d.ok()) {
      std::cerr << "sitrep: --date: " << d.status().message() << "\n";
      return 2;
    }
    story.date = *d;
  }
  const size_t repaired = text::RepairUtf8(&story.text);
  if (repaired) std::cerr << "sitrep: warning: invalid UTF-8 repaired\n";
  Result<CodedStory> coded = (*pipeline)->Code(story, /*trace=*/true);
  if (!coded.ok()) {
    std::cerr << "sitrep: " << coded.status().message() << "\n";
    return 1;
  }
  const events::TextSlicer slicer(story.text);
  for (size_t si = 0; si < coded->sentences.size(); ++si) {
    const Sentence& s = coded->sentences[si];
    std::printf("sentence %d [%d,%d): %s\n", s.index, s.start, s.end, slicer.Slice(s.start, s.end).c_str());
    if (const nlp::SyntaxModel* model = (*pipeline)->syntax()) {
      // The sentence as the coder sees it, in CoNLL-U: copy it into any UD viewer.
      std::ostringstream conllu;
      nlp::WriteConllu(SentenceToConllu(story, slicer, *coded, s, *model), conllu);
      std::printf("%s", conllu.str().c_str());
    } else {
      std::printf("  tokens:");
      for (int32_t t = s.first_token; t < s.last_token; ++t) std::printf(" %s", coded->tokens[t].form.c_str());
      std::printf("\n");
    }
    for (const auto& m : coded->mentions[si]) {
      const Token& a = coded->tokens[m.first];
      const Token& b = coded->tokens[m.last - 1];
      std::printf("  actor  %-14s %-8s [%d,%d) \"%s\"  (%s)\n", m.code.c_str(), m.role.c_str(), a.start, b.end,
                  slicer.Slice(a.start, b.end).c_str(), m.rule.c_str());
    }
    if (!coded->places.empty() && pipeline.value()->gazetteer() != nullptr) {
      const geo::Gazetteer& g = *pipeline.value()->gazetteer();
      for (const auto& m : coded->places[si]) {
        const geo::Place& p = g.place(m.place);
        const Token& a = coded->tokens[m.first_token];
        const Token& b = coded->tokens[m.last_token - 1];
        std::printf("  place  %-14s %-8s [%d,%d) \"%s\"  (%.4f, %.4f%s%s%s)\n", p.name.c_str(), geo::PlaceKindName(p.kind),
                    a.start, b.end, slicer.Slice(a.start, b.end).c_str(), p.lat, p.lon,
                    p.country.empty() ? "" : ", ", p.country.c_str(), m.cue ? ", after a locative word" : "");
      }
    }
    auto describe = [](const char* label, const Date& date, const std::string& precision, const std::string& date_text,
                       const std::optional<EventLocation>& loc, const std::optional<CasualtyFigure>& killed,
                       const std::optional<CasualtyFigure>& wounded) {
      if (date.valid()) {
        std::printf("  %-6s when %s (%s, %s)", label, date.ToString().c_str(), precision.c_str(),
                    date_text.empty() ? "the publication date" : ("\"" + date_text + "\"").c_str());
      } else {
        std::printf("  %-6s when unknown (no publication date: give --date)", label);
      }
      if (loc) {
        std::printf("; where %s, %s%s%s (%s, by %s)", loc->name.c_str(), loc->admin1.empty() ? "" : loc->admin1.c_str(),
                    loc->admin1.empty() ? "" : ", ", loc->country.c_str(), loc->precision.c_str(), loc->basis.c_str());
      }
      if (killed) std::printf("; killed %lld %s", static_cast<long long>(killed->n), killed->qualifier.c_str());
      if (wounded) std::printf("; wounded %lld %s", static_cast<long long>(wounded->n), wounded->qualifier.c_str());
      std::printf("\n");
    };
    if (si < coded->situations.size()) {
      const Situation& w = coded->situations[si];
      describe("main", w.date, w.date_precision, w.date_text, w.location, w.killed, w.wounded);
    }
    for (const std::string& line : coded->trace[si]) std::printf("  why    %s\n", line.c_str());
    for (const Event& e : coded->events) {
      if (e.sentence != s.index) continue;
      std::printf("  event  %s %s -> %s  CAMEO %s (%s), Goldstein %g, quad %d%s\n", e.event_id.c_str(),
                  e.source ? e.source->code.c_str() : "-", e.target ? e.target->code.c_str() : "-", e.cameo.c_str(),
                  e.cameo_name.c_str(), e.goldstein, e.quad_class, e.negated ? ", NEGATED" : "");
      std::printf("         verb \"%s\" [%d,%d) by %s\n", e.verb_text.c_str(), e.verb_span.start, e.verb_span.end,
                  e.rule.c_str());
      describe("", e.date, e.date_precision, e.date_text, e.location, e.killed, e.wounded);
    }
  }
  if (coded->events.empty()) std::printf("no events\n");
  return 0;
}

}  // namespace

void RegisterExplain(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app->add_subcommand("explain", "show sentences, tokens, actors, patterns and events for a text");
  cmd->add_option("text", flags->text, "the text to explain")->required();
  cmd->add_option("--date", flags->date, "publication date YYYY-MM-DD (selects date-restricted actor codes)");
  AddCodingFlags(cmd, &flags->coding);
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace sitrep::cli
