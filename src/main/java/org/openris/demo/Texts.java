package org.openris.demo;

import java.util.List;
import java.util.Random;

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

    static final List<String> PROSE = List.of(
            "Die Verwaltung hat die Maßnahme im Rahmen der mittelfristigen Finanzplanung geprüft und schlägt vor, sie im kommenden Haushaltsjahr umzusetzen.",
            "Nach Abschluss der Bürgerbeteiligung wurden insgesamt 143 Anregungen ausgewertet; die wesentlichen Ergebnisse sind in der Anlage zusammengefasst.",
            "Die Kosten belaufen sich nach derzeitiger Schätzung auf rund 1,2 Mio. €, davon entfallen etwa 40 % auf Fördermittel des Landes.",
            "Die Größenordnung der Maßnahme erfordert eine europaweite Ausschreibung; der Zeitplan sieht den Baubeginn im Frühjahr vor.",
            "Der Seniorenbeirat und der Behindertenbeirat wurden beteiligt und haben der Planung grundsätzlich zugestimmt.",
            "Die Auswirkungen auf den Klimaschutz wurden geprüft; die Maßnahme trägt zur Verringerung der CO₂-Emissionen bei.",
            "Im Rahmen der Haushaltskonsolidierung wurden alternative Varianten untersucht und verworfen.",
            "Die Stadtwerke Musterstadt unterstützen das Vorhaben und übernehmen den Betrieb der Anlagen.",
            "Für die Straßenbaumaßnahme ist eine Vollsperrung von etwa sechs Wochen während der Sommerferien vorgesehen.",
            "Die Verwaltung wird dem Ausschuss nach Abschluss der ersten Bauphase erneut berichten.",
            "Der Radverkehrsanteil soll bis 2030 auf 25 % steigen; dazu werden Lücken im Radwegenetz geschlossen.",
            "Die Schülerzahlen steigen nach der aktuellen Prognose bis zum Schuljahr 2029/30 um rund 8 %.",
            "Die Offene Ganztagsschule wird um zwei Gruppen erweitert; die Räume werden in Modulbauweise errichtet.",
            "Für die Spielplatzsanierung stehen im Teilergebnisplan 51 Mittel in Höhe von 180.000 € zur Verfügung.",
            "Die Ergebnisse der Verkehrszählung zeigen eine Abnahme des Kfz-Verkehrs um 12 % gegenüber 2019.");

    private static final List<String> QUESTIONS = List.of(
            "{speaker} fragt, ob die Mittel bereits im Haushalt eingeplant seien.",
            "{speaker} erkundigt sich nach dem Zeitplan der Umsetzung.",
            "{speaker} bittet darum, die Beiräte frühzeitig zu beteiligen.",
            "{speaker} regt an, die Anwohnerinnen und Anwohner in einer Informationsveranstaltung zu unterrichten.",
            "{speaker} begrüßt die Vorlage ausdrücklich und dankt der Verwaltung für die ausführliche Darstellung.",
            "{speaker} äußert Bedenken hinsichtlich der Folgekosten.",
            "{speaker} fragt, wie viele Parkplätze entfallen würden.");
    private static final List<String> ANSWERS = List.of(
            "{speaker} antwortet, die Mittel stünden im Teilergebnisplan bereit.",
            "{speaker} erläutert, die Umsetzung beginne voraussichtlich im zweiten Quartal.",
            "{speaker} sagt zu, die Frage bis zur nächsten Sitzung schriftlich zu beantworten.",
            "{speaker} stellt die Vorlage anhand einer Präsentation vor.",
            "{speaker} erklärt, die Beteiligung der Beiräte sei bereits erfolgt.");
    static final List<String> RESOLUTIONS = List.of(
            "Die Verwaltung wird beauftragt, die Maßnahme wie in der Vorlage beschrieben umzusetzen.",
            "Die Verwaltung wird beauftragt, ein Konzept zu erarbeiten und dem Ausschuss bis zum Ende des Jahres vorzulegen.",
            "Der Planung wird zugestimmt. Die Mittel stehen im Teilergebnisplan bereit.",
            "Die Verwaltung wird beauftragt, die Ausschreibung durchzuführen und den Auftrag an den wirtschaftlichsten Bieter zu vergeben.",
            "Dem Konzept wird in der vorgelegten Fassung zugestimmt.",
            "Die Verwaltung wird gebeten, die Umsetzung zu prüfen und über das Ergebnis zu berichten.");

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

    static List<String> paperText(Random random) {
        return List.of("Sachverhalt: " + PROSE.get(random.nextInt(PROSE.size())), PROSE.get(random.nextInt(PROSE.size())),
                "Beschlussvorschlag: " + RESOLUTIONS.get(random.nextInt(RESOLUTIONS.size())),
                "Finanzielle Auswirkungen: " + PROSE.get(2 + random.nextInt(2)));
    }

    static String question(Random random, String speaker) {
        return QUESTIONS.get(random.nextInt(QUESTIONS.size())).replace("{speaker}", speaker);
    }

    static String answer(Random random, String speaker) {
        return ANSWERS.get(random.nextInt(ANSWERS.size())).replace("{speaker}", speaker);
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
