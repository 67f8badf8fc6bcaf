// Worked examples for the Dutch text engine: normalise, stem, lexicon, decompound, stop words,
// denial scope and word keys. Each expectation is a known answer for Dutch.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "text/clause.hpp"
#include "text/courtesy.hpp"
#include "text/decompound.hpp"
#include "text/keys.hpp"
#include "text/lexicon.hpp"
#include "text/negation.hpp"
#include "text/normalise.hpp"
#include "text/situation.hpp"
#include "text/stemmer.hpp"
#include "text/stopwords.hpp"
#include "text/wordlist.hpp"

using namespace vk::text;

namespace {
std::vector<std::string> texts(const std::vector<Token>& ts) {
  std::vector<std::string> out;
  for (auto& t : ts) out.push_back(t.text);
  return out;
}
}  // namespace

TEST(Normalise, FoldsCaseAndDiacritics) {
  EXPECT_EQ(fold("Café Één Ruïne Ölçer Syrië"), "cafe een ruine olcer syrie");
  EXPECT_EQ(fold("ÆSTHETIEK straße"), "aesthetiek strasse");
  EXPECT_EQ(fold("ĳs"), "ijs");
  EXPECT_EQ(fold("日本"), "日本");  // outside Latin-1: unchanged
}

TEST(Normalise, TokenizesWithOffsets) {
  const std::string s = "De ex-partner van mevrouw belt, zo'n 3 keer.";
  auto ts = tokenize(s);
  EXPECT_EQ(texts(ts), (std::vector<std::string>{"de", "ex-partner", "van", "mevrouw", "belt", "zon", "3", "keer"}));
  EXPECT_EQ(s.substr(ts[1].begin, ts[1].end - ts[1].begin), "ex-partner");
  EXPECT_EQ(s.substr(ts[5].begin, ts[5].end - ts[5].begin), "zo'n");
  EXPECT_TRUE(ts[0].clauseStart);
  EXPECT_FALSE(ts[1].clauseStart);
  EXPECT_TRUE(ts[5].clauseStart);  // after the comma
}

TEST(Normalise, AnAbbreviationsFullStopEndsNoClause) {
  auto ts = tokenize("Mw. is 80. Ze belt i.v.m. de huur.");
  EXPECT_EQ(texts(ts), (std::vector<std::string>{"mw", "is", "80", "ze", "belt", "i", "v", "m", "de", "huur"}));
  EXPECT_FALSE(ts[1].clauseStart);  // after "Mw."
  EXPECT_TRUE(ts[3].clauseStart);   // after "80."
  EXPECT_FALSE(ts[8].clauseStart);  // after "i.v.m."
}

TEST(Normalise, ApostrophesAndHyphensOnlyInsideWords) {
  EXPECT_EQ(texts(tokenize("auto's en baby’s")), (std::vector<std::string>{"autos", "en", "babys"}));
  EXPECT_EQ(texts(tokenize("'s nachts - en -dan")), (std::vector<std::string>{"s", "nachts", "en", "dan"}));
  EXPECT_EQ(texts(tokenize("een 84-jarige")), (std::vector<std::string>{"een", "84-jarige"}));
  EXPECT_EQ(texts(tokenize("Ruïne—Één")), (std::vector<std::string>{"ruine", "een"}));
  auto ts = tokenize("Één café");
  EXPECT_EQ(ts[1].begin, 6u);  // byte offsets in the original UTF-8 ("Één" is 5 bytes)
}

// Pasted and phone-typed text: full-width digits and letters read as ASCII, and characters that
// show as nothing stay inside the word instead of splitting it.
TEST(Normalise, FullWidthFormsAndInvisibleCharactersReadAsTheTextShows) {
  EXPECT_EQ(fold("zoon van \uFF11\uFF16 \uFF2A\uFF41\uFF41\uFF52"), "zoon van 16 jaar");
  EXPECT_EQ(fold("spij\u200Bbelt"), "spijbelt");
  EXPECT_EQ(texts(tokenize("zoon van \uFF11\uFF16")), (std::vector<std::string>{"zoon", "van", "16"}));
  EXPECT_EQ(texts(tokenize("hij spij\u200Bbelt, ex\u00ADpartner\u2060s \uFEFFschulden")),
            (std::vector<std::string>{"hij", "spijbelt", "expartners", "schulden"}));
  auto ts = tokenize("a\u200Bb c");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].begin, 0u);
  EXPECT_EQ(ts[0].end, 5u);  // the offsets still span the original bytes
  EXPECT_EQ(texts(tokenize("geen\u3000schulden")), (std::vector<std::string>{"geen", "schulden"}));
  // As it shows, unfolded: case and diacritics stay, the invisible and the full-width go.
  EXPECT_EQ(visible("Cli\u00EBnt spij\u200Bbelt \uFF11\uFF16"), "Cli\u00EBnt spijbelt 16");
}

