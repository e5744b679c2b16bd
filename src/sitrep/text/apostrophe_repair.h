// ApostropheRepair: restores apostrophes that scraped corpora turned into spaces.
//
// Many scraped news corpora replace every apostrophe by a space: "Iraq s government",
// "Shi ite", "couldn t", "they re". Left alone, the tokenizer sees a stray "s" token and the
// actor matcher loses possessives. RepairApostrophes puts the apostrophe back in place of that
// space, so the repair never changes the text's length and the offset map stays valid:
// the repaired "'s" token's span covers the original " s".
//
// Rules (ASCII word boundaries, applied only where the space is single):
//   <word of 2+ letters> s<end of word>           -> <word>'s      (possessive / "is" clitic)
//   <don|can|couldn|...> t<end of word>            -> <word>'t
//   <pronoun> re|ve|ll|d|m<end of word>            -> <pronoun>'re ...
//   known words with an inner apostrophe           -> Shi'ite, Shi'a, Ba'ath, Qur'an, Sana'a, o'clock
// Returns the number of repairs made.
#pragma once

#include <cstddef>
#include <string>

namespace sitrep::text {

size_t RepairApostrophes(std::string* text);

}  // namespace sitrep::text
