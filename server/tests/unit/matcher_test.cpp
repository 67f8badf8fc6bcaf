// Worked examples for the catalogue parser and the help-question matcher, on a small
// hand-made catalogue (so the answers are known exactly) and on the starter catalogue.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/knowledge/catalogue.hpp"
#include "domain/errors.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/knowledge/matcher_cache.hpp"
#include "domain/knowledge/org_catalogue.hpp"
#include "domain/resources.hpp"

using namespace vk::domain;

namespace {

constexpr std::string_view kSmall = R"({
  "competences": [{"id": "gespreksvoering", "name": "Gespreksvoering", "description": "Het gesprek voeren."}],
  "domains": [
    {"id": "inkomen", "name": "Inkomen", "terms": ["geld"], "aspects": [
      {"id": "schulden", "name": "Schulden", "kind": "algemeen", "terms": ["schuld", "huurachterstand", "deurwaarder", "achterstand"]},
      {"id": "regelingen", "name": "Regelingen", "kind": "specifiek", "terms": ["toeslag", "bijstand", "uitkering", "geen geld voor"]}
    ]},
    {"id": "wonen", "name": "Wonen", "terms": [], "aspects": [
      {"id": "woning", "name": "Woning", "kind": "algemeen", "terms": ["woning", "huur", "uit huis gezet", "schimmel"]}
    ]},
    {"id": "welzijn", "name": "Welzijn", "terms": [], "aspects": [
      {"id": "stemming", "name": "Stemming", "kind": "algemeen", "terms": ["somber", "eenzaam", "huur"]}
    ]}
  ],
  "groups": [
    {"id": "ouderen", "name": "Ouderen", "minAge": 65, "terms": ["ouderen", "oudere vrouw"]},
    {"id": "jeugd", "name": "Jeugd", "maxAge": 23, "terms": ["kind", "puber"]}
  ]
})";

std::vector<std::string> ids(const std::vector<Scored>& v) {
  std::vector<std::string> out;
  for (auto& s : v) out.push_back(s.id);
  return out;
}

double scoreOf(const std::vector<Scored>& v, std::string_view id) {
  for (auto& s : v)
    if (s.id == id) return s.score;
  return 0;
}

// The mechanism tests on the small catalogue keep the thresholds they were written for (before
// the starter catalogue's thresholds and domain calibration were chosen on the dev set).
const Matcher& small() {
  static const Matcher m(parseCatalogue(kSmall), Thresholds{0.5, 0.95, 0.4, 0.5, 0.85, {}});
  return m;
}

}  // namespace

TEST(Catalogue, ParsesStructure) {
  Catalogue c = parseCatalogue(kSmall);
  ASSERT_EQ(c.domains.size(), 3u);
  EXPECT_EQ(c.domains[0].aspects[1].kind, AspectKind::Specific);
  EXPECT_EQ(c.group("ouderen")->minAge, 65);
  EXPECT_FALSE(c.group("ouderen")->maxAge.has_value());
  EXPECT_EQ(c.domain("wonen")->aspects[0].terms.size(), 4u);
  EXPECT_EQ(c.domain("nergens"), nullptr);
}

TEST(Catalogue, RejectsBadInput) {
  EXPECT_THROW(parseCatalogue("{"), Error);
  EXPECT_THROW(parseCatalogue(R"({"competences":[],"domains":[{"id":"a","name":"A","aspects":[
      {"id":"x","name":"X","kind":"soms"}]}],"groups":[]})"),
               Error);
  EXPECT_THROW(parseCatalogue(R"({"competences":[],"domains":[{"id":"a","name":"A","aspects":[]},
      {"id":"a","name":"B","aspects":[]}],"groups":[]})"),
               Error);
}

TEST(Catalogue, StarterCatalogueFollowsKennisbouwstenen) {
  auto json = vk::resources::get("content/nl/catalogue.json");
  ASSERT_TRUE(json.has_value());
  EXPECT_LT(json->size(), 150u * 1024u);
  Catalogue c = parseCatalogue(*json);
  EXPECT_EQ(c.competences.size(), 7u);
  std::vector<std::string> domainIds, groupIds;
  for (auto& d : c.domains) {
    domainIds.push_back(d.id);
    EXPECT_GE(d.aspects.size(), 6u) << d.id;
    EXPECT_LE(d.aspects.size(), 12u) << d.id;
    bool general = false, specific = false;
    for (auto& a : d.aspects) {
      general |= a.kind == AspectKind::General;
      specific |= a.kind == AspectKind::Specific;
      EXPECT_FALSE(a.terms.empty()) << a.id;
      EXPECT_FALSE(a.description.empty()) << a.id;
    }
    EXPECT_TRUE(general && specific) << d.id;
  }
  for (auto& g : c.groups) groupIds.push_back(g.id);
  EXPECT_EQ(domainIds, (std::vector<std::string>{"lichamelijke-gezondheid", "dagelijks-functioneren", "inkomen",
                                                 "participatie", "opvoeden-opgroeien", "veiligheid",
                                                 "psychische-gezondheid"}));
  std::sort(groupIds.begin(), groupIds.end());
  EXPECT_EQ(groupIds, (std::vector<std::string>{"chronische-ziekte", "kinderen-jongeren", "laaggeletterdheid", "lhbtiq",
                                                "lvb", "migratieachtergrond", "nah", "ouderen"}));
}

TEST(Matcher, SingleDomainWithAspects) {
  MatchResult r = small().match("Er staat een deurwaarder voor de deur vanwege schulden.");
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_EQ(ids(r.aspects), (std::vector<std::string>{"schulden"}));
  EXPECT_TRUE(r.groups.empty());
}

TEST(Matcher, InflectionAndCompoundsAreRecognised) {
  // "schulden" → schuld (Snowball), "toeslagen" → toeslag, "bijstandsuitkering" → bijstand + uitkering.
  MatchResult r = small().match("Zijn bijstandsuitkering is gestopt en de toeslagen moeten terug.");
  ASSERT_FALSE(r.domains.empty());
  EXPECT_EQ(r.domains[0].id, "inkomen");
  EXPECT_EQ(ids(r.aspects), (std::vector<std::string>{"regelingen"}));
  // "energieschulden" is unknown as a whole: its part "schuld" counts, for less than a whole word.
  MatchResult p = small().match("energieschulden");
  MatchResult w = small().match("schulden");
  EXPECT_EQ(ids(p.domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_LT(scoreOf(p.domains, "inkomen"), scoreOf(w.domains, "inkomen"));
}

TEST(Matcher, SharedWordsCountLess) {
  // "huur" belongs to two domains, "schimmel" to one: the specific word weighs more.
  MatchResult a = small().match("huur");
  MatchResult b = small().match("schimmel");
  EXPECT_LT(scoreOf(a.domains, "wonen"), scoreOf(b.domains, "wonen"));
}

TEST(Matcher, PhrasesMatchInAnyOrderNearby) {
  MatchResult r = small().match("Het gezin wordt volgende week uit huis gezet.");
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"wonen"}));
  MatchResult far = small().match("Het huis is mooi, de kinderen spelen buiten en daar is de deur gezet.");
  EXPECT_TRUE(far.domains.empty());
  MatchResult neg = small().match("Ze heeft geen geld voor de sportclub.");
  EXPECT_EQ(ids(neg.aspects), (std::vector<std::string>{"regelingen"}));
}

TEST(Matcher, CutOffKeepsRelevantSecondDomainsOnly) {
  // Strong inkomen evidence plus one clear welzijn word: both returned, inkomen first.
  MatchResult r = small().match("Schulden, een deurwaarder, een achterstand en mevrouw is somber.");
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"inkomen", "welzijn"}));
  EXPECT_GT(r.domains[0].score, r.domains[1].score);
  // A word shared by two domains (below one clear word) next to strong evidence is cut off.
  MatchResult s = small().match("Schulden, een deurwaarder, een achterstand en de huur.");
  EXPECT_EQ(s.domains.front().id, "inkomen");
  EXPECT_EQ(std::count_if(s.domains.begin(), s.domains.end(), [](auto& d) { return d.id == "welzijn"; }), 0);
  // Nothing recognisable: nothing returned.
  EXPECT_TRUE(small().match("De vogels fluiten vandaag.").domains.empty());
  EXPECT_TRUE(small().match("").domains.empty());
}

