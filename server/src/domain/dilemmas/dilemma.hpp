#pragma once
// Dilemmas of wijkteam professionals (seed 004): the library a team works from, as plain
// data, and the one check for a dilemma that comes in (an organisation's edit, its own
// dilemma, a member's proposal, one saved from a what-works conversation). No I/O.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vk::domain {

// One side of the tension: the choice, what choosing it costs, and the values and
// legitimate interests that speak for it.
struct DilemmaSide {
  std::string choice;                // "Eerst de veiligheid van de kinderen"
  std::string cost;                  // what it costs to choose this side
  std::vector<std::string> values;   // "veiligheid van het kind", …
};

// What is at stake for one perspective: who is "bewoner", "professional", "partner" or
// "gemeente".
struct DilemmaPerspective {
  std::string who;
  std::string stake;
};

struct Dilemma {
  std::string key;      // stable: the starter's slug, or "eigen-<id>" for an organisation's or team's own
  std::string topic;    // one of dilemmaTopics()
  std::string title;
  std::string tension;  // "A of B?"
  DilemmaSide a;
  DilemmaSide b;
  std::vector<DilemmaPerspective> perspectives;
  std::vector<std::string> domains;   // life domains of the knowledge map (catalogue keys)
  std::vector<std::string> rules;     // rules of thumb of the guideline (guideline rule keys)
  std::vector<std::string> themes;    // themes of the craft (craft-themes keys)
  std::vector<std::string> examples;  // one or two situations, without residents' data
  std::vector<std::string> questions; // questions to ask in the conversation (the card's back)
};

// The breadth the library covers (integral work, own strength and care, …), in order.
struct DilemmaTopic {
  std::string key;
  std::string title;
};
const std::vector<DilemmaTopic>& dilemmaTopics();
// The four perspectives, in order: bewoner, professional, partner, gemeente.
const std::vector<std::string>& dilemmaPerspectives();

// The starter library (content/nl/dilemmas.json), parsed once.
const std::vector<Dilemma>& starterDilemmas();
const Dilemma* starterDilemma(std::string_view key);
std::vector<Dilemma> parseDilemmas(std::string_view json);

// Checks a dilemma as it comes in as JSON ({title, tension, a: {choice, cost, values},
// b: {…}, perspectives: [{who, stake}], domains, rules, themes, examples, questions,
// topic}) and returns it cleaned up (trimmed, lengths bounded, unknown keys refused);
// throws Error(Invalid) with a Dutch title and field errors ("a.choice"). The key is
// left empty: the store gives it.
Dilemma checkedDilemma(const boost::json::value& v);
boost::json::value dilemmaJson(const Dilemma& d);  // the same shape, with the key

}  // namespace vk::domain
