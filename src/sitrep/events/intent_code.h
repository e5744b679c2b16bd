// IntentCode: the CAMEO code of an announced action — "Iraq will attack Mosul" is a threat
// (138), not a battle; "Iraq will send aid" an intent to give aid (033). CAMEO codes what was
// said, and an action in the future tense is a statement of intent or a threat.
//
// Material and verbal-conflict actions map to their intent or threat counterpart:
//   04 consult -> 036, 05 diplomatic cooperation -> 032, 06 material cooperation -> 031 (0311..),
//   07 aid -> 033 (0331..), 08 yield -> 035 (0351.., 083 -> 034), 14 protest -> 133,
//   15 show of force -> 138, 16 reduce relations -> 131 (1311.., 134..136),
//   17 coerce -> 130 (172 -> 132, 175 -> 137), 18 assault -> 1383, 19 fight -> 138 (1381..1384),
//   20 mass violence -> 1385.
// Statements, appeals, intents, demands, disapproval, rejections and threats themselves (01-03,
// 09-13) are already speech acts and map to themselves.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::events {

// The intent or threat code for `code`, or `code` itself when it is already a speech act (or
// not a CAMEO code at all).
std::string IntentCode(std::string_view code);

}  // namespace sitrep::events
