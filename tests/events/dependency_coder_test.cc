// DependencyCoder through the whole pipeline: the test dictionaries (test_dictionaries.cc) plus
// the embedded syntax model, so each sentence is tagged, parsed and coded from its tree. Each
// case says which construct it checks (see the header comment of dependency_coder.h).
// Sentences are chosen so that the shipped parser gets them right, so each case tests the coder's
// rule and not the parse.
#include "sitrep/events/dependency_coder.h"
#include "sitrep/events/intent_code.h"

#include <gtest/gtest.h>

#include "syntax_pipeline.h"
#include "test_dictionaries.h"

namespace sitrep::events {
namespace {

std::vector<std::string> Events(const std::string& text, Pipeline& p = testing::SyntaxTestPipeline()) {
  return testing::EventStrings(p, text);
}

using V = std::vector<std::string>;

// The fixture itself: the pipeline has the syntax model, so these cases reach DependencyCoder.
TEST(DependencyCoderTest, PipelineParses) {
  ASSERT_NE(testing::SyntaxTestPipeline().syntax(), nullptr);
  const CodedStory s = testing::CodeText(testing::SyntaxTestPipeline(), "Arnor attacked Gondor.");
  EXPECT_EQ(s.syntax.size(), s.tokens.size());
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].coder, "dependency");
}

// Explain's trace says which sides were chosen and why, and why a verb gave nothing.
TEST(DependencyCoderTest, TraceExplainsEachDecision) {
  Story story;
  story.id = "t";
  story.text = "Gondor attacked Arnor. Iraq condemned the attack.";
  Result<CodedStory> s = testing::SyntaxTestPipeline().Code(story, /*trace=*/true);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->trace.size(), 2u);
  EXPECT_EQ(s->trace[0].back(), "'attacked': source GON (the subject), target ARN (first actor after the verb in its clause)");
  EXPECT_EQ(s->trace[1].back(), "'condemned': dropped, an event needs both a source and a target (require_dyad)");
}

// --- plain clauses ---------------------------------------------------------------------------

TEST(DependencyCoderTest, SubjectVerbObject) {
  EXPECT_EQ(Events("Gondorian soldiers attacked the Peshmerga on Tuesday."), (V{"GONMIL 190 IRQMIL"}));
}

TEST(DependencyCoderTest, ObjectInsidePrepositionalPhrase) {
  // "met with X": the target is the object of the preposition.
  EXPECT_EQ(Events("Abadi met with Arnorian officials on Monday."), (V{"IRQGOV 040 ARNGOV"}));
}

TEST(DependencyCoderTest, PassiveWithAgent) {
  // "were arrested by X": the by-phrase is the source, the subject the target.
  EXPECT_EQ(Events("Two Gondorian soldiers were arrested by Iraqi police on Sunday."), (V{"IRQCOP 173 GONMIL"}));
  // A coordinated by-phrase gives one source each.
  EXPECT_EQ(Events("Gondorian soldiers were attacked by Islamic State and the rebels."),
            (V{"IMGMUSISI 190 GONMIL", "---REB 190 GONMIL"}));
}

TEST(DependencyCoderTest, PassiveWithoutAgentNeedsDyadOff) {
  // No by-phrase, no source: dropped under require_dyad, kept one-sided without it.
  EXPECT_EQ(Events("Two Gondorian soldiers were arrested on Sunday."), V{});
  EXPECT_EQ(Events("Two Gondorian soldiers were arrested on Sunday.", testing::SyntaxTestPipelineWithMonads()),
            (V{"- 173 GONMIL"}));
}

TEST(DependencyCoderTest, NounPattern) {
  // "air strikes" is a noun pattern: its actors come from the noun phrase.
  EXPECT_EQ(Events("U.S. air strikes on Islamic State continued on Monday."), (V{"USA 195 IMGMUSISI"}));
}

// --- coordination ----------------------------------------------------------------------------

TEST(DependencyCoderTest, CoordinatedSubjects) {
  EXPECT_EQ(Events("Arnor and Gondor condemned Islamic State."), (V{"ARN 111 IMGMUSISI", "GON 111 IMGMUSISI"}));
}