TEST(Matcher, DenialsDoNotCount) {
  MatchResult r = small().match("Er is geen sprake van schulden, maar mevrouw is eenzaam.");
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"welzijn"}));
}

TEST(Matcher, GroupsFromCuesAndAges) {
  EXPECT_EQ(ids(small().match("Een oudere vrouw met schulden.").groups), (std::vector<std::string>{"ouderen"}));
  EXPECT_EQ(ids(small().match("Meneer van 84 heeft schulden.").groups), (std::vector<std::string>{"ouderen"}));
  EXPECT_EQ(ids(small().match("Een 79-jarige met schulden.").groups), (std::vector<std::string>{"ouderen"}));
  EXPECT_EQ(ids(small().match("Jongen van 17 met schulden.").groups), (std::vector<std::string>{"jeugd"}));
  EXPECT_EQ(ids(small().match("Zijn kinderen zijn somber.").groups), (std::vector<std::string>{"jeugd"}));
  // Not ages: durations and amounts, "oudere" before another noun.
  EXPECT_TRUE(small().match("Een achterstand van 84 euro.").groups.empty());
  EXPECT_TRUE(small().match("Al 70 jaar schulden.").groups.empty());
  EXPECT_TRUE(small().match("Oudere jongens maken schulden.").groups.empty());
}

// A question pasted or typed on a phone: full-width digits, a zero-width space or a soft
// hyphen inside a word, non-breaking spaces and tabs are read as the plain spelling.
TEST(Matcher, PastedSpellingsAreReadAsThePlainQuestion) {
  auto same = [](const MatchResult& a, const MatchResult& b) {
    return ids(a.domains) == ids(b.domains) && ids(a.aspects) == ids(b.aspects) && ids(a.groups) == ids(b.groups);
  };
  const MatchResult plain = small().match("Jongen van 17 heeft een huurachterstand.");
  ASSERT_EQ(ids(plain.groups), (std::vector<std::string>{"jeugd"}));
  for (const char* pasted : {"Jongen van \uFF11\uFF17 heeft een huurachterstand.",
                             "Jongen van 17 heeft een huur\u200Bachterstand.",
                             "Jongen van 17 heeft een huur\u00ADachterstand.",
                             "Jongen\u00A0van\u00A017 heeft\teen huurachterstand."})
    EXPECT_TRUE(same(small().match(pasted), plain)) << pasted;
}

TEST(Matcher, CorrectionsAdjustRecognitionForOneOrganisation) {
  const Matcher& m = small();
  const std::string q = "De wooncoach komt langs voor de schimmel.";
  EXPECT_EQ(ids(m.match(q).domains), (std::vector<std::string>{"wonen"}));

  Corrections c;
  c.add("wooncoach", "welzijn", 0.8);  // this organisation's wooncoach is a welzijn worker
  MatchResult r = m.match(q, &c);
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"wonen", "welzijn"}));
  EXPECT_EQ(ids(m.match(q).domains), (std::vector<std::string>{"wonen"}));  // others unaffected

  Corrections never;
  never.add("schimmel", "wonen", -5.0);  // pushes a domain out
  EXPECT_TRUE(m.match("schimmel", &never).domains.empty());

  // Learning from confirmed questions: the shared words carry the organisation's target.
  Corrections learned;
  EXPECT_TRUE(m.match("Kan de voedselbank helpen?").domains.empty());
  learned.learn("Aanmelding bij de voedselbank lukt niet", "inkomen", 1.0);
  learned.learn("Wanneer is de voedselbank open", "inkomen", 1.0);
  MatchResult l = m.match("Kan de voedselbank helpen?", &learned);
  EXPECT_EQ(ids(l.domains), (std::vector<std::string>{"inkomen"}));
}

TEST(Matcher, StarterCatalogueExamples) {
  static const Matcher m(parseCatalogue(*vk::resources::get("content/nl/catalogue.json")));
  MatchResult r = m.match("Mevrouw heeft een grote huurachterstand en de schuldeisers bellen elke dag.");
  ASSERT_FALSE(r.domains.empty());
  EXPECT_EQ(r.domains[0].id, "inkomen");
  EXPECT_EQ(r.aspects[0].id, "schulden-signaleren");

  r = m.match("Buurvrouw van 88 is sinds een beroerte erg vergeetachtig.");
  EXPECT_EQ(ids(r.groups), (std::vector<std::string>{"nah", "ouderen"}));

  r = m.match("Het zoontje van de familie wordt op school gepest.");
  std::vector<std::string> d = ids(r.domains);
  EXPECT_NE(std::find(d.begin(), d.end(), "veiligheid"), d.end());
  EXPECT_NE(std::find(d.begin(), d.end(), "opvoeden-opgroeien"), d.end());
  EXPECT_EQ(ids(r.groups), (std::vector<std::string>{"kinderen-jongeren"}));  // "zoontje"
}

// The misses issue 13 saw in the browser: a bill is no arithmetic, a son or daughter
// without an age is a child, a named adult age outweighs the word, the insurer is money.
bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(Matcher, BrowserMissesOfIssue13) {
  static const Matcher m(parseCatalogue(*vk::resources::get("content/nl/catalogue.json")));
  MatchResult r = m.match("Mevrouw krijgt een rekening van de energie die ze niet kan betalen.");
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_FALSE(has(ids(r.aspects), "taal-en-digitale-vaardigheden"));
  EXPECT_FALSE(has(ids(r.groups), "laaggeletterdheid"));
  EXPECT_TRUE(has(ids(m.match("Hij kan niet goed lezen en rekenen.").groups), "laaggeletterdheid"));  // numeracy stays

  r = m.match("Mijn dochter is bang om naar school te gaan.");
  EXPECT_TRUE(has(ids(r.groups), "kinderen-jongeren"));
  EXPECT_FALSE(has(ids(r.domains), "lichamelijke-gezondheid"));
  EXPECT_TRUE(has(ids(m.match("Zoon zit de hele dag op zijn kamer te gamen.").groups), "kinderen-jongeren"));

  EXPECT_FALSE(has(ids(m.match("Zoon van 40 woont nog bij zijn moeder en zorgt voor haar.").groups), "kinderen-jongeren"));
  r = m.match("Meneer (82) wordt verzorgd door zijn dochter.");
  EXPECT_EQ(ids(r.groups), (std::vector<std::string>{"ouderen"}));
  EXPECT_FALSE(has(ids(m.match("Moeder met 3 kinderen vraagt hulp.").groups), "ouderen"));  // 3 is no age

  r = m.match("Meneer heeft ruzie met zijn zorgverzekeraar over een nota.");
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"inkomen"}));
}

