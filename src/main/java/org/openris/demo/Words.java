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

    static final List<String> GUEST_INSTITUTIONS = MusterstadtVocabulary.INSTITUTIONS.stream()
            .map(MusterstadtVocabulary.Institution::name).toList();

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

    static String givenName(Random random, String gender) {
        List<String> names = "female".equals(gender) ? MusterstadtVocabulary.FEMALE_GIVEN_NAMES : MusterstadtVocabulary.MALE_GIVEN_NAMES;
        return names.get(random.nextInt(names.size()));
    }

    static String familyName(Random random) {
        return MusterstadtVocabulary.FAMILY_NAMES.get(random.nextInt(MusterstadtVocabulary.FAMILY_NAMES.size()));
    }

    /** True for invented combinations that happen to name a well-known real person. */
    static boolean avoided(String givenName, String familyName) {
        return MusterstadtVocabulary.AVOIDED_FULL_NAMES.contains(givenName + " " + familyName);
    }

    static String street(Random random) {
        return MusterstadtVocabulary.STREETS.get(random.nextInt(MusterstadtVocabulary.STREETS.size()));
    }

    /** "anna.albers17": ASCII local part of an e-mail address. */
    static String mailbox(String given, String family, long id) {
        String ascii = Normalizer.normalize((given + "." + family).toLowerCase(Locale.ROOT)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("[^a-z.]", "");
        return ascii + id;
    }
}
