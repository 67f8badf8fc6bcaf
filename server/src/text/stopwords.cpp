#include "text/stopwords.hpp"

#include <algorithm>
#include <iterator>

namespace vk::text {
namespace {

using namespace std::string_view_literals;

// Sorted (std::is_sorted is checked in the unit test; binary search depends on it).
// C arrays, not std::array with deduction: clang refuses a deduction over more than 256 elements
constexpr std::string_view kStopwords[] = {
    "aan"sv, "aangezien"sv, "al"sv, "aldus"sv, "alle"sv, "allemaal"sv, "alles"sv, "als"sv, "alsnog"sv,
    "alsof"sv, "altijd"sv, "ander"sv, "andere"sv, "anderen"sv, "anders"sv, "beide"sv, "beiden"sv,
    "ben"sv, "bent"sv, "bij"sv, "bijna"sv, "binnen"sv, "boven"sv, "bovendien"sv, "daar"sv, "daaraan"sv,
    "daarbij"sv, "daardoor"sv, "daarin"sv, "daarmee"sv, "daarna"sv, "daarom"sv, "daarop"sv,
    "daarover"sv, "daaruit"sv, "daarvan"sv, "daarvoor"sv, "dan"sv, "dat"sv, "de"sv, "deze"sv,
    "dezelfde"sv, "die"sv, "dien"sv, "diens"sv, "dit"sv, "doch"sv, "doen"sv, "doet"sv, "door"sv,
    "dr"sv, "dus"sv, "een"sv, "eens"sv, "eigen"sv, "elk"sv, "elkaar"sv, "elke"sv, "en"sv, "enig"sv,
    "enige"sv, "enkel"sv, "enkele"sv, "er"sv, "eraan"sv, "erg"sv, "erin"sv, "ermee"sv, "erop"sv,
    "erover"sv, "eruit"sv, "ervan"sv, "ervoor"sv, "even"sv, "gaan"sv, "gaat"sv, "geen"sv, "geweest"sv,
    "haar"sv, "had"sv, "hadden"sv, "hare"sv, "heb"sv, "hebben"sv, "hebt"sv, "heeft"sv, "hem"sv,
    "hen"sv, "het"sv, "hetzelfde"sv, "hier"sv, "hierbij"sv, "hierin"sv, "hiermee"sv, "hierop"sv,
    "hierover"sv, "hiervan"sv, "hiervoor"sv, "hij"sv, "hoe"sv, "hun"sv, "hunne"sv, "ieder"sv,
    "iedere"sv, "iemand"sv, "iets"sv, "ik"sv, "in"sv, "is"sv, "ja"sv, "je"sv, "jezelf"sv, "jij"sv,
    "jou"sv, "jouw"sv, "jullie"sv, "kan"sv, "kon"sv, "konden"sv, "kunnen"sv, "kunt"sv, "later"sv,
    "maar"sv, "me"sv, "meer"sv, "men"sv, "met"sv, "mezelf"sv, "mij"sv, "mijn"sv, "mijzelf"sv, "mn"sv,
    "moet"sv, "moeten"sv, "na"sv, "naar"sv, "namelijk"sv, "nee"sv, "niet"sv, "niets"sv, "noch"sv,
    "nog"sv, "nooit"sv, "nu"sv, "of"sv, "oftewel"sv, "ofwel"sv, "om"sv, "omdat"sv, "omtrent"sv,
    "ondanks"sv, "onder"sv, "ons"sv, "onze"sv, "ook"sv, "op"sv, "opdat"sv, "over"sv, "overigens"sv,
    "per"sv, "qua"sv, "reeds"sv, "rond"sv, "rondom"sv, "sinds"sv, "sommige"sv, "te"sv, "tegen"sv,
    "tijdens"sv, "toch"sv, "toen"sv, "tot"sv, "totdat"sv, "tussen"sv, "u"sv, "uit"sv, "uw"sv, "van"sv,
    "vanaf"sv, "vanwege"sv, "veel"sv, "via"sv, "volgens"sv, "voor"sv, "voordat"sv, "waar"sv,
    "waarbij"sv, "waardoor"sv, "waarin"sv, "waarmee"sv, "waarom"sv, "waarop"sv, "waarover"sv,
    "waarvan"sv, "waarvoor"sv, "wanneer"sv, "want"sv, "waren"sv, "was"sv, "wat"sv, "we"sv, "wel"sv,
    "welk"sv, "welke"sv, "werd"sv, "werden"sv, "wie"sv, "wiens"sv, "wier"sv, "wij"sv, "wil"sv,
    "wilde"sv, "wilt"sv, "word"sv, "worden"sv, "wordt"sv, "zal"sv, "ze"sv, "zeer"sv, "zei"sv, "zelf"sv,
    "zelfs"sv, "zich"sv, "zichzelf"sv, "zij"sv, "zijn"sv, "zn"sv, "zo"sv, "zoals"sv, "zodat"sv,
    "zonder"sv, "zou"sv, "zouden"sv, "zowel"sv, "zul"sv, "zulk"sv, "zulke"sv, "zullen"sv,
};

// Words that are not function words but say nothing about a topic in a word cloud: numerals and
// counting words (twee, keer, paar), modal and light verbs in their common forms (hoeft, mag,
// neem, blijf, doe, gaat), particles of separable verbs (mee, af, terug), time and degree adverbs
// (pas, soms, echt, gewoon), spoken fillers (nou, hoor, eh), empty nouns (ding, manier, moment),
// units of time (jaar, week, dag), adjectives that fit any theme (belangrijk, mooi, groot), and
// prepositions and linking words the matcher keeps for its phrases (naast, terwijl, vanuit).
// Word clouds also leave out every inflection of these (domain::cloudKey compares their keys).
// Folded forms (no diacritics, no apostrophes: "zo'n" is "zon"). Sorted, like kStopwords.
constexpr std::string_view kFillers[] = {
    "acht"sv, "achter"sv, "af"sv, "allerlei"sv, "alweer"sv, "beetje"sv, "behalve"sv,
    "behoorlijk"sv, "belangrijk"sv, "belangrijke"sv, "bepaalde"sv, "best"sv, "beste"sv, "beter"sv,
    "bleef"sv, "bleven"sv, "blijf"sv, "blijft"sv, "blijven"sv, "buiten"sv, "daarnaast"sv, "dacht"sv,
    "dachten"sv, "dag"sv, "dagen"sv, "deden"sv, "deed"sv, "denk"sv, "denken"sv, "denkt"sv,
    "derde"sv, "dertien"sv, "dertig"sv, "ding"sv, "dingen"sv, "direct"sv, "doe"sv, "drie"sv,
    "drieen"sv, "duidelijk"sv, "duidelijke"sv, "duizend"sv, "echt"sv, "echte"sv, "echter"sv,
    "eentje"sv, "eerder"sv, "eerst"sv, "eerste"sv, "eh"sv, "ehm"sv, "eigenlijk"sv, "elf"sv,
    "enorm"sv, "erachter"sv, "erbij"sv, "ergens"sv, "erna"sv, "ervandoor"sv, "eventjes"sv, "fijn"sv,
    "fijne"sv, "ga"sv, "gaf"sv, "gaven"sv, "gebeurd"sv, "gebeurde"sv, "gebeuren"sv, "gebeurt"sv,
    "gebleven"sv, "gedaan"sv, "gedacht"sv, "gedoe"sv, "geef"sv, "geeft"sv, "gegaan"sv, "gegeven"sv,
    "gehad"sv, "gekomen"sv, "gekregen"sv, "gelaten"sv, "gelijk"sv, "gemaakt"sv, "gemakkelijk"sv,
    "genoeg"sv, "genomen"sv, "geprobeerd"sv, "geven"sv, "gevonden"sv, "geweten"sv, "gewoon"sv,
    "gezegd"sv, "gezien"sv, "ging"sv, "gingen"sv, "gisteren"sv, "goed"sv, "goede"sv, "goh"sv,
    "groot"sv, "grote"sv, "half"sv, "halve"sv, "he"sv, "heel"sv, "heen"sv, "hele"sv, "heleboel"sv,
    "helemaal"sv, "hield"sv, "hielden"sv, "hm"sv, "hmm"sv, "hoef"sv, "hoefde"sv, "hoefden"sv,
    "hoeft"sv, "hoeveel"sv, "hoeven"sv, "hoewel"sv, "honderd"sv, "hoor"sv, "hou"sv, "houd"sv,
    "houden"sv, "houdt"sv, "iedereen"sv, "inderdaad"sv, "ineens"sv, "inmiddels"sv, "intussen"sv,
    "jaar"sv, "jaren"sv, "joh"sv, "juist"sv, "keek"sv, "keer"sv, "keken"sv, "keren"sv, "kijk"sv,
    "kijken"sv, "kijkt"sv, "klein"sv, "kleine"sv, "kom"sv, "komen"sv, "komt"sv, "kort"sv, "korte"sv,
    "kreeg"sv, "kregen"sv, "krijg"sv, "krijgen"sv, "krijgt"sv, "kwam"sv, "kwamen"sv, "laat"sv,
    "laatst"sv, "laatste"sv, "lag"sv, "lagen"sv, "lang"sv, "lange"sv, "langs"sv, "laten"sv,
    "leek"sv, "leken"sv, "leuk"sv, "leuke"sv, "liet"sv, "lieten"sv, "lig"sv, "liggen"sv, "ligt"sv,
    "lijken"sv, "lijkt"sv, "maak"sv, "maakt"sv, "maakte"sv, "maakten"sv, "maal"sv, "maand"sv,
    "maanden"sv, "mag"sv, "maken"sv, "makkelijk"sv, "makkelijke"sv, "manier"sv, "mee"sv, "meest"sv,
    "meestal"sv, "meeste"sv, "meteen"sv, "miljoen"sv, "minder"sv, "minuten"sv, "minuut"sv, "mis"sv,
    "misschien"sv, "mocht"sv, "mochten"sv, "moest"sv, "moesten"sv, "mogen"sv, "moment"sv,
    "momenten"sv, "mooi"sv, "mooie"sv, "morgen"sv, "naast"sv, "nam"sv, "natuurlijk"sv, "neem"sv,
    "neemt"sv, "negen"sv, "nemen"sv, "net"sv, "niemand"sv, "nieuw"sv, "nieuwe"sv, "niks"sv,
    "nodig"sv, "nogal"sv, "nou"sv, "ok"sv, "okay"sv, "oke"sv, "okee"sv, "ondertussen"sv,
    "ongeveer"sv, "ontzettend"sv, "ooit"sv, "opeens"sv, "opnieuw"sv, "oud"sv, "oude"sv, "paar"sv,
    "pas"sv, "precies"sv, "prima"sv, "probeer"sv, "probeerde"sv, "probeerden"sv, "probeert"sv,
    "proberen"sv, "redelijk"sv, "slecht"sv, "slechte"sv, "snel"sv, "snelle"sv, "sneller"sv, "sommigen"sv,
    "soms"sv, "soort"sv, "sowieso"sv, "sta"sv, "staan"sv, "staat"sv, "steeds"sv, "stond"sv,
    "stonden"sv, "straks"sv, "stuk"sv, "stukje"sv, "stuks"sv, "super"sv, "tegenover"sv, "telkens"sv,
    "terug"sv, "terwijl"sv, "tien"sv, "tja"sv, "toe"sv, "trouwens"sv, "twaalf"sv, "twee"sv,
    "tweede"sv, "tweeen"sv, "twintig"sv, "uh"sv, "uhm"sv, "uiteindelijk"sv, "uren"sv, "uur"sv,
    "vaak"sv, "vaker"sv, "vandaag"sv, "vanuit"sv, "veertien"sv, "veertig"sv, "verder"sv,
    "verschillende"sv, "vervolgens"sv, "vier"sv, "vierde"sv, "vijf"sv, "vijfde"sv, "vijftien"sv,
    "vijftig"sv, "vind"sv, "vinden"sv, "vindt"sv, "volgende"sv, "vond"sv, "vonden"sv, "vooral"sv,
    "vorige"sv, "vroeger"sv, "waarschijnlijk"sv, "week"sv, "weer"sv, "weet"sv, "weg"sv, "weinig"sv,
    "weken"sv, "weten"sv, "wilden"sv, "willen"sv, "wist"sv, "wisten"sv, "wou"sv, "zag"sv, "zagen"sv,
    "zat"sv, "zaten"sv, "zeg"sv, "zeggen"sv, "zegt"sv, "zeiden"sv, "zeker"sv, "zes"sv, "zestig"sv,
    "zeven"sv, "zie"sv, "zien"sv, "ziet"sv, "zit"sv, "zitten"sv, "zoiets"sv, "zon"sv, "zoveel"sv,
    "zowat"sv, "zulks"sv, "zwaar"sv, "zware"sv,
};


}  // namespace

bool isStopword(std::string_view w) {
  return std::binary_search(std::begin(kStopwords), std::end(kStopwords), w);
}

std::span<const std::string_view> stopwords() { return kStopwords; }

bool isFiller(std::string_view w) { return std::binary_search(std::begin(kFillers), std::end(kFillers), w); }

std::span<const std::string_view> fillers() { return kFillers; }

}  // namespace vk::text
