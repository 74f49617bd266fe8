package org.openris.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openris.shared.GermanFormats;

/**
 * The opening block "Regularien" of an agenda (DOMAIN §4): 1.1 co-signer of the minutes, 1.2 notice
 * of the participation ban (§§ 31 und 43 Abs. 2 GO NRW), 1.3 confirmation of the agenda, 1.4 (and
 * following) approval of the minutes of each previous meeting whose minutes are still pending, then
 * any further standing items of the organization (e.g. "Einwohnerfragestunde"). The wording is the
 * organization's own ({@link Wording}, kept by {@link RegularienSettings}); without one it follows
 * the kind of organization (Ausschuss, Rat, Bezirksvertretung, Beirat).
 */
public final class RegularienTemplate {

    /** One generated item; {@code heading} only for the block itself. */
    /** An item of the block; {@code approvesMinutesOf}: the meeting whose minutes item 1.4 approves. */
    public record Item(String templateKey, String name, boolean heading, Long approvesMinutesOf) {

        public Item(String templateKey, String name, boolean heading) {
            this(templateKey, name, heading, null);
        }
    }

    /** A previous meeting whose minutes are not yet approved ({@code meetingId} null in previews). */
    public record PendingMinutes(Integer numberInTerm, String organizationName, LocalDate date, Long meetingId) {

        public PendingMinutes(Integer numberInTerm, String organizationName, LocalDate date) {
            this(numberInTerm, organizationName, date, null);
        }
    }

    /**
     * An organization's wording of the block: the heading, the three standing items (a blank one is
     * left out), whether the approval of pending minutes is put in, and further standing items after it.
     */
    public record Wording(String heading, String coSigner, String participationBan, String agendaConfirmation,
                          boolean minutesApproval, List<String> furtherItems) {

        public Wording {
            furtherItems = furtherItems == null ? List.of() : List.copyOf(furtherItems);
        }

        /** The wording of the city's example minutes, by kind of organization. */
        public static Wording standard(String organizationKind) {
            return new Wording("Regularien",
                    "Benennung eines " + memberNoun(organizationKind) + " zur Mitunterzeichnung der Niederschrift",
                    "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW",
                    "Feststellung der Tagesordnung", true, List.of());
        }
    }

    public static final String HEADING = "REGULARIEN";
    public static final String CO_SIGNER = "CO_SIGNER";
    public static final String PARTICIPATION_BAN = "PARTICIPATION_BAN";
    public static final String AGENDA_CONFIRMATION = "AGENDA_CONFIRMATION";
    public static final String MINUTES_APPROVAL = "MINUTES_APPROVAL";
    public static final String STANDING_ITEM = "STANDING_ITEM";

    private RegularienTemplate() {
    }

    /** The heading followed by its items in the standard wording of the organization's kind. */
    public static List<Item> items(String organizationKind, List<PendingMinutes> pendingOldestFirst) {
        return items(Wording.standard(organizationKind), pendingOldestFirst);
    }

    /** The heading followed by its items, in order; pending minutes oldest first. */
    public static List<Item> items(Wording wording, List<PendingMinutes> pendingOldestFirst) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(HEADING, wording.heading(), true));
        addUnlessBlank(items, CO_SIGNER, wording.coSigner());
        addUnlessBlank(items, PARTICIPATION_BAN, wording.participationBan());
        addUnlessBlank(items, AGENDA_CONFIRMATION, wording.agendaConfirmation());
        if (wording.minutesApproval()) {
            for (PendingMinutes pending : pendingOldestFirst) {
                items.add(new Item(MINUTES_APPROVAL, approval(pending), false, pending.meetingId()));
            }
        }
        for (String further : wording.furtherItems()) {
            addUnlessBlank(items, STANDING_ITEM, further);
        }
        return items;
    }

    private static void addUnlessBlank(List<Item> items, String key, String name) {
        if (name != null && !name.isBlank()) {
            items.add(new Item(key, name.strip(), false));
        }
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
