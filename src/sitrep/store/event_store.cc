#include "sitrep/store/event_store.h"

#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "sitrep/core/date.h"
#include "sitrep/io/event_json.h"
#include "sitrep/store/store_schema.h"

namespace sitrep::store {
namespace {

std::string NowUtc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string DayText(int64_t day) { return DateFromDays(day).ToString(); }

// The Monday of `d`'s week: what --group-by week counts by.
std::string WeekOf(const Date& d) { return d.valid() ? AddDays(d, 1 - Weekday(d)).ToString() : ""; }

// The country a row counts for: where it happened, else its source's, else its target's.
std::string CountryOf(const std::string& place, const std::string& source, const std::string& target) {
  return !place.empty() ? place : !source.empty() ? source : target;
}

std::optional<int64_t> DayOf(const SqlValue& v) {
  if (IsNull(v)) return std::nullopt;
  Result<Date> d = ParseDate(SqlValueText(v));
  if (!d.ok() || !d->valid()) return std::nullopt;
  return d->DaysSinceEpoch();
}

std::optional<int64_t> OptionalInt(const SqlValue& v) {
  if (IsNull(v)) return std::nullopt;
  return SqlValueInt(v);
}

SqlValue OptionalValue(const std::optional<int64_t>& v) {
  if (!v) return std::monostate{};
  return *v;
}

constexpr const char* kPutStory =
    "INSERT INTO stories (id, date, title, source, url, status, reason, sentences, events, coded_at, coder_id) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO UPDATE SET date = excluded.date, "
    "title = excluded.title, source = excluded.source, url = excluded.url, status = excluded.status, "
    "reason = excluded.reason, sentences = excluded.sentences, events = excluded.events, "
    "coded_at = excluded.coded_at, coder_id = excluded.coder_id";

// An event_id is a hash of the story id and the event's words and codes, so it can repeat only
// within one story (the same event found twice): the first copy is kept.
constexpr const char* kPutEvent =
    "INSERT INTO events (event_id, story_id, sentence, date, source_code, source_text, source_country, target_code, "
    "target_text, target_country, cameo, root, quad_class, goldstein, plover_type, negated, rule, "
    "date_precision, location_name, location_country, location_admin1, lat, lon, location_precision, killed, "
    "wounded, week, country, coder_id, incident_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
    "$15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, NULL) ON CONFLICT (event_id) DO NOTHING";
constexpr const char* kPutRecord =
    "INSERT INTO event_records (event_id, record) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING";

constexpr const char* kPutIncident =
    "INSERT INTO incidents (incident_id, date, date_last, week, source_code, source_country, target_code, "
    "target_country, cameo, root, quad_class, goldstein, plover_type, location_name, location_country, "
    "location_admin1, lat, lon, location_precision, killed, wounded, reports, stories, country) VALUES ($1, $2, $3, "
    "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)";

constexpr const char* kReportFields =
    "event_id, story_id, date, cameo, goldstein, quad_class, plover_type, location_name, location_country, "
    "location_admin1, location_precision, lat, lon, killed, wounded, source_country, target_country";

// "source_code = $1 AND target_code = $2 AND root = $3", with IS NULL for an absent side (events
// kept with --keep-monads), and the parameters that go with it.
SqlStatement KeyClause(const std::tuple<std::string, std::string, std::string>& key) {
  SqlStatement s;
  const auto& [source, target, root] = key;
  for (const auto& [column, value] : {std::pair{"source_code", &source}, std::pair{"target_code", &target}}) {
    if (!s.sql.empty()) s.sql += " AND ";
    if (value->empty()) {
      s.sql += std::string(column) + " IS NULL";
    } else {
      s.params.push_back(*value);
      s.sql += std::string(column) + " = " + Placeholder(s.params.size());
    }
  }
  s.params.push_back(root);
  s.sql += " AND root = " + Placeholder(s.params.size());
  return s;
}

std::string Param(SqlStatement* s, SqlValue v) {
  s->params.push_back(std::move(v));
  return Placeholder(s->params.size());
}

}  // namespace

std::string CoderVersion::Id() const {
  const std::string joined = sitrep_version + '\0' + dictionaries + '\0' + models;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(joined.data(), joined.size())));
  return hex;
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& target, StoreOptions options) {
  auto c = OpenSqlConnection(target);
  if (!c.ok()) return c.status();
  return Open(std::move(c).value(), options);
}