TEST(DependencyCoderTest, CoordinatedSubjectsThroughTheNounTheyModify) {
  // "Kurdish Peshmerga" modifies "fighters", which is conjoined with "troops": two sources
  // (DESIGN.md's first example; a regression: only the first one used to be coded).
  EXPECT_EQ(Events("Kurdish Peshmerga fighters and Arnorian troops attacked Islamic State militants."),
            (V{"IRQMIL 190 IMGMUSISI", "ARNMIL 190 IMGMUSISI"}));
  // A mention modifying a noun another mention holds is no conjunct of it.
  EXPECT_EQ(Events("Arnor did not threaten Gondor, Iraqi officials said."), (V{"ARN 130 GON NEG"}));
}

TEST(DependencyCoderTest, CoordinatedSubjectsWithArticleAndAdjectiveBetween) {
  // "the embattled" between the conjunction and the second actor does not break the group.
  EXPECT_EQ(Events("Iraq and the embattled Kurdish government condemned Islamic State."),
            (V{"IRQ 111 IMGMUSISI", "KURGOV 111 IMGMUSISI"}));
}

TEST(DependencyCoderTest, CoordinatedObjects) {
  EXPECT_EQ(Events("Arnor criticized Iraq and the United States."), (V{"ARN 111 IRQ", "ARN 111 USA"}));
  EXPECT_EQ(Events("Arnor criticized Iraq and the embattled Kurdish government."), (V{"ARN 111 IRQ", "ARN 111 KURGOV"}));
}

TEST(DependencyCoderTest, ListOfThree) {
  // "A, B and C": commas plus a final "and" make one list, on either side of the verb.
  EXPECT_EQ(Events("Islamic State threatened Iraq, Arnor and the United States."),
            (V{"IMGMUSISI 130 IRQ", "IMGMUSISI 130 ARN", "IMGMUSISI 130 USA"}));
  EXPECT_EQ(Events("Iraq, the United States and Arnor condemned Islamic State."),
            (V{"IRQ 111 IMGMUSISI", "USA 111 IMGMUSISI", "ARN 111 IMGMUSISI"}));
}

TEST(DependencyCoderTest, AppositionIsNotAList) {
  // "X, Y's neighbour": a comma without a conjunction is an apposition; Y is not a target.
  EXPECT_EQ(Events("Arnor criticized Gondor, Iraq's northern neighbour."), (V{"ARN 111 GON"}));
  // The same on the subject side.
  EXPECT_EQ(Events("Gondor, Iraq's northern neighbour, attacked Arnor."), (V{"GON 190 ARN"}));
  EXPECT_EQ(Events("Arnor, a close ally of Iraq, criticized Gondor."), (V{"ARN 111 GON"}));
}

// A subject word that is no actor ("neighbour") is named by its appositive ("Gondor"), not by
// the possessor inside it ("Iraq's").
TEST(DependencyCoderTest, AppositiveNamesAnUncodedSubject) {
  EXPECT_EQ(Events("Iraq's northern neighbour, Gondor, attacked Arnor."), (V{"GON 190 ARN"}));
}

TEST(DependencyCoderTest, CoordinatedVerbsShareTheSubject) {
  // "X condemned A and threatened B": the second verb borrows the subject over conj.
  EXPECT_EQ(Events("Gondor condemned Arnor and threatened Iraq."), (V{"GON 111 ARN", "GON 130 IRQ"}));
  EXPECT_EQ(Events("Gondor condemned Arnor, threatened Iraq and attacked Islamic State."),
            (V{"GON 111 ARN", "GON 130 IRQ", "GON 190 IMGMUSISI"}));
}

TEST(DependencyCoderTest, ConjoinedPassiveVerbMakesTheBorrowedSubjectTheTarget) {
  // "X attacked A and was condemned by B": the passive conjunct borrows X as its target.
  EXPECT_EQ(Events("Arnor attacked Gondor and was condemned by Iraq."), (V{"ARN 190 GON", "IRQ 111 ARN"}));
}