// Readings of issue 13's fifth round, each from a dev-set false positive.
TEST(Matcher, ReadingsThatKeepADomainOut) {
  static const Matcher m(parseCatalogue(*vk::resources::get("content/nl/catalogue.json")));
  // A young adult is in the youth group, but no longer a question of upbringing.
  MatchResult r = m.match("Jongen van 22 wil zijn opleiding afmaken maar vindt geen stageplek");
  EXPECT_TRUE(has(ids(r.groups), "kinderen-jongeren"));
  EXPECT_FALSE(has(ids(r.domains), "opvoeden-opgroeien"));
  EXPECT_TRUE(has(ids(m.match("Jongen van 15 wil zijn opleiding afmaken maar vindt geen stageplek").domains),
                  "opvoeden-opgroeien"));
  // Grief needs a person lost, not a woman who misses work.
  EXPECT_FALSE(has(ids(m.match("Vrouw met migraine mist veel werk").domains), "psychische-gezondheid"));
  EXPECT_TRUE(has(ids(m.match("Mw mist haar man nog elke dag").domains), "psychische-gezondheid"));
  // A feared loss is told by what is lost; fear itself stays.
  EXPECT_FALSE(has(ids(m.match("Hij is bang zijn baan te verliezen").domains), "psychische-gezondheid"));
  EXPECT_TRUE(has(ids(m.match("Hij is bang in het donker").domains), "psychische-gezondheid"));
  // A phrase lies in one clause: "niet meer alleen, de was, het eten" is no refusal to eat.
  EXPECT_FALSE(has(ids(m.match("Hij redt het niet meer alleen, de was, het eten, alles.").domains),
                   "psychische-gezondheid"));
  EXPECT_TRUE(has(ids(m.match("Ze wil niet meer eten").domains), "psychische-gezondheid"));
  // A thing that collapsed is no person who did.
  EXPECT_FALSE(has(ids(m.match("zzp'er, bbz aangevraagd, omzet ingestort").domains), "psychische-gezondheid"));
  EXPECT_TRUE(has(ids(m.match("Na de scheiding is ze helemaal ingestort").domains), "psychische-gezondheid"));
  // A grown-up son is a child of someone, not a child.
  EXPECT_FALSE(has(ids(m.match("Een moeder en haar volwassen zoon worden uitgebuit").groups), "kinderen-jongeren"));
  EXPECT_TRUE(has(ids(m.match("Een moeder en haar zoon worden uitgebuit").groups), "kinderen-jongeren"));
  // A daughter who cares for her father is a grown-up; a young carer with an age stays a child.
  EXPECT_FALSE(has(ids(m.match("Dochter zorgt dagelijks voor haar vader met parkinson").groups), "kinderen-jongeren"));
  EXPECT_TRUE(has(ids(m.match("Dochter van 12 zorgt dagelijks voor haar vader met parkinson").groups),
                  "kinderen-jongeren"));
  // Throwing things at people is aggression.
  EXPECT_TRUE(has(ids(m.match("Als hij boos wordt gaat hij met stoelen gooien").domains), "veiligheid"));
  // A letter missing from a catalogue word is a typo before it is a compound ("deur" + "waarde").
  EXPECT_EQ(ids(m.match("mevrouw heeft schulde en de deurwaarde staat voor de deur").domains),
            (std::vector<std::string>{"inkomen"}));
}

TEST(Matcher, ExplainShowsHowEachWordWasRead) {
  std::vector<std::string> lines = small().explain("Geen sprake van schulden; energieschulden en een mooie woning.");
  // Denied words, compound parts (marked *) and unknown words (?) are all visible.
  EXPECT_NE(std::find(lines.begin(), lines.end(), "schulden → (ontkend)"), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "energieschulden → schuld*"), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "mooie → ?"), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "woning → woning"), lines.end());
}

