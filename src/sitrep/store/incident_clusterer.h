// IncidentClusterer: events, not reports. Several stories (or sentences) reporting the same
// event produce several coded events; this collapses them into one incident with a report
// count, the way ACLED counts events and GDELT does not.
//
// Two reports belong to one incident when they have the same dyad and CAMEO root (the caller
// groups by that key), and
//   - the report's date is at most `max_days` after the incident's first date, and
//   - their places are compatible: both within `max_km` when both are cities (or finer);
//     when either place is coarser (a region or a country), the same country, and the same
//     region when both name one; a report with no place is compatible with any.
// Reports are taken in (date, event_id) order and each joins the first open incident it is
// compatible with, or opens a new one. The result depends only on the set of reports, never on
// the order they were stored in.
//
// An incident takes: the first report's date (and the last one's as date_last); the CAMEO code
// most of its reports carry (ties: the earliest report's) with that report's Goldstein score,
// quad class and PLOVER type; the most precise place among its reports (ties: the earliest);
// the lowest killed and wounded counts stated (ACLED's conservative rule: reports of a toll
// differ, and the lowest is the one every report supports); the number of reports and of
// distinct stories. Its id is "inc_" + the event_id of its first report.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::store {

struct DedupOptions {
  int max_days = 1;       // a report may be this many days after the incident's first report
  double max_km = 50.0;   // between two city-level places of one incident
  friend bool operator==(const DedupOptions&, const DedupOptions&) = default;
};

struct ReportPlace {
  std::string name, country, admin1, precision;  // precision: "city", "admin1" or "country"
  double lat = 0.0, lon = 0.0;
};

// One coded event as the clusterer sees it. All reports given to one call share the key.
struct Report {
  std::string event_id;
  std::string story_id;
  int64_t day = 0;  // days since 1970-01-01
  std::string cameo;
  double goldstein = 0.0;
  int64_t quad_class = 0;
  std::string plover_type;
  std::optional<ReportPlace> place;
  std::optional<int64_t> killed, wounded;
};

struct Incident {
  std::string incident_id;
  int64_t first_day = 0, last_day = 0;
  size_t lead = 0;   // index (into the reports given) of the report whose code the incident takes
  std::optional<size_t> place;  // index of the report whose place it takes
  std::optional<int64_t> killed, wounded;
  int64_t reports = 0, stories = 0;
  std::vector<size_t> members;  // indexes into the reports given, in (date, event_id) order
};

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// Whether two reports' places allow them to be one event (see above).
bool PlacesCompatible(const std::optional<ReportPlace>& a, const std::optional<ReportPlace>& b,
                      const DedupOptions& options);

// Clusters reports of one (source, target, root) key. Incidents come out ordered by first date.
std::vector<Incident> ClusterReports(const std::vector<Report>& reports, const DedupOptions& options);

}  // namespace sitrep::store
