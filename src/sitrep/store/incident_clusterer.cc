#include "sitrep/store/incident_clusterer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace sitrep::store {
namespace {

// Finer places rank higher: a city says more than its region, a region more than a country.
int PrecisionRank(const std::optional<ReportPlace>& p) {
  if (!p) return 0;
  if (p->precision == "country") return 1;
  if (p->precision == "admin1") return 2;
  return 3;
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthKm = 6371.0088;
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

bool PlacesCompatible(const std::optional<ReportPlace>& a, const std::optional<ReportPlace>& b,
                      const DedupOptions& options) {
  if (!a || !b) return true;
  if (PrecisionRank(a) == 3 && PrecisionRank(b) == 3) return DistanceKm(a->lat, a->lon, b->lat, b->lon) <= options.max_km;
  if (a->country != b->country) return false;
  // A region and a city (or two regions) must agree on the region when both name one.
  if (PrecisionRank(a) >= 2 && PrecisionRank(b) >= 2 && !a->admin1.empty() && !b->admin1.empty())
    return a->admin1 == b->admin1;
  return true;
}

std::vector<Incident> ClusterReports(const std::vector<Report>& reports, const DedupOptions& options) {
  std::vector<size_t> order(reports.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (reports[a].day != reports[b].day) return reports[a].day < reports[b].day;
    return reports[a].event_id < reports[b].event_id;
  });
  std::vector<Incident> incidents;
  size_t first_open = 0;  // incidents before this one are closed: too old for any later report
  for (size_t r : order) {
    const Report& rep = reports[r];
    while (first_open < incidents.size() && rep.day - incidents[first_open].first_day > options.max_days) ++first_open;
    Incident* home = nullptr;
    for (size_t i = first_open; i < incidents.size() && home == nullptr; ++i) {
      Incident& inc = incidents[i];
      if (rep.day - inc.first_day > options.max_days) continue;
      const std::optional<ReportPlace> none;
      if (PlacesCompatible(inc.place ? reports[*inc.place].place : none, rep.place, options)) home = &inc;
    }
    if (home == nullptr) {
      incidents.emplace_back();
      home = &incidents.back();
      home->incident_id = "inc_" + rep.event_id;
      home->first_day = rep.day;
    }
    home->members.push_back(r);
    home->last_day = rep.day;
    if (PrecisionRank(rep.place) > (home->place ? PrecisionRank(reports[*home->place].place) : 0)) home->place = r;
  }
  for (Incident& inc : incidents) {
    // The code most reports agree on; ties go to the earliest report's.
    std::map<std::string, int> votes;
    for (size_t m : inc.members) ++votes[reports[m].cameo];
    int best = 0;
    for (size_t m : inc.members) {
      const int v = votes[reports[m].cameo];
      if (v > best) {
        best = v;
        inc.lead = m;
      }
    }
    std::set<std::string> stories;
    for (size_t m : inc.members) {
      const Report& rep = reports[m];
      stories.insert(rep.story_id);
      if (rep.killed && (!inc.killed || *rep.killed < *inc.killed)) inc.killed = rep.killed;
      if (rep.wounded && (!inc.wounded || *rep.wounded < *inc.wounded)) inc.wounded = rep.wounded;
    }
    inc.reports = static_cast<int64_t>(inc.members.size());
    inc.stories = static_cast<int64_t>(stories.size());
  }
  return incidents;
}

}  // namespace sitrep::store