// An organisation's own catalogue: a local aspect with the admin's words is recognised, a renamed
// aspect keeps its old name as a word, a retired aspect no longer counts.
TEST(OrgCatalogue, LocalAspectsAreRecognisedAndRetiredOnesAreNot) {
  const Catalogue base = parseCatalogue(kSmall);
  const std::string q = "Kan hij een stadspas krijgen nu hij bijstand heeft?";
  EXPECT_EQ(ids(Matcher(base).match(q).aspects), (std::vector<std::string>{"regelingen"}));

  Catalogue mine = orgCatalogue(base, {{"lokaal-1", "inkomen", "Stadspas Demostad", AspectKind::Specific, "",
                                        splitTerms("stadspas, meedoenregeling;\nkindpakket"), true, false}});
  MatchResult r = Matcher(mine).match(q);
  EXPECT_EQ(ids(r.domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_EQ(ids(r.aspects), (std::vector<std::string>{"lokaal-1", "regelingen"}));
  // Inflected and as part of a compound, like the catalogue's own words.
  EXPECT_EQ(ids(Matcher(mine).match("Vraag over de stadspassen van de kinderen").aspects),
            (std::vector<std::string>{"lokaal-1"}));
  EXPECT_EQ(ids(Matcher(mine).match("De stadspasaanvraag is kwijt").aspects), (std::vector<std::string>{"lokaal-1"}));

  // Renamed with a word of the organisation: the old name still counts, the new word too.
  Catalogue renamed = orgCatalogue(base, {{"stemming", "welzijn", "Somberheid", AspectKind::General, "", {"neerslachtig"}, false, false}});
  EXPECT_EQ(ids(Matcher(renamed).match("Zij is neerslachtig").aspects), (std::vector<std::string>{"stemming"}));
  EXPECT_EQ(ids(Matcher(renamed).match("Haar stemming is slecht").aspects), (std::vector<std::string>{"stemming"}));

  // Retired: neither the aspect nor its words (for its life domain) count any more.
  Catalogue retired = orgCatalogue(mine, {{"lokaal-1", "inkomen", "Stadspas Demostad", AspectKind::Specific, "", {}, true, true}});
  EXPECT_TRUE(Matcher(retired).match("Kan hij een stadspas krijgen?").domains.empty());
  Catalogue noDebts = orgCatalogue(base, {{"schulden", "inkomen", "Schulden", AspectKind::General, "", {}, false, true}});
  EXPECT_EQ(ids(Matcher(base).match("De deurwaarder staat voor de deur").domains), (std::vector<std::string>{"inkomen"}));
  MatchResult d = Matcher(noDebts).match("De deurwaarder staat voor de deur");
  EXPECT_TRUE(d.domains.empty());
  EXPECT_TRUE(d.aspects.empty());
}

TEST(OrgCatalogue, SplitTermsTrimsAndDropsRepeats) {
  EXPECT_EQ(splitTerms(" stadspas , meedoenregeling;stadspas\n\n  kindpakket "),
            (std::vector<std::string>{"stadspas", "meedoenregeling", "kindpakket"}));
  EXPECT_TRUE(splitTerms(" , ;\n").empty());
}

TEST(Matcher, OneCorrectionDoesNotLetAWordNameADomainAlone) {
  const Matcher& m = small();
  // Greetings and words for asking are no content: nothing is learned from them, however often.
  Corrections greet;
  for (int i = 0; i < 3; ++i) greet.learn("Goedemorgen, ik heb een vraag.", "wonen", 1.0);
  EXPECT_TRUE(greet.empty());
  EXPECT_TRUE(m.match("Goedemorgen, ik heb een vraag.", &greet).domains.empty());

  // One correction: its words strengthen a domain the question names itself, but one of its
  // words alone names none; the whole question again (several of its words) does.
  Corrections once;
  const std::string shortQ = "Wat doet een kansenpas?";
  ASSERT_TRUE(m.match(shortQ).domains.empty());
  once.learn("De kansenpas van meneer belt steeds", "inkomen", 1.0);
  EXPECT_TRUE(m.match(shortQ, &once).domains.empty());
  EXPECT_EQ(ids(m.match("De kansenpas van meneer belt steeds", &once).domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_EQ(ids(m.match("De kansenpas en de schuld", &once).domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_GT(scoreOf(m.match("De kansenpas en de schuld", &once).domains, "inkomen"),
            scoreOf(m.match("De schuld", &once).domains, "inkomen"));
  // Taught by two corrections, the word names the domain alone.
  once.learn("Kan de kansenpas helpen?", "inkomen", 1.0);
  EXPECT_EQ(ids(m.match(shortQ, &once).domains), (std::vector<std::string>{"inkomen"}));
}

TEST(Matcher, CorrectionsCanAddAnAspect) {
  const Matcher& m = small();
  Corrections c;
  c.learn("Hij krijgt geen toeslag meer en heeft nu een achterstand", "regelingen", 1.0);
  const std::string q = "De achterstand loopt op";
  EXPECT_EQ(ids(m.match(q).aspects), (std::vector<std::string>{"schulden"}));
  auto withCorrection = ids(m.match(q, &c).aspects);
  EXPECT_NE(std::find(withCorrection.begin(), withCorrection.end(), "regelingen"), withCorrection.end());
}

TEST(MatcherCache, BuildsOncePerOrganisationAndRevision) {
  MatcherCache cache;
  int built = 0;
  auto build = [&] {
    ++built;
    return MatcherCache::Entry{std::make_shared<const Matcher>(parseCatalogue(kSmall)), Corrections{}};
  };
  auto a = cache.get(1, 0, build);
  EXPECT_EQ(cache.get(1, 0, build), a);  // the same entry, not rebuilt
  EXPECT_NE(cache.get(2, 0, build), a);  // another organisation has its own
  auto b = cache.get(1, 1, build);       // the revision moved: rebuilt
  EXPECT_NE(b, a);
  EXPECT_EQ(cache.get(1, 1, build), b);
  EXPECT_EQ(built, 3);
  EXPECT_EQ(cache.builds(), 3u);
  EXPECT_FALSE(a->matcher->match("schimmel").domains.empty());  // an old entry stays usable
}

// The starter catalogue on the misses seen in the browser (issue 13) and on the language of
// case notes: abbreviations with an age, misspellings, denials of one problem, worry vs fear.
namespace {
const Matcher& starter() {
  static const Matcher m(parseCatalogue(*vk::resources::get("content/nl/catalogue.json")));
  return m;
}
bool hasId(const std::vector<Scored>& v, std::string_view id) {
  return std::any_of(v.begin(), v.end(), [&](const Scored& s) { return s.id == id; });
}
}  // namespace

TEST(StarterMatcher, EverydayWordsAndInstitutions) {
  EXPECT_EQ(ids(starter().match("rekening").domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_TRUE(starter().match("rekening").groups.empty());  // no laaggeletterdheid for "rekenen"
  EXPECT_EQ(ids(starter().match("zorgverzekeraar").domains), (std::vector<std::string>{"inkomen"}));
  MatchResult bang = starter().match("dochter is bang");
  EXPECT_EQ(ids(bang.domains).front(), "psychische-gezondheid");
  EXPECT_FALSE(hasId(bang.aspects, "groei-en-ontwikkeling"));
  EXPECT_TRUE(hasId(starter().match("zoon").groups, "kinderen-jongeren"));
  EXPECT_TRUE(hasId(starter().match("mw 78 jr, post stapelt zich op").domains, "inkomen"));
  EXPECT_TRUE(hasId(starter().match("Hij zit de hele dag achter de geraniums").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Veilig Thuis is ingeschakeld").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Mevrouw krijgt aanmaningen van de energieleverancier").aspects, "schulden-signaleren"));
}

TEST(StarterMatcher, FearOfAPersonIsAboutSafety) {
  MatchResult ex = starter().match("De vrouw is bang voor haar ex");
  EXPECT_TRUE(hasId(ex.domains, "veiligheid"));
  EXPECT_FALSE(hasId(ex.domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("Het meisje is bang voor haar stiefvader").domains, "psychische-gezondheid"));
  // Fear of the dark, of school, of what others think stays a fear of one's own.
  EXPECT_TRUE(hasId(starter().match("Mijn dochter is erg bang in het donker").domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Hij is bang voor de reactie van zijn ouders").domains, "psychische-gezondheid"));
}

TEST(StarterMatcher, RetirementIsALifeStageNotIncome) {
  MatchResult r = starter().match("Meneer is net met pensioen en weet niet wat hij moet doen");
  EXPECT_TRUE(hasId(r.domains, "participatie"));
  EXPECT_FALSE(hasId(r.domains, "inkomen"));
  EXPECT_TRUE(hasId(starter().match("Zijn pensioen is te laag om de huur te betalen").domains, "inkomen"));
}

TEST(StarterMatcher, AnEldersSonsAndDaughtersAreAdults) {
  // Without an elder the son is a child; with one (dementie, a named age of 84) he is not.
  EXPECT_TRUE(hasId(starter().match("Haar dochter is verslaafd").groups, "kinderen-jongeren"));
  MatchResult elder = starter().match("Mevrouw heeft dementie, haar dochter komt elke dag langs");
  EXPECT_TRUE(hasId(elder.groups, "ouderen"));
  EXPECT_FALSE(hasId(elder.groups, "kinderen-jongeren"));
  EXPECT_FALSE(hasId(starter().match("dhr met alzheimer, de kinderen willen dat hij verhuist").groups,
                     "kinderen-jongeren"));
  // A named age in the youth range, another youth word, or grandparents keep the child.
  EXPECT_TRUE(hasId(starter().match("mw met dementie, zoon van 15 woont bij haar").groups, "kinderen-jongeren"));
  EXPECT_TRUE(hasId(starter().match("Oma met dementie, haar kleinkinderen logeren vaak").groups, "kinderen-jongeren"));
  EXPECT_TRUE(hasId(starter().match("De kinderen slapen bij opa sinds de brand").groups, "kinderen-jongeren"));
}

TEST(StarterMatcher, WhoTheQuestionIsAbout) {
  EXPECT_TRUE(hasId(starter().match("mw 89 valt regelmatig").groups, "ouderen"));
  EXPECT_TRUE(hasId(starter().match("Dhr. (82) is eenzaam").groups, "ouderen"));
  EXPECT_TRUE(hasId(starter().match("Ze is 81, woont alleen.").groups, "ouderen"));
  EXPECT_TRUE(hasId(starter().match("Sinds zijn pensioen zit meneer veel alleen").groups, "ouderen"));
  // An elder's children are no target group of their own.
  EXPECT_FALSE(hasId(starter().match("mw 89, woont alleen, haar kinderen maken zich zorgen").groups, "kinderen-jongeren"));
  EXPECT_TRUE(hasId(starter().match("Mevrouw heeft borstkanker").groups, "chronische-ziekte"));  // the compound's head
}

TEST(StarterMatcher, MisspellingsDenialsAndWorry) {
  EXPECT_TRUE(hasId(starter().match("mevrouw heeft schulde en de deurwaarde staat voor de deur").aspects, "schulden-signaleren"));
  EXPECT_TRUE(hasId(starter().match("hij word agresief").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("dochter van 15 is depresief").domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("geen schulden, wel veel stress").domains, "inkomen"));
  EXPECT_FALSE(hasId(starter().match("Ze is bang dat ze wordt afgesloten van gas en licht").domains, "psychische-gezondheid"));
  // A hedged denial still counts: a colleague would look at it.
  EXPECT_TRUE(hasId(starter().match("niet onveilig denk ik, maar hij stuurt honderden berichten").domains, "veiligheid"));
}

TEST(StarterMatcher, ThreatsOfAConsequenceAreNoViolence) {
  EXPECT_FALSE(hasId(starter().match("Haar werkgever dreigt met ontslag").domains, "veiligheid"));
  EXPECT_FALSE(hasId(starter().match("De verhuurder dreigt hem eruit te zetten").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Haar ex dreigt haar iets aan te doen").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Hij dreigt haar te slaan").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Haar ex dreigt de kinderen mee te nemen").domains, "veiligheid"));
}

TEST(StarterMatcher, SomeoneWhoWorksHasNoProblemWithWork) {
  EXPECT_FALSE(hasId(starter().match("Moeder werkt fulltime en heeft geen oppas").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Vader wil graag werken maar vindt geen baan").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Ze werkt niet meer sinds de miskraam").domains, "participatie"));
}

TEST(StarterMatcher, DrugTradeIsCrimeAndSelfHarmIsNoViolence) {
  MatchResult trade = starter().match("Jongen verkoopt drugs in de wijk");
  EXPECT_TRUE(hasId(trade.domains, "veiligheid"));
  EXPECT_FALSE(hasId(trade.domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Hij gebruikt drugs").domains, "psychische-gezondheid"));
  MatchResult self = starter().match("Hij zegt dat hij zichzelf iets aandoet als ze weggaat");
  EXPECT_TRUE(hasId(self.domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(self.domains, "veiligheid"));
}

TEST(StarterMatcher, CuttingAndArmsAreReadInTheirClause) {
  MatchResult self = starter().match("Het meisje snijdt in haar armen");
  EXPECT_TRUE(hasId(self.domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(self.domains, "inkomen"));  // arm the body, not arm the poor
  EXPECT_TRUE(hasId(starter().match("Ze snijdt zichzelf").domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("Mw kan haar eten niet meer zelf snijden").aspects, "suicidaliteit-en-crisis"));
  EXPECT_TRUE(hasId(starter().match("Het gezin is arm").domains, "inkomen"));
}

TEST(StarterMatcher, LiteracyLostOrExplainedByANewLanguage) {
  EXPECT_TRUE(hasId(starter().match("Mevrouw kan niet lezen").groups, "laaggeletterdheid"));
  EXPECT_FALSE(hasId(starter().match("Meneer kan niet meer lezen sinds zijn ogen slechter zijn").groups,
                     "laaggeletterdheid"));
  EXPECT_TRUE(hasId(starter().match("Mevrouw begrijpt de brieven van de gemeente niet").groups, "laaggeletterdheid"));
  MatchResult newcomer = starter().match("Statushouder krijgt brieven van de gemeente en begrijpt ze niet");
  EXPECT_TRUE(hasId(newcomer.groups, "migratieachtergrond"));
  EXPECT_FALSE(hasId(newcomer.groups, "laaggeletterdheid"));
}

TEST(StarterMatcher, AgesInCaseNotes) {
  EXPECT_TRUE(hasId(starter().match("dr 14 spijbelt").groups, "kinderen-jongeren"));
  MatchResult eldest = starter().match("De oudste van 12 luistert niet");
  EXPECT_TRUE(hasId(eldest.groups, "kinderen-jongeren"));
  EXPECT_FALSE(hasId(eldest.groups, "ouderen"));
  // "van 3 mnd" is a duration, not an age.
  EXPECT_FALSE(hasId(starter().match("mw heeft een huurachterstand van 3 mnd").groups, "kinderen-jongeren"));
}

TEST(StarterMatcher, InflectedWordsAreNoMisspellingsNorCompounds) {
  // "maanden" is not one letter off "aandoen", nor "maan" + "den"; "opgezegd" is no misspelling.
  for (const std::string& line : starter().explain("al maanden opgezegd")) EXPECT_NE(line.back(), '*') << line;
  EXPECT_TRUE(starter().match("De zorgverzekeraar heeft de polis al maanden geleden opgezegd").groups.empty());
  EXPECT_EQ(ids(starter().match("De zorgverzekeraar heeft de polis al maanden geleden opgezegd").domains),
            (std::vector<std::string>{"inkomen"}));
}

// Situation frames (text/situation.hpp): what a colleague infers from the situation.
TEST(StarterMatcher, CaringForARelativeIsMantelzorg) {
  EXPECT_TRUE(hasId(starter().match("Hij zorgt dag en nacht voor zijn schoonmoeder").aspects, "mantelzorg"));
  EXPECT_TRUE(hasId(starter().match("De zussen hebben ruzie over de zorg voor hun vader").domains, "dagelijks-functioneren"));
  EXPECT_FALSE(hasId(starter().match("Ze maakt zich zorgen over haar vader").aspects, "mantelzorg"));
  // The verb last, as Dutch puts it in subordinate clauses and after a modal verb.
  EXPECT_TRUE(hasId(starter().match("Hij moet elke dag voor zijn opa zorgen").aspects, "mantelzorg"));
  EXPECT_FALSE(hasId(starter().match("Oma zorgt voor de kleinkinderen").aspects, "mantelzorg"));  // oma is the carer
}

TEST(StarterMatcher, CaringForChildrenIsUpbringing) {
  EXPECT_TRUE(hasId(starter().match("Oma zorgt voor haar kleinkinderen omdat haar dochter verslaafd is").domains,
                    "opvoeden-opgroeien"));
  EXPECT_TRUE(hasId(starter().match("Moeder wordt opgenomen, wie zorgt er voor de kinderen?").domains, "opvoeden-opgroeien"));
  EXPECT_FALSE(hasId(starter().match("Hij maakt zich zorgen voor later, over het geld").domains, "opvoeden-opgroeien"));
}

TEST(StarterMatcher, GasLeftOnIsADangerNotABill) {
  MatchResult gas = starter().match("Meneer laat het gas aan");
  EXPECT_TRUE(hasId(gas.domains, "veiligheid"));
  EXPECT_FALSE(hasId(gas.domains, "inkomen"));
  EXPECT_TRUE(hasId(starter().match("Ze kan het gas niet betalen").domains, "inkomen"));
}

TEST(StarterMatcher, NotDaringToGoOutIsFear) {
  EXPECT_TRUE(hasId(starter().match("Mevrouw durft de deur niet meer uit").domains, "psychische-gezondheid"));
}

TEST(StarterMatcher, NotGoingOutIsIsolation) {
  EXPECT_TRUE(hasId(starter().match("Meneer komt de deur niet meer uit").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Ze gaat nooit meer naar buiten").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("mw zit al maanden binnen").domains, "participatie"));
  EXPECT_FALSE(hasId(starter().match("De kinderen spelen buiten").domains, "participatie"));
}

TEST(StarterMatcher, AFallAtHomeAsksWhetherLivingAloneStillWorks) {
  EXPECT_TRUE(hasId(starter().match("Mw is in de badkamer uitgegleden").domains, "dagelijks-functioneren"));
  EXPECT_TRUE(hasId(starter().match("dhr is twee keer van de trap gevallen").domains, "dagelijks-functioneren"));
  EXPECT_FALSE(hasId(starter().match("Het valt hem thuis zwaar op").domains, "dagelijks-functioneren"));
}

TEST(StarterMatcher, AHomeThatNoLongerFits) {
  // Evidence for the home beside the body's (whether it is returned depends on the cut-offs).
  const RawScores stairs = starter().scores("meneer kan de trap niet meer op");
  const auto& ids = starter().domainIds();
  const auto at = std::find(ids.begin(), ids.end(), "dagelijks-functioneren") - ids.begin();
  EXPECT_GT(stairs.domains[static_cast<std::size_t>(at)], 0.0);
  EXPECT_TRUE(hasId(starter().match("De lift van de flat is al drie weken kapot").domains, "dagelijks-functioneren"));
}

TEST(StarterMatcher, WordsProfessionalsAndResidentsUse) {
  EXPECT_TRUE(hasId(starter().match("de taxi komt steeds niet opdagen").domains, "dagelijks-functioneren"));
  EXPECT_TRUE(hasId(starter().match("meisje van 14 wordt vermist").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("loopt vast in de verantwoording van het pgb").domains, "inkomen"));
  EXPECT_TRUE(hasId(starter().match("kan de premie niet meer betalen").aspects, "uitkeringen-en-regelingen"));
  EXPECT_TRUE(hasId(starter().match("man met hersenletsel kan zich niet concentreren").domains, "lichamelijke-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("ze slaapt op de bank bij vrienden").aspects, "wonen"));
}

TEST(StarterMatcher, AChildsOwnProblemIsAlsoOneOfUpbringing) {
  EXPECT_TRUE(hasId(starter().match("mijn dochter is bang en huilt veel sinds de verhuizing").domains, "opvoeden-opgroeien"));
  EXPECT_TRUE(hasId(starter().match("dr 9 is bang in het donker en wil niet alleen slapen").domains, "opvoeden-opgroeien"));
}

TEST(StarterMatcher, MedicationForAPsychiatricIllnessIsPsychiatricCare) {
  MatchResult r = starter().match("Man met schizofrenie is gestopt met zijn medicatie");
  EXPECT_TRUE(hasId(r.domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(r.domains, "lichamelijke-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Ze vergeet haar medicijnen voor de suiker").domains, "lichamelijke-gezondheid"));
  // An admission beside a psychiatric illness is one to a clinic, not to a hospital.
  MatchResult opname = starter().match("Vrouw met een eetstoornis is opgenomen geweest");
  EXPECT_TRUE(hasId(opname.domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(opname.domains, "lichamelijke-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("Moeder met een psychose wordt opgenomen").domains, "lichamelijke-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Meneer is opgenomen met een longontsteking").domains, "lichamelijke-gezondheid"));
}

// Snowball reads stelen and stellen alike ("stel"): the forms of stelen have their own key.
TEST(StarterMatcher, PuttingIsNoStealing) {
  EXPECT_FALSE(hasId(starter().match("Mw kan het eigen risico niet betalen en stelt een operatie uit").domains, "veiligheid"));
  EXPECT_FALSE(hasId(starter().match("Meneer is onder bewind gesteld").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Jongen van 13 steelt in winkels").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Haar fiets is gestolen").domains, "veiligheid"));
  EXPECT_TRUE(hasId(starter().match("Hij is bestolen op straat").domains, "veiligheid"));
}

// Where or as what someone works is no problem of its own.
TEST(StarterMatcher, AWorkplaceIsNoProblem) {
  MatchResult vrijwilliger = starter().match("Man wil graag vrijwilligerswerk doen bij de voedselbank");
  EXPECT_FALSE(hasId(vrijwilliger.domains, "inkomen"));
  EXPECT_TRUE(hasId(vrijwilliger.domains, "participatie"));
  EXPECT_FALSE(hasId(starter().match("Vrouw wil zich omscholen tot verpleegkundige maar heeft geen geld voor de opleiding").domains,
                     "lichamelijke-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("Zoon van 17 zoekt een stage bij de politie").domains, "veiligheid"));
  // A phrase still counts, and so does what follows the workplace.
  EXPECT_TRUE(hasId(starter().match("Jongen is zijn baan bij de sociale werkplaats kwijt").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Ze werkt in de zorg en heeft veel pijn in haar rug").domains, "lichamelijke-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Hij heeft een afspraak bij de voedselbank").domains, "inkomen"));
  EXPECT_TRUE(hasId(starter().match("Hij heeft werk bij een uitzendbureau").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Een oudere vriend laat haar werken in de prostitutie").aspects,
                    "seksueel-geweld-en-uitbuiting"));
}

// Living alone is a fact, not loneliness; children left alone at home are no lonely adults; Down's
// syndrome and being slow on the uptake are a learning disability (lvb), not a psychiatric one.
TEST(StarterMatcher, FactsThatAreNoProblemOfTheirOwn) {
  EXPECT_FALSE(hasId(starter().match("mw 89, woont alleen, valt regelmatig").domains, "participatie"));
  EXPECT_FALSE(hasId(starter().match("Vader werkt 's nachts, de kinderen zijn dan alleen thuis").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Meneer voelt zich alleen en zit alleen thuis").domains, "participatie"));
  MatchResult down = starter().match("Jongen met downsyndroom wil naar de dagbesteding");
  EXPECT_FALSE(hasId(down.domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(down.groups, "lvb"));
  EXPECT_FALSE(hasId(starter().match("Hij is traag van begrip").domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Hij is traag van begrip").groups, "lvb"));
}

// A term keeps the modifier its sense lives in ("loopt slecht", "weinig contact", "eigen risico"):
// the everyday verb or noun alone names nothing.
TEST(StarterMatcher, TermsKeepTheirModifier) {
  EXPECT_FALSE(hasId(starter().match("Het loopt uit de hand met de ruzies").domains, "lichamelijke-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("De kinderen horen alles").domains, "lichamelijke-gezondheid"));
  MatchResult inTouch = starter().match("Moeder heeft contact opgenomen met de school");
  EXPECT_FALSE(hasId(inTouch.domains, "participatie"));
  EXPECT_FALSE(hasId(inTouch.domains, "lichamelijke-gezondheid"));  // getting in touch, no admission
  EXPECT_FALSE(hasId(starter().match("De ouders hebben goede contacten met de school").domains, "participatie"));
  EXPECT_FALSE(hasId(starter().match("Er is een groot risico dat het misgaat").domains, "inkomen"));
  EXPECT_TRUE(hasId(starter().match("Meneer loopt slecht").domains, "lichamelijke-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Mevrouw heeft weinig contact met anderen").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Ze kan het eigen risico niet betalen").aspects, "vaste-lasten"));
}

// "partner werkt dag en nacht", "zorgt dag en nacht voor haar man": how much, not a day-night rhythm.
TEST(StarterMatcher, DayAndNightIsNoRhythm) {
  EXPECT_FALSE(hasId(starter().match("Haar partner werkt dag en nacht").aspects, "dagstructuur"));
  EXPECT_TRUE(hasId(starter().match("Zijn dag-nachtritme is helemaal om").aspects, "dagstructuur"));
}

// Shame as the reason for not asking is no problem of its own; shame about oneself is.
TEST(StarterMatcher, ShameAsAReason) {
  EXPECT_FALSE(hasId(starter().match("Ze schaamt zich om hulp te vragen bij haar post").domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("Hij durft uit schaamte niets te vertellen over zijn post").domains,
                     "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Het meisje schaamt zich voor haar lichaam").domains, "psychische-gezondheid"));
}

// Who it is about: a son worried about his mother is grown up; "dr is bang" is a daughter.
TEST(StarterMatcher, WhoTheShorthandAndTheWorryName) {
  EXPECT_FALSE(hasId(starter().match("De zoon maakt zich zorgen om zijn moeder, ze is verward").groups, "kinderen-jongeren"));
  EXPECT_TRUE(hasId(starter().match("Moeder maakt zich zorgen om haar zoon").groups, "kinderen-jongeren"));
  MatchResult dr = starter().match("dr is bang in het donker en wil niet alleen slapen");
  EXPECT_TRUE(hasId(dr.groups, "kinderen-jongeren"));
  EXPECT_TRUE(hasId(dr.domains, "opvoeden-opgroeien"));
  EXPECT_FALSE(hasId(starter().match("dr Jansen verwijst naar de praktijkondersteuner").groups, "kinderen-jongeren"));
}

// Complaints without a medical cause (SOLK) and self-neglect are also a question of the mind.
TEST(StarterMatcher, UnexplainedComplaintsAndSelfNeglect) {
  EXPECT_TRUE(hasId(starter().match("Ze heeft veel pijn maar de dokter vindt geen medische oorzaak").domains,
                    "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("De huisarts denkt aan SOLK").domains, "psychische-gezondheid"));
  MatchResult neglect = starter().match("Meneer verwaarloost zichzelf en wast zich niet meer");
  EXPECT_TRUE(hasId(neglect.domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(neglect.domains, "dagelijks-functioneren"));
}

// Mantelzorg is named by more kin than parents and partners, and by more verbs than zorgen.
TEST(StarterMatcher, CaringForWiderKinIsMantelzorg) {
  EXPECT_TRUE(hasId(starter().match("Ze zorgt al jaren voor haar tante").aspects, "mantelzorg"));
  EXPECT_TRUE(hasId(starter().match("Hij zorgt elke dag voor zijn zwager").aspects, "mantelzorg"));
  EXPECT_TRUE(hasId(starter().match("Zij mantelzorgt voor haar pa").aspects, "mantelzorg"));
  EXPECT_FALSE(hasId(starter().match("De hond zorgt voor overlast voor de buren").aspects, "mantelzorg"));
}

// Second domains a colleague infers from the situation (text::inferredBy), scored apart and
// added in select (Thresholds::inferredBonus), never above the best named domain.
namespace {
double inferredFor(std::string_view question, std::string_view domain) {
  const RawScores r = starter().scores(question);
  const auto& ids = starter().domainIds();
  const auto at = static_cast<std::size_t>(std::find(ids.begin(), ids.end(), domain) - ids.begin());
  return at < r.inferred.size() ? r.inferred[at] : 0.0;
}
}  // namespace

TEST(StarterMatcher, ALostJobIsAlsoIncomeAndWork) {
  EXPECT_GT(inferredFor("Meneer is ontslagen en zijn WW loopt bijna af", "participatie"), 0.0);
  EXPECT_GT(inferredFor("Hij kan zijn werk als buschauffeur niet meer doen", "inkomen"), 0.0);
  EXPECT_GT(inferredFor("Ze is haar baan kwijtgeraakt", "inkomen"), 0.0);
  // A threat or a fear has not happened yet; someone who simply works has no job lost.
  EXPECT_EQ(inferredFor("Haar werkgever dreigt met ontslag", "inkomen"), 0.0);
  EXPECT_EQ(inferredFor("Hij is bang zijn baan kwijt te raken", "inkomen"), 0.0);
  EXPECT_EQ(inferredFor("Ze doet haar werk graag", "inkomen"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Meneer is ontslagen en zijn WW loopt over twee maanden af").domains, "participatie"));
}

TEST(StarterMatcher, AChildWhoNoLongerGoesOutWithdraws) {
  EXPECT_GT(inferredFor("Jongen (14) wordt online gepest en wil niet meer naar buiten", "psychische-gezondheid"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Jongen (14) wordt online gepest en wil niet meer naar buiten").domains,
                    "psychische-gezondheid"));
  // Not without a change, not school refusal, not an adult (isolation is another frame).
  EXPECT_EQ(inferredFor("Jongen (14) speelt niet graag buiten", "psychische-gezondheid"), 0.0);
  EXPECT_EQ(inferredFor("Zoon wil niet meer naar school", "psychische-gezondheid"), 0.0);
  EXPECT_EQ(inferredFor("Meneer wil niet meer naar buiten", "psychische-gezondheid"), 0.0);
}

TEST(StarterMatcher, AYoungChildLeftAloneAtHomeIsUpbringing) {
  EXPECT_GT(inferredFor("Een moeder laat haar kind van 2 alleen thuis als ze gaat werken", "opvoeden-opgroeien"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Een melding dat een moeder haar kind van 2 alleen thuis laat als ze gaat werken").domains,
                    "opvoeden-opgroeien"));
  EXPECT_EQ(inferredFor("Mevrouw is veel alleen thuis", "opvoeden-opgroeien"), 0.0);
}

TEST(StarterMatcher, AParentWorriedAboutAChildAsksAboutUpbringing) {
  EXPECT_GT(inferredFor("Mevrouw maakt zich zorgen over hoe het moet met haar twee jonge kinderen", "opvoeden-opgroeien"),
            0.0);
  EXPECT_GT(inferredFor("Vader is ongerust over zijn zoon", "opvoeden-opgroeien"), 0.0);
  EXPECT_EQ(inferredFor("De zoon maakt zich zorgen om zijn moeder", "opvoeden-opgroeien"), 0.0);
  EXPECT_EQ(inferredFor("Ze zorgen samen voor haar kinderen", "opvoeden-opgroeien"), 0.0);
}

TEST(StarterMatcher, DrivingBesideADrinkingProblemIsADanger) {
  EXPECT_GT(inferredFor("De man heeft een alcoholprobleem en rijdt nog auto", "veiligheid"), 0.0);
  EXPECT_TRUE(hasId(starter().match("De man heeft een alcoholprobleem en rijdt nog auto, de buren zijn bang").domains,
                    "veiligheid"));
  EXPECT_EQ(inferredFor("Mevrouw rijdt nog auto", "veiligheid"), 0.0);
}

TEST(StarterMatcher, AnInferredDomainComesAfterANamedOne) {
  // Inferred evidence alone names nothing; beside a named domain it comes second.
  Thresholds t = starter().thresholds();
  t.inferredBonus = 10.0;
  RawScores r = starter().scores("Hij kan zijn werk als buschauffeur niet meer doen");
  MatchResult m = starter().select(r, t);
  ASSERT_FALSE(m.domains.empty());
  EXPECT_EQ(m.domains.front().id, "participatie");
  EXPECT_TRUE(hasId(m.domains, "inkomen"));
  std::fill(r.domains.begin(), r.domains.end(), 0.0);
  EXPECT_TRUE(starter().select(r, t).domains.empty());
  t.inferredBonus = 0.0;
  EXPECT_FALSE(hasId(starter().select(starter().scores("Hij kan zijn werk als buschauffeur niet meer doen"), t).domains,
                     "inkomen"));
}

TEST(StarterMatcher, AYoungChildWhoHitsAParentIsUpbringing) {
  EXPECT_GT(inferredFor("Ze zegt dat haar zoon van 13 haar slaat als hij zijn zin niet krijgt", "opvoeden-opgroeien"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Moeder zegt dat haar zoon van 13 haar slaat als hij zijn zin niet krijgt").domains,
                    "opvoeden-opgroeien"));
  // A grown-up son is no question of upbringing.
  EXPECT_EQ(inferredFor("Haar zoon van 35 slaat haar", "opvoeden-opgroeien"), 0.0);
  EXPECT_EQ(inferredFor("Haar man slaat haar", "opvoeden-opgroeien"), 0.0);
}

TEST(StarterMatcher, SomeoneOutOnTheStreetAtNightIsInDanger) {
  EXPECT_GT(inferredFor("Hij loopt 's nachts in zijn pyjama op straat en weet niet waar hij woont", "veiligheid"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Meneer loopt 's nachts in zijn pyjama op straat en weet niet waar hij woont").domains,
                    "veiligheid"));
  EXPECT_EQ(inferredFor("Hij slaapt 's nachts slecht", "veiligheid"), 0.0);
}

TEST(StarterMatcher, AHomeThatCanNoLongerBePaidIsAtStake) {
  EXPECT_GT(inferredFor("mw 66 kan haar huis niet meer betalen na de dood van haar man", "dagelijks-functioneren"), 0.0);
  EXPECT_TRUE(hasId(starter().match("mw 66 kan haar huis niet meer betalen na de dood van haar man").domains,
                    "dagelijks-functioneren"));
  EXPECT_EQ(inferredFor("Ze betaalt haar huur elke maand op tijd", "dagelijks-functioneren"), 0.0);
}

TEST(StarterMatcher, ACarerWhoDoesNotKnowWhetherTheyCanBearIt) {
  EXPECT_GT(inferredFor("Meneer is terminaal, zijn vrouw weet niet of ze dat aankan", "dagelijks-functioneren"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Meneer is terminaal en wil thuis sterven, zijn vrouw weet niet of ze dat aankan").domains,
                    "dagelijks-functioneren"));
  EXPECT_EQ(inferredFor("Meneer weet niet of hij de operatie aankan", "dagelijks-functioneren"), 0.0);
}

TEST(StarterMatcher, AVictimCarriesItWithThem) {
  EXPECT_GT(inferredFor("Vrouw van 45 is slachtoffer van mensenhandel en is net vrij", "psychische-gezondheid"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Vrouw van 45 is slachtoffer van mensenhandel en is net vrij").domains,
                    "psychische-gezondheid"));
  EXPECT_EQ(inferredFor("Ze wil slachtofferhulp bellen", "psychische-gezondheid"), 0.0);
}

TEST(StarterMatcher, AHomeThatNoLongerFitsIsAlsoDailyLife) {
  EXPECT_GT(inferredFor("meneer heeft last van zijn knie, kan de trap niet meer op", "dagelijks-functioneren"), 0.0);
  EXPECT_TRUE(hasId(starter().match("meneer heeft geen problemen met geld, wel met zijn knie, kan de trap niet meer op").domains,
                    "dagelijks-functioneren"));
  EXPECT_EQ(inferredFor("Hij loopt elke dag de trap op", "dagelijks-functioneren"), 0.0);
}

TEST(StarterMatcher, NoOneLeftToTalkToIsLoneliness) {
  EXPECT_GT(inferredFor("Ze zegt dat ze niemand meer heeft om mee te praten", "participatie"), 0.0);
  EXPECT_EQ(inferredFor("Niemand weet wat er aan de hand is", "participatie"), 0.0);
}

TEST(StarterMatcher, ManyPeopleInOneHomeIsOvercrowding) {
  EXPECT_GT(inferredFor("Arbeidsmigrant woont met tien mannen in een huis", "dagelijks-functioneren"), 0.0);
  EXPECT_GT(inferredFor("Ze slapen met 6 personen op een kamer", "dagelijks-functioneren"), 0.0);
  EXPECT_EQ(inferredFor("Hij woont met twee mannen in een huis", "dagelijks-functioneren"), 0.0);
  EXPECT_EQ(inferredFor("Ze woont al tien jaar in de wijk", "dagelijks-functioneren"), 0.0);
}

TEST(StarterMatcher, SomeoneWhoNeedsAnAidHasABodyAndADailyLife) {
  EXPECT_GT(inferredFor("mevrouw is bijna blind en heeft een geleidehond aangevraagd", "dagelijks-functioneren"), 0.0);
  EXPECT_GT(inferredFor("Een vrouw heeft een rollator nodig", "lichamelijke-gezondheid"), 0.0);
  EXPECT_TRUE(hasId(starter().match("mevrouw is bijna blind en heeft een geleidehond aangevraagd").domains,
                    "dagelijks-functioneren"));
  EXPECT_EQ(inferredFor("De rollator staat in de gang", "lichamelijke-gezondheid"), 0.0);
}

TEST(StarterMatcher, CaringForARelativeIsAlsoTheCarersDailyLife) {
  EXPECT_GT(inferredFor("Twee zussen hebben ruzie over de zorg voor hun dementerende vader", "dagelijks-functioneren"), 0.0);
  EXPECT_TRUE(hasId(starter().match("Twee zussen hebben ruzie over de zorg voor hun dementerende vader").domains,
                    "dagelijks-functioneren"));
  EXPECT_EQ(inferredFor("Ze maakt zich zorgen over haar vader", "dagelijks-functioneren"), 0.0);
}

TEST(StarterMatcher, AChildWhoWeighsTooMuchOrDoesNotGrow) {
  EXPECT_GT(inferredFor("Jongen van 12 is veel te zwaar en wordt gepest", "lichamelijke-gezondheid"), 0.0);
  EXPECT_EQ(inferredFor("Het is haar allemaal te zwaar", "lichamelijke-gezondheid"), 0.0);
  EXPECT_EQ(inferredFor("Het is te zwaar voor haar", "lichamelijke-gezondheid"), 0.0);
  EXPECT_GT(inferredFor("Moeder heeft moeite met de verzorging, de baby komt niet aan", "lichamelijke-gezondheid"), 0.0);
  EXPECT_EQ(inferredFor("De baby komt morgen aan", "lichamelijke-gezondheid"), 0.0);
}

TEST(StarterMatcher, DrinkingWithoutAlcoholIsNoDrinkingProblem) {
  EXPECT_FALSE(hasId(starter().match("Meneer drinkt liters water per dag").domains, "psychische-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("De baby drinkt slecht aan de borst").domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Meneer drinkt elke avond").domains, "psychische-gezondheid"));
}

TEST(StarterMatcher, FallingInAnotherSenseIsNoFall) {
  EXPECT_FALSE(hasId(starter().match("Mijn zoon valt op jongens").domains, "lichamelijke-gezondheid"));
  EXPECT_FALSE(hasId(starter().match("Daarmee valt de helft van het inkomen weg").domains, "lichamelijke-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Mevrouw valt vaak").domains, "lichamelijke-gezondheid"));
}

TEST(StarterMatcher, YouthsWhoDoSomethingToOthersAreNoYoungPersonOfTheQuestion) {
  MatchResult nuisance = starter().match("Meneer wordt uitgescholden door een groep jongeren");
  EXPECT_FALSE(hasId(nuisance.groups, "kinderen-jongeren"));
  EXPECT_FALSE(hasId(nuisance.domains, "opvoeden-opgroeien"));
  EXPECT_TRUE(hasId(starter().match("De jongeren in dit gezin spijbelen").groups, "kinderen-jongeren"));
}

TEST(StarterMatcher, AThingRejectedAndSomethingMissed) {
  EXPECT_FALSE(hasId(starter().match("De kachel is afgekeurd").domains, "participatie"));
  EXPECT_TRUE(hasId(starter().match("Meneer is afgekeurd").domains, "participatie"));
  EXPECT_FALSE(hasId(starter().match("Hij heeft een afspraak gemist").domains, "psychische-gezondheid"));
  EXPECT_TRUE(hasId(starter().match("Ze voelt een groot gemis").domains, "psychische-gezondheid"));
}

TEST(StarterMatcher, AYoungPersonSaysWhoTheQuestionIsAboutNotWhatItIsAbout) {
  // "jongeren", "tiener", "jeugd" name the target group; the upbringing needs more than the word
  // (the group's prior still adds to it, Thresholds::groupPriors).
  MatchResult park = starter().match("Jongeren uit de buurt willen een moestuin beginnen en zoeken hulp bij de gemeente");
  EXPECT_TRUE(hasId(park.groups, "kinderen-jongeren"));
  EXPECT_EQ(ids(park.domains), (std::vector<std::string>{"participatie"}));
  MatchResult loitering = starter().match("jeugd hangt rond bij de supermarkt en intimideert klanten");
  EXPECT_TRUE(hasId(loitering.groups, "kinderen-jongeren"));
  EXPECT_FALSE(hasId(loitering.domains, "opvoeden-opgroeien"));
  // the upbringing itself still counts
  EXPECT_TRUE(hasId(starter().match("Ouders weten niet hoe ze met hun puber moeten omgaan").domains, "opvoeden-opgroeien"));
}

TEST(StarterMatcher, LanguageAndOriginSayWhoTheQuestionIsAboutNotWhatItIsAbout) {
  // "spreekt weinig Nederlands", "land van herkomst": the migration background, no question of
  // taking part; learning the language still is one.
  MatchResult bill = starter().match("Mw spreekt weinig Nederlands en heeft een achterstand bij de energieleverancier");
  EXPECT_EQ(ids(bill.domains), (std::vector<std::string>{"inkomen"}));
  EXPECT_TRUE(hasId(bill.groups, "migratieachtergrond"));
  MatchResult origin = starter().match(
      "De ouders komen uit Syrië, in hun land van herkomst slaan ouders hun kinderen, de school maakt zich zorgen");
  EXPECT_FALSE(hasId(origin.domains, "participatie"));
  EXPECT_TRUE(hasId(origin.domains, "opvoeden-opgroeien"));
  EXPECT_TRUE(hasId(origin.groups, "migratieachtergrond"));
  EXPECT_TRUE(hasId(starter().match("Mw wil graag Nederlands leren en zoekt een taalcursus").domains, "participatie"));
}

TEST(StarterMatcher, TalkingIsNoSpeechDevelopment) {
  // "praten" alone is everywhere ("wil met niemand praten"); a child who does not talk yet still
  // says something about growth and development.
  EXPECT_EQ(ids(starter().match("Mw wil met niemand van de overheid praten over haar toeslagen").domains),
            (std::vector<std::string>{"inkomen"}));
  EXPECT_TRUE(hasId(starter().match("Peuter van 3 praat nog niet").domains, "lichamelijke-gezondheid"));
}
