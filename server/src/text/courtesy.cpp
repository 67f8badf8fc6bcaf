#include "text/courtesy.hpp"

#include <algorithm>
#include <array>

namespace vk::text {

using namespace std::string_view_literals;

namespace {

// Sorted (a unit test checks it).
constexpr std::array kCourtesy = {
    "advies"sv,      "adviezen"sv,   "alvast"sv,      "bedankt"sv,      "beste"sv,       "bvd"sv,
    "collega"sv,     "collegas"sv,   "dag"sv,         "dank"sv,         "dankjewel"sv,   "dankuwel"sv,
    "goedemiddag"sv, "goedemorgen"sv, "goedenavond"sv, "goedendag"sv,    "goedenmiddag"sv, "goedenmorgen"sv,
    "gr"sv,          "graag"sv,       "groet"sv,       "groeten"sv,      "groetjes"sv,    "hallo"sv,
    "hee"sv,         "help"sv,       "hey"sv,         "hoi"sv,          "hulp"sv,        "hulpvraag"sv,
    "hulpvragen"sv,  "idee"sv,       "ideeen"sv,      "iemand"sv,       "info"sv,        "informatie"sv,
    "mvg"sv,         "tip"sv,        "tips"sv,        "vraag"sv,        "vraagje"sv,     "vraagjes"sv,
    "vragen"sv,      "vriendelijke"sv, "weet"sv,      "wie"sv,
};

}  // namespace

bool isCourtesy(std::string_view w) { return std::binary_search(kCourtesy.begin(), kCourtesy.end(), w); }

std::span<const std::string_view> courtesyWords() { return kCourtesy; }

}  // namespace vk::text
