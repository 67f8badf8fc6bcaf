#pragma once
// Situation frames: what a colleague infers from a situation that names no life domain.
// "hij zorgt voor zijn vader" is mantelzorg; "oma zorgt voor de kleinkinderen" is upbringing;
// "laat het gas aan" is a danger, not an energy bill; "durft de deur niet uit" is fear; "komt het huis niet meer uit" is isolation; "is in de
// badkamer gevallen" asks whether someone can still live at home alone. A frame is a cue word
// with words that must (and must not) share its clause (text/clause.hpp); a denied cue is left
// to the caller ("geen sprake van ..." marks it, text/negation.hpp).
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/normalise.hpp"

namespace vk::text {

struct Implied {
  std::string_view word;      // a word of the catalogue whose evidence the situation adds; empty: none
  bool replacesCue = false;   // the cue itself then counts in phrases only ("gas" is no bill here)
};

// The situation tokens[i] starts, if a frame knows it. Pure; tokens as text::tokenize gives them.
Implied impliedBy(const std::vector<Token>& tokens, std::size_t i);

// True when tokens[i] names where or as what someone works, studies or volunteers: "werkt in de
// zorg", "zijn werk als buschauffeur", "vrijwilligerswerk doen bij de voedselbank", "opleiding tot
// verpleegkundige", "stage bij de politie". A workplace or a trade is no problem of its own: its
// word then counts in phrases only ("baan bij de sociale werkplaats" stays a phrase).
bool namesWhereOneWorks(const std::vector<Token>& tokens, std::size_t i);

// True when the question opens with a child as its subject ("mijn dochter is bang", "dr 14
// spijbelt", "Jongen (14) wordt gepest", "Dat meisje, ..."): the problem is the child's, so it
// is also a question of upbringing, unlike "Jong stel met een baby heeft schulden".
bool childIsTheSubject(const std::vector<Token>& tokens);

// A second domain a colleague infers from the situation, beside the one the words name: a
// catalogue word whose life domains the situation at tokens[i] suggests ("is ontslagen" is
// also work and income; "komt zijn kamer niet meer uit" is also the mind). Empty: none. A frame
// needs evidence of the situation (what happened, how long, how it tells on daily life), not a
// word alone; the caller scores what it infers below what a question names (Thresholds).
std::string_view inferredBy(const std::vector<Token>& tokens, std::size_t i);

}  // namespace vk::text
