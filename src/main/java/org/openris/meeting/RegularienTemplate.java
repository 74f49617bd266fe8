package org.openris.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openris.shared.GermanFormats;

/**
 * The opening block "Regularien" of an agenda (DOMAIN §4): 1.1 co-signer of the minutes, 1.2 notice
 * of the participation ban (§§ 31 und 43 Abs. 2 GO NRW), 1.3 confirmation of the agenda, 1.4 (and
 * following) approval of the minutes of each previous meeting whose minutes are still pending. The
 * wording of 1.1 follows the kind of organization (Ausschuss, Rat, Bezirksvertretung).
 */
public final class RegularienTemplate {

    /** One generated item; {@code heading} only for the block itself. */
    public record Item(String templateKey, String name, boolean heading) {
    }

    /** A previous meeting whose minutes are not yet approved. */
    public record PendingMinutes(Integer numberInTerm, String organizationName, LocalDate date) {
    }

    public static final String HEADING = "REGULARIEN";
    public static final String CO_SIGNER = "CO_SIGNER";
    public static final String PARTICIPATION_BAN = "PARTICIPATION_BAN";
    public static final String AGENDA_CONFIRMATION = "AGENDA_CONFIRMATION";
    public static final String MINUTES_APPROVAL = "MINUTES_APPROVAL";

    private RegularienTemplate() {
    }

    /** The heading followed by its items, in order; pending minutes oldest first. */
    public static List<Item> items(String organizationKind, List<PendingMinutes> pendingOldestFirst) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(HEADING, "Regularien", true));
        items.add(new Item(CO_SIGNER, "Benennung eines " + memberNoun(organizationKind) + " zur Mitunterzeichnung der Niederschrift", false));
        items.add(new Item(PARTICIPATION_BAN, "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW", false));
        items.add(new Item(AGENDA_CONFIRMATION, "Feststellung der Tagesordnung", false));
        for (PendingMinutes pending : pendingOldestFirst) {
            items.add(new Item(MINUTES_APPROVAL, approval(pending), false));
        }
        return items;
    }

    /** "Genehmigung der Niederschrift über die 11. Sitzung des Ausschusses … am 22.06.2023". */
    static String approval(PendingMinutes pending) {
        String meeting = pending.numberInTerm() == null
                ? "Sitzung " + MeetingNaming.genitive(pending.organizationName())
                : MeetingNaming.meetingName(pending.numberInTerm(), pending.organizationName());
        return "Genehmigung der Niederschrift über die " + meeting + " am " + GermanFormats.date(pending.date());
    }

    private static String memberNoun(String kind) {
        if ("COUNCIL".equals(kind)) {
            return "Ratsmitgliedes";
        }
        if ("DISTRICT_COUNCIL".equals(kind)) {
            return "Mitgliedes der Bezirksvertretung";
        }
        if ("ADVISORY_BOARD".equals(kind)) {
            return "Beiratsmitgliedes";
        }
        return "Ausschussmitgliedes";
    }
}