TEST(Normalise, HyphenParts) {
  EXPECT_EQ(hyphenParts("auto-ongeluk"), (std::vector<std::string_view>{"auto", "ongeluk"}));
  EXPECT_EQ(joinHyphens("ex-partner"), "expartner");
}

TEST(Stemmer, SnowballDutch) {
  EXPECT_EQ(stem("schulden"), "schuld");
  EXPECT_EQ(stem("uitkeringen"), "uitker");
  EXPECT_EQ(stem("uitkering"), "uitker");
  EXPECT_EQ(stem("eenzaamheid"), stem("eenzaam"));
  EXPECT_EQ(stem("toeslagen"), "toeslag");
}

TEST(Stemmer, VariantsForWhatSnowballMisses) {
  std::vector<std::string> v;
  stemVariants("drinkt", v);
  EXPECT_NE(std::find(v.begin(), v.end(), stem("drinken")), v.end());
  stemVariants("gepest", v);
  EXPECT_NE(std::find(v.begin(), v.end(), stem("pesten")), v.end());
  stemVariants("meisjes", v);
  EXPECT_NE(std::find(v.begin(), v.end(), stem("meisje")), v.end());
  stemVariants("past", v);  // "op de kinderen past" → passen (Snowball keeps the double s)
  EXPECT_NE(std::find(v.begin(), v.end(), stem("passen")), v.end());
  stemVariants("homoseksuele", v);
  EXPECT_NE(std::find(v.begin(), v.end(), stem("homoseksueel")), v.end());
}

TEST(Stemmer, ThreadSafe) {
  std::string a, b;
  std::thread t([&] { a = stem("schuldeisers"); });
  b = stem("schuldeisers");
  t.join();
  EXPECT_EQ(a, b);
}

TEST(Lexicon, IrregularForms) {
  EXPECT_EQ(baseForm("kinderen"), "kind");
  EXPECT_EQ(baseForm("sloeg"), "slaan");
  EXPECT_EQ(baseForm("geslagen"), "slaan");
  EXPECT_EQ(baseForm("ouderen"), "bejaarde");  // the elderly, not the parents
  EXPECT_EQ(baseForm("ouders"), "ouder");
  EXPECT_FALSE(baseForm("huis").has_value());
  auto forms = irregularForms();
  EXPECT_TRUE(std::is_sorted(forms.begin(), forms.end(), [](auto& a, auto& b) { return a.first < b.first; }));
}

TEST(Lexicon, Diminutives) {
  std::vector<std::string_view> c;
  auto has = [&](std::string_view w) { return std::find(c.begin(), c.end(), w) != c.end(); };
  diminutiveBases("zoontje", c);
  EXPECT_TRUE(has("zoon"));
  diminutiveBases("kindje", c);
  EXPECT_TRUE(has("kind"));
  diminutiveBases("mannetje", c);
  EXPECT_TRUE(has("man"));
  diminutiveBases("bloempje", c);
  EXPECT_TRUE(has("bloem"));
  diminutiveBases("huisjes", c);
  EXPECT_TRUE(has("huis"));
  diminutiveBases("huis", c);
  EXPECT_TRUE(c.empty());
}

