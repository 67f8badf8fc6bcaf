#include "text/stopwords.hpp"

#include <algorithm>
#include <array>

namespace vk::text {
namespace {

using namespace std::string_view_literals;

// Sorted (std::is_sorted is checked in the unit test; binary search depends on it).
constexpr std::array kStopwords = {
    "aan"sv, "aangezien"sv, "al"sv, "alle"sv, "allemaal"sv, "alles"sv, "als"sv, "alsof"sv,
    "altijd"sv, "ander"sv, "andere"sv, "anders"sv, "ben"sv, "bent"sv, "bij"sv, "bijna"sv,
    "binnen"sv, "boven"sv, "bovendien"sv, "daar"sv, "daarbij"sv, "daardoor"sv, "daarna"sv, "daarom"sv,
    "daarvan"sv, "dan"sv, "dat"sv, "de"sv, "deze"sv, "die"sv, "dit"sv, "doch"sv,
    "doen"sv, "doet"sv, "door"sv, "dus"sv, "een"sv, "eens"sv, "eigen"sv, "elkaar"sv,
    "en"sv, "enkele"sv, "er"sv, "erg"sv, "even"sv, "gaan"sv, "gaat"sv, "geen"sv,
    "geweest"sv, "haar"sv, "had"sv, "hadden"sv, "heb"sv, "hebben"sv, "hebt"sv, "heeft"sv,
    "hem"sv, "hen"sv, "het"sv, "hier"sv, "hij"sv, "hoe"sv, "hun"sv, "ieder"sv,
    "iedere"sv, "iemand"sv, "iets"sv, "ik"sv, "in"sv, "is"sv, "ja"sv, "je"sv,
    "jij"sv, "jou"sv, "jouw"sv, "jullie"sv, "kan"sv, "kon"sv, "konden"sv, "kunnen"sv,
    "kunt"sv, "later"sv, "maar"sv, "me"sv, "meer"sv, "men"sv, "met"sv, "mij"sv,
    "mijn"sv, "moet"sv, "moeten"sv, "na"sv, "naar"sv, "nee"sv, "niet"sv, "niets"sv,
    "nog"sv, "nooit"sv, "nu"sv, "of"sv, "om"sv, "omdat"sv, "onder"sv, "ons"sv,
    "onze"sv, "ook"sv, "op"sv, "over"sv, "reeds"sv, "sinds"sv, "sommige"sv, "te"sv,
    "tegen"sv, "toch"sv, "toen"sv, "tot"sv, "tussen"sv, "u"sv, "uit"sv, "uw"sv,
    "van"sv, "veel"sv, "voor"sv, "waar"sv, "waarom"sv, "wanneer"sv, "want"sv, "waren"sv,
    "was"sv, "wat"sv, "we"sv, "wel"sv, "welk"sv, "welke"sv, "werd"sv, "werden"sv,
    "wie"sv, "wij"sv, "wil"sv, "wilde"sv, "wilt"sv, "word"sv, "worden"sv, "wordt"sv,
    "zal"sv, "ze"sv, "zeer"sv, "zei"sv, "zelf"sv, "zich"sv, "zij"sv, "zijn"sv,
    "zo"sv, "zodat"sv, "zonder"sv, "zou"sv, "zouden"sv, "zowel"sv, "zul"sv, "zullen"sv,
};

}  // namespace

bool isStopword(std::string_view w) {
  return std::binary_search(kStopwords.begin(), kStopwords.end(), w);
}

std::span<const std::string_view> stopwords() { return kStopwords; }

}  // namespace vk::text
