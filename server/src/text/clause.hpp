#pragma once
// The clause around a token: from the token that starts it (Token::clauseStart: the first token,
// or one after , . ; : ! ? ( ) or a line break) up to the next clause start. Rules that read a
// word in its context ("verkoopt drugs", "snijdt in haar armen", "werkt niet meer") look only
// inside its clause, so that "hij werkt, maar zijn vrouw wil niet" keeps its two clauses apart.
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "text/normalise.hpp"

namespace vk::text {

// Where the clause of tokens[i] lies: [first, last) token indexes. i must be < tokens.size().
std::pair<std::size_t, std::size_t> clauseOf(const std::vector<Token>& tokens, std::size_t i);

// Which part of the clause a rule looks at.
enum class ClausePart {
  Whole,   // the whole clause, tokens[i] included
  Before,  // the clause up to tokens[i], tokens[i] excluded
  After,   // from tokens[i] (excluded) to the clause's end
};

// True when a token in that part of the clause of tokens[i] is one of `words` (folded forms).
bool clauseHas(const std::vector<Token>& tokens, std::size_t i, std::span<const std::string_view> words,
               ClausePart part = ClausePart::Whole);
inline bool clauseHas(const std::vector<Token>& tokens, std::size_t i, std::initializer_list<std::string_view> words,
                      ClausePart part = ClausePart::Whole) {
  return clauseHas(tokens, i, std::span<const std::string_view>(words.begin(), words.size()), part);
}

}  // namespace vk::text
