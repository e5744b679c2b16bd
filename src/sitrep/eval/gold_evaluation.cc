#include "sitrep/eval/gold_evaluation.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

namespace sitrep::eval {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Hands out the pipeline for a record's options, building each variant once.
class PipelineCache {
 public:
  explicit PipelineCache(const Pipeline& base)
      // Non-owning handles (aliasing constructor with an empty owner): the variants only borrow
      // the base's dictionaries and model, which outlive them by EvaluateGold's contract.
      : base_(base),
        dicts_(std::shared_ptr<const dictionaries::DictionarySet>(), &base.dictionaries()),
        syntax_(std::shared_ptr<const nlp::SyntaxModel>(), base.syntax()) {}

  const Pipeline& For(bool require_dyad) {
    // Options differ from the base's only in require_dyad, so that bool identifies the value.
    if (require_dyad == base_.options().require_dyad) return base_;
    std::unique_ptr<Pipeline>& p = variants_[require_dyad];
    if (!p) {
      Options o = base_.options();
      o.require_dyad = require_dyad;
      p = std::make_unique<Pipeline>(dicts_, o, syntax_);
    }
    return *p;
  }

 private:
  const Pipeline& base_;
  std::shared_ptr<const dictionaries::DictionarySet> dicts_;
  std::shared_ptr<const nlp::SyntaxModel> syntax_;
  std::map<bool, std::unique_ptr<Pipeline>> variants_;
};

}  // namespace

std::optional<std::string> SkipReason(const GoldRecord& record) {
  const std::string& e = record.error;
  if (e.empty() || e == "storydiscard" || e == "sentencediscard") return std::nullopt;
  if (e == "bad_input_parse" || e == "dateline") return e;
  return "unknown expected error '" + e + "'";
}

std::vector<EventTriple> ExpectedTriples(const GoldRecord& record) {
  // A discarded story or sentence yields no events, whatever else the record lists.
  if (record.error == "storydiscard" || record.error == "sentencediscard") return {};
  return record.expected;
}

EventTriple ToTriple(const Event& event) {
  return EventTriple{event.source ? event.source->code : "---", event.target ? event.target->code : "---",
                     event.cameo};
}

GoldEvaluation EvaluateGold(const GoldFile& gold, const Pipeline& base) {
  GoldEvaluation out;
  PipelineCache pipelines(base);
  std::set<std::string> reported_options, reported_values;
  std::vector<ScoredRecord> scored;
  for (size_t i = 0; i < gold.records.size(); ++i) {
    const GoldRecord& r = gold.records[i];
    // Options first, so an ignored option is reported even when its records are skipped.
    bool require_dyad = base.options().require_dyad;
    for (const auto& [name, value] : r.config) {
      if (name != "require_dyad") {
        if (reported_options.insert(name).second) out.ignored_options.push_back(name);
        continue;
      }
      const std::string v = Lower(value);
      if (v == "true" || v == "false") {
        require_dyad = v == "true";
      } else if (reported_values.insert(value).second) {
        out.warnings.push_back("require_dyad value '" + value + "' is neither true nor false; kept " +
                               (require_dyad ? "true" : "false"));
      }
    }
    if (std::optional<std::string> reason = SkipReason(r)) {
      out.skipped.push_back(SkippedRecord{i, std::move(*reason)});
      continue;
    }

    RecordOutcome o;
    o.record = i;
    o.expected = ExpectedTriples(r);
    Story story;
    story.id = r.id;
    story.date = r.date;
    story.text = r.text;
    story.origin = gold.path + ":" + std::to_string(r.line);
    Result<CodedStory> coded = pipelines.For(require_dyad).Code(story);
    if (coded.ok()) {
      for (const Event& e : coded->events) o.predicted.push_back(ToTriple(e));
    } else {
      o.rejected = coded.status().message();
    }
    scored.push_back(ScoredRecord{r.category, o.expected, o.predicted});
    out.outcomes.push_back(std::move(o));
  }
  out.scores = ScoreEvents(scored);
  return out;
}

}  // namespace sitrep::eval
