package org.openris.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word material for the demo city "Musterstadt": an invented large city in North Rhine-Westphalia
 * with a council of about 60 seats, four districts, a dozen committees and a German-style
 * administration. A generator with a seeded {@link java.util.Random} picks from these lists, so
 * the same seed gives the same city.
 *
 * <p>Everything here is invented. Names are common first and family names, combined at random by
 * the generator; {@link #AVOIDED_FULL_NAMES} lists combinations that would name well-known real
 * people and must be skipped. All strings except {@link #UNICODE_FAMILY_NAMES} stay within
 * WinAnsiEncoding, so {@link DemoPdf} draws them without '?'.
 *
 * <p>Templates contain placeholders in braces, e.g. {@code "Radweg {street}"}; the allowed names
 * and their meaning are listed in {@link #PLACEHOLDERS}; {@link #fill(String, Map)} substitutes them.
 * Codes such as {@code "DECISION"} or {@code "FACTION"} are the constants of our schema
 * (see docs/domain/glossary.md).
 *
 * <p>All lists are immutable ({@code List.of}); the records only hold immutable lists.
 */
final class MusterstadtVocabulary {

    private MusterstadtVocabulary() {
    }

    // =============================================================================================
    // Records
    // =============================================================================================

    /** A value with a relative weight for weighted random choice. */
    record Weighted<T>(T value, int weight) {
    }

    /** A word in its female and male form ("Vorsitzende" / "Vorsitzender"). */
    record Label(String female, String male) {
        String forGender(boolean isFemale) {
            return isFemale ? female : male;
        }
    }

    /** A family name that changes with gender (Polish -ski/-ska, Russian -ow/-owa, Greek -os/-ou). */
    record FamilyNamePair(String male, String female) {
        String forGender(boolean isFemale) {
            return isFemale ? female : male;
        }
    }

    /** A template placeholder: {@code name} appears as {@code {name}} in templates. */
    record Placeholder(String name, String meaning) {
    }

    /**
     * A Stadtbezirk with its district council (Bezirksvertretung), the building it meets in, its
     * sub-localities (Ortsteile, used as {@code "Ortsteil {subLocality}"}) and postal codes.
     */
    record District(String name, String districtCouncil, String districtCouncilGenitive, MeetingRoom meetingRoom,
            List<String> subLocalities, List<String> postalCodes) {
    }

    /** A meeting room; {@link #display()} is the form printed on agendas and minutes. */
    record MeetingRoom(String building, String room, String streetAddress, String postalCode) {
        String display() {
            return building + ", " + room + ", " + streetAddress;
        }
    }

    /**
     * A committee (or the council). {@code genitive} includes the article ("des Ausschusses für
     * ..."); all names are masculine, so {@link #nominative()} is "Der " + name. {@code seats} are
     * voting seats without the chair's extra role; {@code unitCodes} are the administrative units
     * (see {@link #ADMINISTRATIVE_UNITS}) that usually write its papers; {@code titleTemplates} are
     * paper titles for its topics.
     */
    record Committee(String name, String shortName, String genitive, String classification, int seats,
            List<String> unitCodes, List<String> topics, List<String> titleTemplates) {
        String nominative() {
            return "Der " + name;
        }
    }

    /**
     * A faction or group in the council. {@code kind} is the organization kind of our schema
     * ({@code FACTION} or {@code GROUP}); {@code seatWeight} is its share of a 60-seat council.
     * In running text the genitive is "der " + name ("bei Enthaltung der CDU-Fraktion").
     */
    record Faction(String name, String party, String shortName, String kind, int seatWeight) {
    }

    /** An administrative unit: unit code as printed ("60", "66/2", "6/Dez"), name, parent code or null. */
    record AdministrativeUnit(String code, String name, String parentCode) {
    }

    /** An advisory board (Beirat) that delegates residents (sE) into committees. */
    record AdvisoryBoard(String name, String shortName, String genitive) {
    }

    /** An external institution whose staff appear as guests or advisory members. */
    record Institution(String name, String shortName) {
    }

    /** A schema code with its German label ("TO_NOTE" / "Kenntnisnahme"). */
    record CodeLabel(String code, String label) {
    }

    /** A mandate (schema code), its prefix in attendance lists ("Rm", "sB") and its title. */
    record Mandate(String code, String prefix, Label title) {
    }

    /** Paper categories of our schema (table paper_type, column category). */
    enum PaperCategory {
        DECISION_PROPOSAL, NOTICE, MOTION, REQUEST, STATEMENT, AGENDA_PROPOSAL, PETITION, SUPPLEMENT, OTHER
    }

    /** Who writes papers of a type. */
    enum Originator {
        ADMINISTRATION, FACTION, CITIZEN
    }

    /**
     * A paper type (Vorlagenart). {@code defaultTreatment} is the agenda item's treatment code
     * when the body decides itself (a preliminary committee usually has RECOMMENDATION instead);
     * {@code subordinate} types hang below another paper and get the suffix "-E1", "-E2" ...;
     * {@code agendaLabel} is the line printed under the title on the agenda for faction and
     * citizen papers ("" = print the treatment label, e.g. "Beschluss").
     */
    record PaperType(String name, PaperCategory category, boolean publicByDefault, Originator originator,
            String defaultTreatment, boolean subordinate, String agendaLabel) {
    }

    /** A heading of the non-public part with title templates for its items. */
    record NonPublicTopic(String heading, List<String> titleTemplates) {
    }

    /** A sentence of the minutes that states an outcome (schema code of decision.outcome). */
    record OutcomeFormula(String outcome, String template) {
    }

    /** A legislative term (Wahlperiode) of NRW municipal councils; dates are approximations. */
    record Term(String name, LocalDate startDate, LocalDate endDate) {
    }

    // =============================================================================================
    // Placeholders
    // =============================================================================================

    /** Every placeholder any template here may use. */
    static final List<Placeholder> PLACEHOLDERS = List.of(
            new Placeholder("n", "a number: plan number, meeting number, agenda number '3.1.2', count"),
            new Placeholder("year", "a four-digit year, e.g. 2024"),
            new Placeholder("date", "a date as dd.MM.yyyy"),
            new Placeholder("time", "a time as HH:mm"),
            new Placeholder("start", "start time of a meeting, HH:mm"),
            new Placeholder("end", "end time of a meeting, HH:mm"),
            new Placeholder("street", "a street name from STREETS"),
            new Placeholder("district", "a district name from DISTRICTS, e.g. 'Nord'"),
            new Placeholder("subLocality", "a sub-locality of a district, e.g. 'Eichholz'"),
            new Placeholder("school", "a school from SCHOOLS (all feminine: 'der {school}')"),
            new Placeholder("kita", "a day-care centre from KITAS (all feminine: 'der {kita}')"),
            new Placeholder("park", "a park from PARKS (masculine or neuter: 'im {park}')"),
            new Placeholder("sportsFacility", "a sports facility from SPORTS_FACILITIES (headline style)"),
            new Placeholder("facility", "a public building from FACILITIES (headline style)"),
            new Placeholder("committee", "a committee in the nominative with article, sentence-initial: 'Der Ausschuss für ...'"),
            new Placeholder("ofCommittee", "a committee in the genitive with article: 'des Ausschusses für ...'"),
            new Placeholder("faction", "a faction name: 'CDU-Fraktion' (after 'der')"),
            new Placeholder("speaker", "a person as named in minutes: 'Rm Dr. Gruber (CDU-Fraktion)', 'Herr Neumann (60/FBL)'"),
            new Placeholder("unit", "an administrative unit name from ADMINISTRATIVE_UNITS (headline style)"),
            new Placeholder("amount", "a money amount as written: '1,2 Mio. EUR', '350.000 EUR'"),
            new Placeholder("reference", "a paper reference number: '04411-23'"),
            new Placeholder("majority", "a vote formula from VOTE_FORMULAS, filled"),
            new Placeholder("yes", "number of yes votes"),
            new Placeholder("no", "number of no votes"),
            new Placeholder("abstain", "number of abstentions"),
            new Placeholder("publicity", "'öffentlich' or 'nichtöffentlich'"),
            new Placeholder("location", "a meeting room as displayed: MeetingRoom.display()"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The placeholder names used in a template, in order of appearance, with repetitions. */
    static List<String> placeholdersIn(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Substitutes every placeholder; throws if a value is missing. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // =============================================================================================
    // The city
    // =============================================================================================

    static final String CITY = "Musterstadt";
    static final String BODY_NAME = "Stadt Musterstadt";
    /** Invented Gemeindeschlüssel (NRW "05", no such district "999"). */
    static final String AGS = "05999000";
    static final String RGS = "059990000000";
    static final String WEBSITE = "https://www.musterstadt.example";

    static final MeetingRoom TOWN_HALL_COUNCIL_CHAMBER = new MeetingRoom("Rathaus Musterstadt", "Ratssaal", "Marktplatz 1", "48901");

    /** Rooms in the town hall for council and committee meetings. */
    static final List<MeetingRoom> TOWN_HALL_ROOMS = List.of(
            TOWN_HALL_COUNCIL_CHAMBER,
            new MeetingRoom("Rathaus Musterstadt", "Sitzungssaal 1", "Marktplatz 1", "48901"),
            new MeetingRoom("Rathaus Musterstadt", "Sitzungssaal 2", "Marktplatz 1", "48901"),
            new MeetingRoom("Rathaus Musterstadt", "Sitzungssaal 3", "Marktplatz 1", "48901"),
            new MeetingRoom("Rathaus Musterstadt", "Raum 2.14", "Marktplatz 1", "48901"),
            new MeetingRoom("Verwaltungsgebäude Stadthaus", "Konferenzraum 1", "Poststraße 12", "48901"));

    /** Usual start times of meetings. */
    static final List<String> MEETING_START_TIMES = List.of("14:00", "15:00", "15:30", "16:00", "16:30", "17:00", "18:00");

    /** Legislative terms of NRW councils, 20 years back (elections 2004, 2009, 2014, 2020, 2025). */
    static final List<Term> TERMS = List.of(
            new Term("Wahlperiode 2004-2009", LocalDate.of(2004, 10, 1), LocalDate.of(2009, 10, 20)),
            new Term("Wahlperiode 2009-2014", LocalDate.of(2009, 10, 21), LocalDate.of(2014, 5, 31)),
            new Term("Wahlperiode 2014-2020", LocalDate.of(2014, 6, 1), LocalDate.of(2020, 10, 31)),
            new Term("Wahlperiode 2020-2025", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31)),
            new Term("Wahlperiode 2025-2030", LocalDate.of(2025, 11, 1), LocalDate.of(2030, 10, 31)));

    /** The four Stadtbezirke. */
    static final List<District> DISTRICTS = List.of(
            new District("Innenstadt", "Bezirksvertretung Innenstadt", "der Bezirksvertretung Innenstadt",
                    new MeetingRoom("Rathaus Musterstadt", "Sitzungssaal 3", "Marktplatz 1", "48901"),
                    List.of("Altstadt", "Bahnhofsviertel", "Hafenviertel", "Schlossviertel"),
                    List.of("48901", "48903", "48905")),
            new District("Nord", "Bezirksvertretung Nord", "der Bezirksvertretung Nord",
                    new MeetingRoom("Bezirksrathaus Nord", "Sitzungssaal", "Kirchstraße 20", "48911"),
                    List.of("Nordstadt", "Eichholz", "Kirchheide", "Brückfeld"),
                    List.of("48911", "48913", "48915")),
            new District("Süd-Ost", "Bezirksvertretung Süd-Ost", "der Bezirksvertretung Süd-Ost",
                    new MeetingRoom("Bezirksrathaus Süd-Ost", "Bürgersaal", "Lindenallee 4", "48921"),
                    List.of("Lindental", "Ostheide", "Heidberg", "Mühlenbruch"),
                    List.of("48921", "48923", "48925")),
            new District("West", "Bezirksvertretung West", "der Bezirksvertretung West",
                    new MeetingRoom("Bezirksrathaus West", "Sitzungssaal", "Am Hellweg 87", "48931"),
                    List.of("Westerholz", "Feldmark", "Rodenberg", "Kanalviertel"),
                    List.of("48931", "48933", "48935")));

    /** About 85 street names, none named after a person. */
    static final List<String> STREETS = List.of(
            // centre
            "Marktplatz", "Rathausplatz", "Alter Markt", "Neumarkt", "Bahnhofstraße", "Hauptstraße", "Kirchstraße",
            "Poststraße", "Breite Straße", "Lange Straße", "Hohe Straße", "Steinweg", "Mauerstraße", "Torstraße",
            "Burgstraße", "Schlossstraße", "Klosterstraße", "Gerichtsstraße", "Hofstraße", "Ostwall", "Westwall",
            "Nordring", "Südring", "Ringstraße", "Parkstraße", "Am Stadtgarten",
            // residential
            "Schulstraße", "Gartenstraße", "Lindenstraße", "Bergstraße", "Wiesenweg", "Mühlenweg", "Kastanienallee",
            "Eichenweg", "Birkenweg", "Ahornstraße", "Buchenweg", "Ulmenstraße", "Fliederweg", "Rosenstraße",
            "Tulpenweg", "Kiefernweg", "Lindenallee", "Platanenallee", "Amselweg", "Drosselweg", "Lerchenstraße",
            "Finkenweg", "Meisenweg", "Schwalbenstraße", "Falkenstraße", "Kapellenweg", "Im Kirchfeld",
            "Im Winkel", "Auf dem Kamp", "Holzweg", "Heideweg", "Sandstraße", "Waldstraße", "Bachstraße",
            "Bruchstraße", "Schützenstraße", "Dorfstraße", "Feldstraße", "Ackerstraße",
            // industrial heritage and traffic
            "Hafenstraße", "Kanalstraße", "Uferstraße", "Brückenstraße", "Zechenstraße", "Schachtstraße",
            "Hüttenstraße", "Am Förderturm", "Glückaufstraße", "Kolonie Eichholz", "Industriestraße",
            "Gewerbestraße", "Stadionstraße", "Am Hellweg", "Emscherstraße", "Ruhrallee", "Musterstädter Straße",
            "Nordstraße", "Südstraße", "Oststraße", "Weststraße");

    // =============================================================================================
    // People
    // =============================================================================================

    /** About 160 female given names: born 1940-1965, 1965-1990, after 1990, and of migrant families. */
    static final List<String> FEMALE_GIVEN_NAMES = List.of(
            // older generation
            "Ursula", "Renate", "Monika", "Brigitte", "Karin", "Helga", "Gisela", "Ingrid", "Elke", "Sabine",
            "Petra", "Gabriele", "Heike", "Andrea", "Birgit", "Susanne", "Martina", "Claudia", "Angelika",
            "Christa", "Marion", "Doris", "Hannelore", "Waltraud", "Bärbel", "Rita", "Roswitha", "Gudrun",
            "Erika", "Irmgard", "Marlies", "Dagmar", "Cornelia", "Beate", "Ulrike", "Annette", "Barbara",
            "Elisabeth", "Margret", "Hildegard", "Christiane", "Regina", "Anke", "Bettina",
            // middle generation
            "Stefanie", "Nicole", "Sandra", "Katrin", "Anja", "Tanja", "Simone", "Melanie", "Nadine",
            "Daniela", "Silke", "Kerstin", "Yvonne", "Julia", "Christina", "Katharina", "Sarah", "Jennifer",
            "Jessica", "Vanessa", "Miriam", "Britta", "Jana", "Verena", "Nina", "Kristina", "Judith",
            "Alexandra", "Ina",
            // younger generation
            "Lena", "Laura", "Lea", "Anna", "Hannah", "Lisa", "Johanna", "Marie", "Sophie", "Charlotte",
            "Emma", "Mia", "Clara", "Jule", "Paula", "Luisa", "Franziska", "Theresa", "Carolin", "Svenja",
            "Janina", "Annika", "Larissa", "Pia", "Nele", "Merle", "Greta", "Ronja", "Leonie", "Alina",
            "Maja", "Frieda",
            // Turkish
            "Ayse", "Fatma", "Elif", "Zeynep", "Emine", "Hatice", "Merve", "Aylin", "Selin", "Derya", "Esra",
            "Özlem", "Dilek", "Hülya", "Songül", "Yasemin", "Melek", "Gülay", "Sevgi",
            // Polish, Italian, Greek, Russian/Ukrainian
            "Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Dorota", "Beata",
            "Giulia", "Francesca", "Chiara", "Alessandra", "Rosaria",
            "Eleni", "Sofia", "Despina", "Katerina",
            "Olga", "Swetlana", "Natalia", "Tatjana", "Irina", "Jelena", "Oksana",
            // Arabic, Vietnamese, Ghanaian, former Yugoslavia
            "Fatima", "Amira", "Layla", "Nour", "Yasmin", "Mariam", "Rania", "Samira",
            "Linh", "Thu", "Ngoc",
            "Ama", "Abena",
            "Mirjana", "Jasmina", "Snezana");

    /** About 160 male given names, same groups as the female ones. */
    static final List<String> MALE_GIVEN_NAMES = List.of(
            // older generation
            "Klaus", "Jürgen", "Manfred", "Wolfgang", "Dieter", "Peter", "Hans", "Werner", "Günter", "Horst",
            "Heinz", "Gerhard", "Helmut", "Rolf", "Bernd", "Karl-Heinz", "Hans-Jürgen", "Ulrich", "Rainer",
            "Reinhard", "Norbert", "Hubert", "Friedhelm", "Wilfried", "Lothar", "Detlef", "Uwe", "Volker",
            "Bernhard", "Josef", "Heinrich", "Siegfried", "Hermann", "Walter",
            // middle generation
            "Michael", "Thomas", "Andreas", "Stefan", "Frank", "Markus", "Christian", "Oliver", "Sven",
            "Jörg", "Ralf", "Torsten", "Dirk", "Holger", "Matthias", "Carsten", "Martin", "Sebastian",
            "Daniel", "Tobias", "Alexander", "Florian", "Dennis", "Jens", "Kai", "Björn", "Marc", "Patrick",
            "Benjamin", "Philipp", "Jan", "Tim", "Nils", "Guido", "Axel", "Achim",
            // younger generation
            "Lukas", "Jonas", "Leon", "Finn", "Paul", "Felix", "Maximilian", "Niklas", "Moritz", "Julian",
            "Elias", "Noah", "Ben", "Luis", "Tom", "Jannik", "Lennart", "Till", "Malte", "Hendrik", "Fabian",
            "Simon", "David", "Johannes", "Jakob", "Henri", "Mats",
            // Turkish
            "Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Hasan", "Murat", "Emre", "Burak", "Can", "Serkan",
            "Cem", "Kemal", "Tuncay", "Volkan", "Ömer", "Yusuf",
            // Polish, Italian, Greek, Russian/Ukrainian
            "Piotr", "Krzysztof", "Tomasz", "Pawel", "Marek", "Jacek",
            "Giovanni", "Giuseppe", "Antonio", "Salvatore", "Luca", "Matteo", "Francesco", "Marco",
            "Dimitrios", "Georgios", "Konstantinos", "Nikolaos", "Christos",
            "Sergej", "Dmitri", "Alexej", "Waldemar", "Eduard", "Artur", "Viktor", "Andrej", "Juri",
            // Arabic, Vietnamese, Ghanaian, former Yugoslavia
            "Mohammed", "Ahmad", "Ali", "Omar", "Khaled", "Youssef", "Karim", "Samir", "Tarek", "Bilal",
            "Amir",
            "Minh", "Duc",
            "Kwame", "Kofi",
            "Dragan", "Zoran", "Goran");

    /**
     * About 300 family names that are the same for women and men. Names that change with gender
     * are in {@link #GENDERED_FAMILY_NAMES}. Spellings stay in WinAnsi ("Yilmaz", "Kovacevic"), as
     * many German registers write them; see {@link #UNICODE_FAMILY_NAMES} for the original spelling.
     */
    static final List<String> FAMILY_NAMES = List.of(
            // most common German
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
            "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
            "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
            "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger",
            "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon",
            "Ludwig", "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto",
            "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Dietrich",
            "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer",
            "Arnold", "Wolff", "Pfeiffer",
            // Westphalian and Lower Rhine
            "Schulte", "Brinkmann", "Kemper", "Brüggemann", "Overbeck", "Terhorst", "Hülsmann", "Heitkamp",
            "Niehaus", "Westerhoff", "Kampmann", "Wiemann", "Tiemann", "Vennemann", "Hölscher", "Austermann",
            "Rottmann", "Dreier", "Ostermann", "Tenbrink", "Janssen", "Hendricks", "Derksen", "Terhoeven",
            "Kortmann", "Wessel", "Lohmann", "Kötter", "Bröker", "Husemann", "Pieper", "Kleine", "Hagemann",
            "Heming", "Thiemann", "Große-Wilde", "Schulte-Wien", "Rademacher", "Stratmann", "Vieth",
            // Rhineland, and the names of the example minutes
            "Albers", "Dorn", "Falk", "Gruber", "Jansen", "Lindner", "Ortmann", "Quast", "Rahn", "Kessler",
            "Marx", "Nolte", "Reuter", "Sander", "Thelen", "Vollmer", "Wirtz", "Claßen", "Kremer", "Hilgers",
            "Esser", "Jacobs", "Küpper", "Breuer", "Dahmen", "Lenzen", "Heinen", "Offermann", "Pütz",
            // Turkish
            "Yilmaz", "Kaya", "Demir", "Öztürk", "Aydin", "Özdemir", "Arslan", "Dogan", "Kilic", "Aslan",
            "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Polat", "Erdem", "Yildiz", "Aktas", "Güler", "Tekin",
            "Ünal", "Korkmaz", "Bulut", "Keskin", "Acar", "Sahin", "Celik",
            // Polish
            "Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Pawlak", "Dudek", "Wieczorek", "Adamczyk",
            "Król", "Sikora", "Baran", "Duda", "Szulc",
            // Italian
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
            "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo",
            "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Caruso", "Leone",
            // Greek (genitive forms, the same for women and men)
            "Georgiou", "Dimitriou", "Oikonomou", "Christodoulou", "Alexiou", "Antoniou", "Papageorgiou",
            "Athanasiou", "Theodorou",
            // Russian-German (Mennonite) and Ukrainian/Russian
            "Klassen", "Friesen", "Penner", "Janzen", "Dyck", "Neufeld", "Wiebe", "Enns", "Giesbrecht",
            "Hildebrandt",
            "Schewtschenko", "Kowalenko", "Bondarenko", "Tkatschenko", "Melnyk", "Lysenko", "Marchenko",
            "Abramowitsch",
            // Arabic, Persian, Afghan
            "Haddad", "Khalil", "Hassan", "Ibrahim", "Mansour", "Nasser", "Saleh", "Youssef", "Ahmad",
            "Mahmoud", "Abdallah", "Al-Khatib", "El Idrissi", "Amrani", "Benali", "Bouzid", "Darwish",
            "Othman", "Suleiman", "Kassem", "Rahman", "Aziz", "Karimi", "Haidari", "Rezaei",
            // Vietnamese, Ghanaian/Nigerian, former Yugoslavia
            "Nguyen", "Tran", "Pham", "Hoang",
            "Mensah", "Owusu", "Asante", "Okafor", "Adeyemi",
            "Petrovic", "Jovanovic", "Kovacevic", "Hadzic", "Mehmedovic", "Horvat", "Babic");

    /** Family names with a female form (Russian, Polish, Greek). */
    static final List<FamilyNamePair> GENDERED_FAMILY_NAMES = List.of(
            // Russian
            new FamilyNamePair("Ivanov", "Ivanova"), new FamilyNamePair("Petrow", "Petrowa"),
            new FamilyNamePair("Smirnow", "Smirnowa"), new FamilyNamePair("Kusnezow", "Kusnezowa"),
            new FamilyNamePair("Popow", "Popowa"), new FamilyNamePair("Wolkow", "Wolkowa"),
            new FamilyNamePair("Sokolow", "Sokolowa"), new FamilyNamePair("Morosow", "Morosowa"),
            new FamilyNamePair("Lebedew", "Lebedewa"), new FamilyNamePair("Nowikow", "Nowikowa"),
            // Polish
            new FamilyNamePair("Kowalski", "Kowalska"), new FamilyNamePair("Lewandowski", "Lewandowska"),
            new FamilyNamePair("Kaminski", "Kaminska"), new FamilyNamePair("Zielinski", "Zielinska"),
            new FamilyNamePair("Szymanski", "Szymanska"), new FamilyNamePair("Jankowski", "Jankowska"),
            new FamilyNamePair("Piotrowski", "Piotrowska"), new FamilyNamePair("Grabowski", "Grabowska"),
            new FamilyNamePair("Nowicki", "Nowicka"), new FamilyNamePair("Majewski", "Majewska"),
            new FamilyNamePair("Jablonski", "Jablonska"), new FamilyNamePair("Górski", "Górska"),
            // Greek
            new FamilyNamePair("Papadopoulos", "Papadopoulou"), new FamilyNamePair("Nikolaidis", "Nikolaidou"),
            new FamilyNamePair("Papadakis", "Papadaki"), new FamilyNamePair("Konstantinidis", "Konstantinidou"),
            new FamilyNamePair("Ioannidis", "Ioannidou"), new FamilyNamePair("Vlachos", "Vlachou"),
            new FamilyNamePair("Karagiannis", "Karagianni"), new FamilyNamePair("Makris", "Makri"),
            new FamilyNamePair("Petridis", "Petridou"), new FamilyNamePair("Kyriakidis", "Kyriakidou"));

    /**
     * Family names in their original spelling with letters outside WinAnsiEncoding (DemoPdf draws
     * them with '?'). Use a few of them to exercise Unicode in search, HTML and the OParl API.
     */
    static final List<String> UNICODE_FAMILY_NAMES = List.of(
            "Yılmaz", "Şahin", "Doğan", "Kılıç", "Aktaş", "Woźniak", "Zając", "Łukasik", "Petrović", "Đorđević",
            "Nguyễn", "Trần");

    /** Full names the generator must not produce: they name well-known real people. Not exhaustive. */
    static final List<String> AVOIDED_FULL_NAMES = List.of(
            "Barbara Hendricks", "Bernd Schuster", "Cem Özdemir", "Christian Lindner", "Claudia Roth",
            "Daniel Günther", "Florian Wirtz", "Gerhard Schröder", "Helmut Schmidt", "Klaus Fischer",
            "Manfred Weber", "Markus Wagner", "Martin Schulz", "Matthias Müller", "Michael Müller", "Michael Otto",
            "Michael Schumacher", "Peter Müller", "Ralf Schumacher", "Stefanie Graf", "Svenja Schulze",
            "Thomas Müller", "Wolfgang Schmidt");

    /** Academic titles with weights: most members have none (""). */
    static final List<Weighted<String>> ACADEMIC_TITLES = List.of(
            new Weighted<>("", 86),
            new Weighted<>("Dr.", 11),
            new Weighted<>("Dr.-Ing.", 1),
            new Weighted<>("Prof. Dr.", 2));

    /** Forms of address (person.form_of_address). */
    static final Label FORM_OF_ADDRESS = new Label("Frau", "Herr");

    /** Titles of the heads of a Dezernat (Beigeordnete), used as salutation in attendance lists. */
    static final List<Label> DEZERNENT_TITLES = List.of(
            new Label("Stadträtin", "Stadtrat"),
            new Label("Stadtdirektorin", "Stadtdirektor"),
            new Label("Stadtkämmerin", "Stadtkämmerer"),
            new Label("Beigeordnete", "Beigeordneter"));

    /** Function labels of administration staff, printed as "(60/FBL)"; "" prints the unit alone "(66/2)". */
    static final List<String> ADMINISTRATION_FUNCTIONS = List.of("FBL", "stellv. FBL", "");

    /** Mandates (schema membership.mandate) with their prefix in attendance lists. */
    static final List<Mandate> MANDATES = List.of(
            new Mandate("MAYOR", "OB", new Label("Oberbürgermeisterin", "Oberbürgermeister")),
            new Mandate("COUNCIL_MEMBER", "Rm", new Label("Ratsmitglied", "Ratsmitglied")),
            new Mandate("CITIZEN_MEMBER", "sB", new Label("sachkundige Bürgerin", "sachkundiger Bürger")),
            new Mandate("RESIDENT_MEMBER", "sE", new Label("sachkundige Einwohnerin", "sachkundiger Einwohner")),
            new Mandate("DISTRICT_MEMBER", "BV", new Label("Bezirksvertreterin", "Bezirksvertreter")),
            new Mandate("DISTRICT_MAYOR", "BBm", new Label("Bezirksbürgermeisterin", "Bezirksbürgermeister")),
            new Mandate("ADVISORY_MEMBER", "", new Label("beratendes Mitglied", "beratendes Mitglied")),
            new Mandate("STAFF_REPRESENTATIVE", "", new Label("Vertreterin des Personalrats", "Vertreter des Personalrats")),
            new Mandate("STAFF", "", new Label("Mitarbeiterin der Verwaltung", "Mitarbeiter der Verwaltung")),
            new Mandate("FACTION_MEMBER", "", new Label("Fraktionsmitglied", "Fraktionsmitglied")));

    /** Deputy mayors (Bürgermeister/in, "Bm" / "Bm'in"): council members elected as the mayor's deputies. */
    static final Label DEPUTY_MAYOR = new Label("Bürgermeisterin", "Bürgermeister");
    static final Label DEPUTY_MAYOR_PREFIX = new Label("Bm'in", "Bm");

    // role labels in minutes and signatures
    static final Label CHAIR = new Label("Vorsitzende", "Vorsitzender");
    static final Label DEPUTY_CHAIR = new Label("stellv. Vorsitzende", "stellv. Vorsitzender");
    static final Label SECRETARY = new Label("Geschäftsführerin", "Geschäftsführer");
    static final Label RECORDER = new Label("Schriftführerin", "Schriftführer");
    static final Label CO_SIGNER_COUNCIL_MEMBER = new Label("Ratsmitglied", "Ratsmitglied");
    static final Label CO_SIGNER_COMMITTEE_MEMBER = new Label("Ausschussmitglied", "Ausschussmitglied");

    // =============================================================================================
    // Council, committees, factions
    // =============================================================================================

    static final Committee COUNCIL = new Committee("Rat der Stadt Musterstadt", "Rat",
            "des Rates der Stadt Musterstadt", "Parlament", 60,
            List.of("1/Dez", "10/3", "20"),
            List.of("Haushalt", "Satzungen", "Wahlen und Besetzungen", "Beteiligungen", "Stadtentwicklung"),
            List.of(
                    "Haushaltssatzung {year}",
                    "Änderung der Hauptsatzung der Stadt Musterstadt",
                    "Wahl einer/eines Beigeordneten für das Dezernat {n}",
                    "Umbesetzung von Ausschüssen",
                    "Bericht über Dringlichkeitsentscheidungen gem. § 60 GO NRW",
                    "Änderung der Geschäftsordnung für den Rat, die Bezirksvertretungen und die Ausschüsse",
                    "Beteiligungsbericht {year}",
                    "Bebauungsplan Nr. {n} – {street}"));

    /** The committees of the council, with the paper titles their meetings typically treat. */
    static final List<Committee> COMMITTEES = List.of(
            new Committee("Hauptausschuss", "HA", "des Hauptausschusses", "Pflichtausschuss", 21,
                    List.of("1/Dez", "10", "10/3", "13", "30"),
                    List.of("Organisation", "Satzungen", "Städtepartnerschaften", "Dringlichkeitsentscheidungen",
                            "Öffentlichkeitsarbeit", "Bürgerbeteiligung"),
                    List.of(
                            "Änderung der Zuständigkeitsordnung",
                            "Leitlinien für Bürgerbeteiligung in Musterstadt",
                            "Entscheidung über die Ausrichtung des Stadtfestes {year}",
                            "Neufassung der Ehrenordnung der Stadt Musterstadt",
                            "Organisationsuntersuchung im Bereich {unit}",
                            "Sachstand Verwaltungsmodernisierung {year}")),
            new Committee("Finanzausschuss", "FinA", "des Finanzausschusses", "Pflichtausschuss", 19,
                    List.of("2/Dez", "20", "21", "23"),
                    List.of("Haushalt", "Steuern und Abgaben", "Beteiligungen", "Kredite", "Controlling"),
                    List.of(
                            "Haushaltssatzung {year}",
                            "Entwurf des Haushaltsplanes {year}",
                            "Über- und außerplanmäßige Aufwendungen im Haushaltsjahr {year}",
                            "Jahresabschluss {year}",
                            "Gesamtabschluss {year}",
                            "Beteiligungsbericht {year}",
                            "Hebesatzsatzung {year}",
                            "Finanzcontrolling – Bericht zum {n}. Quartal {year}")),
            new Committee("Rechnungsprüfungsausschuss", "RPA", "des Rechnungsprüfungsausschusses", "Pflichtausschuss", 13,
                    List.of("14", "20"),
                    List.of("Jahresabschluss", "Prüfberichte", "Entlastung", "Vergabeprüfung"),
                    List.of(
                            "Schlussbericht über die Prüfung des Jahresabschlusses {year}",
                            "Prüfungsplan {year} des Rechnungsprüfungsamtes",
                            "Feststellung des Jahresabschlusses {year} und Entlastung gem. § 96 GO NRW",
                            "Bericht über die Prüfung der Vergaben im Bereich {unit}")),
            new Committee("Wahlprüfungsausschuss", "WPA", "des Wahlprüfungsausschusses", "Pflichtausschuss", 11,
                    List.of("12", "30"),
                    List.of("Kommunalwahl", "Wahleinsprüche", "Nachfolge im Rat"),
                    List.of(
                            "Prüfung der Gültigkeit der Kommunalwahl {year}",
                            "Einspruch gegen die Gültigkeit der Wahl im Wahlbezirk {n}",
                            "Vorprüfung der Wahl der Bezirksvertretung {district}",
                            "Feststellung des Ausscheidens eines Ratsmitgliedes und Nachfolge")),
            new Committee("Ausschuss für Umwelt, Klima und Mobilität", "AUKM",
                    "des Ausschusses für Umwelt, Klima und Mobilität", "Fachausschuss", 17,
                    List.of("6/Dez", "60", "61", "66", "66/1", "66/2", "67"),
                    List.of("Klimaschutz", "Klimaanpassung", "Radverkehr", "ÖPNV", "Parkraum", "Lärmschutz",
                            "Luftreinhaltung", "Stadtgrün", "Straßenreinigung"),
                    List.of(
                            "Radweg {street}",
                            "Klimaanpassungskonzept {year}",
                            "Neuordnung der Parkraumbewirtschaftung im Stadtbezirk {district}",
                            "Baumpflanzungen an Schulhöfen",
                            "Fortschreibung des Lärmaktionsplans",
                            "Ausbau der Ladeinfrastruktur im Stadtbezirk {district}",
                            "Beschaffung von {n} elektrischen Kehrmaschinen",
                            "Tempo 30 im Bereich {street}",
                            "Mobilstation {street}",
                            "Starkregenvorsorge im Ortsteil {subLocality}",
                            "Aufwertung der Grünflächen im {park}",
                            "Hitzeschutz in städtischen Kitas – Sofortmaßnahmen")),
            new Committee("Ausschuss für Schule und Weiterbildung", "ASW",
                    "des Ausschusses für Schule und Weiterbildung", "Fachausschuss", 17,
                    List.of("4/Dez", "40", "43", "65"),
                    List.of("Schulbau", "Schulentwicklung", "Offener Ganztag", "Digitalisierung der Schulen",
                            "Schulwege", "Volkshochschule"),
                    List.of(
                            "Sanierung der {school}",
                            "Erweiterung der {school} um einen Ganztagsbereich",
                            "Schulentwicklungsplan {year}",
                            "Digitale Ausstattung der Schulen – Sachstand",
                            "Einrichtung einer Mensa an der {school}",
                            "Schulwegsicherung im Bereich {street}",
                            "Anmeldezahlen an den weiterführenden Schulen zum Schuljahr {year}",
                            "Arbeitsplan {year} der Volkshochschule")),
            new Committee("Jugendhilfeausschuss", "JHA", "des Jugendhilfeausschusses", "Ausschuss nach SGB VIII", 15,
                    List.of("5/Dez", "51"),
                    List.of("Kindertagesbetreuung", "Jugendarbeit", "Hilfen zur Erziehung", "Kinderschutz",
                            "Spielplätze"),
                    List.of(
                            "Kita-Bedarfsplanung {year}",
                            "Neubau der {kita}",
                            "Jugendzentrum im Ortsteil {subLocality}",
                            "Kinder- und Jugendförderplan {year}",
                            "Hilfen zur Erziehung – Controllingbericht {year}",
                            "Sanierung des Spielplatzes im {park}",
                            "Elternbeitragssatzung für Kindertageseinrichtungen")),
            new Committee("Ausschuss für Soziales, Gesundheit und Senioren", "ASGS",
                    "des Ausschusses für Soziales, Gesundheit und Senioren", "Fachausschuss", 17,
                    List.of("5/Dez", "50", "53", "56"),
                    List.of("Armut", "Pflege", "Senioren", "Wohnungslosigkeit", "Gesundheit", "Integration"),
                    List.of(
                            "Sozialbericht {year}",
                            "Unterbringung von Geflüchteten – Sachstand",
                            "Seniorenbegegnungsstätte im Ortsteil {subLocality}",
                            "Kommunale Pflegeplanung {year}",
                            "Konzept zur Wohnungslosenhilfe",
                            "Hitzeaktionsplan {year}",
                            "Förderung der Wohlfahrtsverbände {year}")),
            new Committee("Ausschuss für Stadtentwicklung und Wohnen", "ASWo",
                    "des Ausschusses für Stadtentwicklung und Wohnen", "Fachausschuss", 19,
                    List.of("6/Dez", "60", "62", "23"),
                    List.of("Bauleitplanung", "Wohnungsbau", "Stadterneuerung", "Innenstadt", "Flächennutzung"),
                    List.of(
                            "Bebauungsplan Nr. {n} – {street}",
                            "Integriertes Stadtentwicklungskonzept Stadtbezirk {district}",
                            "{n}. Änderung des Flächennutzungsplanes",
                            "Handlungskonzept Wohnen {year}",
                            "Städtebauliche Sanierungsmaßnahme im Ortsteil {subLocality}",
                            "Vorkaufsrechtssatzung für den Bereich {street}",
                            "Rahmenplan Innenstadt {year}")),
            new Committee("Bauausschuss", "BauA", "des Bauausschusses", "Fachausschuss", 17,
                    List.of("6/Dez", "63", "65", "66", "66/1"),
                    List.of("Hochbau", "Tiefbau", "Brücken", "Gebäudemanagement", "Denkmalschutz"),
                    List.of(
                            "Brandschutzsanierung {facility}",
                            "Neubau {facility}",
                            "Erneuerung des Brückenbauwerks {street}",
                            "Grundhafte Erneuerung der Fahrbahn im Bereich {street}",
                            "Sanierung der {school} – Kostenfortschreibung",
                            "Bauprogramm Straßen {year}",
                            "Energetische Sanierung städtischer Gebäude {year}")),
            new Committee("Ausschuss für Kultur", "AfK", "des Ausschusses für Kultur", "Fachausschuss", 15,
                    List.of("4/Dez", "41", "42"),
                    List.of("Theater", "Museen", "Bibliotheken", "Freie Szene", "Stadtfeste", "Denkmalpflege"),
                    List.of(
                            "Kulturentwicklungsplan {year}",
                            "Förderung der freien Kulturszene {year}",
                            "Sanierung des Stadttheaters",
                            "Stadtbibliothek – Erweiterung der Öffnungszeiten",
                            "Stadtfest {year}",
                            "Eintragung des Gebäudes {street} {n} in die Denkmalliste",
                            "Sonderausstellung im Stadtmuseum {year}")),
            new Committee("Sportausschuss", "SportA", "des Sportausschusses", "Fachausschuss", 15,
                    List.of("4/Dez", "52"),
                    List.of("Sportstätten", "Bäder", "Vereinsförderung", "Sportentwicklung"),
                    List.of(
                            "{sportsFacility}: Umbau zu einem Kunstrasenplatz",
                            "Sportstättenentwicklungsplan {year}",
                            "Sanierung {sportsFacility}",
                            "Änderung der Sportförderrichtlinien",
                            "Vergabe der Hallenzeiten an Vereine {year}",
                            "Bäderkonzept {year}")),
            new Committee("Ausschuss für Digitalisierung und Bürgerservice", "ADB",
                    "des Ausschusses für Digitalisierung und Bürgerservice", "Fachausschuss", 15,
                    List.of("1/Dez", "16", "33"),
                    List.of("E-Government", "IT-Sicherheit", "Bürgerservice", "Breitband", "Open Data"),
                    List.of(
                            "Digitalisierungsstrategie {year}",
                            "Online-Zugang zu Verwaltungsleistungen – Sachstand",
                            "Öffentliches WLAN im Stadtbezirk {district}",
                            "Glasfaseranbindung der Schulen",
                            "Einführung der elektronischen Akte im Bereich {unit}",
                            "Open-Data-Portal der Stadt Musterstadt",
                            "Terminvergabe in den Bürgerbüros")),
            new Committee("Ausschuss für Wirtschaft und Beschäftigung", "AWB",
                    "des Ausschusses für Wirtschaft und Beschäftigung", "Fachausschuss", 15,
                    List.of("80", "2/Dez"),
                    List.of("Wirtschaftsförderung", "Gewerbeflächen", "Innenstadthandel", "Arbeitsmarkt",
                            "Tourismus", "Wochenmärkte"),
                    List.of(
                            "Erschließung des Gewerbegebietes {street}",
                            "Jahresbericht {year} der Wirtschaftsförderung",
                            "Sofortprogramm Innenstadt {year}",
                            "Neuordnung der Wochenmärkte",
                            "Tourismuskonzept {year}")),
            new Committee("Ausschuss für Anregungen und Beschwerden", "AfAB",
                    "des Ausschusses für Anregungen und Beschwerden", "Ausschuss nach § 24 GO NRW", 13,
                    List.of("10/3", "32"),
                    List.of("Eingaben", "Bürgeranliegen", "Ordnung und Sicherheit"),
                    List.of(
                            "Eingabe gem. § 24 GO NRW: Verkehrsberuhigung im Bereich {street}",
                            "Eingabe gem. § 24 GO NRW: Spielplatz im {park}",
                            "Eingabe gem. § 24 GO NRW: Lärmbelästigung im Bereich {street}",
                            "Eingabe gem. § 24 GO NRW: Beleuchtung im {park}",
                            "Eingabe gem. § 24 GO NRW: Parksituation im Ortsteil {subLocality}")));

    /**
     * Factions and groups of the 2020-2025 council. The seat weights add up to 60; the mayor (OB)
     * is an additional voting member.
     */
    static final List<Faction> FACTIONS = List.of(
            new Faction("SPD-Fraktion", "Sozialdemokratische Partei Deutschlands", "SPD", "FACTION", 18),
            new Faction("CDU-Fraktion", "Christlich Demokratische Union Deutschlands", "CDU", "FACTION", 16),
            new Faction("Fraktion Bündnis 90/Die Grünen", "Bündnis 90/Die Grünen", "Grüne", "FACTION", 12),
            new Faction("Fraktion FDP", "Freie Demokratische Partei", "FDP", "FACTION", 4),
            new Faction("AfD-Fraktion", "Alternative für Deutschland", "AfD", "FACTION", 4),
            new Faction("Fraktion Die Linke", "Die Linke", "Linke", "FACTION", 4),
            new Faction("Gruppe Volt", "Volt Deutschland", "Volt", "GROUP", 2));

    // =============================================================================================
    // Administration and outside bodies
    // =============================================================================================

    /** Dezernate, Fachbereiche/Ämter and a few sub-units, in the numbering style of German cities. */
    static final List<AdministrativeUnit> ADMINISTRATIVE_UNITS = List.of(
            // Dezernate
            new AdministrativeUnit("1/Dez", "Dezernat 1 – Verwaltungsführung, Personal und Digitalisierung", null),
            new AdministrativeUnit("2/Dez", "Dezernat 2 – Finanzen, Beteiligungen und Wirtschaft", null),
            new AdministrativeUnit("3/Dez", "Dezernat 3 – Recht, Ordnung und Bürgerservice", null),
            new AdministrativeUnit("4/Dez", "Dezernat 4 – Bildung, Kultur und Sport", null),
            new AdministrativeUnit("5/Dez", "Dezernat 5 – Jugend, Soziales und Gesundheit", null),
            new AdministrativeUnit("6/Dez", "Dezernat 6 – Planen, Bauen, Umwelt und Mobilität", null),
            // Dezernat 1
            new AdministrativeUnit("01", "Büro Oberbürgermeister/in", "1/Dez"),
            new AdministrativeUnit("10", "Personal und Organisation", "1/Dez"),
            new AdministrativeUnit("10/3", "Ratsangelegenheiten und Sitzungsdienst", "10"),
            new AdministrativeUnit("12", "Statistik und Wahlen", "1/Dez"),
            new AdministrativeUnit("13", "Presse- und Öffentlichkeitsarbeit", "1/Dez"),
            new AdministrativeUnit("16", "Digitalisierung und Informationstechnik", "1/Dez"),
            // Rechnungsprüfung reports to the council, not to a Dezernat
            new AdministrativeUnit("14", "Rechnungsprüfungsamt", null),
            // Dezernat 2
            new AdministrativeUnit("20", "Kämmerei", "2/Dez"),
            new AdministrativeUnit("21", "Stadtkasse und Steuern", "2/Dez"),
            new AdministrativeUnit("23", "Immobilienmanagement", "2/Dez"),
            new AdministrativeUnit("80", "Wirtschaftsförderung", "2/Dez"),
            // Dezernat 3
            new AdministrativeUnit("30", "Rechtsamt", "3/Dez"),
            new AdministrativeUnit("32", "Ordnungsamt", "3/Dez"),
            new AdministrativeUnit("33", "Bürgerdienste", "3/Dez"),
            new AdministrativeUnit("37", "Feuerwehr", "3/Dez"),
            // Dezernat 4
            new AdministrativeUnit("40", "Schulverwaltungsamt", "4/Dez"),
            new AdministrativeUnit("41", "Kulturbüro", "4/Dez"),
            new AdministrativeUnit("42", "Stadtbibliothek", "4/Dez"),
            new AdministrativeUnit("43", "Volkshochschule", "4/Dez"),
            new AdministrativeUnit("52", "Sport- und Bäderamt", "4/Dez"),
            // Dezernat 5
            new AdministrativeUnit("50", "Sozialamt", "5/Dez"),
            new AdministrativeUnit("51", "Jugendamt", "5/Dez"),
            new AdministrativeUnit("53", "Gesundheitsamt", "5/Dez"),
            new AdministrativeUnit("56", "Kommunales Integrationszentrum", "5/Dez"),
            // Dezernat 6
            new AdministrativeUnit("60", "Stadtplanungsamt", "6/Dez"),
            new AdministrativeUnit("61", "Umweltamt", "6/Dez"),
            new AdministrativeUnit("62", "Vermessungs- und Katasteramt", "6/Dez"),
            new AdministrativeUnit("63", "Bauaufsicht", "6/Dez"),
            new AdministrativeUnit("65", "Gebäudemanagement", "6/Dez"),
            new AdministrativeUnit("66", "Amt für Straßen und Verkehr (Tiefbauamt)", "6/Dez"),
            new AdministrativeUnit("66/1", "Straßenbau und Brücken", "66"),
            new AdministrativeUnit("66/2", "Verkehrsplanung und Radverkehr", "66"),
            new AdministrativeUnit("67", "Grünflächenamt", "6/Dez"));

    /** Advisory boards; their delegates sit in committees as sE (seat without vote). */
    static final List<AdvisoryBoard> ADVISORY_BOARDS = List.of(
            new AdvisoryBoard("Seniorenbeirat", "SBR", "des Seniorenbeirates"),
            new AdvisoryBoard("Integrationsrat", "IR", "des Integrationsrates"),
            new AdvisoryBoard("Behindertenbeirat", "BBR", "des Behindertenbeirates"),
            new AdvisoryBoard("Kinder- und Jugendrat", "KJR", "des Kinder- und Jugendrates"));

    /** The staff council, whose representatives sit in some committees. */
    static final String STAFF_COUNCIL = "Personalrat der Stadtverwaltung Musterstadt";

    /** Outside institutions whose staff appear as guests ("Frau Dr. Quast (Stadtwerke Musterstadt)"). */
    static final List<Institution> INSTITUTIONS = List.of(
            new Institution("Stadtwerke Musterstadt GmbH", "Stadtwerke Musterstadt"),
            new Institution("Musterstädter Verkehrsgesellschaft mbH", "MVG"),
            new Institution("Musterstädter Wohnungsbaugesellschaft mbH", "MWG"),
            new Institution("Entsorgungsbetriebe Musterstadt AöR", "EBM"),
            new Institution("Sparkasse Musterstadt", "Sparkasse"),
            new Institution("Industrie- und Handelskammer Musterstadt", "IHK"),
            new Institution("Handwerkskammer Musterstadt", "HWK"),
            new Institution("Agentur für Arbeit Musterstadt", "Agentur für Arbeit"),
            new Institution("Jobcenter Musterstadt", "Jobcenter"),
            new Institution("Polizeipräsidium Musterstadt", "Polizei"),
            new Institution("Stadtsportbund Musterstadt e. V.", "Stadtsportbund"),
            new Institution("Arbeitsgemeinschaft der Wohlfahrtsverbände Musterstadt", "AG Wohlfahrt"));

    // =============================================================================================
    // Fillers for title templates
    // =============================================================================================

    /** Schools; all feminine, so "der {school}" is grammatical. */
    static final List<String> SCHOOLS = List.of(
            "Grundschule Am Lindenhof", "Grundschule Kirchheide", "Grundschule Nordstadt",
            "Gemeinschaftsgrundschule Eichholz", "Katholische Grundschule St. Marien", "Grundschule Am Stadtgarten",
            "Grundschule Westerholz", "Evangelische Grundschule Brückfeld", "Waldschule Lindental",
            "Hafenschule", "Gesamtschule Musterstadt-Nord", "Gesamtschule West", "Friedensschule",
            "Realschule Eichenweg", "Realschule Altstadt", "Sekundarschule Brückfeld", "Hauptschule Feldmark",
            "Förderschule Lindental", "Brückenschule", "Abendrealschule Musterstadt");

    /** Day-care centres; all feminine ("der {kita}"). */
    static final List<String> KITAS = List.of(
            "Kita Regenbogen", "Kita Sonnenschein", "Kita Pusteblume", "Kita Kleine Strolche", "Kita Löwenzahn",
            "Kita Sternschnuppe", "Kita Am Bach", "Kita Zwergenland", "Kita Kastanienallee", "Kita Wirbelwind",
            "Kita Arche Noah", "Kita Mühlenweg");

    /** Parks; masculine or neuter ("im {park}"). */
    static final List<String> PARKS = List.of(
            "Stadtgarten", "Südpark", "Nordpark", "Kanalpark", "Volkspark Eichholz", "Revierpark West",
            "Schlosspark", "Hafenpark", "Stadtwald", "Lindentaler Wald", "Bürgerpark Brückfeld");

    /** Sports facilities (headline style, no article). */
    static final List<String> SPORTS_FACILITIES = List.of(
            "Sportplatz Feldmark", "Sportplatz Am Hellweg", "Bezirkssportanlage Nord", "Dreifachsporthalle West",
            "Hallenbad Nord", "Freibad Südpark", "Eissporthalle Musterstadt", "Stadion Am Kanal",
            "Tennisanlage Westerholz", "Turnhalle Kirchheide", "Leichtathletikanlage Südpark",
            "Skateanlage Hafenpark");

    /** Public buildings (headline style, no article). */
    static final List<String> FACILITIES = List.of(
            "Rathaus", "Bürgerhaus Nordstadt", "Stadtbibliothek", "Feuerwache 2", "Musikschule", "Stadttheater",
            "Stadtmuseum", "Bezirksrathaus West", "Volkshochschule", "Jugendzentrum Brückfeld",
            "Seniorenbegegnungsstätte Lindental", "Betriebshof Ost");

    /** Sub-titles of papers and agenda items, printed on a line of their own below the title. */
    static final List<String> HIER_PHRASES = List.of(
            "hier: Zwischenbericht", "hier: Sachstand", "hier: Ausführungsbeschluss", "hier: Planungsbeschluss",
            "hier: Baubeschluss", "hier: Aufstellungsbeschluss", "hier: Offenlagebeschluss",
            "hier: Satzungsbeschluss", "hier: Vergabe", "hier: Ergebnis der Bürgerbeteiligung",
            "hier: Ergebnis der frühzeitigen Beteiligung", "hier: Abschlussbericht", "hier: Mittelfreigabe",
            "hier: Kostenfortschreibung", "hier: Änderung der Beschlusslage", "hier: Stellungnahme der Verwaltung",
            "hier: Antrag der {faction} vom {date}");

    // =============================================================================================
    // Papers
    // =============================================================================================

    /** Paper types (Vorlagenarten) with category, default publicity and originator. */
    static final List<PaperType> PAPER_TYPES = List.of(
            new PaperType("Beschlussvorlage", PaperCategory.DECISION_PROPOSAL, true, Originator.ADMINISTRATION,
                    "DECISION", false, ""),
            new PaperType("Mitteilung zur Kenntnisnahme", PaperCategory.NOTICE, true, Originator.ADMINISTRATION,
                    "TO_NOTE", false, ""),
            new PaperType("Antrag", PaperCategory.MOTION, true, Originator.FACTION,
                    "DECISION", false, "Antrag ({faction})"),
            new PaperType("Änderungsantrag", PaperCategory.MOTION, true, Originator.FACTION,
                    "DECISION", false, "Änderungsantrag ({faction})"),
            new PaperType("Anfrage", PaperCategory.REQUEST, true, Originator.FACTION,
                    "TO_NOTE", false, "Anfrage ({faction})"),
            new PaperType("Bitte um Stellungnahme", PaperCategory.REQUEST, true, Originator.FACTION,
                    "TO_NOTE", false, "Bitte um Stellungnahme ({faction})"),
            new PaperType("Stellungnahme der Verwaltung", PaperCategory.STATEMENT, true, Originator.ADMINISTRATION,
                    "TO_NOTE", true, ""),
            new PaperType("Vorschlag zur Tagesordnung", PaperCategory.AGENDA_PROPOSAL, true, Originator.FACTION,
                    "DECISION", false, "Vorschlag zur TO ({faction})"),
            // petitions name private persons: published only after review (anonymised)
            new PaperType("Eingabe aus der Bürgerschaft", PaperCategory.PETITION, false, Originator.CITIZEN,
                    "DECISION", false, "Eingabe gem. § 24 GO NRW"),
            new PaperType("Ergänzungsvorlage", PaperCategory.SUPPLEMENT, true, Originator.ADMINISTRATION,
                    "DECISION", true, ""),
            new PaperType("Dringlichkeitsentscheidung", PaperCategory.OTHER, true, Originator.ADMINISTRATION,
                    "DECISION", false, ""));

    /** Treatments of agenda items (schema agenda_item.treatment) as printed on the agenda. */
    static final List<CodeLabel> TREATMENTS = List.of(
            new CodeLabel("TO_NOTE", "Kenntnisnahme"),
            new CodeLabel("RECOMMENDATION", "Empfehlung"),
            new CodeLabel("DECISION", "Beschluss"),
            new CodeLabel("HEARING", "Anhörung"));

    /** Consultation roles (schema consultation.role) as shown in the Beratungsfolge. */
    static final List<CodeLabel> CONSULTATION_ROLES = List.of(
            new CodeLabel("PRELIMINARY", "Vorberatung"),
            new CodeLabel("RECOMMENDATION", "Empfehlung"),
            new CodeLabel("DECISION", "Entscheidung"),
            new CodeLabel("TO_NOTE", "Kenntnisnahme"),
            new CodeLabel("HEARING", "Anhörung"));

    /** Section headings of a paper's text, in order. */
    static final List<String> PAPER_SECTIONS = List.of(
            "Beschlussvorschlag", "Sachverhalt", "Begründung", "Finanzielle Auswirkungen",
            "Auswirkungen auf den Klimaschutz", "Anlagen");

    /** Sentences for "Sachverhalt". */
    static final List<String> PAPER_FACTS = List.of(
            "{committee} hat die Verwaltung in seiner Sitzung am {date} beauftragt, ein Konzept vorzulegen.",
            "Die Vorlage ersetzt die Drucksache Nr. {reference}.",
            "Mit der vorliegenden Vorlage berichtet die Verwaltung über den aktuellen Sachstand.",
            "Die Planungen wurden mit den betroffenen Fachbereichen und den Stadtwerken Musterstadt abgestimmt.",
            "Im Stadtbezirk {district} besteht seit mehreren Jahren ein erheblicher Handlungsbedarf.",
            "Die Bestandsaufnahme hat ergeben, dass die Anlage nicht mehr den heutigen Anforderungen entspricht.",
            "Im Rahmen der frühzeitigen Beteiligung sind insgesamt {n} Stellungnahmen eingegangen.",
            "Die Bezirksvertretung {district} wurde angehört und hat der Maßnahme zugestimmt.",
            "Ein externes Fachbüro hat im Auftrag der Verwaltung eine Machbarkeitsstudie erstellt.",
            "Die Ergebnisse der Untersuchung sind dieser Vorlage als Anlage beigefügt.",
            "Die Maßnahme ist Bestandteil des Investitionsprogramms für die Jahre {year} ff.",
            "Die Zahl der Anmeldungen ist gegenüber dem Vorjahr deutlich gestiegen.",
            "Die Arbeiten im Bereich {street} sollen in zwei Bauabschnitten durchgeführt werden.",
            "Die Verwaltung hat die Anregungen aus der Bürgerversammlung vom {date} geprüft.",
            "Mit Schreiben vom {date} hat die Bezirksregierung die Förderfähigkeit der Maßnahme bestätigt.");

    /** Sentences for "Begründung". */
    static final List<String> PAPER_REASONS = List.of(
            "Die Maßnahme ist erforderlich, um die Verkehrssicherheit dauerhaft zu gewährleisten.",
            "Ohne eine zeitnahe Entscheidung droht der Verlust der bewilligten Fördermittel.",
            "Die vorgeschlagene Lösung ist nach Abwägung aller Varianten die wirtschaftlichste.",
            "Die Verwaltung empfiehlt daher, dem Beschlussvorschlag zu folgen.",
            "Der Antrag greift ein Anliegen auf, das aus der Bürgerschaft mehrfach an die Fraktion herangetragen wurde.",
            "Eine Umsetzung ist mit dem vorhandenen Personal nicht möglich; zusätzliche Stellen sind nicht vorgesehen.",
            "Die gesetzlichen Vorgaben lassen der Stadt insoweit keinen Ermessensspielraum.",
            "Die Maßnahme leistet einen Beitrag zur Erreichung der städtischen Klimaschutzziele.",
            "Die Erfahrungen aus vergleichbaren Städten zeigen, dass das Vorhaben erfolgreich umgesetzt werden kann.",
            "Die Verwaltung wird über den Fortgang der Maßnahme regelmäßig berichten.",
            "Die Belange der Barrierefreiheit werden bei der weiteren Planung umfassend berücksichtigt.",
            "Alternative Standorte wurden geprüft, stehen jedoch nicht zur Verfügung.",
            "Der Personalrat wurde beteiligt und hat keine Einwände erhoben.");

    /** Sentences for "Finanzielle Auswirkungen". */
    static final List<String> PAPER_FINANCE = List.of(
            "Die Gesamtkosten der Maßnahme belaufen sich nach derzeitiger Schätzung auf {amount}.",
            "Die erforderlichen Mittel stehen im Teilergebnisplan {n} zur Verfügung.",
            "Die Mittel sind im Haushaltsplan {year} veranschlagt.",
            "Es entstehen keine finanziellen Auswirkungen.",
            "Die Finanzierung erfolgt zu 70 Prozent aus Fördermitteln des Landes Nordrhein-Westfalen.",
            "Die jährlichen Folgekosten werden auf rund {amount} geschätzt.",
            "Über- oder außerplanmäßige Aufwendungen sind nicht zu erwarten.",
            "Die Mehrkosten in Höhe von {amount} werden durch Minderaufwendungen an anderer Stelle gedeckt.",
            "Eine abschließende Kostenberechnung wird mit dem Ausführungsbeschluss vorgelegt.");

    /** Sentences for "Auswirkungen auf den Klimaschutz". */
    static final List<String> PAPER_CLIMATE = List.of(
            "Die Maßnahme hat keine Auswirkungen auf den Klimaschutz.",
            "Durch die Maßnahme werden jährlich rund {n} Tonnen CO2 eingespart.",
            "Die Auswirkungen auf den Klimaschutz sind positiv, können aber noch nicht beziffert werden.",
            "Das Gebäude wird nach dem Standard eines Effizienzhauses errichtet.");

    /** Sentences of minutes in indirect speech; {speaker} as in "Rm Dr. Gruber (CDU-Fraktion)". */
    static final List<String> MINUTES_PROSE = List.of(
            "{speaker} stellt die Vorlage anhand einer Präsentation vor. Diese ist der Niederschrift als Anlage {n} beigefügt.",
            "{speaker} erläutert die Vorlage und beantwortet Fragen aus dem Ausschuss.",
            "{speaker} fragt, ob die Mittel bereits im Haushalt eingeplant seien.",
            "{speaker} fragt, wann mit dem Beginn der Bauarbeiten zu rechnen sei.",
            "{speaker} möchte wissen, wie viele Bürgerinnen und Bürger von der Maßnahme betroffen seien.",
            "{speaker} erkundigt sich, ob die Bezirksvertretung beteiligt worden sei.",
            "{speaker} fragt nach dem Stand der Gespräche mit dem Land.",
            "{speaker} antwortet, die Mittel seien im Haushaltsplan {year} veranschlagt.",
            "{speaker} antwortet, die Arbeiten sollten bis Ende des Jahres abgeschlossen sein.",
            "{speaker} sagt eine schriftliche Beantwortung bis zur nächsten Sitzung zu.",
            "{speaker} erklärt, die Verwaltung werde die Anregung prüfen.",
            "{speaker} verweist auf die Ausführungen in der Vorlage.",
            "{speaker} kündigt die Zustimmung der Fraktion zu der Vorlage an.",
            "{speaker} erklärt, die Fraktion werde sich bei der Abstimmung enthalten.",
            "{speaker} erklärt, die Fraktion habe noch Beratungsbedarf, und bittet, die Vorlage ohne Empfehlung in den Rat durchlaufen zu lassen.",
            "{speaker} begrüßt die Vorlage ausdrücklich und dankt der Verwaltung für die gründliche Vorbereitung.",
            "{speaker} kritisiert, dass die Vorlage sehr kurzfristig vorgelegt worden sei.",
            "{speaker} regt an, die Anwohnerinnen und Anwohner frühzeitig zu beteiligen.",
            "{speaker} beantragt, den Beschlussvorschlag um einen weiteren Punkt zu ergänzen.",
            "{speaker} beantragt, die Angelegenheit in die nächste Sitzung zu vertagen.",
            "{speaker} schließt sich den Ausführungen an.",
            "{speaker} weist darauf hin, dass die Kosten gegenüber der ersten Schätzung deutlich gestiegen seien.",
            "{speaker} gibt zu bedenken, dass die Maßnahme Auswirkungen auf den Verkehr im gesamten Stadtbezirk habe.",
            "{speaker} bittet darum, dem Ausschuss regelmäßig über den Fortgang zu berichten.",
            "{speaker} berichtet, die Ausschreibung sei veröffentlicht worden; die Submission finde am {date} statt.",
            "{speaker} teilt mit, dass die Fördermittel inzwischen bewilligt worden seien.",
            "{speaker} ergänzt, die Stadtwerke Musterstadt seien in die Planung einbezogen.",
            "{speaker} bedankt sich für die Beantwortung der Fragen.",
            "{speaker} hat den Sitzungssaal verlassen.",
            "{speaker} erklärt sich für befangen und nimmt an Beratung und Abstimmung nicht teil.");

    /** Resolution texts (Beschlusstext). */
    static final List<String> RESOLUTION_TEMPLATES = List.of(
            "Die Verwaltung wird beauftragt, die Maßnahme wie in der Vorlage beschrieben umzusetzen.",
            "Die Verwaltung wird beauftragt, bis zur nächsten Sitzung ein Konzept vorzulegen.",
            "Die Verwaltung wird beauftragt, die Planung im Bereich {street} fortzuführen und dem Ausschuss erneut zu berichten.",
            "Die Verwaltung wird beauftragt, {n} zusätzliche Fahrradabstellanlagen im Stadtbezirk {district} zu errichten.",
            "Die Verwaltung wird beauftragt, die Ausschreibung durchzuführen und den Auftrag an den wirtschaftlichsten Bieter zu vergeben.",
            "Die Verwaltung wird beauftragt, Fördermittel beim Land Nordrhein-Westfalen zu beantragen.",
            "Die Verwaltung wird gebeten, die Anregungen aus der Beratung zu prüfen und das Ergebnis schriftlich mitzuteilen.",
            "Der Entwurf des Bebauungsplanes Nr. {n} – {street} wird gemäß § 3 Abs. 2 BauGB öffentlich ausgelegt.",
            "Der Bebauungsplan Nr. {n} – {street} wird gemäß § 10 BauGB als Satzung beschlossen.",
            "Die Haushaltssatzung für das Haushaltsjahr {year} wird in der vorgelegten Fassung beschlossen.",
            "Der Jahresabschluss {year} wird festgestellt.",
            "Der Sanierung der {school} wird zugestimmt. Die Mittel in Höhe von {amount} werden freigegeben.",
            "Dem Neubau der {kita} wird zugestimmt.",
            "Dem Ausbau der {sportsFacility} wird in der vorgelegten Variante zugestimmt.",
            "Der Ausführungsbeschluss für die Maßnahme im Bereich {street} wird gefasst.",
            "Die Satzung wird in der als Anlage beigefügten Fassung beschlossen.",
            "Die Richtlinie tritt am Tag nach ihrer Bekanntmachung in Kraft.",
            "Der Antrag der {faction} wird angenommen.",
            "Der Antrag der {faction} wird abgelehnt.",
            "Die Verwaltung wird beauftragt, im Ortsteil {subLocality} eine Bürgerinformationsveranstaltung durchzuführen.",
            "Die Beschlussfassung wird bis zur Vorlage des Gutachtens zurückgestellt.");

    /** Majority formulas; fill the result into {majority} of OUTCOME_FORMULAS. */
    static final List<String> VOTE_FORMULAS = List.of(
            "einstimmig",
            "einstimmig, bei Enthaltung der {faction}",
            "mehrheitlich gegen die Stimmen der {faction}",
            "mehrheitlich bei Enthaltung der {faction}",
            "mit {yes} Ja-Stimmen, {no} Nein-Stimmen und {abstain} Enthaltungen");

    /** Sentences that state an outcome in the minutes ("Der Ausschuss ... beschließt einstimmig:"). */
    static final List<OutcomeFormula> OUTCOME_FORMULAS = List.of(
            new OutcomeFormula("NOTED", "{committee} nimmt die Mitteilung der Verwaltung zur Kenntnis."),
            new OutcomeFormula("NOTED", "{committee} nimmt den Bericht zur Kenntnis."),
            new OutcomeFormula("RECOMMENDED", "{committee} empfiehlt dem Rat der Stadt Musterstadt {majority}, wie folgt zu beschließen:"),
            new OutcomeFormula("ADOPTED", "{committee} beschließt {majority}:"),
            new OutcomeFormula("ADOPTED", "{committee} beschließt den Antrag {majority}."),
            new OutcomeFormula("ADOPTED_WITH_CHANGES", "{committee} beschließt {majority} mit folgender Änderung:"),
            new OutcomeFormula("REJECTED", "{committee} lehnt den Antrag {majority} ab."),
            new OutcomeFormula("PASSED_ON_WITHOUT_DECISION", "{committee} lässt die Vorlage ohne Beschluss in den Rat der Stadt Musterstadt durchlaufen."),
            new OutcomeFormula("POSTPONED", "Die Beratung wird auf Antrag der {faction} in die nächste Sitzung vertagt."),
            new OutcomeFormula("WITHDRAWN", "Die Vorlage wurde von der Verwaltung zurückgezogen."),
            new OutcomeFormula("REFERRED", "{committee} verweist die Angelegenheit {majority} zur Beratung in die Bezirksvertretung {district}."));

    /** A follow-up request as it appears in the minutes; it creates a tracked task. */
    static final List<String> FOLLOW_UP_TEMPLATES = List.of(
            "Der Ausschuss bittet die Verwaltung bis zur nächsten Sitzung am {date} um schriftliche Stellungnahme.",
            "Die Verwaltung sagt zu, bis zum {date} schriftlich zu berichten.",
            "Die Angelegenheit wird zur Sitzung am {date} wieder vorgelegt.");

    // =============================================================================================
    // Agenda and minutes
    // =============================================================================================

    /** Heading of the first section of every committee agenda. */
    static final String REGULARIEN_HEADING = "Regularien";

    /** Items 1.1 to 1.4, exactly as in the example minutes. */
    static final List<String> REGULARIEN = List.of(
            "Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift",
            "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW",
            "Feststellung der Tagesordnung",
            "Genehmigung der Niederschrift über die {n}. Sitzung {ofCommittee} am {date}");

    /** Short form of item 1.4 used in the minutes' "zu TOP 1.4" heading. */
    static final String MINUTES_APPROVAL_SHORT = "Genehmigung der Niederschrift über die {n}. Sitzung am {date}";

    /** Approval of the non-public minutes, first item of the non-public part. */
    static final String MINUTES_APPROVAL_NON_PUBLIC =
            "Genehmigung der Niederschrift (nichtöffentlicher Teil) über die {n}. Sitzung {ofCommittee} am {date}";

    /** Themed sections of the public part, after "Regularien". */
    static final List<String> PUBLIC_SECTION_HEADINGS = List.of(
            "Berichte", "Vorlagen der Verwaltung", "Anträge und Anfragen der Fraktionen",
            "Eingaben gem. § 24 GO NRW", "Mitteilungen der Verwaltung");

    /** Last public section; the form follows the chair's gender. */
    static final Label CHAIR_NOTICES_HEADING = new Label("Mitteilungen der Vorsitzenden", "Mitteilungen des Vorsitzenden");

    static final String NON_PUBLIC_PART_HEADING = "Nichtöffentlicher Teil";

    /** Sections of the non-public part. */
    static final List<String> NON_PUBLIC_SECTION_HEADINGS = List.of(
            "Vorlagen der Verwaltung (nichtöffentlich)", "Anträge und Anfragen der Fraktionen (nichtöffentlich)",
            "Mitteilungen der Verwaltung (nichtöffentlich)");

    /** Matters that are treated in non-public session, with title templates. */
    static final List<NonPublicTopic> NON_PUBLIC_TOPICS = List.of(
            new NonPublicTopic("Grundstücksangelegenheiten", List.of(
                    "Veräußerung einer städtischen Teilfläche im Bereich {street}",
                    "Ankauf einer Gewerbefläche im Ortsteil {subLocality}",
                    "Bestellung eines Erbbaurechts – {street} {n}",
                    "Flächentausch im Bereich {street}")),
            new NonPublicTopic("Personalangelegenheiten", List.of(
                    "Besetzung der Fachbereichsleitung – {unit}",
                    "Stellenbesetzung – {unit}",
                    "Verlängerung eines befristeten Arbeitsvertrages – {unit}")),
            new NonPublicTopic("Vergabeentscheidungen", List.of(
                    "Vergabe der Bauleistungen für die Sanierung der {school}",
                    "Vergabe von Planungsleistungen – {facility}",
                    "Rahmenvertrag Winterdienst {year}",
                    "Vergabe der Gebäudereinigung für städtische Gebäude ab {year}",
                    "Lieferung von {n} Einsatzfahrzeugen für die Feuerwehr")),
            new NonPublicTopic("Vertragsangelegenheiten", List.of(
                    "Änderung des Pachtvertrages – {sportsFacility}",
                    "Konzessionsvertrag Strom und Gas mit der Stadtwerke Musterstadt GmbH",
                    "Vergleich in einem Rechtsstreit – {street}",
                    "Anmietung von Büroflächen – {street} {n}")));

    /** Marks for an empty heading on the agenda. */
    static final List<String> EMPTY_MARKERS = List.of("- unbesetzt -", "nicht belegt");

    static final String NO_NOTICES = "Es liegen keine Mitteilungen vor.";

    /** Line under an agenda item naming its paper. */
    static final String PAPER_REFERENCE_LINE = "(Drucksache Nr.: {reference})";

    /** Heading of each item in the minutes ("zu TOP 3.1.2"). */
    static final String MINUTES_ITEM_HEADING = "zu TOP {n}";

    /** The agenda's header lines. */
    static final List<String> AGENDA_HEADER = List.of(
            "Tagesordnung ({publicity})",
            "für die {n}. Sitzung {ofCommittee},",
            "am {date}, Beginn {time} Uhr,",
            "{location}");

    /** The minutes' header lines. */
    static final List<String> MINUTES_HEADER = List.of(
            "Niederschrift ({publicity})",
            "über die {n}. Sitzung {ofCommittee}",
            "am {date} im {location}",
            "Sitzungsdauer: {start} - {end} Uhr");

    /** Headings of the attendance list in the minutes, in order. */
    static final List<String> ATTENDANCE_HEADINGS = List.of(
            "Anwesend:", "a) Stimmberechtigte Mitglieder:", "b) Mitglieder ohne Stimmrecht:", "c) Verwaltung:",
            "d) Gäste:", "Nicht anwesend:");

    /** Attendance phrases: substitution, late arrival, early leaving, excused absence. */
    static final String SUBSTITUTE_FOR = "i. V. für";
    static final String ARRIVED_AT = "ab {time} Uhr";
    static final String LEFT_AT = "bis {time} Uhr";
    static final String EXCUSED = "(entschuldigt)";

    /** Heading of the published agenda within the minutes. */
    static final String PUBLISHED_AGENDA_HEADING = "Veröffentlichte Tagesordnung:";

    /** Sentences about changes to the agenda (item 1.3). */
    static final List<String> AGENDA_CHANGES = List.of(
            "Die Tagesordnung wird im Rahmen der Dringlichkeit um folgenden Tagesordnungspunkt erweitert:",
            "Des Weiteren wird vorgeschlagen, TOP {n} vorzuziehen.",
            "Die Verwaltung zieht die Vorlage zu TOP {n} zurück.",
            "TOP {n} wird von der Tagesordnung abgesetzt.",
            "Die Tagesordnung wird mit diesen Änderungen festgestellt.",
            "Die Tagesordnung wird in der vorliegenden Form festgestellt.");

    /** Sentences for items 1.1 and 1.2. */
    static final String CO_SIGNER_NAMED = "Zur Mitunterzeichnung der Niederschrift wurde {speaker} benannt.";
    static final Label RECUSAL_NOTICE = new Label("Die Vorsitzende weist auf das Mitwirkungsverbot hin.",
            "Der Vorsitzende weist auf das Mitwirkungsverbot hin.");
    static final String RECUSAL_DECLARED =
            "{speaker} erklärt sich zu TOP {n} für befangen und nimmt an Beratung und Abstimmung nicht teil.";
    static final String NO_RECUSAL = "Befangenheiten werden nicht angezeigt.";
}
