#include "app/cmd_dilemmas_pdf.hpp"

#include <fstream>
#include <iostream>

#include "domain/dilemmas/dilemma.hpp"
#include "export/dilemma_cards_pdf.hpp"

namespace vk::app {

int runDilemmasPdf(const std::string& out) {
  const auto& library = domain::starterDilemmas();
  std::string pdf = exporter::dilemmaCardsPdf(library, "Dilemma's van het wijkteam");
  std::ofstream f(out, std::ios::binary);
  f.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
  if (!f) {
    std::cerr << "Kan " << out << " niet schrijven." << std::endl;
    return 1;
  }
  std::cout << out << ": " << library.size() << " dilemma's, " << pdf.size() << " bytes" << std::endl;
  return 0;
}

}  // namespace vk::app
