// The PETRARCH/TABARI readers on small files written for these tests: every construct of the
// verb, actor, agent and discard formats, and the file:line reports of malformed lines.
#include <gtest/gtest.h>

#include "sitrep/dictionaries/discard_list.h"
#include "sitrep/dictionaries/petrarch_actors.h"
#include "sitrep/dictionaries/petrarch_agents.h"
#include "sitrep/dictionaries/petrarch_format.h"
#include "sitrep/dictionaries/petrarch_verbs.h"
#include "sitrep/text/normalizer.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep::dictionaries {
namespace {

using Words = std::vector<std::string>;
using Alternatives = std::vector<std::vector<std::string>>;
using Kind = PatternElement::Kind;

CameoCodebook Book() {
  std::vector<std::string> problems;
  return *CameoCodebook::Parse({"b.tsv", "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
                                         "032\tVisit\t1.9\t1\t\t\n033\tHost\t2.8\t1\t\t\n"
                                         "064\tShare intelligence\t7\t2\t\t\n190\tFight\t-10\t4\t\t\n"},
                               &problems);
}

// PETRARCH 1 / TABARI dialect: synsets (plural rules, nesting), blocks, irregular and
// multi-word verbs, '_' joins, slots, reciprocal and null codes, a '#' inside a code.
constexpr const char* kVerbs1 = R"(<!-- a header comment
   spanning lines -->
&CURRENCY
+DOLLAR
+SWISS FRANC
+DUCATS_

&AUX_
+WILL NOT
+DID N'T

&MONEY
+&CURRENCY
+GOLD

--- RESTORE  [064]  ---
RESTORE    # a comment
MEND {MENDS MENDED}
- * FULL_TIES  [064]
- &AUX * TIES  [190]
- WILL_* &MONEY [---]
- + WAS_ * BY $  [032:033]
- % * [033:033]
- * PLAIN [###]

--- CORDON  [190] ---
+CORDON_OFF {+CORDONS_OFF +CORDONED_OFF +CORDONING_OFF}
WIRE_+TAP [032]
- * ^ TO_ +  [033]
)";

TEST(PetrarchVerbsTest, ReadsBlocksSynsetsAndPatterns) {
  const CameoCodebook book = Book();
  VerbDictionary d;
  std::vector<std::string> problems;
  PetrarchVerbStats stats;
  ASSERT_TRUE(LooksLikePetrarchVerbs({"v.txt", kVerbs1}));
  ReadPetrarchVerbs({"v.txt", kVerbs1}, book, &d, &problems, &stats);
  d.Finish();
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(stats.verbs, 4);
  EXPECT_EQ(stats.patterns, 7);
  EXPECT_EQ(stats.synsets, 3);
  EXPECT_EQ(stats.codes_outside_codebook, (std::set<std::string>{"###"}));

  ASSERT_EQ(d.entries().size(), 4u);
  const VerbEntry& restore = d.entries()[0];
  EXPECT_EQ(restore.head_forms, (Words{"restore", "restores", "restored", "restoring"}));
  EXPECT_EQ(d.patterns()[restore.bare].code, "064");  // the block's code
  EXPECT_EQ(d.patterns()[restore.bare].rule, "v.txt:17");
  const VerbEntry& mend = d.entries()[1];
  EXPECT_EQ(mend.head_forms, (Words{"mend", "mends", "mended"}));  // given forms replace generated ones
  EXPECT_EQ(mend.block, restore.block);

  const VerbEntry& cordon = d.entries()[2];
  EXPECT_EQ(cordon.head_forms, (Words{"cordon", "cordons", "cordoned", "cordoning"}));
  EXPECT_EQ(cordon.suffix, (Words{"off"}));
  EXPECT_TRUE(cordon.prefix.empty());
  const VerbEntry& tap = d.entries()[3];
  EXPECT_EQ(tap.prefix, (Words{"wire"}));
  EXPECT_EQ(tap.head_forms[0], "tap");
  EXPECT_EQ(d.patterns()[tap.bare].code, "032");  // its own code beats the block's

  // Most specific first: "&AUX * TIES" (synset words count by its shortest member: 2 + 1).
  const std::vector<int32_t>& block = d.BlockPatterns(restore.block);
  ASSERT_EQ(block.size(), 6u);
  const VerbPattern& aux = d.patterns()[block[0]];
  EXPECT_EQ(aux.code, "190");
  ASSERT_EQ(aux.before.size(), 1u);
  EXPECT_EQ(aux.before[0].alternatives, (Alternatives{{"will", "not"}, {"did", "n't"}}));  // no plurals: '&AUX_'
  EXPECT_EQ(aux.after[0].alternatives, (Alternatives{{"ties"}}));

  auto find = [&](std::string_view text) -> const VerbPattern& {
    for (const VerbPattern& p : d.patterns())
      if (p.text == text) return p;
    ADD_FAILURE() << "no pattern " << text;
    return d.patterns()[0];
  };
  const VerbPattern& full = find("* FULL_TIES");
  ASSERT_EQ(full.after.size(), 2u);
  EXPECT_FALSE(full.after[0].adjacent);
  EXPECT_TRUE(full.after[1].adjacent);  // "_": "ties" right after "full"

  const VerbPattern& money = find("WILL_* &MONEY");
  EXPECT_FALSE(money.names_event());
  ASSERT_EQ(money.before.size(), 1u);
  EXPECT_TRUE(money.before[0].adjacent);  // "will" right before the verb
  // Nested synset, plurals added except for a member ending in '_'.
  EXPECT_EQ(money.after[0].alternatives,
            (Alternatives{{"dollar"}, {"dollars"}, {"swiss", "franc"}, {"swiss", "francs"}, {"ducats"}, {"gold"}, {"golds"}}));

  const VerbPattern& passive = find("+ WAS_ * BY $");
  EXPECT_EQ(passive.code, "032");
  EXPECT_EQ(passive.second_code, "033");
  ASSERT_EQ(passive.before.size(), 2u);
  EXPECT_EQ(passive.before[0].kind, Kind::kTarget);
  EXPECT_EQ(passive.before[1].alternatives, (Alternatives{{"was"}}));
  EXPECT_FALSE(passive.before[1].adjacent);  // "WAS_ *": a trailing '_' then a space is an open match
  ASSERT_EQ(passive.after.size(), 2u);
  EXPECT_EQ(passive.after[1].kind, Kind::kSource);

  EXPECT_EQ(find("% *").before[0].kind, Kind::kCompound);
  EXPECT_EQ(find("* PLAIN").code, "###");  // '#' inside brackets is a code, not a comment

  const VerbPattern& skip = find("* ^ TO_ +");
  ASSERT_EQ(skip.after.size(), 3u);
  EXPECT_EQ(skip.after[0].kind, Kind::kSkip);
  EXPECT_FALSE(skip.after[2].adjacent);  // a trailing '_' is an open match
}

// PETRARCH 2 dialect: noun phrases in braces, prepositional phrases in parentheses,
// transformations (counted, not applied).
constexpr const char* kVerbs2 = R"(
&WEAPON
+RIFLE

---  SUPPLY   [---]  ---
SUPPLY
- * {FINANCIAL AID}                         [064]
- * &WEAPON (TO {REBEL FORCES})               [190]

######## TRANSFORMATIONS ##########
~ a (a b SUPPLY) SAY = a b 190
)";

