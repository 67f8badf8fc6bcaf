#pragma once
// The printable dilemma cards (issue 11): A4 sheets with 2 × 4 cards and cut marks, like
// the interview deck. Front: the topic, the title and the tension ("A of B?"). Back,
// mirrored for duplex printing: the values on each side, what each side costs when there
// is room for it, and the questions to ask.
#include <string>
#include <vector>

#include "domain/dilemmas/dilemma.hpp"

namespace vk::exporter {

// The PDF as bytes; `title` is the document's title (its metadata).
std::string dilemmaCardsPdf(const std::vector<domain::Dilemma>& library, const std::string& title);

}  // namespace vk::exporter
