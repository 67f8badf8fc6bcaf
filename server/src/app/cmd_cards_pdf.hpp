#pragma once
// `vakkompas cards-pdf --deck ID --out FILE [--database URL]`: prints a card deck as a PDF
// (A4, cut marks, front and back). `--deck starter` prints the embedded starter deck
// without a store.
#include <string>

namespace vk::app {
int runCardsPdf(const std::string& database, const std::string& deck, const std::string& out);
}
