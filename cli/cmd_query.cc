// `sitrep query --db F [filters] [--reports] [--group-by ...] [--format table|csv|json]`:
// incidents (or raw reports) and the counts analysts chart, from a store written by `sitrep
// code --db`.
#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "sitrep/store/event_store.h"

namespace sitrep::cli {
namespace {

struct QueryFlags {
  std::string db;
  std::string group_by;
  std::string format = "table";
  bool reports = false;
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

// Means print with two decimals, other values as stored.
std::string Cell(const store::QueryTable& t, size_t row, size_t col) {
  const store::SqlValue& v = t.rows[row][col];
  if (t.columns[col] == "goldstein_mean" && !store::IsNull(v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", store::SqlValueNumber(v));
    return buf;
  }
  return store::SqlValueText(v);
}

void PrintTable(const store::QueryTable& t, const std::vector<std::string>& shown) {
  std::vector<size_t> cols;
  for (const std::string& name : shown)
    if (int c = t.Column(name); c >= 0) cols.push_back(static_cast<size_t>(c));
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> header;
  for (size_t c : cols) {
    std::string name = t.columns[c];
    // Short headers for the wide columns.
    if (name.ends_with("_code")) name = name.substr(0, name.size() - 5);
    if (name == "location_name") name = "place";
    if (name == "location_country") name = "country";
    header.push_back(name);
  }
  cells.push_back(header);
  for (size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> line;
    for (size_t c : cols) line.push_back(Cell(t, r, c));
    cells.push_back(std::move(line));
  }
  std::vector<size_t> width(cols.size(), 0);
  for (const auto& line : cells)
    for (size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
  auto print = [&](const std::vector<std::string>& line) {
    std::string s;
    for (size_t c = 0; c < line.size(); ++c) {
      s += line[c];
      if (c + 1 < line.size()) s += std::string(width[c] - line[c].size() + 2, ' ');
    }
    std::cout << s << "\n";
  };
  print(cells[0]);
  std::vector<std::string> rule;
  for (size_t w : width) rule.push_back(std::string(w, '-'));
  print(rule);
  for (size_t i = 1; i < cells.size(); ++i) print(cells[i]);
}

void PrintJson(const store::QueryTable& t) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& row : t.rows) {
    nlohmann::ordered_json o;
    for (size_t c = 0; c < row.size(); ++c) {
      const store::SqlValue& v = row[c];
      if (const auto* n = std::get_if<int64_t>(&v)) o[t.columns[c]] = *n;
      else if (const auto* d = std::get_if<double>(&v)) o[t.columns[c]] = *d;
      else if (const auto* s = std::get_if<std::string>(&v)) o[t.columns[c]] = *s;
      else o[t.columns[c]] = nullptr;
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
  f.query.unit = f.reports ? store::Unit::kReports : store::Unit::kIncidents;
  if (Status st = f.query.Validate(); !st.ok()) {
    std::cerr << "sitrep: " << st.message() << "\n";
    return 2;
  }
  if (f.format != "table" && f.format != "csv" && f.format != "json") {
    std::cerr << "sitrep: --format: unknown output format '" << f.format << "' (expected table, csv or json)\n";
    return 2;
  }
  // Opening a missing file would create an empty store and answer "no events": say so instead.
  if (!store::IsPostgresTarget(f.db) && !std::filesystem::exists(f.db)) {
    std::cerr << "sitrep: --db: no such store '" << f.db << "' (write one with `sitrep code ... --db " << f.db << "`)\n";
    return 2;
  }
  auto db = store::EventStore::Open(f.db);
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
    for (size_t r = 0; r < table->rows.size(); ++r) {
      for (size_t c = 0; c < table->columns.size(); ++c) std::cout << (c ? "," : "") << CsvField(Cell(*table, r, c));
      std::cout << "\r\n";
    }
  } else {
    PrintTable(*table, store::DisplayColumns(f.query));
  }
  return 0;
}

}  // namespace

void RegisterQuery(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<QueryFlags>();
  CLI::App* cmd = app->add_subcommand(
      "query", "incidents (or raw reports), or counts per day/week/month/country/root/quad/dyad, from a store");
  cmd->add_option("--db", flags->db, "the store written by `sitrep code --db`: an SQLite file or a postgresql:// URL")
      ->required();
  cmd->add_option("--from", flags->query.from, "first date, YYYY-MM-DD");
  cmd->add_option("--to", flags->query.to, "last date, YYYY-MM-DD");
  cmd->add_option("--source", flags->query.source, "source actor code prefix (IRQ matches IRQMIL, IRQGOV, ...)");
  cmd->add_option("--target", flags->query.target, "target actor code prefix");
  cmd->add_option("--country", flags->query.country,
                  "ISO alpha-3 of where events happened (events with no place: their actors' country)");
  cmd->add_option("--cameo", flags->query.cameo, "CAMEO code prefix (19 = all of root 19; 193 and its subcodes)");
  cmd->add_option("--root", flags->query.root, "CAMEO root, two digits");
  cmd->add_option("--quad", flags->query.quad, "quad class 1-4");
  cmd->add_flag("--reports", flags->reports,
                "count and list every coded report (one per sentence and story) instead of incidents, the reports "
                "of one event collapsed");
  cmd->add_flag("--include-negated", flags->query.include_negated,
                "with --reports: also reports the text negates (\"did not attack\")");
  cmd->add_option("--group-by", flags->group_by, "day, week, month, country, root, quad or dyad (default: list rows)");
  cmd->add_option("--limit", flags->query.limit, "rows listed without --group-by (0 = all)")->default_val(100);
  cmd->add_option("--offset", flags->query.offset, "rows skipped first without --group-by")->default_val(0);
  cmd->add_option("--format", flags->format, "table, csv or json (csv and json carry every column)")
      ->default_val("table");
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace sitrep::cli
