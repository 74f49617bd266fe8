package org.openris.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openris.meeting.MeetingNaming;

/** Running text of Musterstadt (invented): titles, paper prose, minutes sentences, resolutions. */
final class Texts {

    private Texts() {
    }

    static final List<String> ATTACHMENTS = List.of("Lageplan", "Kostenschätzung", "Zeitplan", "Übersichtskarte",
            "Stellungnahme des Beirats", "Präsentation", "Gutachten", "Fotodokumentation", "Maßnahmenliste");

    private static final List<String> DECISION_TITLES = List.of(
            "Sanierung und Erweiterung: {topic} an der {street}",
            "{topic} – Konzept {year}",
            "Bebauungsplan Nr. {n} \"{street}\" – Satzungsbeschluss",
            "Förderprogramm {topic} {year}",
            "Maßnahmenplan {topic} {year} bis {year2}",
            "Bereitstellung überplanmäßiger Mittel für {topic}",
            "Neuordnung {topic} in der Innenstadt",
            "Beschaffung für {topic}: Ausführungsbeschluss",
            "Fortschreibung des Konzepts {topic}",
            "Umgestaltung der {street}");
    private static final List<String> SUBTITLES = List.of("hier: Zwischenbericht", "hier: Sachstand",
            "hier: Ausführungsbeschluss", "hier: Planungsbeschluss", "hier: Ergebnis der Bürgerbeteiligung");
    private static final List<String> NOTICE_TITLES = List.of("Bericht {topic} {year}", "Sachstandsbericht {topic}",
            "Jahresbericht {topic} {year}", "Ergebnisse der Evaluation {topic}", "Information zu {topic} an der {street}");
    private static final List<String> MOTION_TITLES = List.of("Mehr {topic} für Musterstadt", "{topic} an der {street} verbessern",
            "Prüfauftrag {topic}", "Baumpflanzungen an der {street}", "Sichere Schulwege an der {street}",
            "Transparenz bei {topic}");
    private static final List<String> REQUEST_TITLES = List.of("Sachstand {topic} {street}", "Fragen zu {topic}",
            "Kosten von {topic}", "Zeitplan {topic} an der {street}");
    private static final List<String> HIDDEN_TITLES = List.of("Grundstücksangelegenheit {street} {n}",
            "Vergabe {topic} – Los {n}", "Personalangelegenheit im Bereich {topic}", "Vertragsangelegenheit {topic}",
            "Erwerb einer Teilfläche an der {street}");

    static String title(Random random, List<String> topics, String category) {
        List<String> templates = switch (category) {
            case "NOTICE" -> NOTICE_TITLES;
            case "MOTION", "AGENDA_PROPOSAL", "PETITION" -> MOTION_TITLES;
            case "REQUEST" -> REQUEST_TITLES;
            case "OTHER" -> HIDDEN_TITLES;
            default -> DECISION_TITLES;
        };
        String title = fill(random, templates.get(random.nextInt(templates.size())), topics);
        if (category.equals("DECISION_PROPOSAL") && random.nextDouble() < 0.3) {
            title += "\n" + SUBTITLES.get(random.nextInt(SUBTITLES.size()));
        }
        return title;
    }

    /** Sachverhalt, Begründung, Beschlussvorschlag, finanzielle und klimatische Auswirkungen. */
    static List<String> paperText(Random random, String committee) {
        return List.of("Sachverhalt: " + sentence(random, MusterstadtVocabulary.PAPER_FACTS, committee, null),
                "Begründung: " + sentence(random, MusterstadtVocabulary.PAPER_REASONS, committee, null),
                "Beschlussvorschlag: " + resolution(random, committee),
                "Finanzielle Auswirkungen: " + sentence(random, MusterstadtVocabulary.PAPER_FINANCE, committee, null),
                "Auswirkungen auf den Klimaschutz: " + sentence(random, MusterstadtVocabulary.PAPER_CLIMATE, committee, null));
    }

    /** Any sentence of administrative prose, e.g. for attachments. */
    static String prose(Random random) {
        return sentence(random, MusterstadtVocabulary.PAPER_FACTS, "Ausschuss für Umwelt, Klima und Mobilität", null);
    }

    /** A discussion sentence in indirect speech by {@code speaker}. */
    static String discussion(Random random, String committee, String speaker) {
        return sentence(random, MusterstadtVocabulary.MINUTES_PROSE, committee, speaker);
    }

    static String resolution(Random random, String committee) {
        return sentence(random, MusterstadtVocabulary.RESOLUTION_TEMPLATES, committee, null);
    }

    private static String sentence(Random random, List<String> templates, String committee, String speaker) {
        String template = templates.get(random.nextInt(templates.size()));
        Map<String, String> values = new HashMap<>();
        values.put("n", String.valueOf(1 + random.nextInt(12)));
        int year = 2020 + random.nextInt(10);
        values.put("year", String.valueOf(year));
        values.put("date", String.format("%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year));
        values.put("time", "16:00");
        values.put("start", "16:00");
        values.put("end", "18:30");
        values.put("street", Words.street(random));
        MusterstadtVocabulary.District district = pick(random, MusterstadtVocabulary.DISTRICTS);
        values.put("district", district.name());
        values.put("subLocality", pick(random, district.subLocalities()));
        values.put("school", pick(random, MusterstadtVocabulary.SCHOOLS));
        values.put("kita", pick(random, MusterstadtVocabulary.KITAS));
        values.put("park", pick(random, MusterstadtVocabulary.PARKS));
        values.put("sportsFacility", pick(random, MusterstadtVocabulary.SPORTS_FACILITIES));
        values.put("facility", pick(random, MusterstadtVocabulary.FACILITIES));
        values.put("committee", MeetingNaming.nominative(committee));
        values.put("ofCommittee", MeetingNaming.genitive(committee));
        values.put("faction", pick(random, MusterstadtVocabulary.FACTIONS).name());
        values.put("speaker", speaker == null ? "Die Verwaltung" : speaker);
        values.put("unit", pick(random, MusterstadtVocabulary.ADMINISTRATIVE_UNITS).name());
        values.put("amount", (50 + random.nextInt(950)) + ".000 EUR");
        values.put("reference", String.format("%05d-%02d", 1 + random.nextInt(5000), year % 100));
        values.put("majority", "einstimmig");
        values.put("yes", String.valueOf(5 + random.nextInt(10)));
        values.put("no", String.valueOf(random.nextInt(4)));
        values.put("abstain", String.valueOf(random.nextInt(3)));
        values.put("publicity", "öffentlich");
        values.put("location", "Rathaus Musterstadt, Ratssaal");
        return MusterstadtVocabulary.fill(template, values);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String fill(Random random, String template, List<String> topics) {
        int year = 2020 + random.nextInt(10);
        return template.replace("{topic}", topics.get(random.nextInt(topics.size())))
                .replace("{street}", Words.street(random))
                .replace("{n}", String.valueOf(100 + random.nextInt(900)))
                .replace("{year2}", String.valueOf(year + 5))
                .replace("{year}", String.valueOf(year));
    }
}
