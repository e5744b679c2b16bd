// ActorMention: an actor found in a sentence, with the tokens that name it and its code.
#pragma once

#include <cstdint>
#include <string>

namespace sitrep::actors {

struct ActorMention {
  int32_t first = 0;   // first token (index into the story's tokens)
  int32_t last = 0;    // one past the last token
  std::string code;    // "IRQMIL", "IMGMUSISI", "---GOV"
  std::string country; // ISO alpha-3, may be empty
  std::string role;    // agent code when an agent named it ("MIL"), else the actor kind ("country")
  std::string rule;    // file:line of the phrase that named the actor (the agent's when alone)
};

}  // namespace sitrep::actors
