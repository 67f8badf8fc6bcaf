#pragma once
// The printable card deck: A4 sheets with 2 × 4 cards and cut marks, every sheet
// followed by its back side (mirrored horizontally for duplex printing along the
// long edge). Drawn with cairo and pango in DejaVu Sans, so Dutch diacritics print right.
#include <string>

#include "domain/interviews/craft.hpp"

namespace vk::exporter {

// The PDF as bytes.
std::string cardsPdf(const domain::Deck& deck);

}  // namespace vk::exporter
