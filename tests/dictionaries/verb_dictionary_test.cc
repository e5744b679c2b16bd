#include "sitrep/dictionaries/verb_dictionary.h"

#include <gtest/gtest.h>

#include "sitrep/dictionaries/petrarch_verbs.h"

namespace sitrep::dictionaries {
namespace {

TEST(VerbDictionaryTest, ReadsVerbAndNounPatterns) {
  std::vector<std::string> problems;
  CameoCodebook book = *CameoCodebook::Parse(
      {"b.tsv", "190\tForce\t-10\t4\n0874\tWithdraw\t5\t2\n195\tAerial\t-10\t4\n"}, &problems);
  VerbDictionary d;
  d.Add({"v.txt", "190 verb fight/fought/fought  # irregular\n"
                  "0874\tverb\tpull out\n"
                  "195 noun air strikes\n"
                  "999 verb explode\n"
                  "190 sing attack\n"
                  "190 verb go/went\n"
                  "190 verb\n"},
        book, &problems);
  d.Finish();
  ASSERT_EQ(d.entries().size(), 3u);
  ASSERT_EQ(d.patterns().size(), 3u);
  const VerbEntry& fight = d.entries()[0];
  EXPECT_EQ(fight.head_forms, (std::vector<std::string>{"fight", "fights", "fought", "fighting"}));
  ASSERT_GE(fight.bare, 0);
  EXPECT_EQ(d.patterns()[fight.bare].code, "190");
  EXPECT_EQ(d.patterns()[fight.bare].rule, "v.txt:1");
  // "pull out": no bare code; one pattern whose particle may be two words away.
  const VerbEntry& pull = d.entries()[1];
  EXPECT_EQ(pull.bare, -1);
  ASSERT_EQ(d.BlockPatterns(pull.block).size(), 1u);
  const VerbPattern& out = d.patterns()[d.BlockPatterns(pull.block)[0]];
  ASSERT_EQ(out.after.size(), 1u);
  EXPECT_EQ(out.after[0].alternatives, (std::vector<std::vector<std::string>>{{"out"}}));
  EXPECT_FALSE(out.after[0].adjacent);
  EXPECT_EQ(out.max_gap, VerbDictionary::kOwnFormatGap);
  EXPECT_EQ(out.text, "pull out");
  EXPECT_EQ(out.code, "0874");
  const VerbEntry& air = d.entries()[2];
  EXPECT_EQ(air.kind, PatternKind::kNoun);
  EXPECT_EQ(air.head_forms, (std::vector<std::string>{"air"}));
  EXPECT_EQ(air.suffix, (std::vector<std::string>{"strikes"}));
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "v.txt:4: CAMEO code '999' is not in the codebook",
                          "v.txt:5: pattern kind 'sing' must be 'verb' or 'noun'",
                          "v.txt:6: verb forms 'go/went' must be 'lemma' or 'lemma/past/participle[/gerund]'",
                          "v.txt:7: pattern line must be 'CODE verb|noun PATTERN'",
                      }));
}

CameoCodebook ClassTestCodebook(std::vector<std::string>* problems) {
  return *CameoCodebook::Parse({"b.tsv",
                                "190\tForce\t-10\t4\n195\tAerial\t-10\t4\n0233\tCall for aid\t3.4\t1\n"
                                "032\tIntent\t4.5\t1\n033\tIntent aid\t5.2\t1\n173\tArrest\t-5\t4\n"
                                "070\tAid\t7\t2\n183\tBombing\t-10\t4\n"},
                               problems);
}

using Alts = std::vector<std::vector<std::string>>;

TEST(VerbDictionaryTest, WordClassesInVerbPatterns) {
  std::vector<std::string> problems;
  const CameoCodebook book = ClassTestCodebook(&problems);
  VerbDictionary d;
  d.Add({"v.txt", "&MISSILE: missile; missiles  # a class\n"
                  "  cruise missile   # continues the list\n"
                  "&PROJECTILE: &MISSILE; rocket\n"
                  "195 verb fire &PROJECTILE at +\n"
                  "---  verb strike/struck/struck deal\n"
                  "032:033 verb pledge support\n"
                  ":070 verb receive aid from\n"},
        book, &problems);
  d.Finish();
  EXPECT_TRUE(problems.empty()) << problems.front();
  ASSERT_EQ(d.word_classes().size(), 2u);
  const WordClass& missile = d.word_classes()[0];
  EXPECT_EQ(missile.name, "MISSILE");
  EXPECT_EQ(missile.rule, "v.txt:1");
  EXPECT_EQ(missile.members, (Alts{{"missile"}, {"missiles"}, {"cruise", "missile"}}));
  EXPECT_EQ(missile.uses, 1);  // by &PROJECTILE
  EXPECT_EQ(d.word_classes()[1].members, (Alts{{"missile"}, {"missiles"}, {"cruise", "missile"}, {"rocket"}}));
  EXPECT_EQ(d.word_classes()[1].uses, 1);

  ASSERT_EQ(d.entries().size(), 4u);
  const VerbEntry& fire = d.entries()[0];
  EXPECT_EQ(fire.bare, -1);
  ASSERT_EQ(d.BlockPatterns(fire.block).size(), 1u);
  const VerbPattern& p = d.patterns()[d.BlockPatterns(fire.block)[0]];
  EXPECT_EQ(p.code, "195");
  EXPECT_EQ(p.text, "fire &PROJECTILE at +");
  EXPECT_EQ(p.rule, "v.txt:4");
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].alternatives.size(), 4u);
  EXPECT_EQ(p.after[1].alternatives, (Alts{{"at"}}));
  EXPECT_EQ(p.after[2].kind, PatternElement::Kind::kTarget);
  EXPECT_EQ(p.literal_words, 2);  // the class counts by its shortest member

  const VerbPattern& block = d.patterns()[d.BlockPatterns(d.entries()[1].block)[0]];
  EXPECT_EQ(block.code, "---");
  EXPECT_FALSE(block.names_event());
  const VerbPattern& reciprocal = d.patterns()[d.BlockPatterns(d.entries()[2].block)[0]];
  EXPECT_EQ(reciprocal.code, "032");
  EXPECT_EQ(reciprocal.second_code, "033");
  const VerbPattern& reverse = d.patterns()[d.BlockPatterns(d.entries()[3].block)[0]];
  EXPECT_EQ(reverse.code, "---");
  EXPECT_EQ(reverse.second_code, "070");
  EXPECT_TRUE(reverse.names_event());
}

