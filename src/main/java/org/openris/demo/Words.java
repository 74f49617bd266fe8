package org.openris.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The structural vocabulary of Musterstadt (invented): factions, units, committees, districts, paper kinds. */
final class Words {

    private Words() {
    }

    record Faction(String name, String shortName, int weight) {
    }

    record Unit(String code, String name, String parentCode) {
    }

    record Committee(String name, String shortName, List<String> topics, boolean decidesAlone) {
    }

    record PaperKind(String name, String category, boolean publicByDefault) {
    }

    static final List<Faction> FACTIONS = List.of(
            new Faction("SPD-Fraktion", "SPD", 26),
            new Faction("CDU-Fraktion", "CDU", 24),
            new Faction("Fraktion Bündnis 90/Die Grünen", "GRÜNE", 20),
            new Faction("Fraktion FDP", "FDP", 8),
            new Faction("AfD-Fraktion", "AfD", 8),
            new Faction("Fraktion Die Linke", "LINKE", 7),
            new Faction("Gruppe Volt", "Volt", 4));

    static final List<Unit> UNITS = List.of(
            new Unit("1/Dez", "Dezernat I – Allgemeine Verwaltung und Ordnung", null),
            new Unit("2/Dez", "Dezernat II – Finanzen und Beteiligungen", null),
            new Unit("4/Dez", "Dezernat IV – Bildung, Jugend und Sport", null),
            new Unit("5/Dez", "Dezernat V – Soziales und Gesundheit", null),
            new Unit("6/Dez", "Dezernat VI – Planen, Bauen, Umwelt und Mobilität", null),
            new Unit("10", "Amt für Personal und Organisation", "1/Dez"),
            new Unit("20", "Kämmerei", "2/Dez"),
            new Unit("32", "Ordnungsamt", "1/Dez"),
            new Unit("40", "Schulverwaltungsamt", "4/Dez"),
            new Unit("51", "Jugendamt", "4/Dez"),
            new Unit("52", "Sportamt", "4/Dez"),
            new Unit("50", "Amt für Soziales und Senioren", "5/Dez"),
            new Unit("60", "Stadtplanungsamt", "6/Dez"),
            new Unit("61", "Umweltamt", "6/Dez"),
            new Unit("63", "Bauaufsichtsamt", "6/Dez"),
            new Unit("66", "Amt für Straßen und Verkehrstechnik", "6/Dez"),
            new Unit("66/2", "Abteilung Verkehrsplanung", "66"),
            new Unit("80", "Amt für Wirtschaftsförderung", "2/Dez"));

    static final List<String> ADVISORY_BOARDS = List.of("Seniorenbeirat", "Integrationsrat", "Behindertenbeirat");

    static final List<String> GUEST_INSTITUTIONS = List.of("Stadtwerke Musterstadt", "Industrie- und Handelskammer",
            "Agentur für Arbeit Musterstadt", "Polizeipräsidium Musterstadt", "Verkehrsbetriebe Musterstadt");

    static final List<Committee> COMMITTEES = List.of(
            new Committee("Hauptausschuss", "HA", List.of("Haushalt", "Personal", "Beteiligungen"), false),
            new Committee("Ausschuss für Umwelt, Klima und Mobilität", "AUKM", List.of("Klima", "Radverkehr", "Bäume", "ÖPNV"), true),
            new Committee("Finanzausschuss", "FA", List.of("Haushalt", "Steuern", "Beteiligungen"), false),
            new Committee("Ausschuss für Schule und Weiterbildung", "ASW", List.of("Schulbau", "Digitalisierung der Schulen", "Offene Ganztagsschule"), true),
            new Committee("Jugendhilfeausschuss", "JHA", List.of("Kita", "Jugendzentrum", "Spielplatz"), true),
            new Committee("Ausschuss für Soziales, Senioren und Gesundheit", "ASSG", List.of("Pflege", "Wohnungslosenhilfe", "Quartier"), true),
            new Committee("Stadtentwicklungsausschuss", "StEA", List.of("Bebauungsplan", "Wohnungsbau", "Innenstadt"), true),
            new Committee("Bauausschuss", "BauA", List.of("Sanierung", "Neubau", "Brandschutz"), true),
            new Committee("Ausschuss für Kunst und Kultur", "AKK", List.of("Museum", "Stadtbibliothek", "Kulturförderung"), true),
            new Committee("Sportausschuss", "SpA", List.of("Sporthalle", "Bäder", "Sportförderung"), true),
            new Committee("Ausschuss für Digitalisierung und Verwaltungsmodernisierung", "ADV", List.of("Digitalisierung", "Onlinezugang", "IT-Sicherheit"), true),
            new Committee("Rechnungsprüfungsausschuss", "RPA", List.of("Jahresabschluss", "Prüfbericht"), true),
            new Committee("Ausschuss für Wirtschaft und Arbeit", "AWA", List.of("Gewerbegebiet", "Einzelhandel", "Fachkräfte"), true),
            new Committee("Ausschuss für Anregungen und Beschwerden", "AAB", List.of("Eingabe", "Bürgerantrag"), true),
            new Committee("Verkehrsausschuss", "VA", List.of("Radverkehr", "Parken", "Straßenbahn"), true),
            new Committee("Ausschuss für Liegenschaften", "AL", List.of("Grundstück", "Erbbaurecht"), true));

