#include "text/situation.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "text/clause.hpp"

namespace vk::text {
namespace {

using Words = std::initializer_list<std::string_view>;  // for isOneOf

bool isOneOf(std::string_view w, Words set) { return std::find(set.begin(), set.end(), w) != set.end(); }

// Family and others one cares for as a mantelzorger (not children: caring for one's children
// is parenting).
constexpr std::string_view kCaredFor[] = {"vader", "moeder", "man", "vrouw", "partner", "ouders", "echtgenoot", "echtgenote",
                             "schoonmoeder", "schoonvader", "broer", "zus", "opa", "oma", "buurman", "buurvrouw",
                             "vriendin", "schoonouders", "vriend", "pa", "mam", "pap", "tante", "oom",
                             "schoonzus", "zwager", "grootmoeder", "grootvader", "naaste", "naasten",
                             "moedertje", "vadertje"};
constexpr std::string_view kChildren[] = {"kinderen", "kind", "kindje", "kleinkinderen", "kleinkind", "baby", "kleintjes",
                                          "broertje", "broertjes", "zusje", "zusjes"};

// "voor haar vader", "voor zijn zieke moeder", "voor de kinderen" somewhere in the clause of
// tokens[i], before or after the verb: "zorgt voor haar vader", "die voor haar vader zorgt",
// "moet voor zijn zieke moeder zorgen" (Dutch puts the verb last in those).
template <std::size_t N>
bool clauseHasForWhom(const std::vector<Token>& t, std::size_t i, const std::string_view (&who)[N]) {
  const auto [first, last] = clauseOf(t, i);
  for (std::size_t k = first; k < last; ++k) {
    if (t[k].text != "voor") continue;
    for (std::size_t m = k + 1; m < last && m <= k + 3; ++m)
      if (std::find(std::begin(who), std::end(who), t[m].text) != std::end(who)) return true;
  }
  return false;
}

constexpr std::string_view kDenial[] = {"niet", "nooit", "nauwelijks", "zelden", "amper", "bijna"};

// "haar man", "zijn moeder", "hun zoontje": a person of one's own in the clause of tokens[i].
bool clauseNamesOnesOwn(const std::vector<Token>& t, std::size_t i) {
  static constexpr std::string_view kOwn[] = {"haar", "zijn", "hun", "mijn", "m'n", "z'n", "onze", "ons"};
  static constexpr std::string_view kPerson[] = {"kind", "kinderen", "zoon", "zoontje", "dochter", "dochtertje", "baby",
                                                 "kindje", "vriend", "vriendin", "hond", "kat", "poes"};
  const auto [first, last] = clauseOf(t, i);
  for (std::size_t k = first; k + 1 < last; ++k) {
    if (std::find(std::begin(kOwn), std::end(kOwn), t[k].text) == std::end(kOwn)) continue;
    const std::string_view w = t[k + 1].text;
    if (std::find(std::begin(kCaredFor), std::end(kCaredFor), w) != std::end(kCaredFor) ||
        std::find(std::begin(kPerson), std::end(kPerson), w) != std::end(kPerson))
      return true;
  }
  return false;
}

// "kan de trap niet meer op", "lift is al weken kapot", "flat zonder lift": the home no longer fits.
bool homeNoLongerFits(const std::vector<Token>& t, std::size_t i) {
  const std::string_view w = t[i].text;
  if ((w == "trap" || w == "trappen") && clauseHas(t, i, kDenial) && clauseHas(t, i, {"op", "af", "lopen", "oplopen"}))
    return true;
  return w == "lift" && clauseHas(t, i, {"kapot", "stuk", "defect", "zonder", "geen", "buiten"});
}

// Care for someone else ("maakt zich zorgen over zijn moeder" is worry).
bool isCare(const std::vector<Token>& t, std::size_t i) {
  return isOneOf(t[i].text, {"zorgt", "zorgen", "zorg", "zorgde", "zorgden", "verzorgt", "verzorgen", "verzorgde",
                             "mantelzorgt", "mantelzorgde", "mantelzorgen"}) &&
         !clauseHas(t, i, {"zich", "me", "ons", "je"});
}

}  // namespace

Implied impliedBy(const std::vector<Token>& t, std::size_t i) {
  const std::string_view w = t[i].text;
  const bool care = isCare(t, i);

  // "zorgt dag en nacht voor haar man", "de zorg voor hun vader": mantelzorg.
  if (care && clauseHasForWhom(t, i, kCaredFor)) return {"mantelzorg", false};

  // "Oma zorgt voor haar kleinkinderen", "wie zorgt er voor de kinderen?": the care of children
  // is upbringing.
  if (care && clauseHasForWhom(t, i, kChildren)) return {"opvoeding", false};

  // "laat het gas aan", "de pan stond op het vuur": a danger at home (fire), not the energy bill.
  if (isOneOf(w, {"gas", "fornuis", "kookplaat", "pan", "pannen", "kaarsen", "kaars", "strijkijzer"}) &&
      clauseHas(t, i, {"aan", "open", "aanlaten", "aangelaten", "vuur", "brandt", "brandde", "laat", "liet", "staan",
                       "stond"}) &&
      !clauseHas(t, i, {"rekening", "betalen", "afgesloten", "afsluiten", "licht", "achterstand", "energie", "prijs"}))
    return {"brandgevaar", true};

  // "durft de deur niet uit", "durft niet meer naar buiten", "durft de straat niet op": fear.
  if (isOneOf(w, {"durft", "durf", "durfde", "durven"}) &&
      clauseHas(t, i, {"buiten", "deur", "straat", "huis", "buurt", "winkel", "supermarkt"}) &&
      clauseHas(t, i, kDenial))
    return {"angst", false};

  // "komt de deur niet meer uit", "gaat nauwelijks naar buiten", "zit al maanden binnen": isolation.
  static constexpr std::string_view kGoing[] = {"komt", "kwam", "gaat", "ging", "kan", "kon", "durft", "wil", "zit", "zat", "gaan", "komen",
                            "gedaan", "geweest"};
  if ((w == "buiten" || (w == "deur" && clauseHas(t, i, {"uit"}, ClausePart::After))) && clauseHas(t, i, kDenial) &&
      clauseHas(t, i, kGoing))
    return {"isolement", false};
  if (w == "binnen" && clauseHas(t, i, {"zit", "zat", "blijft", "bleef"}) &&
      clauseHas(t, i, {"maanden", "weken", "hele", "altijd"}) && !clauseHas(t, i, kDenial))
    return {"isolement", false};

  // "is in de badkamer uitgegleden", "valt steeds vaker", "twee keer van de trap gevallen":
  // whether one can still live at home safely. Not the separable verbs "valt op", "valt af",
  // "valt mee/tegen", "valt onder", "valt uit", "valt haar lastig", "valt hem aan", "valt weer
  // terug" (a relapse), nor "in slaap vallen".
  if (isOneOf(w, {"gevallen", "valt", "viel", "vallen", "uitgegleden", "gestruikeld", "struikelt", "valpartij",
                  "valpartijen"}) &&
      clauseHas(t, i, {"thuis", "huis", "badkamer", "douche", "trap", "keuken", "slaapkamer", "woonkamer", "toilet",
                       "bed", "steeds", "vaker", "regelmatig", "weer", "keer", "vaak", "grond"}) &&
      !clauseHas(t, i, {"op", "af", "mee", "tegen", "onder", "slaap", "uit", "stil", "flauw", "lastig", "aan", "weg",
                        "terug", "samen", "binnen"},
                 ClausePart::After))
    return {"personenalarmering", false};

  if (homeNoLongerFits(t, i)) return {"woningaanpassing", false};

  // "is gestopt met zijn medicatie" after a psychosis, "medicijnen voor haar adhd", "moeder met
  // een psychose wordt opgenomen", "met een eetstoornis opgenomen geweest": psychiatric
  // treatment, not a physical illness or a hospital.
  if (isOneOf(w, {"medicatie", "medicijnen", "medicijn", "pillen", "opgenomen", "opname", "opnemen", "heropname"}) &&
      clauseHas(t, i, {"adhd", "add", "psychose", "psychotisch", "schizofrenie", "schizofreen", "depressie",
                       "depressief", "bipolair", "manisch", "borderline", "psychiater", "ggz", "autisme",
                       "angststoornis", "antipsychotica", "antidepressiva", "eetstoornis", "anorexia",
                       "boulimia", "psychiatrie", "psychiatrisch", "psychiatrische", "suicidaal",
                       "zelfmoordpoging", "suicidepoging", "verslaving", "verslaafd", "afkicken", "ontwenning"}))
    return {"ggz", true};

  // "mist haar man", "heeft zijn vrouw verloren": grief; "mist veel werk", "is haar baan
  // verloren", "Vrouw mist de bus" are not (a person of one's own must be named).
  if (isOneOf(w, {"mist", "mis", "missen", "miste", "misten", "verloren", "verloor", "verliest"}) &&
      clauseNamesOnesOwn(t, i))
    return {"gemis", false};

  // "kan zijn vuilnis niet meer buiten zetten", "de vuilniszak wegbrengen lukt niet": one's own
  // rubbish is the household; "de buren dumpen hun afval op straat" stays a nuisance.
  if (isOneOf(w, {"vuilnis", "afval", "vuilniszak", "vuilniszakken", "kliko", "container", "containers"}) &&
      clauseHas(t, i, {"zetten", "buitenzetten", "zet", "wegbrengen", "brengen", "weggooien", "sjouwen", "tillen"}) &&
      !clauseHas(t, i, {"buren", "straat", "portiek", "galerij", "stoep", "dumpt", "dumpen", "gedumpt",
                        "stinkt", "overlast"}))
    return {"huishouden", true};

  // "rekeningen van het ziekenhuis", "de tandarts kan ze niet betalen": the bill of care is
  // money (zorgkosten), the care itself is not the question.
  if (isOneOf(w, {"ziekenhuis", "tandarts", "huisarts", "fysio", "fysiotherapeut", "apotheek", "orthodontist"}) &&
      clauseHas(t, i, {"rekening", "rekeningen", "nota", "nota's", "notas", "factuur", "facturen", "betalen", "kosten",
                       "duur", "betaald", "schuld", "schulden", "incasso", "aanmaning"}))
    return {"zorgkosten", true};

  return {};
}

namespace {

// "haar twee jonge kinderen", "zijn zoon": a child of one's own after tokens[i] in its clause.
bool clauseNamesOwnChildAfter(const std::vector<Token>& t, std::size_t i) {
  static constexpr std::string_view kOwn[] = {"haar", "zijn", "hun", "mijn", "m'n", "z'n", "onze"};
  static constexpr std::string_view kChild[] = {"kind", "kinderen", "zoon", "zoontje", "dochter", "dochtertje",
                                                "baby", "kindje", "kids"};
  const std::size_t last = clauseOf(t, i).second;
  for (std::size_t k = i + 1; k < last; ++k) {
    if (std::find(std::begin(kOwn), std::end(kOwn), t[k].text) == std::end(kOwn)) continue;
    for (std::size_t m = k + 1; m < last && m <= k + 3; ++m)
      if (std::find(std::begin(kChild), std::end(kChild), t[m].text) != std::end(kChild)) return true;
  }
  return false;
}

// The value of a token of one to three digits ("13"), else -1.
int digitsValue(std::string_view w) {
  if (w.empty() || w.size() > 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  int v = 0;
  for (char c : w) v = v * 10 + (c - '0');
  return v;
}

// "haar zoon van 13", "zijn dochter (12)", "zoontje": a young child of one's own in the clause of tokens[i].
bool ownYoungChildInClause(const std::vector<Token>& t, std::size_t i) {
  const auto [first, last] = clauseOf(t, i);
  for (std::size_t k = first; k < last; ++k) {
    const std::string_view c = t[k].text;
    if (c == "zoontje" || c == "dochtertje") return true;
    if (c != "zoon" && c != "dochter") continue;
    for (std::size_t m = k + 1; m < last && m <= k + 2; ++m)
      if (const int age = digitsValue(t[m].text); age >= 0) return age < 18;
  }
  return false;
}

// A number of at least n in the clause of tokens[i], in digits or words ("met tien mannen", "met 6 personen").
bool clauseHasCountAtLeast(const std::vector<Token>& t, std::size_t i, int n) {
  static constexpr std::string_view kWords[] = {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
                                                "negen", "tien", "elf", "twaalf", "twintig"};
  static constexpr int kValues[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20};
  const auto [first, last] = clauseOf(t, i);
  for (std::size_t k = first; k < last; ++k) {
    const std::string_view w = t[k].text;
    int v = digitsValue(w);
    for (std::size_t m = 0; m < std::size(kWords); ++m)
      if (w == kWords[m]) v = kValues[m];
    if (v >= n) return true;
  }
  return false;
}

// Drink or drugs anywhere in the question ("heeft een alcoholprobleem", "drinkt veel", "blowt").
bool questionNamesIntoxication(const std::vector<Token>& t) {
  for (const Token& x : t) {
    const std::string_view w = x.text;
    if (w.starts_with("alcohol") || w.starts_with("drank") || w == "drinkt" || w == "dronken" || w == "drugs" ||
        w == "blowt" || w == "invloed" || w == "verslaafd" || w == "cocaine" || w == "coke")
      return true;
  }
  return false;
}

}  // namespace

std::string_view inferredBy(const std::vector<Token>& t, std::size_t i) {
  const std::string_view w = t[i].text;
  // What happened: the job is lost ("is ontslagen", "zijn baan kwijtgeraakt", "kan zijn werk niet
  // meer doen"). A colleague then looks at the income as well as at the work, whichever the
  // question names. A threat of dismissal ("dreigt met ontslag") has not happened yet.
  if (w == "ontslagen" || (w == "ontslag" && clauseHas(t, i, {"gekregen", "krijgt", "kreeg", "aangezegd"})))
    return clauseHas(t, i, {"dreigt", "dreigen", "dreigde", "bang", "angst", "misschien", "mogelijk"}) ? "" : "werkloos";
  if ((w == "baan" || w == "werk" || w == "baantje") &&
      (clauseHas(t, i, {"kwijt", "kwijtgeraakt", "verloren", "verloor", "verliest"}, ClausePart::After) ||
       (clauseHas(t, i, {"niet"}, ClausePart::After) && clauseHas(t, i, {"meer"}, ClausePart::After) &&
        clauseHas(t, i, {"doen", "aan", "volhouden", "uitvoeren"}, ClausePart::After))))
    return clauseHas(t, i, {"bang", "angst", "dreigt", "zoekt"}) ? "" : "werkloos";
  // How it tells on daily life: a child who no longer wants to go out ("Jongen (14) wordt gepest en
  // wil niet meer naar buiten") withdraws, a sign about the mind: a change ("niet meer") in the
  // child the question is about. Not school: "wil niet meer naar school" is first a question of
  // school and upbringing.
  if (w == "buiten" && clauseHas(t, i, {"niet"}, ClausePart::Before) &&
      clauseHas(t, i, {"meer"}, ClausePart::Before) && clauseHas(t, i, {"wil", "durft", "gaat", "kan"}, ClausePart::Before) &&
      childIsTheSubject(t))
    return "teruggetrokken";
  // A young child left alone at home ("laat haar kind van 2 alleen thuis"): the upbringing.
  if (w == "alleen" && clauseHas(t, i, {"thuis"}, ClausePart::After) &&
      clauseHas(t, i, {"kind", "kinderen", "kindje", "baby", "kleintjes", "peuter", "kleuter"}) &&
      clauseHas(t, i, {"laat", "laten", "liet", "lieten", "gelaten", "achtergelaten"}))
    return "opvoeding";
  // Who it is about: a parent worried about a child of their own ("maakt zich zorgen over haar
  // twee jonge kinderen", "is ongerust over zijn zoon") asks about the upbringing too.
  if ((w == "zorgen" && clauseHas(t, i, {"zich", "maakt", "maken", "maakte"}, ClausePart::Before)) || w == "bezorgd" ||
      w == "ongerust")
    if (clauseNamesOwnChildAfter(t, i)) return "opvoeding";
  // Who it is about: a child of one's own, young, who hits or kicks a parent ("haar zoon van 13
  // slaat haar"): the upbringing as well as the safety at home.
  if (isOneOf(w, {"slaat", "sloeg", "schopt", "schopte", "geslagen", "geschopt", "duwt", "bijt"}) &&
      ownYoungChildInClause(t, i))
    return "opvoeding";
  // Someone confused out on the street at night ("loopt 's nachts in zijn pyjama op straat"): a danger.
  if ((w == "nachts" || w == "nacht") && clauseHas(t, i, {"straat", "buiten", "buurt"}) &&
      clauseHas(t, i, {"loopt", "liep", "dwaalt", "dwaalde", "zwerft", "rondlopen", "rondloopt"}))
    return "onveilig";
  // What happened: the home can no longer be paid ("kan haar huis niet meer betalen"): the home is at stake.
  if (isOneOf(w, {"huis", "woning", "huur", "hypotheek", "flat", "appartement"}) &&
      clauseHas(t, i, {"betalen", "opbrengen", "betaalbaar"}, ClausePart::After) && clauseHas(t, i, {"niet", "nooit"}) &&
      clauseHas(t, i, {"meer"}))
    return "woning";
  // How severe: a partner or relative who does not know whether they can bear it ("zijn vrouw weet
  // niet of ze dat aankan", "weet niet hoe lang haar man dit volhoudt"): a carer at the limit.
  if (isOneOf(w, {"aankan", "aankunnen", "volhoudt", "volhouden", "bolwerkt"}) &&
      clauseHas(t, i, {"niet", "of"}, ClausePart::Before) && clauseNamesOnesOwn(t, i) && !childIsTheSubject(t))
    return "overbelast";
  // What happened to whom: a victim of violence or trafficking carries it with them ("is slachtoffer
  // van mensenhandel"): the mind as well as the safety.
  if ((w == "slachtoffer" || w == "slachtoffers") && clauseHas(t, i, {"van"}, ClausePart::After))
    return "trauma";
  // A home that no longer fits (stairs one can no longer climb, a broken lift) is evidence for the
  // home (impliedBy) and also asks whether one can still manage there: daily life beside the body.
  if (homeNoLongerFits(t, i)) return "woningaanpassing";
  // So is caring for a relative ("ruzie over de zorg voor hun dementerende vader"): the carer's
  // daily life beside the illness the question names.
  if (isCare(t, i) && clauseHasForWhom(t, i, kCaredFor)) return "mantelzorg";
  // Who it is about: "Jongen van 12 is veel te zwaar", "ze is te dik": the weight of the body, not
  // a burden ("het is haar te zwaar", "te zwaar om te tillen").
  if ((w == "zwaar" || w == "dik") && i >= 2 && t[i - 1].text == "te" &&
      (t[i - 2].text == "veel" || t[i - 2].text == "is" || t[i - 2].text == "wel") &&
      !clauseHas(t, i, {"voor", "om", "tas", "tassen", "boodschappen", "werk"}) &&
      !clauseHas(t, i, {"het", "dat", "dit", "alles"}, ClausePart::Before))
    return "overgewicht";
  // How it tells on a young child: "de baby komt niet aan", "het kind groeit niet": growth.
  if ((w == "aan" || w == "groeit") && clauseHas(t, i, {"baby", "kind", "kindje", "zoontje", "dochtertje", "peuter"}) &&
      clauseHas(t, i, kDenial) && (w == "groeit" || clauseHas(t, i, {"komt", "kwam"}, ClausePart::Before)))
    return "groeiachterstand";
  // How it tells on daily life: "zegt dat ze niemand meer heeft om mee te praten" is loneliness.
  if (w == "niemand" && clauseHas(t, i, {"meer"}) &&
      clauseHas(t, i, {"heeft", "had", "praten", "kent", "spreekt", "ziet", "komt"}))
    return "eenzaam";
  // What the home is like: "woont met tien mannen in een huis", "slapen met zes personen op een
  // kamer" is overcrowding, the home beside the work or the money the question names.
  if (isOneOf(w, {"woont", "wonen", "woonden", "slapen", "slaapt"}) &&
      clauseHas(t, i, {"mannen", "personen", "mensen", "anderen", "gezinnen", "volwassenen"}) && clauseHasCountAtLeast(t, i, 5))
    return "overbewoning";
  // Who it is about: someone who needs or uses an aid ("heeft een rollator nodig", "zit in een
  // rolstoel", "heeft een geleidehond aangevraagd") has a limitation of the body and a daily life
  // that the aid must fit; the aid's word names one of the two.
  if (isOneOf(w, {"rollator", "traplift", "rolstoel", "scootmobiel", "geleidehond", "krukken", "looprek",
                  "gehoorapparaat", "hoortoestel", "tillift", "douchestoel", "hulphond"}) &&
      clauseHas(t, i, {"nodig", "aangevraagd", "aanvragen", "vraagt", "zit", "loopt", "gebruikt", "afhankelijk", "lenen"}))
    return "hulpmiddel";
  // "rijdt nog auto" beside a drinking problem: a danger on the road.
  if ((w == "rijdt" || w == "rijden" || w == "reed") && clauseHas(t, i, {"auto", "scooter", "brommer", "motor"}) &&
      questionNamesIntoxication(t))
    return "drankrijden";
  return {};
}

bool namesWhereOneWorks(const std::vector<Token>& t, std::size_t i) {
  static constexpr std::string_view kWork[] = {
      "werk",       "werkt",        "werken",      "werkte",        "werkten",      "gewerkt",
      "werkzaam",   "baan",         "baantje",     "bijbaan",       "bijbaantje",   "vrijwilligerswerk",
      "vrijwilliger", "vrijwilligster", "stage",   "stageplek",     "stageplaats",  "werkplek",
      "werkervaringsplek", "leerwerkplek", "omscholen", "omscholing", "opleiding",  "solliciteert",
      "solliciteren", "gesolliciteerd", "solliciteerde"};
  // Between the preposition and the word only articles and adjectives: not a new phrase of its own.
  static constexpr std::string_view kBreak[] = {"en", "maar", "met", "door", "want", "omdat", "of", "sinds", "na"};
  // The preposition first (plain comparisons: this runs for every word of every question).
  std::size_t j = i;
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (t[i - back + 1].clauseStart) return false;
    const std::string_view p = t[i - back].text;
    if (p == "bij" || p == "als" || p == "in" || p == "tot") {
      j = i - back;
      break;
    }
  }
  if (j == i) return false;
  for (std::size_t k = j + 1; k < i; ++k)
    if (std::find(std::begin(kBreak), std::end(kBreak), t[k].text) != std::end(kBreak)) return false;
  for (std::size_t k = 1; k <= 2 && k <= j; ++k) {
    if (t[j - k + 1].clauseStart) break;
    if (std::find(std::begin(kWork), std::end(kWork), t[j - k].text) != std::end(kWork)) return true;
  }
  return false;
}

bool childIsTheSubject(const std::vector<Token>& t) {
  static constexpr std::string_view kChild[] = {
      "dochter", "zoon",     "kind",      "meisje",  "jongen",  "dr",        "zn",          "puber",
      "tiener",  "tienerzoon", "tienerdochter", "kleuter", "peuter", "scholier", "leerling", "jongere",
      "zoontje", "dochtertje", "kindje",  "jochie",  "meid",    "puberzoon", "puberdochter", "leerlinge"};
  static constexpr std::string_view kBefore[] = {"de", "het", "een", "mijn", "onze", "ons", "haar", "zijn", "dat",
                                                 "die", "deze", "hun", "m'n", "z'n", "me"};
  for (std::size_t i = 0; i < t.size() && i < 3; ++i) {
    const std::string_view w = t[i].text;
    if (std::find(std::begin(kChild), std::end(kChild), w) != std::end(kChild)) return true;
    if (std::find(std::begin(kBefore), std::end(kBefore), w) == std::end(kBefore)) return false;
  }
  return false;
}

}  // namespace vk::text