TEST(VerbDictionaryTest, NounPatternWithClassesGivesOnePhrasePerCombination) {
  std::vector<std::string> problems;
  const CameoCodebook book = ClassTestCodebook(&problems);
  VerbDictionary d;
  d.Add({"v.txt", "183 noun &BOMB &ATTACK\n&BOMB: bomb; car bomb\n&ATTACK: attack; attacks\n"}, book, &problems);
  d.Finish();
  EXPECT_TRUE(problems.empty()) << problems.front();
  ASSERT_EQ(d.entries().size(), 4u);
  std::vector<std::string> phrases;
  for (const VerbEntry& e : d.entries()) {
    EXPECT_EQ(e.kind, PatternKind::kNoun);
    EXPECT_EQ(e.rule, "v.txt:1");
    ASSERT_GE(e.bare, 0);
    EXPECT_EQ(d.patterns()[e.bare].code, "183");
    phrases.push_back(e.lemma);
  }
  EXPECT_EQ(phrases, (std::vector<std::string>{"bomb attack", "bomb attacks", "car bomb attack", "car bomb attacks"}));
  EXPECT_EQ(d.entries()[2].head_forms, (std::vector<std::string>{"car"}));
  EXPECT_EQ(d.entries()[2].suffix, (std::vector<std::string>{"bomb", "attack"}));
}

TEST(VerbDictionaryTest, ClassesAreSharedAcrossFiles) {
  std::vector<std::string> problems;
  const CameoCodebook book = ClassTestCodebook(&problems);
  VerbDictionary d;
  d.AddFiles(std::vector<DictionaryFile>{{"verbs/19.txt", "195 verb fire &MISSILE\n"},
                                    {"verbs/classes.txt", "&MISSILE: missile; missiles\n"}},
        book, &problems);
  d.Finish();
  EXPECT_TRUE(problems.empty()) << problems.front();
  ASSERT_EQ(d.word_classes().size(), 1u);
  EXPECT_EQ(d.word_classes()[0].rule, "verbs/classes.txt:1");
  EXPECT_EQ(d.word_classes()[0].uses, 1);
  ASSERT_EQ(d.entries().size(), 1u);
  EXPECT_EQ(d.entries()[0].rule, "verbs/19.txt:1");
}

TEST(VerbDictionaryTest, ReportsClassMistakes) {
  std::vector<std::string> problems;
  const CameoCodebook book = ClassTestCodebook(&problems);
  VerbDictionary d;
  d.Add({"v.txt", "&AID: aid; &RELIEF\n"       // 1: &RELIEF undefined
                  "&A: &B\n"                   // 2: cycle
                  "&B: &A\n"                   // 3
                  "&AID: help\n"               // 4: defined twice
                  "&bad name: x\n"             // 5
                  "&EMPTY:\n"                  // 6
                  "070 verb send &WEAPON\n"    // 7: undefined
                  "183 noun + bombing\n"       // 8: slot in a noun
                  "070:--- verb give aid\n"    // 9: bad second code
                  "070 verb send &AID\n"},     // 10: fine
        book, &problems);
  d.Finish();
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "v.txt:4: word class '&AID' is already defined at v.txt:1",
                          "v.txt:5: a word class is '&NAME: member; member' (NAME in capitals, digits, '_')",
                          "v.txt:1: word class '&RELIEF' (in '&AID') is not defined",
                          "v.txt:3: word class '&B' includes itself through '&A'",
                          "v.txt:6: word class '&EMPTY' has no members",
                          "v.txt:7: word class '&WEAPON' is not defined",
                          "v.txt:8: a noun pattern is a phrase; its actors are found around it, not at '+' slots",
                          "v.txt:9: code '070:---': the part after ':' must be a CAMEO code",
                      }));
  ASSERT_EQ(d.entries().size(), 1u);
  EXPECT_EQ(d.entries()[0].rule, "v.txt:10");
}

TEST(VerbDictionaryTest, OwnFormatIsNotMistakenForPetrarch) {
  EXPECT_FALSE(LooksLikePetrarchVerbs({"v.txt", "&MISSILE: missile\n--- verb strike deal\n190 verb attack\n"}));
  EXPECT_TRUE(LooksLikePetrarchVerbs({"v.txt", "--- ATTACK [190] ---\nATTACK\n"}));
  EXPECT_TRUE(LooksLikePetrarchVerbs({"v.txt", "&CURRENCY\n+DOLLAR\n"}));
  EXPECT_TRUE(LooksLikePetrarchVerbs({"v.txt", "- * TALKS [046]\n"}));
}

}  // namespace
}  // namespace sitrep::dictionaries
