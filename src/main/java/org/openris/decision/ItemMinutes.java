package org.openris.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openris.meeting.MeetingNaming;
import org.openris.shared.GermanFormats;

/**
 * The text of one agenda item in the minutes, composed from what the clerk recorded (issue 7): the
 * discussion as typed, the recusals ("Rm Falk hat den Sitzungssaal verlassen."), the result
 * sentence in the city's phrasing ("Der Ausschuss … beschließt mit 8 Ja-Stimmen, …:" followed by the
 * resolution, "… empfiehlt dem Rat … einstimmig, …", "… lässt die Vorlage ohne Beschluss in den Rat …
 * durchlaufen.", "Die Niederschrift wird einstimmig genehmigt."), and the follow-up ("Der Ausschuss
 * bittet die Verwaltung bis zur nächsten Sitzung am 09.11.2023 um schriftliche Stellungnahme.").
 * Paragraphs in HTML (the stored rich-text form). Pure: no Spring, no database.
 */
public final class ItemMinutes {

    /** What was recorded for the item; {@code vote} null or NONE: no vote taken. */
    public record Record(String organizationName, String paperCategory, boolean minutesApproval, String status, String discussionHtml,
                         List<String> recusedLabels, String outcome, String recommendedToName, String resolutionHtml,
                         VotePhrasing.Vote vote, FollowUp followUp) {

        public Record {
            recusedLabels = recusedLabels == null ? List.of() : List.copyOf(recusedLabels);
        }
    }

    /** {@code nextMeetingDay}: the due date is the day of the organization's next meeting. */
    public record FollowUp(String request, LocalDate due, boolean nextMeetingDay) {
    }

    private ItemMinutes() {
    }

    public static String compose(Record r) {
        List<String> parts = new ArrayList<>();
        if (r.discussionHtml() != null && !r.discussionHtml().isBlank()) {
            parts.add(r.discussionHtml().strip());
        }
        for (String recused : r.recusedLabels()) {
            parts.add(p(recused + " hat den Sitzungssaal verlassen."));
        }
        String result = result(r);
        if (result != null) {
            parts.add(result);
            String notVoting = r.vote() == null ? "" : VotePhrasing.notVoting(r.vote());
            if (!notVoting.isEmpty()) {
                parts.add(p(notVoting));
            }
        }
        if (r.followUp() != null && r.followUp().request() != null && !r.followUp().request().isBlank()) {
            parts.add(p(followUp(r)));
        }
        return String.join("", parts);
    }

    /** An item added in the meeting under urgency, as listed under the confirmation of the agenda. */
    public record UrgentItem(String number, String name, String treatmentLabel, String paperReference) {
    }

    /** "TOP 3.2 vor TOP 2.2". */
    public record Move(String number, String beforeNumber) {
    }

    /** "Rm Falk" declared at TOP "2.3". */
    public record Recusal(String label, String number) {
    }

    /** TOP 1.1: "Zur Mitunterzeichnung der Niederschrift wurde Rm Jansen benannt." */
    public static String coSigner(String discussionHtml, String coSignerLabel) {
        return join(discussionHtml, coSignerLabel == null ? null : p("Zur Mitunterzeichnung der Niederschrift wurde " + coSignerLabel + " benannt."));
    }

    /** TOP 1.2: the chair's notice and every recusal of the meeting. */
    public static String participationBan(String discussionHtml, boolean chairFemale, List<Recusal> recusals) {
        StringBuilder text = new StringBuilder(chairFemale ? "Die Vorsitzende" : "Der Vorsitzende").append(" weist auf das Mitwirkungsverbot hin.");
        for (Recusal r : recusals) {
            text.append(' ').append(r.label()).append(" erklärt sich zu TOP ").append(r.number())
                    .append(" für befangen und nimmt an Beratung und Abstimmung nicht teil.");
        }
        return join(discussionHtml, p(text.toString()));
    }

    /** TOP 1.3: urgent additions, changes of the order, and the confirmation. */
    public static String agendaConfirmation(String discussionHtml, List<UrgentItem> urgent, List<Move> moves) {
        List<String> parts = new ArrayList<>();
        if (!urgent.isEmpty()) {
            parts.add(p(urgent.size() == 1 ? "Die Tagesordnung wird im Rahmen der Dringlichkeit um folgenden Tagesordnungspunkt erweitert:"
                    : "Die Tagesordnung wird im Rahmen der Dringlichkeit um folgende Tagesordnungspunkte erweitert:"));
            for (UrgentItem u : urgent) {
                StringBuilder block = new StringBuilder(escape(u.number() + " " + u.name()));
                if (u.treatmentLabel() != null) {
                    block.append("<br>").append(escape(u.treatmentLabel()));
                }
                if (u.paperReference() != null) {
                    block.append("<br>").append(escape("(Drucksache Nr.: " + u.paperReference() + ")"));
                }
                parts.add("<p>" + block + "</p>");
            }
        }
        for (Move m : moves) {
            parts.add(p((urgent.isEmpty() && parts.isEmpty() ? "Es wird vorgeschlagen, TOP " : "Des Weiteren wird vorgeschlagen, TOP ")
                    + m.number() + " vor TOP " + m.beforeNumber() + " zu behandeln."));
        }
        parts.add(p(urgent.isEmpty() && moves.isEmpty() ? "Die Tagesordnung wird festgestellt." : "Die Tagesordnung wird mit diesen Änderungen festgestellt."));
        return join(discussionHtml, String.join("", parts));
    }