TEST(PetrarchVerbsTest, ReadsPetrarch2PhraseBrackets) {
  VerbDictionary d;
  std::vector<std::string> problems;
  PetrarchVerbStats stats;
  ReadPetrarchVerbs({"c.txt", kVerbs2}, Book(), &d, &problems, &stats);
  d.Finish();
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(stats.transformations, 1);
  ASSERT_EQ(d.entries().size(), 1u);
  EXPECT_FALSE(d.patterns()[d.entries()[0].bare].names_event());
  const auto& block = d.BlockPatterns(d.entries()[0].block);
  ASSERT_EQ(block.size(), 2u);
  const VerbPattern& arms = d.patterns()[block[0]];  // 4 words beat 2
  EXPECT_EQ(arms.code, "190");
  ASSERT_EQ(arms.after.size(), 4u);
  EXPECT_EQ(arms.after[0].alternatives, (Alternatives{{"rifle"}, {"rifles"}}));
  EXPECT_EQ(arms.after[1].alternatives, (Alternatives{{"to"}}));
  EXPECT_EQ(arms.after[3].alternatives, (Alternatives{{"forces"}}));
  EXPECT_EQ(d.patterns()[block[1]].after.size(), 2u);
}

// CAMEO.2.0 puts comments inside synsets, and "[:173]" codes only the reverse event.
TEST(PetrarchVerbsTest, CommentInsideASynsetAndReverseOnlyCodes) {
  VerbDictionary d;
  std::vector<std::string> problems;
  PetrarchVerbStats stats;
  ReadPetrarchVerbs({"c.txt",
                     "&COURT\n+COURT\n# a remark between members\n+TRIBUNAL\n\n"
                     "--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE &COURT) [:173]\n"},
                    Book(), &d, &problems, &stats);
  d.Finish();
  EXPECT_TRUE(problems.empty()) << problems.front();
  const auto& block = d.BlockPatterns(d.entries()[0].block);
  ASSERT_EQ(block.size(), 1u);
  const VerbPattern& p = d.patterns()[block[0]];
  EXPECT_EQ(p.code, "---");
  EXPECT_EQ(p.second_code, "173");
  EXPECT_TRUE(p.names_event());
  EXPECT_EQ(p.after[1].alternatives, (Alternatives{{"court"}, {"courts"}, {"tribunal"}, {"tribunals"}}));
}

