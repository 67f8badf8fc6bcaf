// Compiled-in first-name list for the privacy guard. A few hundred names that are common among
// residents in the Netherlands; not exhaustive, the guard also uses titles and context.
#include <array>
#include <string_view>
#include <unordered_set>

#include "text/privacy_chars.hpp"
#include "text/privacy_lexicon.hpp"

namespace vk::text::privacy_detail {
namespace {

// Lower case; UTF-8 as written.
constexpr std::string_view kFirstNames[] = {
    // Dutch, older generations
    "johannes", "jan", "hendrik", "henk", "cornelis", "kees", "pieter", "piet", "jacobus", "jaap",
    "gerrit", "gerard", "wim", "willem", "klaas", "dirk", "bert", "gert", "hans", "jos", "joop",
    "theo", "frans", "harry", "arie", "sjaak", "cor", "ad", "ton", "rob", "fred", "rien", "leo",
    "hein", "harm", "wout", "joost", "teun", "maria", "johanna", "anna", "cornelia", "wilhelmina",
    "elisabeth", "hendrika", "margaretha", "ria", "els", "annie", "truus", "riet", "gerda", "joke",
    "tineke", "ineke", "marja", "marian", "mieke", "anja", "monique", "petra", "ingrid", "karin",
    "ellen", "wilma", "astrid", "carla", "sandra", "linda", "marjolein", "saskia", "esther",
    "miranda", "jolanda", "angela", "bianca", "chantal", "danielle", "daniëlle", "natasja", "bep",
    "greet", "trees", "corrie", "annemarie", "marianne", "hennie", "dini", "thea", "wilhelmus",
    // Dutch, middle generations
    "bart", "bas", "daniel", "daniël", "dennis", "erik", "frank", "jeroen", "koen", "maarten",
    "mark", "martijn", "michiel", "niels", "patrick", "paul", "peter", "remco", "rick", "robin",
    "ruud", "sander", "stefan", "tom", "vincent", "wouter", "arjan", "edwin", "marco", "richard",
    "ronald", "erwin", "johan", "marcel", "martin", "michel", "rene", "rené", "roel", "wesley",
    "youri", "jordy", "mike", "nick", "roy", "danny", "jeffrey", "rutger", "kevin", "jasper",
    "anouk", "britt", "dewi", "ilse", "inge", "joyce", "kelly", "laura", "manon", "marieke",
    "merel", "naomi", "nicole", "renske", "rianne", "sabine", "suzanne", "wendy", "yvonne", "femke",
    "eline", "esmee", "mirjam", "judith", "hanneke", "annelies", "marloes", "lieke", "kim",
    "jessica", "melissa", "priscilla", "claudia", "patricia", "simone", "jacqueline", "denise",
    // Dutch, children and young adults
    "daan", "sem", "lucas", "levi", "finn", "milan", "liam", "noah", "luuk", "bram", "lars", "jesse",
    "thijs", "sven", "ruben", "thomas", "tim", "stijn", "max", "julian", "mees", "gijs", "jayden",
    "tygo", "sam", "siem", "hugo", "otis", "boaz", "mats", "jens", "rens", "joep", "olivier", "dex",
    "vince", "owen", "ryan", "dani", "jason", "hidde", "jelle", "jort", "job", "floris", "pepijn",
    "casper", "wessel", "luc", "guus", "pim", "stan", "tijn", "ties", "cas", "jip", "fedde", "senna",
    "emma", "julia", "mila", "tess", "sophie", "zoë", "zoe", "sara", "sarah", "nora", "yara", "eva",
    "liv", "lotte", "evi", "noor", "saar", "lisa", "fenna", "sanne", "isa", "fleur", "anne", "iris",
    "elin", "jasmijn", "lynn", "mirthe", "nina", "roos", "sofie", "vera", "lina", "maud", "floor",
    "hanna", "hannah", "amber", "bo", "charlotte", "demi", "indy", "jill", "kiki", "lana", "luna",
    "nova", "olivia", "puck", "romy", "sterre", "tara", "veerle", "yfke", "zara", "ben", "wil",
    "linde", "jade", "storm", "noa", "ella", "elif", "amy", "lola", "jente", "mia", "nienke",
    // Moroccan / Arabic
    "mohamed", "mohammed", "muhammed", "mohammad", "ahmed", "ahmad", "youssef", "yusuf", "mustafa",
    "said", "rachid", "karim", "hamza", "bilal", "ayoub", "ilias", "ilyas", "soufiane", "anouar",
    "nordin", "khalid", "abdel", "abdelkader", "abdelaziz", "abdellah", "driss", "hassan",
    "hussein", "omar", "othman", "ismail", "ibrahim", "adam", "amin", "amine", "mehdi", "zakaria",
    "redouan", "redouane", "samir", "nabil", "tarik", "tariq", "mahmoud", "abdullah", "khaled",
    "yassin", "yassine", "younes", "anas", "achraf", "mourad", "jamal", "fatima", "fatma",
    "khadija", "aicha", "aisha", "naima", "nadia", "samira", "malika", "zineb", "houda", "hanane",
    "loubna", "meryem", "maryam", "mariam", "yasmina", "yasmine", "imane", "soumaya", "salma",
    "latifa", "rachida", "saida", "najat", "hafsa", "hajar", "ikram", "asmae", "ilham", "zahra",
    "dounia", "rania", "hiba", "amal", "rasha", "noura", "layla", "leila", "nour", "aya", "sanaa",
    "siham", "souad", "wafa", "karima", "hayat", "farida", "jamila", "habiba",
    // Turkish / Kurdish
    "mehmet", "ahmet", "hüseyin", "huseyin", "hasan", "ali", "murat", "emre", "burak", "kemal",
    "osman", "recep", "serkan", "cem", "kaan", "efe", "emir", "ömer", "omer", "enes", "furkan",
    "onur", "volkan", "selim", "gökhan", "gokhan", "ercan", "erkan", "ozan", "tolga", "berkay",
    "yunus", "hakan", "orhan", "ismet", "ayşe", "ayse", "emine", "hatice", "zeynep", "özlem",
    "ozlem", "esra", "merve", "büşra", "busra", "derya", "sibel", "gül", "hülya", "hulya", "songül",
    "nur", "ebru", "deniz", "aylin", "yasemin", "dilek", "serpil", "tuba", "sevgi", "sultan",
    "gülsüm", "melek", "songul", "can", "baran", "rojda", "dilan",
    // Surinamese / Antillean / Caribbean
    "rishi", "ravi", "sunil", "anil", "prem", "radjesh", "ramesh", "sanjay", "vishal", "ashwin",
    "nishant", "deepak", "shanti", "sunita", "anita", "priya", "anjali", "radha", "kavita",
    "reshma", "sharmila", "shirley", "glenn", "romano", "jerrel", "virgil", "clarence", "errol",
    "milton", "orlando", "rudy", "ricardo", "quincy", "dwayne", "shanice", "gracia", "roxanne",
    "denzel", "kenneth", "melvin", "edson", "giovanni", "dayenne", "jairo", "soraya", "marlon",
    "stanley", "rowena", "natasha", "gregory", "jurmen", "churandy", "sharon", "xiomara",
    // Polish / Central and Eastern European
    "piotr", "tomasz", "paweł", "pawel", "krzysztof", "andrzej", "marek", "michał", "michal",
    "łukasz", "lukasz", "jakub", "kamil", "mateusz", "wojciech", "grzegorz", "marcin", "dawid",
    "bartosz", "katarzyna", "agnieszka", "małgorzata", "malgorzata", "magdalena", "joanna",
    "aleksandra", "ewa", "monika", "marta", "beata", "dorota", "justyna", "kasia", "zofia",
    "natalia", "karolina", "paulina", "olena", "oksana", "olga", "iryna", "irina", "dmytro",
    "oleksandr", "andrii", "sergei", "ivan", "elena", "ionut", "mihai", "andrei", "georgi",
    // Syrian, Eritrean, Somali, Afghan and others
    "yonas", "tesfay", "semhar", "helen", "filmon", "abdi", "hodan", "mohamud", "faduma", "ayaan",
    "aziz", "farid", "reza", "ahmadi", "hamid", "walid", "rami", "lama", "dana", "yousef", "samer",
    "fadi", "kifah", "merhawi", "senait", "mulu", "abdirahman", "hawa", "sahra", "parwin", "nasrin",
    "lin", "wei", "kofi", "kwame", "ama", "abena", "john", "david", "michael", "maria",
};

// First names that are also ordinary Dutch or English words, or that often occur capitalised
// at the start of a sentence in other meanings.
constexpr std::string_view kAmbiguous[] = {
    "ben", "wil", "roos", "mark", "floor", "noor", "fleur", "bo", "jade", "storm", "rob", "job",
    "bas", "mees", "frank", "max", "ton", "els", "iris", "linde", "amber", "can", "said", "nur",
    "ad", "cor", "merel", "luna", "nova", "puck", "liv", "lin", "wei", "dana", "lama",
    "ama", "aya", "hawa", "mulu", "hope", "deniz", "melek", "sultan", "trees", "stan", "helen",
    "john", "david", "michael",
};

struct Sets {
  std::unordered_set<std::string_view> names{std::begin(kFirstNames), std::end(kFirstNames)};
  std::unordered_set<std::string_view> ambiguous{std::begin(kAmbiguous), std::end(kAmbiguous)};
};

const Sets& sets() {
  static const Sets s;
  return s;
}

}  // namespace

bool isFirstName(std::string_view w) {
  char buf[24];
  std::string_view f = foldAscii(w, buf);
  if (f.size() < 2) return false;
  if (static_cast<unsigned char>(f[0]) >= 0xC3 && static_cast<unsigned char>(f[0]) <= 0xC5 && f.size() >= 2) {
    // Upper-case non-ASCII initial (Ö, Ł, Ş, Ü): map to the lower-case code point (+0x20 in
    // Latin-1, +1 in Latin Extended-A) for the lookup.
    char low[24];
    std::copy(f.begin(), f.end(), low);
    unsigned char c2 = static_cast<unsigned char>(low[1]);
    if (static_cast<unsigned char>(low[0]) == 0xC3 && c2 >= 0x80 && c2 <= 0x9E) low[1] = static_cast<char>(c2 + 0x20);
    else if (c2 >= 0x80 && c2 <= 0xBF) low[1] = static_cast<char>(c2 + 1);
    if (sets().names.count(std::string_view(low, f.size()))) return true;
  }
  return sets().names.count(f) > 0;
}

bool isAmbiguousFirstName(std::string_view w) {
  char buf[24];
  std::string_view f = foldAscii(w, buf);
  return !f.empty() && sets().ambiguous.count(f) > 0;
}

}  // namespace vk::text::privacy_detail