Result<std::unique_ptr<EventStore>> EventStore::Open(std::unique_ptr<SqlConnection> connection, StoreOptions options) {
  options.batch_size = std::max(1, options.batch_size);
  std::unique_ptr<EventStore> s(new EventStore(std::move(connection), options));
  auto schema = EnsureSchema(s->db_.get());
  if (!schema.ok()) return schema.status();
  if (Status st = s->LoadDedupOptions(); !st.ok()) return st;
  if (schema->incidents_stale) {
    if (Status st = s->RebuildIncidents(s->dedup_); !st.ok()) return st;
  }
  return s;
}

EventStore::~EventStore() {
  Commit();
  // SQLite's advice for long-lived connections: refresh the planner's statistics where they
  // went stale, so prefix filters and date orders pick the right index on a large store.
  if (db_->engine() == SqlEngine::kSqlite) db_->Execute("PRAGMA optimize");
}

Status EventStore::LoadDedupOptions() {
  auto r = db_->Query("SELECT key, value FROM meta WHERE key IN ('dedup_max_days', 'dedup_max_km')");
  if (!r.ok()) return r.status();
  bool days = false, km = false;
  for (const auto& row : r->rows) {
    const std::string key = SqlValueText(row[0]);
    if (key == "dedup_max_days") dedup_.max_days = static_cast<int>(SqlValueInt(row[1], 1)), days = true;
    if (key == "dedup_max_km") dedup_.max_km = SqlValueNumber(row[1], 50.0), km = true;
  }
  if (days && km) return Status::Ok();
  for (const auto& [key, value] : {std::pair{"dedup_max_days", SqlValueText(static_cast<int64_t>(dedup_.max_days))},
                                   std::pair{"dedup_max_km", SqlValueText(dedup_.max_km)}}) {
    auto w = db_->Query("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                        {std::string(key), value});
    if (!w.ok()) return w.status();
  }
  return Status::Ok();
}

Status EventStore::Begin() {
  if (db_->InTransaction()) return Status::Ok();
  // SQLite: take the write lock now, so a writer never finds mid-batch that another one
  // committed first (a deferred transaction could not then upgrade, and would fail at once
  // instead of waiting its turn).
  return db_->Execute(db_->engine() == SqlEngine::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Status EventStore::SetCoder(const CoderVersion& coder) {
  coder_id_ = coder.Id();
  const std::string now = NowUtc();
  auto r = db_->Query(
      "INSERT INTO coders (coder_id, sitrep_version, dictionaries, models, first_used, last_used) VALUES ($1, $2, $3, "
      "$4, $5, $5) ON CONFLICT (coder_id) DO UPDATE SET last_used = excluded.last_used",
      {coder_id_, coder.sitrep_version, coder.dictionaries, coder.models, now});
  return r.ok() ? Status::Ok() : Status::IoError("recording the coder version: " + r.status().message());
}

void EventStore::Touch(const DedupKey& key, int64_t day) {
  auto [it, added] = touched_.try_emplace(key, day, day);
  if (!added) {
    it->second.first = std::min(it->second.first, day);
    it->second.second = std::max(it->second.second, day);
  }
}

Status EventStore::DropEvents(const std::string& story_id) {
  auto old = db_->Query("SELECT source_code, target_code, root, date, negated FROM events WHERE story_id = $1",
                        {story_id});
  if (!old.ok()) return old.status();
  if (old->rows.empty()) return Status::Ok();  // a story seen for the first time
  // The incidents of the events the story had must be rebuilt without them.
  for (const auto& row : old->rows) {
    auto day = DayOf(row[3]);
    if (day && SqlValueInt(row[4]) == 0) Touch({SqlValueText(row[0]), SqlValueText(row[1]), SqlValueText(row[2])}, *day);
  }
  auto r = db_->Query("DELETE FROM event_records WHERE event_id IN (SELECT event_id FROM events WHERE story_id = $1)",
                      {story_id});
  if (!r.ok()) return r.status();
  r = db_->Query("DELETE FROM events WHERE story_id = $1", {story_id});
  return r.ok() ? Status::Ok() : r.status();
}

Status EventStore::PutStory(const Story& story, int32_t n_sentences, const std::vector<Event>& events) {
  if (Status st = Begin(); !st.ok()) return st;
  // A savepoint per story: a story the database refuses is rolled back alone.
  if (Status st = db_->Execute("SAVEPOINT story"); !st.ok()) return st;
  auto fail = [&](const std::string& what, const Status& st) {
    db_->Execute("ROLLBACK TO SAVEPOINT story; RELEASE SAVEPOINT story");
    return Status::IoError(what + " of story " + story.id + ": " + st.message());
  };
  if (Status st = DropEvents(story.id); !st.ok()) return fail("replacing the earlier events", st);
  auto put = db_->Query(kPutStory, {story.id, TextOrNull(story.date.ToString()), TextOrNull(story.title),
                                    TextOrNull(story.source), TextOrNull(story.url),
                                    std::string(events.empty() ? "no_events" : "coded"), std::monostate{},
                                    static_cast<int64_t>(n_sentences), static_cast<int64_t>(events.size()), NowUtc(),
                                    TextOrNull(coder_id_)});
  if (!put.ok()) return fail("storing the row", put.status());
  for (const Event& e : events) {
    const std::string record =
        io::EventToJson(e).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::vector<SqlValue> v = {
        e.event_id, e.story_id, static_cast<int64_t>(e.sentence), TextOrNull(e.date.ToString()),
        TextOrNull(e.source ? e.source->code : ""), TextOrNull(e.source ? e.source->text : ""),
        TextOrNull(e.source ? e.source->country : ""), TextOrNull(e.target ? e.target->code : ""),
        TextOrNull(e.target ? e.target->text : ""), TextOrNull(e.target ? e.target->country : ""), e.cameo, e.root,
        static_cast<int64_t>(e.quad_class), e.goldstein, TextOrNull(e.plover_type),
        static_cast<int64_t>(e.negated ? 1 : 0), e.rule, TextOrNull(e.date_precision),
        TextOrNull(e.location ? e.location->name : ""), TextOrNull(e.location ? e.location->country : ""),
        TextOrNull(e.location ? e.location->admin1 : ""),
        e.location ? SqlValue(e.location->lat) : SqlValue(std::monostate{}),
        e.location ? SqlValue(e.location->lon) : SqlValue(std::monostate{}),
        TextOrNull(e.location ? e.location->precision : ""),
        e.killed ? SqlValue(e.killed->n) : SqlValue(std::monostate{}),
        e.wounded ? SqlValue(e.wounded->n) : SqlValue(std::monostate{}), TextOrNull(WeekOf(e.date)),
        TextOrNull(CountryOf(e.location ? e.location->country : "", e.source ? e.source->country : "",
                             e.target ? e.target->country : "")),
        TextOrNull(coder_id_)};
    if (auto r = db_->Query(kPutEvent, v); !r.ok()) return fail("storing event " + e.event_id, r.status());
    if (auto r = db_->Query(kPutRecord, {e.event_id, record}); !r.ok())
      return fail("storing the record of event " + e.event_id, r.status());
    if (!e.negated && e.date.valid())
      Touch({e.source ? e.source->code : "", e.target ? e.target->code : "", e.root}, e.date.DaysSinceEpoch());
  }
  if (Status st = db_->Execute("RELEASE SAVEPOINT story"); !st.ok()) return st;
  if (++pending_ >= options_.batch_size) return Commit();
  return Status::Ok();
}

Status EventStore::PutRejection(const std::string& id, const std::string& where, const std::string& reason) {
  if (Status st = Begin(); !st.ok()) return st;
  const std::string key = id.empty() ? where : id;
  if (Status st = db_->Execute("SAVEPOINT story"); !st.ok()) return st;
  auto fail = [&](const Status& st) {
    db_->Execute("ROLLBACK TO SAVEPOINT story; RELEASE SAVEPOINT story");
    return Status::IoError("storing the rejection of " + key + ": " + st.message());
  };
  // A story coded earlier and rejected now keeps no events from before.
  if (Status st = DropEvents(key); !st.ok()) return fail(st);
  auto r = db_->Query(kPutStory, {key, std::monostate{}, std::monostate{}, std::monostate{}, std::monostate{},
                                  std::string("rejected"), reason, std::monostate{}, std::monostate{}, NowUtc(),
                                  TextOrNull(coder_id_)});
  if (!r.ok()) return fail(r.status());
  if (Status st = db_->Execute("RELEASE SAVEPOINT story"); !st.ok()) return st;
  if (++pending_ >= options_.batch_size) return Commit();
  return Status::Ok();
}

Status EventStore::Commit() {
  if (!db_->InTransaction()) return Status::Ok();
  const int lost = pending_;
  pending_ = 0;
  auto touched = std::move(touched_);
  touched_.clear();
  Status st;
  for (const auto& [key, range] : touched) {
    st = RefreshIncidents(key, range.first, range.second);
    if (!st.ok()) break;
  }
  if (st.ok()) st = db_->Execute("COMMIT");
  if (!st.ok()) {
    db_->Execute("ROLLBACK");
    return Status::IoError("the last " + std::to_string(lost) + " stories were not stored (" + st.message() +
                           "); storing them again is safe");
  }
  return Status::Ok();
}

// Rebuilds the incidents of `key` around [lo_day, hi_day]: the range grows by the dedup window
// and then until it covers every incident it overlaps, so no report is left in a deleted
// incident and none sits in two.
Status EventStore::RefreshIncidents(const DedupKey& key, int64_t lo_day, int64_t hi_day) {
  int64_t lo = lo_day - dedup_.max_days, hi = hi_day + dedup_.max_days;
  for (;;) {
    SqlStatement s = KeyClause(key);
    s.sql = "SELECT MIN(date), MAX(date_last) FROM incidents WHERE " + s.sql + " AND date <= " +
            Param(&s, DayText(hi)) + " AND date_last >= " + Param(&s, DayText(lo));
    auto r = db_->Query(s.sql, s.params);
    if (!r.ok()) return r.status();
    const auto first = DayOf(r->rows[0][0]), last = DayOf(r->rows[0][1]);
    if (!first || !last || (*first >= lo && *last <= hi)) break;
    lo = std::min(lo, *first);
    hi = std::max(hi, *last);
  }
  SqlStatement del = KeyClause(key);
  del.sql = "DELETE FROM incidents WHERE " + del.sql + " AND date <= " + Param(&del, DayText(hi)) +
            " AND date_last >= " + Param(&del, DayText(lo));
  if (auto r = db_->Query(del.sql, del.params); !r.ok()) return r.status();

  SqlStatement sel = KeyClause(key);
  sel.sql = std::string("SELECT ") + kReportFields + " FROM events WHERE " + sel.sql + " AND negated = 0 AND date >= " +
            Param(&sel, DayText(lo)) + " AND date <= " + Param(&sel, DayText(hi));
  auto rows = db_->Query(sel.sql, sel.params);
  if (!rows.ok()) return rows.status();
  std::vector<Report> reports;
  std::vector<std::pair<std::string, std::string>> countries;  // source, target country per report
  reports.reserve(rows->rows.size());
  for (const auto& row : rows->rows) {
    Report r;
    r.event_id = SqlValueText(row[0]);
    r.story_id = SqlValueText(row[1]);
    r.day = DayOf(row[2]).value_or(0);
    r.cameo = SqlValueText(row[3]);
    r.goldstein = SqlValueNumber(row[4]);
    r.quad_class = SqlValueInt(row[5]);
    r.plover_type = SqlValueText(row[6]);
    if (!IsNull(row[8])) {
      r.place = ReportPlace{SqlValueText(row[7]), SqlValueText(row[8]), SqlValueText(row[9]), SqlValueText(row[10]),
                            SqlValueNumber(row[11]), SqlValueNumber(row[12])};
    }
    r.killed = OptionalInt(row[13]);
    r.wounded = OptionalInt(row[14]);
    reports.push_back(std::move(r));
    countries.emplace_back(SqlValueText(row[15]), SqlValueText(row[16]));
  }
  const auto& [source, target, root] = key;
  for (const Incident& inc : ClusterReports(reports, dedup_)) {
    const Report& lead = reports[inc.lead];
    const ReportPlace* place = inc.place ? &*reports[*inc.place].place : nullptr;
    const Date first = DateFromDays(inc.first_day);
    auto put = db_->Query(
        kPutIncident,
        {inc.incident_id, first.ToString(), DayText(inc.last_day), WeekOf(first), TextOrNull(source),
         TextOrNull(countries[inc.lead].first), TextOrNull(target), TextOrNull(countries[inc.lead].second), lead.cameo,
         root, lead.quad_class, lead.goldstein, TextOrNull(lead.plover_type), TextOrNull(place ? place->name : ""),
         TextOrNull(place ? place->country : ""), TextOrNull(place ? place->admin1 : ""),
         place ? SqlValue(place->lat) : SqlValue(std::monostate{}),
         place ? SqlValue(place->lon) : SqlValue(std::monostate{}), TextOrNull(place ? place->precision : ""),
         OptionalValue(inc.killed), OptionalValue(inc.wounded), inc.reports, inc.stories,
         TextOrNull(CountryOf(place ? place->country : "", countries[inc.lead].first, countries[inc.lead].second))});
    if (!put.ok()) return put.status();
    for (size_t m : inc.members) {
      auto u = db_->Query("UPDATE events SET incident_id = $1 WHERE event_id = $2", {inc.incident_id, reports[m].event_id});
      if (!u.ok()) return u.status();
    }
  }
  return Status::Ok();
}

Status EventStore::RebuildIncidents(const DedupOptions& options) {
  if (options.max_days < 0 || !(options.max_km >= 0)) {
    return Status::InvalidArgument("dedup window must be at least 0 days and 0 km");
  }
  if (Status st = Commit(); !st.ok()) return st;
  if (Status st = db_->Execute("BEGIN"); !st.ok()) return st;
  auto fail = [&](const Status& st) {
    db_->Execute("ROLLBACK");
    return Status::IoError("rebuilding incidents in " + name() + ": " + st.message());
  };
  const DedupOptions before = dedup_;
  dedup_ = options;
  Status st = db_->Execute("DELETE FROM incidents; UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL");
  if (!st.ok()) {
    dedup_ = before;
    return fail(st);
  }
  auto keys = db_->Query(
      "SELECT source_code, target_code, root, MIN(date), MAX(date) FROM events WHERE negated = 0 AND date IS NOT NULL "
      "GROUP BY source_code, target_code, root");
  if (!keys.ok()) {
    dedup_ = before;
    return fail(keys.status());
  }
  for (const auto& row : keys->rows) {
    const auto lo = DayOf(row[3]), hi = DayOf(row[4]);
    if (!lo || !hi) continue;
    st = RefreshIncidents({SqlValueText(row[0]), SqlValueText(row[1]), SqlValueText(row[2])}, *lo, *hi);
    if (!st.ok()) {
      dedup_ = before;
      return fail(st);
    }
  }
  for (const auto& [key, value] : {std::pair{"dedup_max_days", SqlValueText(static_cast<int64_t>(options.max_days))},
                                   std::pair{"dedup_max_km", SqlValueText(options.max_km)}}) {
    auto w = db_->Query("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = "
                        "excluded.value",
                        {std::string(key), value});
    if (!w.ok()) {
      dedup_ = before;
      return fail(w.status());
    }
  }
  if (st = db_->Execute("COMMIT"); !st.ok()) {
    dedup_ = before;
    return fail(st);
  }
  return Status::Ok();
}

Result<int64_t> EventStore::Scalar(const std::string& sql, const std::vector<SqlValue>& params) const {
  auto r = db_->Query(sql, params);
  if (!r.ok()) return r.status();
  if (r->rows.empty() || r->rows[0].empty()) return int64_t{0};
  return SqlValueInt(r->rows[0][0]);
}

Result<int64_t> EventStore::CountEvents() const { return Scalar("SELECT COUNT(*) FROM events"); }
Result<int64_t> EventStore::CountIncidents() const { return Scalar("SELECT COUNT(*) FROM incidents"); }
Result<int64_t> EventStore::CountStories(const std::string& status) const {
  return Scalar("SELECT COUNT(*) FROM stories WHERE status = $1", {status});
}

Result<std::vector<std::pair<std::string, int64_t>>> EventStore::EventsByRoot() const {
  auto r = db_->Query("SELECT root, COUNT(*) AS n FROM events GROUP BY root ORDER BY n DESC, root");
  if (!r.ok()) return r.status();
  std::vector<std::pair<std::string, int64_t>> out;
  for (const auto& row : r->rows) out.emplace_back(SqlValueText(row[0]), SqlValueInt(row[1]));
  return out;
}

Result<QueryTable> EventStore::Query(const EventQuery& q) const {
  // A list filtered by an actor prefix: SQLite's planner reads the prefix's index and sorts
  // every match by date, which takes a second when the prefix is common ("USA" in a million
  // rows). Counting the matches from that index costs milliseconds and tells which plan wins.
  bool date_order = false;
  if (q.group_by == GroupBy::kNone && engine() == SqlEngine::kSqlite && q.country.empty() &&
      (!q.source.empty() || !q.target.empty())) {
    auto n = Count(q);
    date_order = n.ok() && *n > kDateOrderAbove;
  }
  SqlStatement s = BuildQuery(q, date_order);
  auto r = db_->Query(s.sql, s.params);
  if (!r.ok()) return Status::IoError("querying " + name() + ": " + r.status().message());
  QueryTable t{std::move(r->columns), std::move(r->rows)};
  if (q.group_by != GroupBy::kNone) return RollUp(q, std::move(t));
  return t;
}

Result<int64_t> EventStore::Count(const EventQuery& q) const {
  if (q.group_by != GroupBy::kNone) {
    auto t = Query(q);
    if (!t.ok()) return t.status();
    return static_cast<int64_t>(t->rows.size());
  }
  SqlStatement s = BuildCount(q);
  return Scalar(s.sql, s.params);
}

Result<EventDetail> EventStore::Get(const std::string& id) const {
  EventDetail d;
  const std::string incident_columns = IncidentColumns();
  const std::string report_columns = std::string(ReportColumns()) + ", " + RecordColumn();
  std::string incident_id = id;
  if (!id.starts_with("inc_")) {
    auto r = db_->Query("SELECT " + report_columns + " FROM events WHERE event_id = $1", {id});
    if (!r.ok()) return r.status();
    if (r->rows.empty()) return Status::NotFound("no event '" + id + "' in " + name());
    d.reports = QueryTable{std::move(r->columns), std::move(r->rows)};
    incident_id = SqlValueText(d.reports.rows[0][d.reports.Column("incident_id")]);
  }
  if (!incident_id.empty()) {
    auto r = db_->Query("SELECT " + incident_columns + " FROM incidents WHERE incident_id = $1", {incident_id});
    if (!r.ok()) return r.status();
    d.incident = QueryTable{std::move(r->columns), std::move(r->rows)};
    if (id.starts_with("inc_")) {
      if (d.incident.rows.empty()) return Status::NotFound("no incident '" + id + "' in " + name());
      auto m = db_->Query("SELECT " + report_columns + " FROM events WHERE incident_id = $1 ORDER BY date, event_id",
                          {incident_id});
      if (!m.ok()) return m.status();
      d.reports = QueryTable{std::move(m->columns), std::move(m->rows)};
    }
  }
  std::vector<std::string> coder_ids;
  const int c = d.reports.Column("coder_id");
  for (const auto& row : d.reports.rows) {
    const std::string cid = SqlValueText(row[c]);
    if (!cid.empty() && std::find(coder_ids.begin(), coder_ids.end(), cid) == coder_ids.end()) coder_ids.push_back(cid);
  }
  for (const std::string& cid : coder_ids) {
    auto r = db_->Query("SELECT coder_id, sitrep_version, dictionaries, models, first_used, last_used FROM coders "
                        "WHERE coder_id = $1",
                        {cid});
    if (!r.ok()) return r.status();
    if (d.coders.columns.empty()) d.coders.columns = r->columns;
    for (auto& row : r->rows) d.coders.rows.push_back(std::move(row));
  }
  return d;
}

}  // namespace sitrep::store