    private static String join(String discussionHtml, String generated) {
        String head = discussionHtml == null || discussionHtml.isBlank() ? "" : discussionHtml.strip();
        return head + (generated == null ? "" : generated);
    }

    private static String result(Record r) {
        if ("POSTPONED".equals(r.status()) || "POSTPONED".equals(r.outcome())) {
            return p("Die Beratung wird vertagt.");
        }
        if ("WITHDRAWN".equals(r.status()) || "WITHDRAWN".equals(r.outcome())) {
            return p("Der Tagesordnungspunkt wird abgesetzt.");
        }
        if (r.outcome() == null) {
            return null;
        }
        String phrase = r.vote() == null ? "" : VotePhrasing.phrase(r.vote()).midSentence();
        String subject = MeetingNaming.nominative(r.organizationName());
        String object = object(r.paperCategory());
        if (r.minutesApproval()) {
            return p("Die Niederschrift wird " + space(phrase) + verb(r.outcome(), "genehmigt", "nicht genehmigt") + ".");
        }
        switch (r.outcome()) {
            case "NOTED":
                return p(subject + " nimmt " + object + " zur Kenntnis.");
            case "ADOPTED":
            case "ADOPTED_WITH_CHANGES":
                String changed = "ADOPTED_WITH_CHANGES".equals(r.outcome()) ? " mit Änderungen" : "";
                if (hasText(r.resolutionHtml())) {
                    return p(subject + " beschließt" + changed + (phrase.isEmpty() ? "" : " " + atEnd(phrase)) + ":") + r.resolutionHtml().strip();
                }
                return p(subject + " beschließt " + object + changed + (phrase.isEmpty() ? "" : " " + atEnd(phrase)) + ".");
            case "REJECTED":
                return p(subject + " lehnt " + object + (phrase.isEmpty() ? "" : " " + atEnd(phrase)) + " ab.");
            case "RECOMMENDED":
                String to = r.recommendedToName() == null ? "" : " " + MeetingNaming.dative(r.recommendedToName());
                if (hasText(r.resolutionHtml())) {
                    return p(subject + " empfiehlt" + to + (phrase.isEmpty() ? "" : " " + atEnd(phrase)) + ", "
                            + lowerFirst(plain(r.resolutionHtml())));
                }
                return p(subject + " empfiehlt" + to + (phrase.isEmpty() ? "" : " " + atEnd(phrase)) + " den Beschluss gemäß Vorlage.");
            case "PASSED_ON_WITHOUT_DECISION":
                return p(subject + " lässt " + object + " ohne Beschluss"
                        + (r.recommendedToName() == null ? "" : " in " + MeetingNaming.accusative(r.recommendedToName())) + " durchlaufen.");
            case "REFERRED":
                return p(subject + " verweist " + object
                        + (r.recommendedToName() == null ? "" : " an " + MeetingNaming.accusative(r.recommendedToName())) + ".");
            default:
                return null;
        }
    }

    private static String followUp(Record r) {
        FollowUp f = r.followUp();
        String subject = MeetingNaming.nominative(shortName(r.organizationName()));
        String by = f.due() == null ? "" : f.nextMeetingDay() ? " bis zur nächsten Sitzung am " + GermanFormats.date(f.due())
                : " bis zum " + GermanFormats.date(f.due());
        return subject + " bittet die Verwaltung" + by + " um " + lowerFirst(f.request().strip()).replaceAll("[.]$", "") + ".";
    }

    /** "Ausschuss für Umwelt, Klima und Mobilität" → "Ausschuss": the short form the minutes use after the first mention. */
    private static String shortName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String object(String category) {
        if (category == null) {
            return "die Vorlage";
        }
        switch (category) {
            case "MOTION":
            case "AGENDA_PROPOSAL":
                return "den Antrag";
            case "REQUEST":
                return "die Anfrage";
            case "NOTICE":
            case "REPORT":
                return "den Bericht";
            default:
                return "die Vorlage";
        }
    }

    private static String verb(String outcome, String yes, String no) {
        return "REJECTED".equals(outcome) ? no : yes;
    }

    private static String space(String phrase) {
        return phrase.isEmpty() ? "" : phrase + " ";
    }

    private static String atEnd(String phrase) {
        return phrase.endsWith(",") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }

    private static boolean hasText(String html) {
        return html != null && !plain(html).isBlank();
    }

    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html).text().strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String p(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