TEST(Keys, JoinWhatBelongsTogether) {
  EXPECT_EQ(wordKey("kinderen"), wordKey("kind"));
  EXPECT_EQ(wordKey("kindje"), wordKey("kinderen"));  // through the lexicon
  EXPECT_EQ(wordKey("ouders"), wordKey("ouder"));
  EXPECT_NE(wordKey("ouderen"), wordKey("ouders"));
  EXPECT_EQ(wordKey("sloeg"), wordKey("slaan"));
  EXPECT_EQ(wordKey("ex-partner"), wordKey("expartner"));
  EXPECT_EQ(phraseKey("De huur niet kunnen betalen"), wordKey("huur") + " " + wordKey("betalen"));
}

TEST(Decompound, SplitsAgainstVocabulary) {
  Decompounder d;
  for (auto w : {"schuld", "hulp", "verlening", "huur", "achterstand", "bijstand", "uitkering", "kind", "opvang",
                 "toeslag", "vuilnis", "zak", "energie", "rekening", "ver", "huis"})
    d.add(w);
  EXPECT_EQ(d.split("schuldhulpverlening"), (std::vector<std::string>{"schuld", "hulp", "verlening"}));
  EXPECT_EQ(d.split("huurachterstand"), (std::vector<std::string>{"huur", "achterstand"}));
  EXPECT_EQ(d.split("bijstandsuitkering"), (std::vector<std::string>{"bijstand", "uitkering"}));  // linking -s-
  EXPECT_EQ(d.split("kinderopvangtoeslag"), (std::vector<std::string>{"kind", "opvang", "toeslag"}));  // -er-
  EXPECT_EQ(d.split("vuilniszakken"), (std::vector<std::string>{"vuilnis", "zakken"}));  // plural head
  EXPECT_EQ(d.split("energierekeningen"), (std::vector<std::string>{"energie", "rekeningen"}));
  EXPECT_TRUE(d.split("huur").empty());          // a known word is not a compound
  EXPECT_TRUE(d.split("verhuisd").empty());      // "ver" is shorter than a part may be
  EXPECT_TRUE(d.split("onbekendwoord").empty());  // nothing known
}

TEST(Decompound, FewestPartsWin) {
  Decompounder d;
  for (auto w : {"schuld", "hulp", "schuldhulp", "verlening"}) d.add(w);
  EXPECT_EQ(d.split("schuldhulpverlening"), (std::vector<std::string>{"schuldhulp", "verlening"}));
}

TEST(Stopwords, ListIsSortedAndLookupWorks) {
  auto all = stopwords();
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_TRUE(std::adjacent_find(all.begin(), all.end()) == all.end());
  EXPECT_TRUE(isStopword("de"));
  EXPECT_TRUE(isStopword("niet"));
  EXPECT_FALSE(isStopword("schulden"));
  EXPECT_FALSE(isStopword("alleen"));  // "woont alleen" carries meaning
}

TEST(Courtesy, GreetingsThanksAndWordsForAskingAreASortedFoldedList) {
  auto all = courtesyWords();
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_TRUE(std::adjacent_find(all.begin(), all.end()) == all.end());
  for (auto w : all)
    for (char c : w) EXPECT_TRUE(c >= 'a' && c <= 'z') << w;
  for (auto w : {"goedemorgen", "hallo", "bedankt", "groetjes", "vraag", "hulp", "advies"}) EXPECT_TRUE(isCourtesy(w)) << w;
  for (auto w : {"schulden", "morgen", "eenzaam", "helpen"}) EXPECT_FALSE(isCourtesy(w)) << w;
}

TEST(Stopwords, FunctionWordsAndCloudFillersAreSeparateSortedLists) {
  auto fill = fillers();
  EXPECT_TRUE(std::is_sorted(fill.begin(), fill.end()));
  EXPECT_TRUE(std::adjacent_find(fill.begin(), fill.end()) == fill.end());
  // No word is in both lists, and every filler is folded (no capitals, diacritics or apostrophes).
  for (auto w : fill) {
    EXPECT_FALSE(isStopword(w)) << w;
    for (char c : w) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << w;
  }
  // More function words than before: pronominal adverbs, prepositions, conjunctions.
  for (auto w : {"daarmee", "ervoor", "waarbij", "tijdens", "volgens", "zoals", "zichzelf", "dezelfde", "via"})
    EXPECT_TRUE(isStopword(w)) << w;
  // The words that dominated the team's clouds (issue 13), numerals, light and modal verbs.
  for (auto w : {"twee", "keer", "hoeft", "mee", "neem", "blijf", "pas", "mis", "doe", "drie", "eerste", "paar",
                 "mag", "komt", "krijgt", "zegt", "gewoon", "echt", "nou", "hoor", "dingen", "naast", "nodig",
                 "terwijl", "vanuit", "kijken"})
    EXPECT_TRUE(isFiller(w)) << w;
  EXPECT_TRUE(isStopword("gaat"));  // in one list only
  EXPECT_FALSE(isFiller("gaat"));
  // Words with a topic stay.
  for (auto w : {"schulden", "alleen", "collegas", "gesprek", "huisbezoek", "lastig", "moeilijk", "samen", "luisteren"}) {
    EXPECT_FALSE(isFiller(w)) << w;
    EXPECT_FALSE(isStopword(w)) << w;
  }
}

