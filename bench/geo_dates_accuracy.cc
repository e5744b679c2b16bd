// geo_dates_accuracy: how well sitrep says where, when and how many, on sentences written for
// the project (bench/data/geo_date_sentences.jsonl: one-sentence stories with the expected
// place, country, date and casualty counts; the file's fields are described in
// docs/geo.md). Each sentence is coded by the full pipeline (shipped dictionaries, models and
// the default gazetteer) and its Situation — the sentence's place, date and counts, anchored
// at its main verb — is compared with the expectation.
//
// Prints: gazetteer load time; location country, city when stated (same GeoNames id, or within
// 10 km), admin1 when stated, precision, date (day and precision), killed and wounded (count
// and qualifier); the same by form; and the failures (--failures N, default 15).
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/nlp/embedded_models.h"
#include "sitrep/sitrep.h"

namespace {

struct Tally {
  int hit = 0, total = 0;
  void Add(bool ok) { hit += ok, total += 1; }
  std::string Show() const {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%5.1f %% (%d/%d)", total ? 100.0 * hit / total : 0.0, hit, total);
    return buf;
  }
};

double Km(double lat1, double lon1, double lat2, double lon2) {
  const double r = 6371.0, p = M_PI / 180.0;
  const double a = std::pow(std::sin((lat2 - lat1) * p / 2), 2) +
                   std::cos(lat1 * p) * std::cos(lat2 * p) * std::pow(std::sin((lon2 - lon1) * p / 2), 2);
  return 2 * r * std::asin(std::sqrt(a));
}

bool SameCount(const nlohmann::json& want, const std::optional<sitrep::CasualtyFigure>& got) {
  if (want.is_null()) return !got.has_value();
  return got && got->n == want["n"].get<int64_t>() && got->qualifier == want["qualifier"].get<std::string>();
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "bench/data/geo_date_sentences.jsonl";
  int failures = 15;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--failures") == 0 && i + 1 < argc) failures = std::atoi(argv[++i]);
    else path = argv[i];
  }
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "geo_dates_accuracy: cannot open %s (run from the repository root)\n", path.c_str());
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  auto dicts = sitrep::dictionaries::LoadDictionaries();
  auto model = sitrep::nlp::EmbeddedSyntaxModel();
  if (!dicts.ok() || !model.ok()) {
    std::fprintf(stderr, "geo_dates_accuracy: cannot load the shipped dictionaries or models\n");
    return 1;
  }
  auto shared = std::make_shared<const sitrep::dictionaries::DictionarySet>(std::move(dicts).value());
  std::vector<std::string> problems;
  const auto t0 = Clock::now();
  auto gazetteer = sitrep::geo::LoadGazetteer(sitrep::geo::DefaultGazetteerDir(), *shared, &problems);
  const double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!gazetteer.ok()) {
    std::fprintf(stderr, "geo_dates_accuracy: %s\n", gazetteer.status().ToString().c_str());
    return 1;
  }
  sitrep::Pipeline pipeline(shared, sitrep::Options{}, *model, *gazetteer);

  Tally country, city, admin1, precision, date, killed, wounded;
  std::map<std::string, Tally> country_by_form, city_by_form, date_by_form;
  std::vector<std::string> missed;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    sitrep::Story story;
    story.id = j["id"];
    story.text = j["text"];
    story.date = *sitrep::ParseDate(j["date"].get<std::string>());
    auto coded = pipeline.Code(story);
    if (!coded.ok() || coded->situations.empty()) continue;
    const sitrep::Situation& got = coded->situations[0];
    const nlohmann::json& want = j["expect"];
    const std::string form = j.value("form", "");
    const auto& loc = got.location;
    std::vector<std::string> why;

    const bool country_ok = loc && loc->country == want["country"].get<std::string>();
    country.Add(country_ok);
    country_by_form[form].Add(country_ok);
    if (!country_ok) why.push_back("country " + (loc ? loc->country : std::string("none")) + " != " + want["country"].get<std::string>());
    if (!want["city"].is_null()) {
      bool ok = false;
      if (loc && loc->precision == "city") {
        ok = loc->geonameid == want["geonameid"].get<int64_t>();
        if (!ok) {
          // The expected place's coordinates, from the gazetteer, for the 10 km test.
          for (const auto& p : (*gazetteer)->places()) {
            if (p.geonameid == want["geonameid"].get<int64_t>()) ok = Km(p.lat, p.lon, loc->lat, loc->lon) <= 10.0;
          }
        }
      }
      city.Add(ok);
      city_by_form[form].Add(ok);
      if (!ok) why.push_back("city " + (loc ? loc->name + "/" + loc->precision : std::string("none")) + " != " + want["city"].get<std::string>());
    }
    if (!want["admin1"].is_null()) {
      const bool ok = loc && loc->admin1 == want["admin1"].get<std::string>();
      admin1.Add(ok);
    }
    const bool precision_ok = loc && loc->precision == want["precision"].get<std::string>();
    precision.Add(precision_ok);
    const bool date_ok = got.date.ToString() == want["event_date"].get<std::string>() &&
                         got.date_precision == want["date_precision"].get<std::string>();
    date.Add(date_ok);
    date_by_form[want["date_text"].is_null() ? "(no time words)" : "(time words)"].Add(date_ok);
    if (!date_ok) {
      why.push_back("date " + got.date.ToString() + "/" + got.date_precision + " '" + got.date_text + "' != " +
                    want["event_date"].get<std::string>() + "/" + want["date_precision"].get<std::string>());
    }
    const bool k_ok = SameCount(want["killed"], got.killed);
    const bool w_ok = SameCount(want["wounded"], got.wounded);
    killed.Add(k_ok);
    wounded.Add(w_ok);
    if (!k_ok) why.push_back("killed " + (got.killed ? std::to_string(got.killed->n) + " " + got.killed->qualifier : std::string("none")) + " != " + want["killed"].dump());
    if (!w_ok) why.push_back("wounded " + (got.wounded ? std::to_string(got.wounded->n) + " " + got.wounded->qualifier : std::string("none")) + " != " + want["wounded"].dump());
    if (!why.empty()) {
      std::string m = j["id"].get<std::string>() + " [" + form + "]";
      for (const auto& w : why) m += "\n    " + w;
      m += "\n    " + j["text"].get<std::string>();
      missed.push_back(m);
    }
  }
  std::printf("sentences          %d (%s)\n", country.total, path.c_str());
  std::printf("gazetteer          %.3f s to load, %zu places, %zu problem line(s)\n", load_s,
              (*gazetteer)->places().size(), problems.size());
  std::printf("location country   %s   target >= 95 %%\n", country.Show().c_str());
  std::printf("city when stated   %s   target >= 85 %%\n", city.Show().c_str());
  std::printf("admin1 when stated %s\n", admin1.Show().c_str());
  std::printf("precision          %s\n", precision.Show().c_str());
  std::printf("date               %s   target >= 90 %%\n", date.Show().c_str());
  std::printf("killed             %s\n", killed.Show().c_str());
  std::printf("wounded            %s\n", wounded.Show().c_str());
  std::printf("by form            country              city\n");
  for (const auto& [form, t] : country_by_form) {
    std::printf("  %-16s %s   %s\n", form.c_str(), t.Show().c_str(),
                city_by_form.count(form) ? city_by_form[form].Show().c_str() : "");
  }
  for (const auto& [form, t] : date_by_form) std::printf("date %-16s %s\n", form.c_str(), t.Show().c_str());
  std::printf("failures           %zu sentence(s)%s\n", missed.size(), missed.empty() ? "" : ", first ones:");
  for (size_t i = 0; i < missed.size() && static_cast<int>(i) < failures; ++i) std::printf("  %s\n", missed[i].c_str());
  return 0;
}
