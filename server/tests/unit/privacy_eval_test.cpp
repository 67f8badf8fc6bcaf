// Quality of the privacy guard, measured per kind:
//  - on the shared eval file (server/tests/data/eval/privacy-cases.tsv, a copy of ../shared/eval), and
//  - on a larger set of worked examples below, written for this test (realistic notes by
//    neighbourhood-team professionals; each "none" line must produce no finding at all).
// A case counts as found when a finding of the expected kind covers the expected text.
// Thresholds: recall 1.0 for bsn/iban/email, >= 0.95 for phone/address/birthdate, >= 0.85 for
// names; at most 5% of "none" texts (amounts, times, years, counts ...) may be flagged.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "text/privacy_guard.hpp"

namespace {

using vk::text::Finding;
using vk::text::kindName;
using vk::text::scanPrivacy;

struct Case {
  std::string kind;
  std::string text;
  std::vector<std::string> expect;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<Case> parseTsv(std::istream& in) {
  std::vector<Case> cases;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) { header = false; continue; }
    if (line.empty()) continue;
    auto cols = split(line, '\t');
    if (cols.size() < 2) continue;
    Case c{cols[0], cols[1], {}};
    if (cols.size() >= 3 && !cols[2].empty()) c.expect = split(cols[2], '|');
    cases.push_back(std::move(c));
  }
  return cases;
}

struct Tally {
  int expected = 0, found = 0, exact = 0;  // positives
  int texts = 0, flagged = 0;              // "none" texts
};

struct Report {
  std::map<std::string, Tally> perKind;
  std::vector<std::string> misses;
};

Report evaluate(const std::vector<Case>& cases) {
  Report r;
  for (const Case& c : cases) {
    auto fs = scanPrivacy(c.text);
    if (c.kind == "none") {
      Tally& t = r.perKind["none"];
      ++t.texts;
      if (!fs.empty()) {
        ++t.flagged;
        const Finding& f = fs.front();
        r.misses.push_back("false positive " + std::string(kindName(f.kind)) + " [" +
                           c.text.substr(f.start, f.end - f.start) + "] in: " + c.text);
      }
      continue;
    }
    Tally& t = r.perKind[c.kind];
    for (const std::string& e : c.expect) {
      ++t.expected;
      std::size_t pos = c.text.find(e);
      bool found = false, exact = false;
      if (pos != std::string::npos) {
        for (const Finding& f : fs) {
          if (kindName(f.kind) != c.kind) continue;
          if (f.start <= pos && f.end >= pos + e.size()) found = true;
          if (f.start == pos && f.end == pos + e.size()) exact = true;
        }
      }
      t.found += found;
      t.exact += exact;
      if (!found) r.misses.push_back("missed " + c.kind + " [" + e + "] in: " + c.text);
    }
  }
  return r;
}

void printReport(const char* title, const Report& r) {
  std::printf("\n%s\n%-10s %8s %8s %8s %10s\n", title, "kind", "expected", "found", "recall", "exact-span");
  for (const auto& [kind, t] : r.perKind) {
    if (kind == "none") continue;
    std::printf("%-10s %8d %8d %8.3f %10d\n", kind.c_str(), t.expected, t.found,
                t.expected ? double(t.found) / t.expected : 1.0, t.exact);
  }
  auto it = r.perKind.find("none");
  if (it != r.perKind.end())
    std::printf("%-10s %8d texts, %d flagged (%.1f%% false positives)\n", "none", it->second.texts,
                it->second.flagged, 100.0 * it->second.flagged / std::max(1, it->second.texts));
  for (const auto& m : r.misses) std::printf("  %s\n", m.c_str());
}

double recall(const Report& r, const std::string& kind) {
  auto it = r.perKind.find(kind);
  if (it == r.perKind.end() || it->second.expected == 0) return 1.0;
  return double(it->second.found) / it->second.expected;
}

double falsePositiveRate(const Report& r) {
  auto it = r.perKind.find("none");
  if (it == r.perKind.end() || it->second.texts == 0) return 0.0;
  return double(it->second.flagged) / it->second.texts;
}

