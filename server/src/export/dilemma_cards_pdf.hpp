#pragma once
// The printable dilemma card set (like the interview deck: A4, cut marks; front: title and
// tension; back: values and questions). Drawn with cairo and pango in DejaVu Sans.
#include <string>
#include <vector>

#include "domain/dilemmas/dilemma.hpp"

namespace vk::exporter {

// The PDF as bytes.
std::string dilemmaCardsPdf(const std::vector<domain::Dilemma>& library, const std::string& title);

}  // namespace vk::exporter