TEST(PetrarchVerbsTest, ReportsMalformedLinesAndKeepsTheRest) {
  VerbDictionary d;
  std::vector<std::string> problems;
  PetrarchVerbStats stats;
  ReadPetrarchVerbs({"bad.txt",
                     "EARLY\n"
                     "--- MEET [031] ---\n"
                     "MEET {MET MEETING}\n"
                     "- * TALKS\n"
                     "- TALKS [031]\n"
                     "- * * TALKS [031]\n"
                     "- * &NOSUCH [031]\n"
                     "- * WITH [031]\n"},
                    Book(), &d, &problems, &stats);
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "bad.txt:1: verb line before the first '--- NAME [CODE] ---' block header",
                          "bad.txt:4: pattern line needs a code in square brackets, e.g. '- * TALKS [031]'",
                          "bad.txt:5: pattern has no '*' for the verb",
                          "bad.txt:6: pattern has more than one '*'",
                          "bad.txt:7: synset '&nosuch' is not defined before this pattern",
                      }));
  EXPECT_EQ(stats.patterns, 1);
  EXPECT_EQ(stats.verbs, 1);
}

constexpr const char* kActors = R"(<! -- a validation-suite style comment -->
ARNOR_  [ARN]
+ARNORIAN
ENT
	[ENT]
GOLLUM  # dated codes only
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB >990816]
THE_SHIRE [FRO/BIL/SAM]
KING_ELESSAR [GON]
	[GONGOV 30190501-30200101]
NOBODY_IN_PARTICULAR
BROKEN [ARN 950601-]
+DRIFTER
)";

TEST(PetrarchActorsTest, ReadsRecordsSynonymsAndDateWindows) {
  ASSERT_TRUE(LooksLikePetrarchActors({"a.txt", kActors}));
  ASSERT_FALSE(LooksLikePetrarchActors({"own.txt", "country IRQ\n  name: Iraq\n"}));
  ActorDictionary d;
  std::vector<std::string> problems;
  ReadPetrarchActors({"a.txt", kActors}, &d, &problems);
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "a.txt:14: actor 'NOBODY_IN_PARTICULAR' has no code",
                          "a.txt:15: date restriction '950601-' must be <DATE, >DATE or DATE-DATE",
                          "a.txt:15: actor 'BROKEN' has no code",
                      }));
  ASSERT_EQ(d.entries().size(), 5u);
  const ActorEntry& arnor = d.entries()[0];
  EXPECT_EQ(arnor.kind, ActorKind::kCoded);
  EXPECT_EQ(arnor.rule, "a.txt:2");
  EXPECT_EQ(ActorDictionary::CodeAt(arnor, *ParseDate("2001-01-01")), "ARN");
  EXPECT_EQ(d.CountryIso("ARN"), "ARN");
  EXPECT_EQ(ActorDictionary::CodeAt(d.entries()[1], *ParseDate("2001-01-01")), "ENT");  // code on its own line

  const ActorEntry& gollum = d.entries()[2];
  EXPECT_EQ(ActorDictionary::CodeAt(gollum, *ParseDate("1995-06-01")), "HOB");  // '<' includes the day
  EXPECT_EQ(ActorDictionary::CodeAt(gollum, *ParseDate("1995-06-02")), "HOBGOV");
  EXPECT_EQ(ActorDictionary::CodeAt(gollum, *ParseDate("1999-08-15")), "HOBGOV");
  EXPECT_EQ(ActorDictionary::CodeAt(gollum, *ParseDate("2030-01-01")), "HOBREB");  // YY 99 -> 1999
  EXPECT_EQ(d.entries()[3].codes[0].code, "FRO/BIL/SAM");
  // Outside its window the dated code gives way to the default.
  const ActorEntry& king = d.entries()[4];
  EXPECT_EQ(ActorDictionary::CodeAt(king, *ParseDate("2019-06-01")), "GON");
  EXPECT_EQ(king.codes.size(), 2u);

  // Phrases: '_' and spaces both join words, a trailing '_' is dropped, matching is lowercase.
  std::vector<std::pair<Words, int32_t>> phrases;
  for (const ActorPhrase& p : d.phrases()) phrases.emplace_back(p.phrase.words, p.entry);
  EXPECT_EQ(phrases, (std::vector<std::pair<Words, int32_t>>{
                         {{"arnor"}, 0}, {{"arnorian"}, 0}, {{"ent"}, 1}, {{"gollum"}, 2}, {{"smeagol"}, 2},
                         {{"the", "shire"}, 3}, {{"king", "elessar"}, 4}}));
}

