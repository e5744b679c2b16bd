#include "test_dictionaries.h"

#include <gtest/gtest.h>

namespace sitrep::testing {
namespace {

// A fictional-but-plausible world: two real countries, one invented one, a group, a person
// whose code changes with the date.
constexpr const char* kActors = R"(# test actors
country IRQ
  name: Iraq; Republic of Iraq
  adj: Iraqi
  people: Iraqis
  capital: Baghdad

country USA
  name: United States; U.S.; US
  adj: American
  capital: Washington

country ARN
  name: Arnor
  adj: Arnorian
  capital: Fornost

group IMGMUSISI
  name: Islamic State; IS; ISIS
  country: IRQ

group IRQMIL
  name: Peshmerga; Kurdish Peshmerga
  country: IRQ

ethnic KUR
  adj: Kurdish
  people: Kurds

igo IGOUNO
  name: United Nations; U.N.; UN

person Haider al-Abadi
  name: Haider al-Abadi; Abadi
  code: IRQGOV 2014-09-08..2018-10-25
  code: IRQLEG ..2014-09-07

# Added for the dependency coder tests (tests/events/dependency_coder_test.cc).
country GON
  name: Gondor
  adj: Gondorian
  capital: Osgiliath

country DNK
  name: Denmark
  adj: Danish
  capital: Copenhagen
)";

constexpr const char* kAgents = R"(agent MIL
  noun: troops; soldiers; army; forces; fighters
agent GOV
  noun: government; officials
agent COP
  noun: police
agent REB
  noun: rebels; militants
agent LEG
  noun: lawmakers; legislators
agent MED
  noun: media; newspaper; newspapers
)";

constexpr const char* kVerbs = R"(# test verbs
190   verb  attack
190   verb  fight/fought/fought
010   verb  say/said/said
111   verb  criticize
112   verb  accuse
0874  verb  pull out
173   verb  arrest
042   verb  visit
195   noun  air strikes
130   verb  threaten
# Added for the dependency coder tests.
111   verb  condemn
040   verb  meet/met/met
051   verb  welcome
020   verb  urge
030   verb  agree/agreed/agreed/agreeing to
110   verb  oppose
)";

constexpr const char* kCodebook =
    "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
    "010\tMake a statement\t0.0\t1\t\t\n"
    "020\tMake an appeal or request\t3.0\t1\tREQUEST\t\n"
    "030\tExpress intent to cooperate\t4.0\t1\tAGREE\t\n"
    "040\tConsult\t1.0\t1\tCONSULT\t\n"
    "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\n"
    "051\tPraise or endorse\t3.4\t1\tSUPPORT\t\n"
    "0874\tWithdraw troops\t5.0\t2\tRETREAT\t\n"
    "110\tDisapprove\t-2.0\t3\tACCUSE\tdisapprove\n"
    "111\tCriticize\t-2.0\t3\tACCUSE\tdisapprove\n"
    "112\tAccuse\t-2.0\t3\tACCUSE\taccuse\n"
    "130\tThreaten\t-4.4\t3\tTHREATEN\t\n"
    "138\tThreaten military force, general\t-7.0\t3\tTHREATEN\tattack\n"
    "173\tArrest\t-5.0\t4\tCOERCE\tarrest\n"
    "190\tUse conventional force\t-10.0\t4\tASSAULT\t\n"
    "195\tUse aerial weapons\t-10.0\t4\tASSAULT\taerial\n";

}  // namespace

std::shared_ptr<const dictionaries::DictionarySet> TestDictionaries() {
  static auto dicts = [] {
    auto r = dictionaries::LoadDictionaries({"test/codebook.tsv", kCodebook}, {{"test/actors.txt", kActors}},
                                            {"test/agents.txt", kAgents}, {"test/verbs.txt", kVerbs});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(r->problems.empty()) << r->problems.front();
    return std::make_shared<const dictionaries::DictionarySet>(std::move(r).value());
  }();
  return dicts;
}

std::shared_ptr<const dictionaries::DictionarySet> ShippedDictionaries() {
  static auto dicts = [] {
    auto r = dictionaries::LoadDictionaries();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::make_shared<const dictionaries::DictionarySet>(std::move(r).value());
  }();
  return dicts;
}

Pipeline& TestPipeline() {
  static Pipeline p(TestDictionaries(), Options{});
  return p;
}

Pipeline& ShippedPipeline() {
  static Pipeline p(ShippedDictionaries(), Options{});
  return p;
}

CodedStory CodeText(Pipeline& p, const std::string& text, const std::string& date) {
  Story s;
  s.id = "t";
  s.text = text;
  if (!date.empty()) s.date = *ParseDate(date);
  Result<CodedStory> r = p.Code(s);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : CodedStory{};
}

std::vector<std::string> EventStrings(Pipeline& p, const std::string& text) {
  std::vector<std::string> out;
  for (const Event& e : CodeText(p, text).events)
    out.push_back((e.source ? e.source->code : "-") + " " + e.cameo + " " + (e.target ? e.target->code : "-") +
                  (e.negated ? " NEG" : ""));
  return out;
}

}  // namespace sitrep::testing