    static final List<String> DISTRICTS = List.of("Innenstadt", "Nord", "Süd-Ost", "West", "Ost", "Süd", "Nord-West", "Mitte");

    static final List<PaperKind> PAPER_KINDS = List.of(
            new PaperKind("Beschlussvorlage", "DECISION_PROPOSAL", true),
            new PaperKind("Mitteilung zur Kenntnisnahme", "NOTICE", true),
            new PaperKind("Antrag", "MOTION", true),
            new PaperKind("Bitte um Stellungnahme", "REQUEST", true),
            new PaperKind("Stellungnahme der Verwaltung", "STATEMENT", true),
            new PaperKind("Vorschlag zur Tagesordnung", "AGENDA_PROPOSAL", true),
            new PaperKind("Eingabe aus der Bürgerschaft", "PETITION", true),
            new PaperKind("Ergänzungsvorlage", "SUPPLEMENT", true),
            new PaperKind("Vorlage (nichtöffentlich)", "OTHER", false));

    private static final List<String> FEMALE = List.of("Anna", "Maria", "Ursula", "Monika", "Petra", "Sabine", "Claudia",
            "Andrea", "Stefanie", "Julia", "Katharina", "Laura", "Lea", "Sophie", "Hannah", "Elif", "Ayşe", "Fatma",
            "Agnieszka", "Katarzyna", "Giulia", "Eleni", "Olga", "Natalia", "Leyla", "Miriam", "Birgit", "Heike", "Renate",
            "Gabriele", "Christine", "Susanne", "Nicole", "Sandra", "Melanie", "Jana", "Lena", "Marie", "Emma", "Mia",
            "Ingrid", "Helga", "Karin", "Doris", "Anja", "Silke", "Tanja", "Nadine", "Yasemin", "Dilara");
    private static final List<String> MALE = List.of("Peter", "Michael", "Thomas", "Andreas", "Stefan", "Frank", "Jürgen",
            "Klaus", "Wolfgang", "Markus", "Christian", "Daniel", "Jan", "Tobias", "Lukas", "Felix", "Jonas", "Mehmet",
            "Mustafa", "Ali", "Piotr", "Tomasz", "Marco", "Luca", "Dimitrios", "Sergej", "Alexander", "Omar", "Karim",
            "Hans", "Günter", "Dieter", "Uwe", "Ralf", "Bernd", "Holger", "Matthias", "Sebastian", "Florian", "Tim",
            "Niklas", "Paul", "Leon", "Ben", "Emre", "Burak", "Yusuf", "Konstantin", "Heinz", "Werner");
    private static final List<String> FAMILY = List.of("Albers", "Brinkmann", "Celik", "Dorn", "Engel", "Falk", "Gruber",
            "Hahn", "Ivanova", "Jansen", "Krüger", "Lindner", "Möller", "Neumann", "Ortmann", "Peters", "Quast", "Rahn",
            "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
            "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Zimmermann", "Braun", "Hofmann", "Hartmann",
            "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier",
            "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
            "Weiß", "Jung", "Keller", "Vogel", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Winter",
            "Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk", "Arslan", "Doğan", "Kowalski", "Nowak", "Wiśniewski",
            "Lewandowski", "Rossi", "Russo", "Esposito", "Papadopoulos", "Georgiou", "Petrov", "Smirnov", "Haddad",
            "Nasser", "Brandt", "Busch", "Kühn", "Pohl", "Thomas", "Voigt", "Ludwig", "Sauer", "Arnold", "Pfeiffer",
            "Ernst", "Jäger", "Schubert", "Berger", "Kraus", "Böhm", "Winkler", "Haas", "Otto", "Sommer", "Graf",
            "Heinrich", "Friedrich", "Seidel", "Dietrich", "Kuhn", "Schwarz", "Zander", "Wendt", "Ahrens", "Timm");
    private static final List<String> STREETS = List.of("Marktplatz", "Hauptstraße", "Bahnhofstraße", "Nordring",
            "Schulstraße", "Gartenweg", "Lindenallee", "Am Stadtpark", "Kirchplatz", "Ringstraße", "Mühlenweg",
            "Friedhofstraße", "Rosenstraße", "Bergstraße", "Talstraße", "Kanalstraße", "Hafenstraße", "Rathausstraße",
            "Goethestraße", "Schillerstraße", "Beethovenstraße", "Am Sportplatz", "Wiesenweg", "Eichendorffstraße",
            "Heinrich-Heine-Straße", "Europaplatz", "Industriestraße", "Feldstraße", "Südring", "Westwall");

    static String givenName(Random random, String gender) {
        return ("female".equals(gender) ? FEMALE : MALE).get(random.nextInt(FEMALE.size()));
    }

    static String familyName(Random random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }

    static String street(Random random) {
        return STREETS.get(random.nextInt(STREETS.size()));
    }

    /** "anna.albers17": ASCII local part of an e-mail address. */
    static String mailbox(String given, String family, long id) {
        String ascii = Normalizer.normalize((given + "." + family).toLowerCase(Locale.ROOT)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("[^a-z.]", "");
        return ascii + id;
    }
}