// ", and" between the object of one clause and the subject of the next is no list: each
// clause keeps its own actors.
TEST(DependencyCoderTest, ClauseCoordinationDoesNotJoinActorsAcrossClauses) {
  EXPECT_EQ(Events("Arnor condemned Iraq, and Gondor threatened Islamic State."),
            (V{"ARN 111 IRQ", "GON 130 IMGMUSISI"}));
  EXPECT_EQ(Events("Gondor attacked Arnor, and Iraq condemned the attack."), (V{"GON 190 ARN"}));
}

// A fronted phrase before a comma ("In Iraq, ...") is not a list member of the subject.
TEST(DependencyCoderTest, CommaBeforeTheSubjectIsNotCoordination) {
  EXPECT_EQ(Events("In Iraq, Arnorian troops attacked Islamic State."), (V{"ARNMIL 190 IMGMUSISI"}));
  EXPECT_EQ(Events("After Gondor attacked Iraq, Arnor condemned Gondor."), (V{"GON 190 IRQ", "ARN 111 GON"}));
}

// --- infinitives (xcomp) ---------------------------------------------------------------------

TEST(DependencyCoderTest, SubjectBorrowedUpAnXcompChain) {
  // "X is about to attack Y": "attack" has no subject of its own.
  EXPECT_EQ(Events("Gondor is about to attack Arnor."), (V{"GON 190 ARN"}));
  EXPECT_EQ(Events("Gondor is preparing to attack Arnor."), (V{"GON 190 ARN"}));
  // The matrix verb's passive subject is the infinitive's active subject ...
  EXPECT_EQ(Events("Arnorian troops were ordered to attack Gondor."), (V{"ARNMIL 190 GON"}));
  // ... and a passive infinitive makes it the target.
  EXPECT_EQ(Events("Arnor is expected to be attacked by Gondor."), (V{"GON 190 ARN"}));
}

TEST(DependencyCoderTest, CodedVerbWithCodedInfinitive) {
  // "agreed to visit Iraq": "agree to" finds no target of its own (Iraq belongs to the coded
  // "visit"), so it codes no dyad and the infinitive codes with the borrowed subject ...
  EXPECT_EQ(Events("Arnor agreed to visit Iraq next month."), (V{"ARN 042 IRQ"}));
  // ... and without require_dyad "agree" stays a one-sided event of its own.
  EXPECT_EQ(Events("Arnor agreed to visit Iraq next month.", testing::SyntaxTestPipelineWithMonads()),
            (V{"ARN 030 -", "ARN 042 IRQ"}));
  // "threatened to attack": likewise, the attack is the event.
  EXPECT_EQ(Events("Gondor threatened to attack Arnor."), (V{"GON 190 ARN"}));
}

TEST(DependencyCoderTest, InfinitiveOfACodedVerbIsNotCodedSeparately) {
  // "urged Arnor to attack Islamic State": "urge" has its own target, so "attack" inside its
  // infinitive is part of that event, not one of its own.
  EXPECT_EQ(Events("Iraq urged Arnor to attack Islamic State."), (V{"IRQ 020 ARN"}));
  EXPECT_EQ(Events("Iraq was urged by Arnor to attack Islamic State."), (V{"ARN 020 IRQ"}));
}

// Object control: in "ordered X to attack" and "asked X to attack", X is the one who attacks.
TEST(DependencyCoderTest, ObjectControlledInfinitive) {
  EXPECT_EQ(Events("Abadi ordered Iraqi troops to attack Islamic State."), (V{"IRQMIL 190 IMGMUSISI"}));
  EXPECT_EQ(Events("Iraq asked Arnor to attack Islamic State."), (V{"ARN 190 IMGMUSISI"}));
}

// --- subordinate clauses ---------------------------------------------------------------------

TEST(DependencyCoderTest, RelativeClauseSubjectIsTheModifiedNoun) {
  // "the militants who attacked X": the militants are the source of the attack.
  EXPECT_EQ(Events("Iraqi police arrested the militants who attacked Arnorian soldiers."),
            (V{"IRQCOP 173 ---REB", "---REB 190 ARNMIL"}));
  // A passive relative clause: the modified noun is the target.
  EXPECT_EQ(Events("The rebels who were arrested by Iraqi police attacked Arnor."),
            (V{"IRQCOP 173 ---REB", "---REB 190 ARN"}));
}

