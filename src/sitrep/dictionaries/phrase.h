// Phrase: a dictionary phrase split into tokens exactly as story text is tokenized.
//
// Dictionary phrases go through the same Normalize + Tokenize as the stories, so "U.S.",
// "Cote d'Ivoire" or "al-Qaeda" become the same token sequence in both places and matching is
// a plain token-by-token comparison. A phrase whose letters are all capitals ("IS", "UN")
// matches case-sensitively (against Token::form); others match Token::lower.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::dictionaries {

struct Phrase {
  std::vector<std::string> words;  // lowercased unless case_sensitive
  bool case_sensitive = false;
};

// Empty `words` when `text` holds no token.
Phrase MakePhrase(std::string_view text);
// The phrase's words joined by single spaces ("islamic state").
std::string PhraseText(const Phrase& p);

}  // namespace sitrep::dictionaries