void expectThresholds(const Report& r) {
  EXPECT_EQ(recall(r, "bsn"), 1.0);
  EXPECT_EQ(recall(r, "iban"), 1.0);
  EXPECT_EQ(recall(r, "email"), 1.0);
  EXPECT_GE(recall(r, "phone"), 0.95);
  EXPECT_GE(recall(r, "address"), 0.95);
  EXPECT_GE(recall(r, "birthdate"), 0.95);
  EXPECT_GE(recall(r, "name"), 0.85);
  EXPECT_LE(falsePositiveRate(r), 0.05);
}

// Worked examples beyond the shared eval file. BSNs pass the elfproef and IBANs mod 97 unless
// they are "none" look-alikes.
const char* const kExtraCases = R"TSV(kind	text	expect
bsn	BSN: 628194821	628194821
bsn	Het burgerservicenummer van de cliënt is 252.760.189.	252.760.189
bsn	bsn 507 529 170 staat op de brief van de SVB	507 529 170
bsn	Zijn nummer (121547280) heb ik doorgegeven aan het UWV.	121547280
bsn	Moeder gaf haar BSN-nummer door: 385280841, dochter 353799075.	385280841|353799075
bsn	sofinummer 805888718	805888718
bsn	Aanvraag Wmo voor 167868433 ingediend	167868433
bsn	BSN 611148936.	611148936
bsn	"400376143" stond op het formulier	400376143
bsn	bsn:304813734	304813734
bsn	Kopie van ID met BSN 101415618 meegestuurd	101415618
bsn	BSN 111.222.333 (moeder)	111.222.333
iban	IBAN NL44RABO0123456789	NL44RABO0123456789
iban	Huur wordt afgeschreven van NL20 INGB 0001 2345 67.	NL20 INGB 0001 2345 67
iban	rekeningnummer nl02abna0123456789 graag controleren	nl02abna0123456789
iban	Belgische rekening BE68 5390 0754 7034 van de vader	BE68 5390 0754 7034
iban	Duitse bank: DE89370400440532013000	DE89370400440532013000
iban	Overmaken naar NL22SNSB0912345678, o.v.v. huur maart	NL22SNSB0912345678
iban	Rekening in Turkije: TR33 0006 1005 1978 6457 8413 26	TR33 0006 1005 1978 6457 8413 26
iban	Pools rekeningnummer PL61109010140000071219812874	PL61109010140000071219812874
iban	(iban: ES9121000418450200051332)	ES9121000418450200051332
iban	Bank FR1420041010050500013M02606 voor de toeslag	FR1420041010050500013M02606
phone	Bel haar op 0612345678.	0612345678
phone	Zijn nummer is 06 1234 5678	06 1234 5678
phone	tel. 06-1234 5678 (na 17 uur)	06-1234 5678
phone	Vast nummer 010-1234567	010-1234567
phone	Kantoor: 020 123 4567	020 123 4567
phone	Oma woont in Uithoorn, tel 0297-123456.	0297-123456
phone	Bereikbaar via +31 6 12345678	+31 6 12345678
phone	Nummer van de tante: 0031 20 1234567	0031 20 1234567
phone	Vader in België: +32 470 12 34 56	+32 470 12 34 56
phone	+31612345678 is het nummer van moeder	+31612345678
phone	bel (020) 123 4567 voor de afspraak	(020) 123 4567
phone	Whatsapp 06-23456789	06-23456789
phone	mobiel: 06 12 34 56 78	06 12 34 56 78
phone	Neem contact op via 030-2345678 of mail.	030-2345678
phone	tel: +31 (0)20 123 4567	+31 (0)20 123 4567
phone	Zus belt vanaf 0049 30 1234567 (Berlijn)	0049 30 1234567
phone	Buurvrouw: 0570-123456	0570-123456
phone	nummer 0652345678, graag na 16.00 bellen	0652345678
email	Mail naar jan.jansen@gmail.com	jan.jansen@gmail.com
email	e-mailadres: f.elamrani@hotmail.nl.	f.elamrani@hotmail.nl
email	(sanne_de-vries+zorg@wijkteam-utrecht.nl)	sanne_de-vries+zorg@wijkteam-utrecht.nl
email	Stuur het naar INFO@EXAMPLE.ORG	INFO@EXAMPLE.ORG
email	contact: m.yilmaz@live.com of bellen	m.yilmaz@live.com
email	zijn mail is piet123@ziggo.nl	piet123@ziggo.nl
email	<a.b@c.co.uk>	a.b@c.co.uk
email	mailde vanaf moeder.kaya@outlook.com gisteren	moeder.kaya@outlook.com
address	Woont op Kerkstraat 12 in Utrecht.	Kerkstraat 12
address	Adres: Van Goghlaan 3a, Zeist	Van Goghlaan 3a
address	Burgemeester de Vlugtlaan 14-2 is haar nieuwe adres	Burgemeester de Vlugtlaan 14-2
address	Het pand aan de Oude Gracht 123 bis staat leeg.	Oude Gracht 123 bis
address	Verhuisd naar Stationsplein 1, 3511 ED Utrecht	Stationsplein 1|3511 ED
address	Postcode 1012AB	1012AB
address	woont sinds kort op de Amsterdamsestraatweg 410	Amsterdamsestraatweg 410
address	Vader zit in de Rijnkade 5	Rijnkade 5
address	Gezin woont op Laan van Meerdervoort 55	Laan van Meerdervoort 55
address	Nieuw adres: Jan van Galenstraat 102-III	Jan van Galenstraat 102-III
address	Zij woont op de Biltstraat 88A	Biltstraat 88A
address	Huisbezoek op de Maliebaan 45	Maliebaan 45
address	Oma woont op de Dorpsweg 7	Dorpsweg 7
address	De woning aan de Vondelstraat 23 huis is vochtig.	Vondelstraat 23 huis
address	Adres: Singel 250, 1016 AB Amsterdam	Singel 250|1016 AB
address	verhuisd naar de kanaalstraat 17	kanaalstraat 17
address	Het Wilhelminapark 8 is het adres van de school	Wilhelminapark 8
address	Hij woont op Prinsengracht 263.	Prinsengracht 263
address	Ze woont aan de Middenring 44	Middenring 44
address	post naar 2511 CV Den Haag	2511 CV
address	De familie woont in 3521 AZ	3521 AZ
address	Zuster verblijft op de Gansstraat 12-bis	Gansstraat 12-bis
address	Zijn adres is Kanaalweg 3 B	Kanaalweg 3 B
address	Pakketje naar Laan van 't Hof 4	Laan van 't Hof 4
birthdate	Geboren op 12-03-1985 in Rotterdam.	12-03-1985
birthdate	geb. 12/3/85	12/3/85
birthdate	Geboortedatum: 1985-03-12	1985-03-12
birthdate	Zoon is van 12-03-2010	12-03-2010
birthdate	DOB 04/07/1979	04/07/1979
birthdate	Dochter (geb. 4 jul. 2012) zit in groep 6.	4 jul. 2012
birthdate	Moeder is geboren op 23 februari 1990 in Nador.	23 februari 1990
birthdate	Geboortedag: 1 januari 2001	1 januari 2001
birthdate	Vader, geboren 3-11-1975, werkt niet.	3-11-1975
birthdate	geb.datum 17.05.1968	17.05.1968
birthdate	Cliënt is geboren in Paramaribo op 30 december 1959.	30 december 1959
birthdate	Baby is geboren op 2 maart 2024	2 maart 2024
birthdate	Geb: 5-6-07	5-6-07
birthdate	zoon geboren 14 Augustus 2015	14 Augustus 2015
name	Mevrouw Jansen belde vanochtend.	Mevrouw Jansen
name	Gesprek met dhr. El Amrani over de schulden.	dhr. El Amrani
name	mw. De Vries is ziek	mw. De Vries
name	Afspraak met de heer Van den Berg.	de heer Van den Berg
name	meneer Yılmaz heeft de brief niet ontvangen	meneer Yılmaz
name	Fatima El Amrani komt morgen langs.	Fatima El Amrani
name	Afgesproken met Jan de Vries van de woningcorporatie.	Jan de Vries
name	Zoon Daan heeft moeite op school.	Daan
name	Ik heb gebeld met Sanne over de aanvraag.	Sanne
name	Mevr. J. Bakker-de Wit wil geen hulp.	Mevr. J. Bakker-de Wit
name	Dochter Lieke (8) en zoon Bram (11) wonen bij moeder.	Lieke|Bram
name	Mohamed Bouzid is de vader van de kinderen.	Mohamed Bouzid
name	Huisbezoek bij familie Öztürk.	familie Öztürk
name	Buurvrouw Petra helpt met boodschappen.	Petra
name	Ze woont samen met haar partner Kevin.	Kevin
name	Piotr Kowalski werkt bij een uitzendbureau.	Piotr Kowalski
name	Contact gehad met Ayşe Demir.	Ayşe Demir
name	Vandaag sprak ik Rishi Ramdin en zijn moeder.	Rishi Ramdin
name	Moeder heet Samira.	Samira
name	Dhr. Pietersen kwam niet opdagen.	Dhr. Pietersen
name	Broertje Finn gaat naar de opvang.	Finn
name	De kinderen, Noah en Emma, zijn gezond.	Noah|Emma
name	Afspraak met mevrouw Van 't Hof	mevrouw Van 't Hof
name	Meneer Bakker en mevrouw Smit zijn gescheiden.	Meneer Bakker|mevrouw Smit
name	Gesproken met Katarzyna over werk.	Katarzyna
name	Zorgen over Youssef, de oudste zoon.	Youssef
name	Sevgi Kaya is mantelzorger voor haar vader.	Sevgi Kaya
name	Vader Hassan werkt 's nachts.	Hassan
name	Hij heet Kees van der Linden.	Kees van der Linden
name	Daan belde over de huur.	Daan
name	Dochter Kiki wil niet naar school.	Kiki
name	Fam. Jansen heeft een huurachterstand	Fam. Jansen
name	oma Truus past op de kinderen	Truus
name	zoon daan is 8 jaar	daan
name	Met Anouk en Jeroen Smits afgesproken.	Anouk|Jeroen Smits
name	Melding van juf Anja over Sem.	juf Anja|Sem
name	Gesprek met Tomasz en zijn werkgever.	Tomasz
name	Mw Bakker wil een nieuwe afspraak.	Mw Bakker
name	Ahmet Yıldız is de buurman.	Ahmet Yıldız
none	Het bedrag is € 1.250,00 per maand.	
none	De huur is 725 euro en de energie 180 euro.	
none	Afspraak op 12-03-2024 om 14:30 uur.	
none	Op 1 april 2023 is de uitkering gestopt.	
none	Factuurnummer 123456789, bedrag € 89,95.	
none	Ordernummer 987654321 is geleverd.	
none	In 2019 verhuisde het gezin; sinds 2021 is er een schuld.	
none	Drie kinderen in groep 7, groep 5 en groep 2.	
none	Zie artikel 12 van de Participatiewet.	
none	Het gesprek duurde 45 minuten, van 09:00 tot 09:45.	
none	Totale schuld: 12.450,75 verdeeld over 7 schuldeisers.	
none	Zaaknummer 2024-0012345 bij de rechtbank.	
none	Volgende afspraak: dinsdag 14 mei om 10.00 uur.	
none	Moeder werkt 24 uur per week, vader 32 uur.	
none	Er zijn 1250 inwoners in de wijk en 35 procent is jonger dan 18.	
none	De termijn is 06-12-2024 tot 06-01-2025.	
none	Rekening NL91ABNA0417164301 klopt niet (controlecijfer).	
none	Nummer 123.456.789 is geen geldig burgerservicenummer.	
none	Roos de bloem stond op tafel.	
none	Amsterdam, Utrecht en Rotterdam doen mee aan het project.	
none	Maandag en dinsdag is het kantoor gesloten.	
none	In juni en juli is er minder bezetting.	
none	Vandaag was een drukke dag.	
none	Volgens de Gemeente Utrecht is de aanvraag compleet.	
none	Het Wijkteam Overvecht heeft 14 leden.	
none	Huurverhoging van 3,1 procent per 1 juli 2024.	
none	Gesprek met moeder over de opvoeding.	
none	Ben je morgen beschikbaar voor het overleg?	
none	Wil je de stukken voor vrijdag sturen?	
none	Mark het dossier als afgerond.	
none	De vergadering 3 was kort.	
none	We hebben 2 gesprekken gevoerd en 3 huisbezoeken gedaan.	
none	Inkomen 1.850 netto, uitgaven 1.920.	
none	Ze heeft 4 kinderen tussen 2 en 14 jaar.	
none	Het dossier is aangemaakt op 2024-03-12.	
none	Budget 2025: 150.000 euro.	
none	Bijeenkomst in zaal 3 van 19.30 tot 21.00.	
none	Casus 17: jongere met schulden.	
none	Max. 3 deelnemers per groep.	
none	Tijdens de Ramadan zijn afspraken lastig.	
none	De Belastingdienst stuurde een aanmaning van € 312,40.	
none	Na 3 weken is er nog geen reactie van Jeugdzorg.	
none	Scholen in Den Haag en Leiden zijn gesloten.	
none	Week 12: evaluatie met het team.	
none	Ze is 37 jaar en werkt sinds 2010 in de zorg.	
none	Lees hoofdstuk 4 en paragraaf 2.3.	
none	De wachttijd is 6 tot 8 weken.	
none	Huur 650, gas en licht 120, water 25.	
none	Telefoonnummer is bekend bij de huisarts.	
none	Vergoeding van 0,23 euro per kilometer.	
none	De rente is 4,5% en de looptijd 120 maanden.	
none	Postcodegebied 35 heeft de meeste aanvragen.	
none	Om 8.15 uur ging de bel.	
none	In 1998 kwam vader naar Nederland.	
none	Traject loopt van 01-01-2024 tot 31-12-2024.	
none	Moeder belt dagelijks 3 tot 4 keer.	
none	Deze week 2 nieuwe meldingen, vorige week 5.	
none	Aantal cliënten: 1.234, waarvan 456 nieuw.	
none	Zoals besproken in overleg 14.	
none	Eerst bellen, daarna mailen.	
none	Op Koningsdag is het kantoor dicht.	
none	Storm en regen zorgden voor lekkage.	
bsn	Het BSN van vader: 628 194 821.	628 194 821
iban	Overboeken naar NL44 RABO 0123 4567 89 s.v.p.	NL44 RABO 0123 4567 89
phone	Zoon is bereikbaar op 06-98765432.	06-98765432
phone	Kantoor Leiden 071-5123456.	071-5123456
phone	Mobiel oma: 06.12.34.56.78	06.12.34.56.78
email	mail: yasmina.b@icloud.com	yasmina.b@icloud.com
address	Woont op de Hoogstraat 5-A in Schiedam.	Hoogstraat 5-A
address	Nieuw adres Dr. Schaepmanlaan 21	Schaepmanlaan 21
address	Postcode: 3011 AB	3011 AB
address	De Kruisweg 112 is het adres.	Kruisweg 112
address	Zij verhuist naar Berkenhof 9.	Berkenhof 9
birthdate	geboren 7 sept. 1992	7 sept. 1992
birthdate	Geb.datum: 03-05-2001	03-05-2001
birthdate	Moeder (geboren 12 mei 1988) werkt in de thuiszorg.	12 mei 1988
name	Gesprek met mw. Kaya en haar dochter Elif.	mw. Kaya|Elif
name	Vader Mustafa en moeder Hatice zijn gescheiden.	Mustafa|Hatice
name	Met meneer Van Dijk gesproken over de tuin.	meneer Van Dijk
name	Buurman Henk klaagt over geluid.	Henk
name	Ilse en Tom Verhoeven hebben drie kinderen.	Ilse|Tom Verhoeven
name	Marieke belde terug over de aanvraag.	Marieke
name	Hij heet Stanley Koster en woont alleen.	Stanley Koster
name	Gesproken met Oksana Melnyk (Oekraïne).	Oksana Melnyk
name	De kleinzoon van mevr. Hendriks, Jayden, is 15.	mevr. Hendriks|Jayden
none	Er kwamen 14 mensen naar de inloop om 10.30.	
none	De kosten zijn €75,- per maand.	
none	Op 3 maart is het overleg.	
none	Zie ook casus 2023-118.	
none	In Overvecht wonen 34.000 mensen.	
none	Volgens Veilig Thuis is er geen melding.	
none	Leeftijd 42, inkomen 1.650 netto.	
none	Afspraak met de Voedselbank op 18-04-2024.	
)TSV";