// An actor inside the subject's relative clause ("a man who criticized Arnor") is not the
// subject.
TEST(DependencyCoderTest, ActorInsideTheSubjectsRelativeClauseIsNotTheSubject) {
  EXPECT_EQ(Events("A man who criticized Arnor was arrested by Gondorian police."), V{});
}

TEST(DependencyCoderTest, ReportedSpeechGivesOnlyTheEmbeddedEvent) {
  // "X said Y attacked Z": only Y -> Z; the reporting verb does not target Y.
  EXPECT_EQ(Events("Arnorian officials said Gondor attacked Iraq."), (V{"GON 190 IRQ"}));
  EXPECT_EQ(Events("Iraqi officials said that Gondor could soon attack Arnor."), (V{"GON 190 ARN"}));
  // The reporting clause after the report.
  EXPECT_EQ(Events("Gondor attacked Arnor, Iraqi officials said."), (V{"GON 190 ARN"}));
}

TEST(DependencyCoderTest, ComplementClauseWithoutCodedVerbGivesTheTarget) {
  // "X said Y can cope": nothing is coded inside the clause, so its first actor is the
  // reporting verb's target.
  EXPECT_EQ(Events("Arnor said Gondor can cope with the refugees."), (V{"ARN 010 GON"}));
  EXPECT_EQ(Events("Arnor threatened that Gondor would pay."), (V{"ARN 130 GON"}));
}

// A complement clause that codes its own event (inside a relative clause on its subject)
// leaves the reporting verb without a target.
TEST(DependencyCoderTest, ComplementClauseWhoseEventCameFromTheFallback) {
  EXPECT_EQ(Events("Iraq said the militants who attacked Arnorian soldiers were arrested."),
            (V{"---REB 190 ARNMIL"}));
}

TEST(DependencyCoderTest, PronounSubjectOfComplementClause) {
  // "Iraq said it would attack X": "it" is Iraq (and the announced attack is a threat, 138).
  EXPECT_EQ(Events("Iraq said it would attack Islamic State."), (V{"IRQ 138 IMGMUSISI"}));
  // "they", in a passive complement: the reporting subject is the target.
  EXPECT_EQ(Events("Iraqi officials said they were attacked by Islamic State."), (V{"IMGMUSISI 190 IRQGOV"}));
  // The reporting verb borrows its own subject over conj.
  EXPECT_EQ(Events("Arnor condemned Gondor and said it would attack Iraq."), (V{"ARN 111 GON", "ARN 138 IRQ"}));
}

// --- negation --------------------------------------------------------------------------------

TEST(DependencyCoderTest, NegationIsFlagged) {
  EXPECT_EQ(Events("Gondor did not attack Arnor."), (V{"GON 190 ARN NEG"}));
  EXPECT_EQ(Events("Arnor has never criticized Iraq."), (V{"ARN 111 IRQ NEG"}));
  EXPECT_EQ(Events("Gondor no longer opposes Arnor."), (V{"GON 110 ARN NEG"}));
  EXPECT_EQ(Events("Gondor said it had never attacked Arnor."), (V{"GON 190 ARN NEG"}));
  // The reporting clause after it is not negated and does not matter.
  EXPECT_EQ(Events("Arnor did not threaten Gondor, Iraqi officials said."), (V{"ARN 130 GON NEG"}));
}

// Negation belongs to the word the tree attaches it to: "did not attack but threatened"
// negates the attack only; "Arnor, not Gondor" leaves Gondor out.
TEST(DependencyCoderTest, NegationBelongsToItsOwnWord) {
  EXPECT_EQ(Events("Gondor did not attack but threatened Arnor."), (V{"GON 130 ARN"}));
  EXPECT_EQ(Events("Arnor, not Gondor, attacked Iraq."), (V{"ARN 190 IRQ"}));
}

// --- agent composition and distribution ------------------------------------------------------

