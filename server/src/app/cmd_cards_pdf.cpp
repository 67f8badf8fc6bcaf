#include "app/cmd_cards_pdf.hpp"

#include <fstream>
#include <iostream>

#include "domain/interviews/craft.hpp"
#include "domain/resources.hpp"
#include "export/cards_pdf.hpp"
#include "store/interviews/store.hpp"
#include "store/migrations.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

int runCardsPdf(const std::string& database, const std::string& deckArg, const std::string& out) {
  domain::Deck deck;
  if (deckArg == "starter") {
    deck = domain::parseDeck(*resources::get("content/nl/interview-cards.json"));
  } else {
    int64_t id = 0;
    try {
      id = std::stoll(deckArg);
    } catch (const std::exception&) {
      std::cerr << "Geef --deck als nummer, of 'starter'." << std::endl;
      return 2;
    }
    auto st = store::openStore(database);
    deck = store::InterviewStore(st->db()).deckById(id);
  }
  std::string pdf = exporter::cardsPdf(deck);
  std::ofstream f(out, std::ios::binary);
  f.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
  if (!f) {
    std::cerr << "Kan " << out << " niet schrijven." << std::endl;
    return 1;
  }
  std::cout << out << ": " << deck.cards.size() << " kaarten, " << pdf.size() << " bytes" << std::endl;
  return 0;
}

}  // namespace vk::app