TEST(PrivacyEval, SharedEvalFile) {
  std::ifstream in(VK_SOURCE_DIR "/server/tests/data/eval/privacy-cases.tsv");
  ASSERT_TRUE(in.good()) << "cannot open " VK_SOURCE_DIR "/server/tests/data/eval/privacy-cases.tsv";
  auto cases = parseTsv(in);
  ASSERT_GE(cases.size(), 10u);
  Report r = evaluate(cases);
  printReport("tests/data/eval/privacy-cases.tsv", r);
  // every kind the guard knows must be represented, or the recall figures mean nothing
  for (const char* k : {"bsn", "iban", "phone", "email", "address", "birthdate", "name", "none"})
    EXPECT_TRUE(r.perKind.count(k)) << k;
  expectThresholds(r);
}

TEST(PrivacyEval, WorkedExamples) {
  std::istringstream in(kExtraCases);
  auto cases = parseTsv(in);
  ASSERT_GE(cases.size(), 210u);
  Report r = evaluate(cases);
  printReport("worked examples (privacy_eval_test.cpp)", r);
  expectThresholds(r);
}

// Generated texts with only amounts, times, years, counts, appointment dates, postcode-free
// numbers: none of them may be flagged (the brief allows 5%).
TEST(PrivacyEval, NumbersWithoutPersonalData) {
  unsigned seed = 12345;
  auto rnd = [&seed](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const char* templates[] = {
      "Het bedrag is \xE2\x82\xAC %u.%03u,%02u per maand.",
      "Afspraak om %u:%02u uur, daarna om %u.%02u uur.",
      "In %u kwam het gezin, in %u volgde de rest; %u kinderen.",
      "Schuld van %u.%03u euro bij %u schuldeisers.",
      "Afspraak op %02u-%02u-20%02u met de school.",
      "Er zijn %u deelnemers, %u afmeldingen en %u wachtenden.",
      "Factuur %u%03u%03u van %u euro.",
      "Huur %u,%02u en servicekosten %u,%02u.",
      "Groep %u, lokaal %u, kamer %u.",
      "Het traject duurt %u weken en kost %u.%03u euro.",
  };
  int texts = 0, flagged = 0;
  std::vector<std::string> examples;
  for (int i = 0; i < 1000; ++i) {
    char buf[256];
    int t = static_cast<int>(rnd(10));
    unsigned a = 1 + rnd(2024), b = rnd(1000), c = 1 + rnd(99), d = rnd(60);
    if (t == 1) { a = rnd(24); b = rnd(60); c = rnd(24); d = rnd(60); }
    if (t == 2) { a = 1950 + rnd(75); b = 1950 + rnd(75); }
    if (t == 4) { a = 1 + rnd(28); b = 1 + rnd(12); c = rnd(30); }
    if (t == 6) { a = 1 + rnd(9); b = rnd(1000); c = rnd(1000); d = 1 + rnd(5000); }  // 7-digit invoice numbers
    std::snprintf(buf, sizeof buf, templates[t], a, b, c, d);
    ++texts;
    auto fs = scanPrivacy(buf);
    if (!fs.empty()) {
      ++flagged;
      if (examples.size() < 10) examples.push_back(buf);
    }
  }
  std::printf("\ngenerated numeric texts: %d, flagged %d (%.1f%%)\n", texts, flagged, 100.0 * flagged / texts);
  for (const auto& e : examples) std::printf("  flagged: %s\n", e.c_str());
  EXPECT_LE(flagged, texts / 20);
}

}  // namespace
