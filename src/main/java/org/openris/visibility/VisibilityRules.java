package org.openris.visibility;

import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * The one visibility gate: SQL conditions that decide which rows a {@link Viewer} may read.
 * Every query facade appends these conditions to its SQL; nothing is filtered later in
 * controllers or templates.
 *
 * <p>This is the only class that knows how visibility crosses module tables (a file is at most
 * as visible as every paper, agenda item, meeting and minutes it hangs on). It reads those tables
 * by design; see {@code docs/security.md}.
 *
 * <p>Each method takes the alias under which the caller's query names the table and returns a
 * parenthesised boolean SQL expression. Inner sub-queries use {@code vis_*} aliases.
 */
@Component
public class VisibilityRules {

    /** Meeting: released to the calendar, not deleted, with a public part. */
    public String meeting(String m, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + m + ".deleted_at IS NULL AND " + m + ".released AND " + m + ".public)";
    }

    /** Agenda item: public item of a visible meeting. */
    public String agendaItem(String a, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + a + ".deleted_at IS NULL AND " + a + ".public"
                    + " AND EXISTS (SELECT 1 FROM meeting vis_m WHERE vis_m.id = " + a + ".meeting_id AND "
                    + meeting("vis_m", viewer) + "))";
    }

    /** Paper: released (numbered), public and not deleted; drafts and withdrawn papers are hidden. */
    public String paper(String p, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + p + ".deleted_at IS NULL AND " + p + ".public AND " + p + ".state = 'RELEASED')";
    }

    /** Consultation: its paper is visible, and so are the meeting and agenda item it is scheduled in. */
    public String consultation(String c, Viewer viewer) {
        return "(" + c + ".deleted_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM paper vis_p WHERE vis_p.id = " + c + ".paper_id AND " + paper("vis_p", viewer) + ")"
                + " AND (" + c + ".meeting_id IS NULL OR EXISTS (SELECT 1 FROM meeting vis_cm WHERE vis_cm.id = " + c
                + ".meeting_id AND " + meeting("vis_cm", viewer) + "))"
                + " AND (" + c + ".agenda_item_id IS NULL OR EXISTS (SELECT 1 FROM agenda_item vis_a WHERE vis_a.id = " + c
                + ".agenda_item_id AND " + agendaItem("vis_a", viewer) + ")))";
    }

    /** Decision: only as visible as the agenda item it was taken on. */
    public String decision(String d, Viewer viewer) {
        return "(" + d + ".deleted_at IS NULL AND EXISTS (SELECT 1 FROM agenda_item vis_da WHERE vis_da.id = " + d
                + ".agenda_item_id AND " + agendaItem("vis_da", viewer) + "))";
    }

    /** Minutes: the public part, published, of a visible meeting. Non-public minutes are never published. */
    public String minutes(String mi, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + mi + ".deleted_at IS NULL AND " + mi + ".public_part AND "
                    + mi + ".state = 'PUBLISHED' AND EXISTS (SELECT 1 FROM meeting vis_mm WHERE vis_mm.id = " + mi
                    + ".meeting_id AND " + meeting("vis_mm", viewer) + "))";
    }

    /**
     * File: its own flag is public, and it is at most as visible as everything it hangs on
     * (effective visibility = the most restrictive of file, paper, agenda item, meeting, minutes).
     * A file attached to nothing visible is not visible.
     */
    public String file(String f, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + f + ".deleted_at IS NULL AND " + f + ".public"
                    + " AND NOT EXISTS (SELECT 1 FROM paper_file vis_pf JOIN paper vis_fp ON vis_fp.id = vis_pf.paper_id"
                    + " WHERE vis_pf.file_id = " + f + ".id AND NOT " + paper("vis_fp", viewer) + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM meeting_file vis_mf JOIN meeting vis_fm ON vis_fm.id = vis_mf.meeting_id"
                    + " WHERE vis_mf.file_id = " + f + ".id AND NOT " + meeting("vis_fm", viewer) + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM agenda_item_file vis_af JOIN agenda_item vis_fa ON vis_fa.id = vis_af.agenda_item_id"
                    + " WHERE vis_af.file_id = " + f + ".id AND NOT " + agendaItem("vis_fa", viewer) + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM minutes vis_fmi WHERE vis_fmi.file_id = " + f + ".id AND NOT "
                    + minutes("vis_fmi", viewer) + ")"
                    + " AND (EXISTS (SELECT 1 FROM paper_file vis_pf2 WHERE vis_pf2.file_id = " + f + ".id AND vis_pf2.deleted_at IS NULL)"
                    + " OR EXISTS (SELECT 1 FROM meeting_file vis_mf2 WHERE vis_mf2.file_id = " + f + ".id AND vis_mf2.deleted_at IS NULL)"
                    + " OR EXISTS (SELECT 1 FROM agenda_item_file vis_af2 WHERE vis_af2.file_id = " + f + ".id AND vis_af2.deleted_at IS NULL)"
                    + " OR EXISTS (SELECT 1 FROM minutes vis_fmi2 WHERE vis_fmi2.file_id = " + f + ".id AND vis_fmi2.deleted_at IS NULL)))";
    }

