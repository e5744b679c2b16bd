// `sitrep dict check` and `dict stats` on dictionaries written for the tests (one mistake of
// each kind), and the shipped dictionaries, which must lint clean.
#include "sitrep/dictionaries/dictionary_linter.h"

#include <gtest/gtest.h>

#include "sitrep/dictionaries/dictionary_stats.h"
#include "test_dictionaries.h"

namespace sitrep::dictionaries {
namespace {

constexpr const char* kCodebook =
    "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
    "010\tMake statement\t0\t1\t\t\n"
    "111\tCriticize\t-2\t3\tACCUSE\t\n"
    "190\tUse force\t-10\t4\tASSAULT\t\n"
    "042\tVisit\t1.9\t1\t\t\n";

constexpr const char* kActors = R"(country IRQ
  name: Iraq
  adj: Iraqi
country ARN
  name: Arnor
group IRQREBXYZ
  name: Black Banner
  country: IRQ
group XXXREBABC
  name: Stray Group
group IRQREBDUP
  name: Black Banner
  country: IRZ
person Jane Doe
  name: Jane Doe
  code: IRQGOV 2014-09-08..2018-10-25
  code: IRQLEG 2018-01-01..
  code: IRQFOO ..2014-09-08
person John Roe
  name: John Roe; Roe; Roe
  code: ARNGOV 2010-01-01..2012-12-31
  code: ARNGOV 2012-06-01..2015-12-31
igo IGOUNO
  name: United Nations
igo IGOUNDP
  name: United Nations
)";

constexpr const char* kAgents = R"(agent GOV
  noun: officials
agent MIL
  noun: troops; officials
agent COP
  noun: arnor
)";

constexpr const char* kVerbs = R"(190 verb attack
111 verb attack
190 verb strike
190 verb strike
042 noun black banner
010 verb say/said/said
)";

std::vector<std::string> Lint(const DictionarySet& set) {
  std::vector<std::string> out;
  for (const LintFinding& f : LintDictionaries(set))
    out.push_back(f.location + ": " + (f.severity == LintFinding::Severity::kError ? "error: " : "warning: ") + f.message);
  return out;
}

TEST(DictionaryLinterTest, FindsEachKindOfMistake) {
  auto set = LoadDictionaries({"b.tsv", kCodebook}, {{"a.txt", kActors}}, {"g.txt", kAgents}, {"v.txt", kVerbs});
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_EQ(Lint(*set), (std::vector<std::string>{
      "a.txt:9: error: actor code 'XXXREBABC' starts with 'XXX', which is no country code of these dictionaries nor IGO/NGO/IMG/MNC/UIS/---",
      "a.txt:11: error: country 'IRZ' is not the ISO code of any country entry",
      "a.txt:12: error: phrase 'black banner' names IRQREBDUP here and IRQREBXYZ at a.txt:7; only the first is used",
      "a.txt:14: warning: person code 'IRQFOO': role 'FOO' is no agent code",
      "a.txt:14: error: date windows of 'IRQGOV' and 'IRQLEG' overlap (both cover 2018-01-01); the first listed wins",
      "a.txt:19: warning: two date windows of 'ARNGOV' overlap (from 2012-06-01)",
      "a.txt:20: warning: phrase 'roe' repeats a.txt:20",
      "a.txt:25: error: actor code 'IGOUNDP' is not CAMEO-shaped (capitals, digits or '-' in 3-letter chunks)",
      "a.txt:26: error: phrase 'united nations' names IGOUNDP here and IGOUNO at a.txt:24; only the first is used",
      "b.tsv: warning: CAMEO 042 has no PLOVER type",
      "g.txt:4: error: agent noun 'officials' is MIL here and GOV at g.txt:2; only the first is used",
      "g.txt:6: warning: agent noun 'arnor' is also an actor phrase (a.txt:5), which wins",
      "v.txt:2: error: pattern 'attack' [111] can never fire: the same pattern at v.txt:1 [190] is tried first",
      "v.txt:4: warning: pattern 'strike' repeats v.txt:3",
      "v.txt:5: error: noun pattern 'black banner' can never fire: it is an actor phrase, and actors are found first",
  }));
}