TEST(Negation, DenialScopeEndsAtClauseOrMaar) {
  auto ts = tokenize("Er is geen sprake van schulden of geweld, maar wel van eenzaamheid.");
  std::vector<char> neg;
  markNegated(ts, neg);
  auto at = [&](std::string_view w) {
    for (std::size_t i = 0; i < ts.size(); ++i)
      if (ts[i].text == w) return neg[i] != 0;
    ADD_FAILURE() << w;
    return false;
  };
  EXPECT_TRUE(at("schulden"));
  EXPECT_TRUE(at("geweld"));
  EXPECT_FALSE(at("eenzaamheid"));
  EXPECT_FALSE(at("er"));

  ts = tokenize("Hij heeft geen geld en kan niet meer lopen.");  // problems, not denials
  markNegated(ts, neg);
  EXPECT_EQ(std::count(neg.begin(), neg.end(), 1), 0);
}

// The hunspell-nl word list (server/cmake/wordlist.cmake), linked in at build time.
TEST(WordList, DutchWordsSplitCompoundsTheCatalogueDoesNotKnow) {
  const vk::text::WordList& nl = vk::text::WordList::dutch();
  if (nl.empty()) GTEST_SKIP() << "built without /usr/share/hunspell/nl.dic (apt-get install hunspell-nl)";
  EXPECT_GT(nl.size(), 100000u);
  EXPECT_TRUE(nl.contains("leverancier"));
  EXPECT_FALSE(nl.contains("xqzvw"));
  vk::text::Decompounder d;
  d.add("energie");
  EXPECT_TRUE(d.split("energieleverancier").empty());  // "leverancier" unknown without the list
  d.useWordList(&nl);
  EXPECT_EQ(d.split("energieleverancier"), (std::vector<std::string>{"energie", "leverancier"}));
  EXPECT_EQ(d.split("bewindvoerder"), (std::vector<std::string>{"bewind", "voerder"}));
  // A dictionary word splits only into parts of four letters or more.
  for (const std::string& p : d.split("verhuizing")) EXPECT_GE(p.size(), 4u) << p;
}

TEST(Negation, GeenBeforeAProblemNounDeniesThatNounOnly) {
  auto t = vk::text::tokenize("geen schulden, wel moeite met rondkomen");
  std::vector<char> neg;
  vk::text::markNegated(t, neg);
  EXPECT_EQ(neg, (std::vector<char>{1, 1, 0, 0, 0, 0}));
  // A lack that is the problem itself is no denial.
  t = vk::text::tokenize("ze heeft geen geld");
  vk::text::markNegated(t, neg);
  EXPECT_EQ(neg, (std::vector<char>{0, 0, 0, 0}));
}

