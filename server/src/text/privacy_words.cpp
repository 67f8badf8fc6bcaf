// Compiled-in word lists for the privacy guard: places, stop words, months, weekdays,
// tussenvoegsels, titles, relation words and street suffixes. All lower case.
#include <string_view>
#include <unordered_set>

#include "text/privacy_chars.hpp"
#include "text/privacy_lexicon.hpp"

namespace vk::text::privacy_detail {
namespace {

constexpr std::string_view kPlaces[] = {
    "amsterdam", "rotterdam", "haag", "gravenhage", "'s-gravenhage", "utrecht", "eindhoven",
    "groningen", "tilburg", "almere", "breda", "nijmegen", "apeldoorn", "haarlem", "arnhem",
    "enschede", "amersfoort", "zaanstad", "zaandam", "haarlemmermeer", "hoofddorp", "bosch",
    "'s-hertogenbosch", "zwolle", "zoetermeer", "leiden", "maastricht", "dordrecht", "ede",
    "alphen", "alkmaar", "leeuwarden", "emmen", "westland", "venlo", "delft", "deventer",
    "sittard", "geleen", "helmond", "oss", "hilversum", "heerlen", "hengelo", "purmerend",
    "roosendaal", "schiedam", "lelystad", "leidschendam", "voorburg", "almelo", "gouda",
    "vlaardingen", "assen", "zeist", "nieuwegein", "veenendaal", "capelle", "katwijk", "hoorn",
    "helder", "heerhugowaard", "bergen", "velsen", "ijmuiden", "beverwijk", "spijkenisse",
    "kampen", "harderwijk", "doetinchem", "barneveld", "wageningen", "woerden", "houten",
    "ijsselstein", "maarssen", "vianen", "culemborg", "tiel", "zutphen", "middelburg",
    "vlissingen", "goes", "terneuzen", "waalwijk", "oosterhout", "uden", "veghel", "weert",
    "roermond", "kerkrade", "meppel", "hoogeveen", "drachten", "heerenveen", "sneek", "diemen",
    "amstelveen", "uithoorn", "zandvoort", "lisse", "hillegom", "noordwijk", "rijswijk",
    "wassenaar", "pijnacker", "nootdorp", "ridderkerk", "barendrecht", "maassluis",
    "hellevoetsluis", "gorinchem", "papendrecht", "zwijndrecht", "edam", "volendam", "monnickendam",
    "overvecht", "kanaleneiland", "lombok", "zuilen", "vleuten", "meern", "bijlmer", "zuidoost",
    "osdorp", "slotervaart", "geuzenveld", "transvaal", "schilderswijk", "laak", "escamp",
    "moerwijk", "feijenoord", "charlois", "delfshaven", "ijsselmonde", "kralingen",
    "hillegersberg", "ommoord", "woensel", "strijp", "tongelre", "randstad",
    "nederland", "belgië", "belgie", "duitsland", "frankrijk", "marokko", "turkije", "suriname",
    "curaçao", "curacao", "aruba", "bonaire", "polen", "roemenië", "roemenie", "bulgarije",
    "syrië", "syrie", "eritrea", "somalië", "somalie", "afghanistan", "irak", "iran",
    "oekraïne", "oekraine", "rusland", "spanje", "italië", "italie", "portugal", "engeland",
    "ghana", "nigeria", "china", "india", "indonesië", "indonesie", "europa", "afrika", "azië",
    "amerika", "holland", "brabant", "limburg", "zeeland", "friesland", "drenthe", "overijssel",
    "gelderland", "flevoland", "twente", "veluwe", "rif", "ankara", "istanbul", "paramaribo",
    "casablanca", "rabat", "tanger", "nador", "damascus", "aleppo", "warschau", "brussel",
    "antwerpen", "parijs", "londen", "berlijn", "keulen",
};

constexpr std::string_view kStopwords[] = {
    // function words and pronouns (capitalised at a sentence start)
    "de", "het", "een", "en", "of", "maar", "want", "dus", "ook", "nog", "wel", "niet", "geen",
    "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u", "hun", "haar", "zijn",
    "mijn", "ons", "onze", "dit", "dat", "deze", "die", "er", "hier", "daar", "toen", "nu", "dan",
    "als", "wanneer", "waar", "wie", "wat", "hoe", "waarom", "in", "op", "aan", "bij", "met",
    "voor", "na", "naar", "om", "over", "onder", "tot", "uit", "door", "tegen", "zonder",
    "tijdens", "sinds", "per", "via", "volgens", "is", "was", "heeft", "had", "wordt", "werd",
    "kan", "kon", "moet", "zal", "gaat", "komt", "ja", "nee", "oké", "ok", "goed", "dank",
    "bedankt", "groet", "groeten", "hallo", "hoi", "beste", "geachte", "mvg", "gr", "verder",
    "vandaag", "gisteren", "morgen", "vanmorgen", "vanavond", "vanmiddag", "ook", "alle", "elke",
    "iedereen", "niemand", "samen", "zelf", "even", "al", "nog", "eerst", "daarna", "toen",
    "afspraak", "gesprek", "huisbezoek", "verslag", "notitie", "update", "actie", "doel",
    // weekdays, months, holidays
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari",
    "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "kerst", "kerstmis", "pasen", "pinksteren", "ramadan", "suikerfeest",
    "offerfeest", "sinterklaas", "koningsdag", "nieuwjaar", "carnaval",
    // nationalities, languages, religions
    "nederlands", "nederlandse", "nederlander", "marokkaans", "marokkaanse", "marokkaan", "turks",
    "turkse", "turk", "surinaams", "surinaamse", "antilliaans", "antilliaanse", "pools", "poolse",
    "syrisch", "syrische", "eritrees", "eritrese", "somalisch", "somalische", "afghaans",
    "afghaanse", "oekraïens", "oekraïense", "oekraiens", "oekraiense", "bulgaars", "bulgaarse",
    "roemeens", "roemeense", "engels", "engelse", "frans", "franse", "duits", "duitse",
    "arabisch", "arabische", "berbers", "koerdisch", "koerdische", "belgisch", "belgische",
    "spaans", "spaanse", "italiaans", "italiaanse", "portugees", "portugese", "chinees",
    "chinese", "indisch", "indische", "hindoestaans", "hindoestaanse", "creools", "creoolse",
    "islamitisch", "islamitische", "christelijk", "christelijke", "joods", "joodse", "europese",
    "afrikaanse", "kaapverdisch", "kaapverdische", "ghanees", "ghanese", "iraans", "iraanse",
    "iraaks", "iraakse", "tigrinya", "dari", "farsi", "papiaments", "sranantongo",
    // institutions, services, brands
    "gemeente", "wijkteam", "buurtteam", "jeugdzorg", "jeugdbescherming", "veilig", "thuis",
    "ggd", "ggz", "uwv", "svb", "duo", "cjib", "politie", "huisarts", "school", "ziekenhuis",
    "kinderziekenhuis", "centrum", "stichting", "kliniek", "college", "lyceum", "bibliotheek",
    "voedselbank", "belastingdienst", "toeslagen", "wmo", "wlz", "participatiewet", "bijstand",
    "schuldhulp", "schuldhulpverlening", "woningcorporatie", "kinderopvang", "basisschool",
    "bso", "leger", "heils", "humanitas", "vluchtelingenwerk", "coa", "ind", "raad",
    "kinderbescherming", "rechtbank", "zorgverzekeraar", "zilveren", "kruis", "menzis", "vgz",
    "heijn", "jumbo", "lidl", "aldi", "action", "hema", "kruidvat", "google", "whatsapp", "teams",
    "zoom", "facebook", "instagram", "tiktok", "linders", "team", "wijk", "buurt", "huis",
    "gasthuis", "academie", "universiteit", "hogeschool", "mbo", "hbo", "vmbo", "havo", "vwo",
    "instituut", "kerk", "moskee", "ministerie", "provincie", "rijksoverheid", "waterschap",
    "straat", "laan", "plein", "park", "markt", "kinderen", "kind", "moeder", "vader", "ouders",
};

constexpr std::string_view kTussenvoegsels[] = {
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "’t", "het", "op", "in", "el", "al",
    "la", "le", "du", "da", "di", "del", "della", "von", "vd", "v/d", "dos", "das", "bin", "ibn",
    "ben", "ait", "aït", "ou", "d'", "uit",
};

constexpr std::string_view kTitles[] = {
    "mevrouw", "meneer", "mevr", "mw", "mvr", "dhr", "mr", "mej", "mejuffrouw", "juffrouw",
    "juf", "familie", "fam", "mevrouwtje", "mijnheer", "mnr",
};

constexpr std::string_view kRelations[] = {
    "zoon", "zoontje", "dochter", "dochtertje", "broer", "broertje", "zus", "zusje", "zuster",
    "kind", "kindje", "baby", "moeder", "vader", "mama", "papa", "mams", "paps", "stiefvader",
    "stiefmoeder", "stiefzoon", "stiefdochter", "pleegzoon", "pleegdochter", "pleegkind",
    "pleegmoeder", "pleegvader", "kleinzoon", "kleindochter", "kleinkind", "oma", "opa", "tante",
    "oom", "neef", "nicht", "nichtje", "neefje", "partner", "echtgenoot", "echtgenote", "ex",
    "ex-partner", "ex-man", "ex-vrouw", "vriend", "vriendin", "vriendje", "vriendinnetje",
    "buurman", "buurvrouw", "buurjongen", "buurmeisje", "cliënt", "client", "cliënte", "bewoner",
    "bewoonster", "jongen", "meisje", "genaamd", "heet", "naam", "voornaam", "huurder",
    "mantelzorger", "schoonmoeder", "schoonvader", "schoonzus", "zwager", "tweeling",
};

constexpr std::string_view kStreetStop[] = {
    // never part of a street name, even capitalised
    "de", "het", "een", "in", "op", "aan", "naar", "bij", "uit", "via", "over", "tot", "met",
    "voor", "woont", "wonen", "adres", "verhuisd", "verhuist", "en", "of", "naast",
    "tegenover", "hoek", "nummer", "nr", "huisnummer", "postcode", "ik", "hij", "zij", "ze",
    "gezin", "moeder", "vader", "mevrouw", "meneer", "is", "was", "nu", "sinds", "toen", "ook",
    // common words with a street suffix that are no street
    "werkveld", "speelveld", "sportveld", "aandachtsveld", "spanningsveld", "onderweg", "uitweg",
    "snelweg", "rijksweg", "loopbaan", "wachtlijst", "vergadering", "rechtshof", "gerechtshof",
    "binnenring", "stadspark", "speelpark", "kinderhof", "akkoord", "antwoord", "woord", "noord",
    "gehoord", "aangehoord", "verhoord", "weerwoord", "voorwoord", "nawoord", "trefwoord",
    "wachtwoord", "bijlage", "arbeidsmarkt", "woningmarkt", "zorgpad", "behandelpad", "levenspad", "tussenweg", "middenweg",
};

constexpr std::string_view kStrongSuffixes[] = {
    "straat", "laan", "gracht", "plein", "singel", "kade", "dreef", "plantsoen", "steeg",
    "boulevard", "burgwal", "straatweg", "dwarsstraat", "allee", "wetering",
};
constexpr std::string_view kWeakSuffixes[] = {
    "weg", "hof", "dijk", "park", "pad", "baan", "markt", "ring", "dam", "wal", "haven",
    "veld", "erf", "burg", "hoven", "vaart", "poort", "brink", "kanaal", "zijde", "hout", "akker",
    "kamp", "weide", "oord", "horst", "pier", "dreef", "hoek", "berg", "beek", "bosch", "donk",
};

constexpr std::string_view kStreetTypes[] = {
    "laan", "straat", "weg", "plein", "kade", "singel", "dijk", "gracht", "hof", "park", "markt",
    "dreef", "ring", "boulevard", "plantage", "kanaal", "rijksstraatweg", "straatweg",
};

constexpr std::string_view kMonths[] = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
};
struct Abbrev { std::string_view w; int m; };
constexpr Abbrev kMonthAbbrev[] = {
    {"jan", 1}, {"feb", 2}, {"febr", 2}, {"mrt", 3}, {"maa", 3}, {"apr", 4}, {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"okt", 10}, {"oct", 10}, {"nov", 11},
    {"dec", 12}, {"march", 3}, {"may", 5}, {"june", 6}, {"july", 7}, {"october", 10},
    {"january", 1}, {"february", 2}, {"august", 8},
};
constexpr std::string_view kWeekdays[] = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
};