// Word classes and patterns with elements: repeats, patterns another one always beats, "---"
// patterns with nothing to block, unused classes.
TEST(DictionaryLinterTest, FindsPatternAndClassMistakes) {
  constexpr const char* kClassVerbs = R"(&WEAPON: rifle; rifles; rifle
&ARTILLERY: shell; shells
&SPARE: spare
190 verb fire at
111 verb fire at +
111 verb fire &ARTILLERY
190 verb fire &WEAPON
190 verb fire &WEAPON
--- verb strike deal
--- verb sign deal
010 verb sign
042 verb visit
)";
  auto set = LoadDictionaries({"b.tsv", kCodebook}, {{"a.txt", kActors}}, {"g.txt", kAgents}, {"v.txt", kClassVerbs});
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  std::vector<std::string> got;
  for (const std::string& f : Lint(*set))
    if (f.starts_with("v.txt")) got.push_back(f);
  EXPECT_EQ(got, (std::vector<std::string>{
      "v.txt:1: warning: word class '&WEAPON' lists 'rifle' twice",
      "v.txt:3: warning: word class '&SPARE' is never used",
      "v.txt:5: error: pattern 'fire at +' [111] can never fire: 'fire at' [190] at v.txt:4 matches wherever it does and is tried first",
      "v.txt:8: warning: pattern 'fire &WEAPON' repeats v.txt:7",
      "v.txt:9: warning: pattern 'strike deal' [---] blocks nothing: no pattern or verb of 'strike' that names an event is tried after it",
  }));
}

TEST(DictionaryLinterTest, ReportsSkippedLinesAsErrors) {
  auto set = LoadDictionaries({"b.tsv", kCodebook}, {{"a.txt", "country IRQ\n  name: Iraq\n  bogus: 1\n"}},
                              {"g.txt", "agent GOV\n  noun: officials\n"}, {"v.txt", "190 verb attack\n999 verb x\n"});
  ASSERT_TRUE(set.ok());
  const std::vector<std::string> got = Lint(*set);
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0], "a.txt:3: error: skipped: unknown field 'bogus' (expected name, adj, people, capital, iso, country or code)");
  EXPECT_EQ(got[2], "v.txt:2: error: skipped: CAMEO code '999' is not in the codebook");
}

TEST(DictionaryLinterTest, ShippedDictionariesAreClean) {
  const std::vector<std::string> got = Lint(*testing::ShippedDictionaries());
  EXPECT_TRUE(got.empty()) << got.size() << " finding(s), first: " << got.front();
}

TEST(DictionaryStatsTest, CountsPerFile) {
  auto set = LoadDictionaries({"b.tsv", kCodebook}, {{"a.txt", kActors}}, {"g.txt", kAgents}, {"v.txt", kVerbs});
  ASSERT_TRUE(set.ok());
  const DictionaryStats s = ComputeStats(*set);
  const FileStats& a = s.files.at("a.txt");
  EXPECT_EQ(a.actors_by_kind.at("country"), 2);
  EXPECT_EQ(a.actors_by_kind.at("group"), 3);
  EXPECT_EQ(a.actors_by_kind.at("person"), 2);
  EXPECT_EQ(a.actors_by_kind.at("igo"), 2);
  EXPECT_EQ(a.actor_phrases, 12);
  EXPECT_EQ(a.dated_entries, 2);
  EXPECT_EQ(a.date_windows, 5);
  EXPECT_EQ(s.files.at("g.txt").agents, 3);
  EXPECT_EQ(s.files.at("g.txt").agent_nouns, 4);
  const FileStats& v = s.files.at("v.txt");
  EXPECT_EQ(v.verbs, 5);
  EXPECT_EQ(v.nouns, 1);
  EXPECT_EQ(v.patterns, 0);
  EXPECT_EQ(v.event_codes, 4);
  EXPECT_EQ(v.cameo_roots, 4);
  EXPECT_EQ(s.codebook_codes, 4);
  EXPECT_EQ(s.codebook_with_plover, 2);
}

}  // namespace
}  // namespace sitrep::dictionaries
