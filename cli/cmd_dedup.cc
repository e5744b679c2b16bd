// `sitrep dedup --db F [--days N] [--km X]`: shows the rule that collapses reports into
// incidents, or rebuilds every incident under a new one.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "sitrep/store/event_store.h"

namespace sitrep::cli {
namespace {

struct DedupFlags {
  std::string db;
  std::optional<int> days;
  std::optional<double> km;
};

int Run(const DedupFlags& f) {
  if (!store::IsPostgresTarget(f.db) && !std::filesystem::exists(f.db)) {
    std::cerr << "sitrep: --db: no such store '" << f.db << "'\n";
    return 2;
  }
  auto db = store::EventStore::Open(f.db);
  if (!db.ok()) {
    std::cerr << "sitrep: " << db.status().message() << "\n";
    return 1;
  }
  store::DedupOptions rule = (*db)->dedup();
  if (f.days || f.km) {
    if (f.days) rule.max_days = *f.days;
    if (f.km) rule.max_km = *f.km;
    if (Status st = (*db)->RebuildIncidents(rule); !st.ok()) {
      std::cerr << "sitrep: " << st.message() << "\n";
      return st.code() == Status::Code::kInvalidArgument ? 2 : 1;
    }
  }
  auto reports = (*db)->CountEvents();
  auto incidents = (*db)->CountIncidents();
  if (!reports.ok() || !incidents.ok()) {
    std::cerr << "sitrep: " << (reports.ok() ? incidents.status() : reports.status()).message() << "\n";
    return 1;
  }
  std::cout << "rule: same dyad and CAMEO root, within " << rule.max_days << " day(s) of an incident's first report, "
            << rule.max_km << " km apart at most\n"
            << *reports << " reports -> " << *incidents << " incidents\n";
  return 0;
}

}  // namespace

void RegisterDedup(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<DedupFlags>();
  CLI::App* cmd = app->add_subcommand(
      "dedup", "show how reports are collapsed into incidents, or rebuild the incidents under a new rule");
  cmd->add_option("--db", flags->db, "the store (SQLite file or postgresql:// URL)")->required();
  cmd->add_option("--days", flags->days, "reports up to this many days after an incident's first one join it")
      ->check(CLI::Range(0, 30));
  cmd->add_option("--km", flags->km, "city-level places of one incident lie at most this far apart")
      ->check(CLI::Range(0.0, 1000.0));
  cmd->callback([flags, exit_code] { *exit_code = Run(*flags); });
}

}  // namespace sitrep::cli