TEST(Clause, ClauseHasLooksOnlyInsideTheClauseOfItsWord) {
  std::vector<Token> t = tokenize("Hij werkt niet meer, zijn zoon verkoopt drugs. Ze snijdt zichzelf");
  auto at = [&](std::string_view w) {
    return static_cast<std::size_t>(std::find_if(t.begin(), t.end(), [&](const Token& x) { return x.text == w; }) - t.begin());
  };
  EXPECT_EQ(clauseOf(t, at("niet")), (std::pair<std::size_t, std::size_t>{0, 4}));
  EXPECT_TRUE(clauseHas(t, at("werkt"), {"meer"}));
  EXPECT_FALSE(clauseHas(t, at("werkt"), {"verkoopt"}));  // the next clause
  EXPECT_TRUE(clauseHas(t, at("drugs"), {"verkoopt"}));
  EXPECT_FALSE(clauseHas(t, at("snijdt"), {"drugs"}));    // the previous sentence
  EXPECT_TRUE(clauseHas(t, at("snijdt"), {"zichzelf"}, ClausePart::After));
  EXPECT_FALSE(clauseHas(t, at("snijdt"), {"zichzelf"}, ClausePart::Before));
  EXPECT_TRUE(clauseHas(t, at("drugs"), {"zoon"}, ClausePart::Before));
  EXPECT_FALSE(clauseHas(t, at("drugs"), {"drugs"}, ClausePart::Before));  // the word itself is in neither part
  EXPECT_TRUE(clauseHas(t, at("drugs"), {"drugs"}));
}

TEST(Situation, FramesReadTheCueInItsClause) {
  auto implied = [](std::string_view text, std::string_view cue) {
    std::vector<Token> t = tokenize(text);
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i].text == cue) return impliedBy(t, i);
    return Implied{};
  };
  EXPECT_EQ(implied("zorgt voor haar vader", "zorgt").word, "mantelzorg");
  EXPECT_EQ(implied("zorgt voor haar vader, ze maakt zich zorgen", "zorgt").word, "mantelzorg");  // other clause
  EXPECT_EQ(implied("maakt zich zorgen om haar vader", "zorgen").word, "");
  EXPECT_TRUE(implied("laat het gas aan", "gas").replacesCue);
  EXPECT_EQ(implied("gas en licht afgesloten, fornuis aan", "gas").word, "");
  EXPECT_EQ(implied("durft niet naar buiten", "durft").word, "angst");
  EXPECT_EQ(implied("durft niet te bellen", "durft").word, "");
  EXPECT_EQ(implied("is gevallen in de badkamer", "gevallen").word, "personenalarmering");
  EXPECT_EQ(implied("valt thuis op", "valt").word, "");
  EXPECT_EQ(implied("hij valt haar thuis steeds lastig", "valt").word, "");
  EXPECT_EQ(implied("ze valt steeds weer terug in haar oude gedrag", "valt").word, "");
  EXPECT_EQ(implied("komt het huis niet meer uit", "huis").word, "");  // only buiten, deur, binnen
  EXPECT_EQ(implied("mist haar man nog elke dag", "mist").word, "gemis");
  EXPECT_EQ(implied("heeft vorig jaar zijn vrouw verloren", "verloren").word, "gemis");
  EXPECT_EQ(implied("Vrouw met migraine mist veel werk", "mist").word, "");  // the subject is no loss
  EXPECT_EQ(implied("Vrouw is haar baan verloren", "verloren").word, "");
  EXPECT_EQ(implied("Buurman kan zijn vuilnis niet meer buiten zetten", "vuilnis").word, "huishouden");
  EXPECT_TRUE(implied("Buurman kan zijn vuilnis niet meer buiten zetten", "vuilnis").replacesCue);
  EXPECT_EQ(implied("de buren zetten hun vuilnis op straat", "vuilnis").word, "");  // a nuisance
  EXPECT_EQ(implied("krijgt veel rekeningen van het ziekenhuis", "ziekenhuis").word, "zorgkosten");
  EXPECT_EQ(implied("ligt sinds gisteren in het ziekenhuis", "ziekenhuis").word, "");
}

TEST(Situation, AChildAsTheSubjectOfTheQuestion) {
  EXPECT_TRUE(childIsTheSubject(tokenize("mijn dochter is bang")));
  EXPECT_TRUE(childIsTheSubject(tokenize("Jongen (14) wordt gepest")));
  EXPECT_TRUE(childIsTheSubject(tokenize("dr 14 spijbelt")));
  EXPECT_TRUE(childIsTheSubject(tokenize("Dat meisje, ze is vijftien")));
  EXPECT_FALSE(childIsTheSubject(tokenize("Jong stel met een baby heeft schulden")));
  EXPECT_FALSE(childIsTheSubject(tokenize("Moeder met psychose, wie zorgt voor de kinderen")));
}