TEST(PetrarchActorsTest, TwoDigitYearsFollowTabari) {
  EXPECT_EQ(ParsePetrarchDate("300101")->year, 2030);
  EXPECT_EQ(ParsePetrarchDate("310101")->year, 1931);
  EXPECT_EQ(ParsePetrarchDate("20140908")->ToString(), "2014-09-08");
  EXPECT_FALSE(ParsePetrarchDate("140230").ok());  // 30 February
  EXPECT_FALSE(ParsePetrarchDate("1409").ok());
}

constexpr const char* kAgents = R"(!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
MINISTRY [~GOV]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY [NGO~]
REBEL [ ~REB]
BROKEN [GOV]
!NOPE!_X [~GOV]
)";

TEST(PetrarchAgentsTest, PluralsSubstitutionsAndPrefixCodes) {
  ASSERT_TRUE(LooksLikePetrarchAgents({"g.txt", kAgents}));
  ASSERT_FALSE(LooksLikePetrarchAgents({"own.txt", "agent MIL\n  noun: troops\n"}));
  AgentDictionary d;
  std::vector<std::string> problems;
  ReadPetrarchAgents({"g.txt", kAgents}, &d, &problems);
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "g.txt:8: agent code 'GOV' must start or end with '~'",
                          "g.txt:9: substitution marker in '!NOPE!_X' is not defined above",
                      }));
  std::vector<std::pair<std::string, std::string>> got;  // phrase -> code (prefix codes end in '~')
  for (const AgentPhrase& p : d.phrases()) {
    std::string text;
    for (const auto& w : p.phrase.words) text += (text.empty() ? "" : " ") + w;
    const AgentEntry& e = d.entries()[p.entry];
    got.emplace_back(text, e.prefix ? e.code + "~" : e.code);
  }
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"police", "COP"},
                     {"attorney general", "JUD"}, {"attorneys general", "JUD"},
                     {"ministry", "GOV"}, {"ministries", "GOV"},
                     {"congressman", "LEG"}, {"congressmen", "LEG"}, {"congresswoman", "LEG"},
                     {"human rights body", "NGO~"}, {"human rights bodies", "NGO~"},
                     {"rebel", "REB"}, {"rebels", "REB"},
                 }));
}

std::vector<Token> Tokens(const std::string& text) { return text::Tokenize(text::Normalize(text)).tokens; }

TEST(DiscardListTest, SentenceAndStoryEntriesStemsAndWordEnds) {
  DiscardList d;
  std::vector<std::string> problems;
  d.Add({"d.txt", "WORLD CUP   # sports\n+TYPHOON\nBALLCLUB\nCUP FINAL_\n"}, &problems);
  d.Finish();
  EXPECT_TRUE(problems.empty());
  auto find = [&](const std::string& text) -> std::string {
    const std::vector<Token> t = Tokens(text);
    const DiscardEntry* e = d.Find(t, 0, static_cast<int32_t>(t.size()));
    return e == nullptr ? "" : e->rule + (e->whole_story ? " story" : " sentence");
  };
  EXPECT_EQ(find("Fans flew home after the World Cup ended."), "d.txt:1 sentence");
  EXPECT_EQ(find("Fans flew home after the World Cups ended."), "d.txt:1 sentence");  // last word is a stem
  EXPECT_EQ(find("The typhoons hit the coast."), "d.txt:2 story");
  EXPECT_EQ(find("Two ballclubs merged."), "d.txt:3 sentence");
  EXPECT_EQ(find("The cup finals were cancelled."), "");  // '_': the word must end there
  EXPECT_EQ(find("The cup final was cancelled."), "d.txt:4 sentence");
  EXPECT_EQ(find("Iraqi troops attacked Islamic State."), "");
}

}  // namespace
}  // namespace sitrep::dictionaries