    /** Organization: configured as public (a new organization stays hidden until configured). */
    public String organization(String o, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + o + ".deleted_at IS NULL AND " + o + ".public)";
    }

    /** Person: holds or held a membership of a visible organization. Contact data has its own consent flag. */
    public String person(String pe, Viewer viewer) {
        return "(" + pe + ".deleted_at IS NULL AND EXISTS (SELECT 1 FROM membership vis_ms JOIN organization vis_o"
                + " ON vis_o.id = vis_ms.organization_id WHERE vis_ms.person_id = " + pe + ".id AND vis_ms.deleted_at IS NULL AND "
                + organization("vis_o", viewer) + "))";
    }

    /**
     * Location: used by a body, or by a visible organization, meeting or paper. Addresses used only
     * by persons are private and never visible.
     */
    public String location(String l, Viewer viewer) {
        return "(" + l + ".deleted_at IS NULL AND (EXISTS (SELECT 1 FROM body vis_lb WHERE vis_lb.location_id = " + l + ".id"
                + " AND vis_lb.deleted_at IS NULL)"
                + " OR EXISTS (SELECT 1 FROM organization vis_lo WHERE vis_lo.location_id = " + l + ".id AND " + organization("vis_lo", viewer) + ")"
                + " OR EXISTS (SELECT 1 FROM meeting vis_lm WHERE vis_lm.location_id = " + l + ".id AND " + meeting("vis_lm", viewer) + ")"
                + " OR EXISTS (SELECT 1 FROM paper_location vis_lpl JOIN paper vis_lp ON vis_lp.id = vis_lpl.paper_id"
                + " WHERE vis_lpl.location_id = " + l + ".id AND vis_lpl.deleted_at IS NULL AND " + paper("vis_lp", viewer) + ")))";
    }

    /** Membership: of a visible organization and a visible person. */
    public String membership(String ms, Viewer viewer) {
        return "(" + ms + ".deleted_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM organization vis_mo WHERE vis_mo.id = " + ms + ".organization_id AND "
                + organization("vis_mo", viewer) + ")"
                + " AND EXISTS (SELECT 1 FROM person vis_mp WHERE vis_mp.id = " + ms + ".person_id AND " + person("vis_mp", viewer) + "))";
    }

    /**
     * The tombstone variant of a condition: the row is soft-deleted but would otherwise be visible,
     * so its deletion may be published (OParl {@code deleted: true}) without revealing hidden objects.
     */
    public String tombstone(String condition, String alias) {
        String live = "(" + alias + ".deleted_at IS NULL";
        if (!condition.startsWith(live)) {
            throw new IllegalArgumentException("condition does not start with the deletion check of " + alias);
        }
        return "(" + alias + ".deleted_at IS NOT NULL" + condition.substring(live.length());
    }

    /** Private contact data (e-mail, phone) only with recorded consent, never of anonymised persons. */
    public String personContact(String pe, Viewer viewer) {
        requireAnonymous(viewer);
        return "(" + pe + ".contact_public AND " + pe + ".anonymised_at IS NULL)";
    }

    /**
     * Only the anonymous public exists so far. A new kind of viewer must get its own conditions in
     * every method above before it can be used; until then it is refused rather than shown anything.
     */
    private static void requireAnonymous(Viewer viewer) {
        if (!(viewer instanceof Viewer.Anonymous)) {
            throw new IllegalArgumentException("no visibility rules for viewer " + viewer);
        }
    }
}