using Set = std::unordered_set<std::string_view>;
template <std::size_t N>
Set makeSet(const std::string_view (&a)[N]) { return Set(std::begin(a), std::end(a)); }

struct Sets {
  Set places = makeSet(kPlaces);
  Set stop = makeSet(kStopwords);
  Set tussen = makeSet(kTussenvoegsels);
  Set titles = makeSet(kTitles);
  Set relations = makeSet(kRelations);
  Set streetStop = makeSet(kStreetStop);
  Set streetTypes = makeSet(kStreetTypes);
  Set weekdays = makeSet(kWeekdays);
};

const Sets& sets() {
  static const Sets s;
  return s;
}

bool inSet(const Set& set, std::string_view w) {
  char buf[32];
  std::string_view f = foldAscii(w, buf);
  return !f.empty() && set.count(f) > 0;
}

}  // namespace

bool isPlaceName(std::string_view w) { return inSet(sets().places, w); }
bool isNameStopword(std::string_view w) {
  return inSet(sets().stop, w) || inSet(sets().places, w) || monthNumber(w) != 0;
}
bool isWeekday(std::string_view w) { return inSet(sets().weekdays, w); }
bool isTussenvoegsel(std::string_view w) { return inSet(sets().tussen, w); }
bool isPersonTitle(std::string_view w) { return inSet(sets().titles, w); }
bool isRelationWord(std::string_view w) { return inSet(sets().relations, w); }
bool isStreetStopword(std::string_view w) { return inSet(sets().streetStop, w) || isPlaceName(w); }
bool isStreetTypeWord(std::string_view w) { return inSet(sets().streetTypes, w); }

int monthNumber(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return 0;
  for (int m = 0; m < 12; ++m)
    if (iequals(w, kMonths[m])) return m + 1;
  for (const auto& a : kMonthAbbrev)
    if (iequals(w, a.w)) return a.m;
  return 0;
}

int streetSuffixStrength(std::string_view w) {
  for (auto suf : kStrongSuffixes)
    if (iendsWith(w, suf)) return 1;
  for (auto suf : kWeakSuffixes) {
    if (!iendsWith(w, suf)) continue;
    if (suf == "ring" && w.size() > 4) {
      // "Vergadering", "Verhuring" are nouns; "Stadsring", "Middenring" are streets.
      unsigned char before = toLowerAscii(static_cast<unsigned char>(w[w.size() - 5]));
      if (before == 'e' || before == 'a' || before == 'o' || before == 'u' || before == 'i') return 0;
    }
    return 2;
  }
  return 0;
}

}  // namespace vk::text::privacy_detail
