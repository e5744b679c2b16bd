// `sitrep code`: stories in (files or stdin), events out (stdout/-o, and/or an event store:
// an SQLite file or a PostgreSQL database).
#include <fstream>
#include <iostream>
#include <map>

#include "commands.h"
#include "dictionary_options.h"
#include "sitrep/sitrep.h"

namespace sitrep::cli {
namespace {

struct CodeFlags {
  std::vector<std::string> inputs;
  std::string output;
  std::string format = "jsonl";
  std::string input_format;
  std::string db;
  std::string id;
  std::string date;
  bool strict = false;
  bool summary = false;
  bool quiet = false;
  int batch_size = 500;
  CodingFlags coding;
};

struct Counts {
  int64_t read = 0, with_events = 0, no_events = 0, rejected = 0, events = 0, warnings = 0, not_stored = 0;
};

int Run(CodeFlags& f) {
  // Step 1: everything that can fail before any story is read.
  Result<std::unique_ptr<Pipeline>> pipeline = MakePipeline(&f.coding);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  io::ReaderDefaults defaults;
  defaults.id = f.id;
  if (!f.date.empty()) {
    Result<Date> d = ParseDate(f.date);
    if (!d.ok()) {
      std::cerr << "sitrep: --date: " << d.status().message() << "\n";
      return 2;
    }
    defaults.date = *d;
  }
  Result<io::OutputFormat> out_format = io::ParseOutputFormat(f.format);
  if (!out_format.ok()) {
    std::cerr << "sitrep: --format: " << out_format.status().message() << "\n";
    return 2;
  }
  std::optional<io::InputFormat> forced_input;
  if (!f.input_format.empty()) {
    Result<io::InputFormat> in = io::ParseInputFormat(f.input_format);
    if (!in.ok()) {
      std::cerr << "sitrep: --input-format: " << in.status().message() << "\n";
      return 2;
    }
    forced_input = *in;
  }
  std::unique_ptr<store::EventStore> db;
  if (!f.db.empty()) {
    Result<std::unique_ptr<store::EventStore>> opened = store::EventStore::Open(f.db, {.batch_size = f.batch_size});
    if (!opened.ok()) {
      std::cerr << "sitrep: " << opened.status().ToString() << "\n";
      return 2;
    }
    db = std::move(opened).value();
    if (Status st = db->SetCoder(CoderVersionOf(**pipeline)); !st.ok()) {
      std::cerr << "sitrep: " << st.ToString() << "\n";
      return 2;
    }
  }
  // Events go to stdout unless -o names a file, or --db is given without -o.
  std::ofstream file_out;
  std::ostream* out = nullptr;
  if (!f.output.empty() && f.output != "-") {
    file_out.open(f.output, std::ios::binary);
    if (!file_out) {
      std::cerr << "sitrep: cannot write '" << f.output << "'\n";
      return 2;
    }
    out = &file_out;
  } else if (f.db.empty() || f.output == "-") {
    out = &std::cout;
  }
  std::unique_ptr<io::EventWriter> writer = out ? io::MakeEventWriter(*out_format, *out) : nullptr;
  if (f.inputs.empty()) f.inputs.push_back("-");

  // Step 2: every record ends as coded, coded with no events, or rejected with a reason.
  Counts c;
  std::map<std::string, int64_t> by_root;
  auto reject = [&](const std::string& where, const std::string& id, const std::string& reason) {
    ++c.rejected;
    std::cerr << "sitrep: " << where << (id.empty() ? "" : " [" + id + "]") << ": rejected: " << reason << "\n";
    if (db) {
      if (Status st = db->PutRejection(id, where, reason); !st.ok()) {
        ++c.not_stored;
        std::cerr << "sitrep: " << st.ToString() << "\n";
      }
    }
  };
  int io_failures = 0;
  for (const std::string& input : f.inputs) {
    std::unique_ptr<io::StoryReader> reader;
    if (input == "-") {
      reader = io::MakeStoryReader(forced_input.value_or(io::InputFormat::kJsonl), std::cin, "<stdin>", defaults);
    } else {
      Result<std::unique_ptr<io::StoryReader>> opened =
          io::OpenStoryReader(input, forced_input.value_or(io::FormatFromPath(input)), defaults);
      if (!opened.ok()) {
        std::cerr << "sitrep: " << opened.status().message() << "\n";
        ++io_failures;
        continue;
      }
      reader = std::move(opened).value();
    }
    Story story;
    io::Rejection rejection;
    std::vector<std::string> warnings;
    while (true) {
      warnings.clear();
      const io::StoryReader::Outcome o = reader->Next(&story, &rejection, &warnings);
      if (o == io::StoryReader::Outcome::kEnd) break;
      ++c.read;
      for (const auto& w : warnings) {
        ++c.warnings;
        if (!f.quiet) std::cerr << "sitrep: warning: " << w << "\n";
      }
      if (o == io::StoryReader::Outcome::kRejected) {
        reject(rejection.where, rejection.story_id, rejection.reason);
        continue;
      }
      Result<CodedStory> coded = (*pipeline)->Code(story);
      if (!coded.ok()) {
        reject(story.origin, story.id, coded.status().message());
        continue;
      }
      (coded->events.empty() ? c.no_events : c.with_events) += 1;
      c.events += static_cast<int64_t>(coded->events.size());
      for (const Event& e : coded->events) {
        by_root[e.root] += 1;
        if (writer) writer->Write(e);
      }
      if (db) {
        // The database refusing one story costs that story, not the batch.
        if (Status st = db->PutStory(story, static_cast<int32_t>(coded->sentences.size()), coded->events); !st.ok()) {
          ++c.not_stored;
          std::cerr << "sitrep: " << story.origin << " [" << story.id << "]: not stored: " << st.message() << "\n";
        }
      }
    }
  }
  if (db) {
    if (Status st = db->Close(); !st.ok()) {
      std::cerr << "sitrep: " << st.message() << "\n";
      return 1;
    }
  }
  if (out) out->flush();

  // Step 3: the account of every record.
  std::cerr << "sitrep: " << c.read << " stories read: " << c.with_events + c.no_events << " coded (" << c.with_events
            << " with events, " << c.no_events << " without), " << c.rejected << " rejected; " << c.events
            << " events";
  if (c.warnings) std::cerr << "; " << c.warnings << " warning(s)";
  if (db) {
    std::cerr << "; stored in " << db->name();
    if (c.not_stored) std::cerr << " (" << c.not_stored << " record(s) not stored)";
    if (auto n = db->CountIncidents(); n.ok()) std::cerr << ", which now holds " << *n << " incidents";
  }
  std::cerr << "\n";
  if (f.summary && !by_root.empty()) {
    const auto& book = (*pipeline)->dictionaries().codebook;
    std::cerr << "events by CAMEO root:\n";
    for (const auto& [root, n] : by_root) {
      const dictionaries::CameoCode* code = book.Find(root);
      std::fprintf(stderr, "  %s %-45s %6lld\n", root.c_str(), code ? code->name.c_str() : "",
                   static_cast<long long>(n));
    }
  }
  if (io_failures > 0 || c.not_stored > 0) return 1;
  if (f.strict && c.rejected > 0) return 1;
  return 0;
}

}  // namespace

void RegisterCode(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app->add_subcommand("code", "code stories into events (JSONL/CSV/TSV and/or an SQLite store)");
  cmd->add_option("inputs", flags->inputs, "story files (.jsonl, .csv, anything else = one plain-text story); - or none: stdin (JSONL)");
  cmd->add_option("-o,--output", flags->output, "write events here instead of stdout");
  cmd->add_option("--format", flags->format, "output format: jsonl, csv or tsv")->default_val("jsonl");
  cmd->add_option("--input-format", flags->input_format, "force the input format: jsonl, csv or text");
  cmd->add_option("--db", flags->db,
                  "also store stories and events: an SQLite file or a postgresql:// URL (events then go to stdout "
                  "only with -o -)");
  cmd->add_option("--batch-size", flags->batch_size, "stories per store transaction")->default_val(500)->check(CLI::PositiveNumber);
  cmd->add_option("--id", flags->id, "story id for a plain-text input (default: the file name)");
  cmd->add_option("--date", flags->date, "publication date YYYY-MM-DD for stories without one");
  cmd->add_flag("--strict", flags->strict, "exit non-zero when any record is rejected");
  cmd->add_flag("--summary", flags->summary, "print event counts by CAMEO root at the end");
  cmd->add_flag("-q,--quiet", flags->quiet, "do not print warnings (rejections are always printed)");
  AddCodingFlags(cmd, &flags->coding);
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace sitrep::cli