TEST(DependencyCoderTest, AgentOfAListOfCountries) {
  // "officials from A, B and C": the agent goes to every country of the list.
  EXPECT_EQ(Events("Officials from Iraq, Arnor and Gondor condemned Islamic State."),
            (V{"IRQGOV 111 IMGMUSISI", "ARNGOV 111 IMGMUSISI", "GONGOV 111 IMGMUSISI"}));
  EXPECT_EQ(Events("Officials of Iraq and Arnor met with Gondorian lawmakers."),
            (V{"IRQGOV 040 GONLEG", "ARNGOV 040 GONLEG"}));
}

TEST(DependencyCoderTest, CoordinatedAgentsInCoordinatedCountries) {
  // "lawmakers and officials in A and B": each agent with each country.
  EXPECT_EQ(Events("Lawmakers and officials in Arnor and Gondor criticized Iraq."),
            (V{"ARNLEG 111 IRQ", "ARNGOV 111 IRQ", "GONGOV 111 IRQ", "GONLEG 111 IRQ"}));
}

TEST(DependencyCoderTest, CoordinatedAgentsShareTheActor) {
  // "Danish media and government": both agents are Danish.
  EXPECT_EQ(Events("Danish media and government welcomed Arnor."), (V{"DNKMED 051 ARN", "DNKGOV 051 ARN"}));
  EXPECT_EQ(Events("Iraqi lawmakers and officials criticized Arnor."), (V{"IRQLEG 111 ARN", "IRQGOV 111 ARN"}));
}

TEST(DependencyCoderTest, CoordinatedAdjectivesShareTheAgent) {
  // "Arnorian and Gondorian officials": both are officials.
  EXPECT_EQ(Events("Abadi met Arnorian and Gondorian officials in Baghdad."),
            (V{"IRQGOV 040 ARNGOV", "IRQGOV 040 GONGOV"}));
}

// Every coordinated adjective shares the agent: "Iraqi, Arnorian and Gondorian officials".
TEST(DependencyCoderTest, ThreeCoordinatedAdjectivesShareTheAgent) {
  EXPECT_EQ(Events("Iraqi, Arnorian and Gondorian officials condemned Islamic State."),
            (V{"IRQGOV 111 IMGMUSISI", "ARNGOV 111 IMGMUSISI", "GONGOV 111 IMGMUSISI"}));
}

// An agent located in coordinated capitals applies to each: "police in Baghdad and Fornost".
TEST(DependencyCoderTest, AgentSharedAcrossCoordinatedCapitals) {
  EXPECT_EQ(Events("Police in Baghdad and Fornost arrested the rebels."),
            (V{"IRQCOP 173 ---REB", "ARNCOP 173 ---REB"}));
}

// An announced action is coded as what CAMEO makes of it: "will attack" is a threat (138), also
// when reported ("said it would attack"); the attack itself stays 190. Codes the codebook lacks
// (the test codebook has no 0312) leave the verb's code alone.
TEST(DependencyCoderTest, FutureTenseIsAThreatOrIntent) {
  EXPECT_EQ(Events("Iraq will attack Arnor."), (V{"IRQ 138 ARN"}));
  EXPECT_EQ(Events("Gondor said it would attack Islamic State."), (V{"GON 138 IMGMUSISI"}));
  EXPECT_EQ(Events("Iraq attacked Arnor."), (V{"IRQ 190 ARN"}));
  EXPECT_EQ(Events("Iraq will not attack Arnor."), (V{"IRQ 138 ARN NEG"}));
}

TEST(IntentCodeTest, MapsActionsToTheirIntentOrThreat) {
  EXPECT_EQ(IntentCode("190"), "138");
  EXPECT_EQ(IntentCode("193"), "1384");
  EXPECT_EQ(IntentCode("1823"), "1383");
  EXPECT_EQ(IntentCode("0874"), "0356");
  EXPECT_EQ(IntentCode("073"), "0333");
  EXPECT_EQ(IntentCode("042"), "036");
  EXPECT_EQ(IntentCode("163"), "1312");
  EXPECT_EQ(IntentCode("173"), "130");
  EXPECT_EQ(IntentCode("204"), "1385");
  EXPECT_EQ(IntentCode("111"), "111");  // already a speech act
  EXPECT_EQ(IntentCode("030"), "030");
  EXPECT_EQ(IntentCode("abc"), "abc");
}

}  // namespace
}  // namespace sitrep::events
