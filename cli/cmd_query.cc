// `sitrep query --db F [filters] [--group-by ...] [--format table|csv|json]`: events or the
// counts analysts chart, from a store written by `sitrep code --db`.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "sitrep/store/sqlite_store.h"

namespace sitrep::cli {
namespace {

struct QueryFlags {
  std::string db;
  std::string group_by;
  std::string format = "table";
  store::EventQuery query;
};

std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

void PrintTable(const store::QueryTable& t) {
  std::vector<size_t> width(t.columns.size());
  for (size_t c = 0; c < t.columns.size(); ++c) width[c] = t.columns[c].size();
  for (const auto& row : t.rows)
    for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t c = 0; c < cells.size(); ++c) {
      s += cells[c];
      if (c + 1 < cells.size()) s += std::string(width[c] - cells[c].size() + 2, ' ');
    }
    std::cout << s << "\n";
  };
  line(t.columns);
  std::vector<std::string> rule;
  for (size_t w : width) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& row : t.rows) line(row);
}

void PrintJson(const store::QueryTable& t) {
  static const char* kNumeric[] = {"events", "killed", "wounded", "goldstein_mean", "quad_class"};
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& row : t.rows) {
    nlohmann::ordered_json o;
    for (size_t c = 0; c < row.size(); ++c) {
      const std::string& name = t.columns[c];
      const bool numeric = std::find(std::begin(kNumeric), std::end(kNumeric), name) != std::end(kNumeric);
      if (row[c].empty()) o[name] = nullptr;
      else if (numeric) o[name] = nlohmann::ordered_json::parse(row[c]);
      else o[name] = row[c];
    }
    out.push_back(std::move(o));
  }
  std::cout << out.dump(1) << "\n";
}

int Run(QueryFlags& f) {
  auto group = store::ParseGroupBy(f.group_by);
  if (!group.ok()) {
    std::cerr << "sitrep: --group-by: " << group.status().message() << "\n";
    return 2;
  }
  f.query.group_by = *group;
  if (Status st = f.query.Validate(); !st.ok()) {
    std::cerr << "sitrep: " << st.message() << "\n";
    return 2;
  }
  if (f.format != "table" && f.format != "csv" && f.format != "json") {
    std::cerr << "sitrep: --format: unknown output format '" << f.format << "' (expected table, csv or json)\n";
    return 2;
  }
  // Opening a missing file would create an empty store and answer "no events": say so instead.
  if (!std::filesystem::exists(f.db)) {
    std::cerr << "sitrep: --db: no such store '" << f.db << "' (write one with `sitrep code ... --db " << f.db << "`)\n";
    return 2;
  }
  auto db = store::SqliteStore::Open(f.db);
  if (!db.ok()) {
    std::cerr << "sitrep: " << db.status().message() << "\n";
    return 1;
  }
  auto table = (*db)->Query(f.query);
  if (!table.ok()) {
    std::cerr << "sitrep: " << table.status().message() << "\n";
    return 1;
  }
  if (f.format == "json") {
    PrintJson(*table);
  } else if (f.format == "csv") {
    for (size_t c = 0; c < table->columns.size(); ++c) std::cout << (c ? "," : "") << table->columns[c];
    std::cout << "\r\n";
    for (const auto& row : table->rows) {
      for (size_t c = 0; c < row.size(); ++c) std::cout << (c ? "," : "") << CsvField(row[c]);
      std::cout << "\r\n";
    }
  } else {
    PrintTable(*table);
  }
  return 0;
}

}  // namespace

void RegisterQuery(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<QueryFlags>();
  CLI::App* cmd = app->add_subcommand("query", "events, or counts per day/week/month/country/root/quad/dyad, from a store");
  cmd->add_option("--db", flags->db, "the SQLite store written by `sitrep code --db`")->required();
  cmd->add_option("--from", flags->query.from, "first event date, YYYY-MM-DD");
  cmd->add_option("--to", flags->query.to, "last event date, YYYY-MM-DD");
  cmd->add_option("--source", flags->query.source, "source actor code prefix (IRQ matches IRQMIL, IRQGOV, ...)");
  cmd->add_option("--target", flags->query.target, "target actor code prefix");
  cmd->add_option("--country", flags->query.country,
                  "ISO alpha-3 of where events happened (events with no place: their actors' country)");
  cmd->add_option("--cameo", flags->query.cameo, "CAMEO code prefix (19 = all of root 19; 193 and its subcodes)");
  cmd->add_option("--root", flags->query.root, "CAMEO root, two digits");
  cmd->add_option("--quad", flags->query.quad, "quad class 1-4");
  cmd->add_flag("--include-negated", flags->query.include_negated, "also events the text negates (\"did not attack\")");
  cmd->add_option("--group-by", flags->group_by, "day, week, month, country, root, quad or dyad (default: list events)");
  cmd->add_option("--limit", flags->query.limit, "events listed without --group-by (0 = all)")->default_val(100);
  cmd->add_option("--format", flags->format, "table, csv or json")->default_val("table");
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace sitrep::cli
