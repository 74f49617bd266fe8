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
 * parenthesised boolean SQL expression. Inner sub-queries use {@code vis_*} aliases. A rule is the
 * <em>published</em> rule (the public, plus what a member's memberships entitle them to) OR the
 * grant of the viewer's staff roles ({@link StaffGrants}); for viewers without an account the
 * grant is absent and the SQL is the published rule alone, exactly as before staff roles existed.
 */
@Component
public class VisibilityRules {

    private final StaffGrants staff;

    public VisibilityRules() {
        this(new StaffGrants());
    }

    /** With other staff grants (the gate test widens them one at a time and expects to notice). */
    VisibilityRules(StaffGrants staff) {
        this.staff = staff;
    }

    /**
     * Meeting: released to the calendar (drafts never), not deleted, and with a public part — or,
     * for a member, a meeting of one of their organizations or one they attended as substitute —
     * of a lead organization the viewer may see (an organization not yet configured as public
     * keeps its meetings hidden too). Staff: meetings they run, drafts included.
     */
    public String meeting(String m, Viewer viewer) {
        Viewer person = withoutRoles(viewer);
        return "(" + m + ".deleted_at IS NULL AND " + orGrant(m + ".released AND (" + m + ".public OR " + entitledToMeeting(m, person) + ")"
                + " AND EXISTS (SELECT 1 FROM organization vis_mo WHERE vis_mo.id = " + m + ".organization_id AND "
                + organization("vis_mo", person) + ")", staff.meeting(m, viewer)) + ")";
    }

    /**
     * Agenda item: a public item, or a non-public one the viewer is entitled to, of a visible meeting;
     * staff: every item of a meeting they run. An item drafted in the back office ({@code public_part}
     * set) belongs to the agenda only once the invitation went out (ADR 0021): before that even the
     * members of the organization do not see it.
     */
    public String agendaItem(String a, Viewer viewer) {
        Viewer person = withoutRoles(viewer);
        return "(" + a + ".deleted_at IS NULL AND " + orGrant("(" + a + ".public OR EXISTS (SELECT 1 FROM meeting vis_am WHERE vis_am.id = "
                + a + ".meeting_id AND " + entitledToMeeting("vis_am", person) + " AND (" + a + ".public_part IS NULL OR vis_am.invitation_sent_at IS NOT NULL)))"
                + " AND EXISTS (SELECT 1 FROM meeting vis_m WHERE vis_m.id = " + a + ".meeting_id AND "
                + meeting("vis_m", person) + ")", ofGrantedMeeting(a + ".meeting_id", viewer)) + ")";
    }

    /**
     * Paper: released (numbered) and not deleted; public — or, for a member, consulted by one of their
     * organizations or in a meeting they attended as substitute. Drafts and withdrawn papers are hidden
     * except from the staff who work on them.
     */
    public String paper(String p, Viewer viewer) {
        return "(" + p + ".deleted_at IS NULL AND " + orGrant(p + ".state = 'RELEASED' AND (" + p + ".public OR "
                + entitledToPaper(p, viewer) + ")", staff.paper(p, viewer)) + ")";
    }

    /** Consultation: its organization and paper are visible, and so are the meeting and agenda item it is scheduled in. */
    public String consultation(String c, Viewer viewer) {
        return "(" + c + ".deleted_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM organization vis_co WHERE vis_co.id = " + c + ".organization_id AND "
                + organization("vis_co", viewer) + ")"
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

    /**
     * Minutes of a visible meeting: the public part once published; for members of the meeting's
     * organization also the non-public part once signed; a version released for signature for the
     * members designated to sign it. Every state (drafts too) only for the staff who run the meeting.
     */
    public String minutes(String mi, Viewer viewer) {
        Viewer person = withoutRoles(viewer);
        Long signer = personOf(person);
        String designated = signer == null ? "" : " OR (" + mi + ".state = 'IN_SIGNATURE' AND EXISTS (SELECT 1 FROM minutes_signature vis_msig"
                + " WHERE vis_msig.minutes_id = " + mi + ".id AND vis_msig.person_id = " + signer + " AND vis_msig.deleted_at IS NULL))";
        return "(" + mi + ".deleted_at IS NULL AND " + orGrant("EXISTS (SELECT 1 FROM meeting vis_mm WHERE vis_mm.id = " + mi
                + ".meeting_id AND " + meeting("vis_mm", person) + " AND ((" + mi + ".public_part AND " + mi + ".state = 'PUBLISHED')"
                + " OR (" + mi + ".state IN ('SIGNED', 'APPROVED', 'PUBLISHED') AND " + entitledToMeeting("vis_mm", person) + ")"
                + designated + "))", ofGrantedMeeting(mi + ".meeting_id", viewer)) + ")";
    }

    /**
     * File: its own flag is public, and it is at most as visible as everything it hangs on
     * (effective visibility = the most restrictive of file, paper, agenda item, meeting, minutes).
     * A file attached to nothing visible is not visible. Staff additionally see every file of a
     * document they manage ({@link StaffGrants#file}).
     */
    public String file(String f, Viewer viewer) {
        return "(" + f + ".deleted_at IS NULL AND " + orGrant(publishedFile(f, withoutRoles(viewer)), staff.file(f, viewer)) + ")";
    }

    /** The most restrictive rule of a file, for the public and members. */
    private String publishedFile(String f, Viewer viewer) {
        // Each check is fenced with OFFSET 0 so PostgreSQL evaluates it per file through the link
        // indexes instead of turning it into an anti-join over all links (docs/benchmarks.md).
        return "(" + f + ".public OR " + entitledToFile(f, viewer) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM paper_file vis_pf JOIN paper vis_fp ON vis_fp.id = vis_pf.paper_id"
                + " WHERE vis_pf.file_id = " + f + ".id AND NOT " + paper("vis_fp", viewer) + " OFFSET 0)"
                + " AND NOT EXISTS (SELECT 1 FROM meeting_file vis_mf JOIN meeting vis_fm ON vis_fm.id = vis_mf.meeting_id"
                + " WHERE vis_mf.file_id = " + f + ".id AND NOT " + meeting("vis_fm", viewer) + " OFFSET 0)"
                + " AND NOT EXISTS (SELECT 1 FROM agenda_item_file vis_af JOIN agenda_item vis_fa ON vis_fa.id = vis_af.agenda_item_id"
                + " WHERE vis_af.file_id = " + f + ".id AND NOT " + agendaItem("vis_fa", viewer) + " OFFSET 0)"
                + " AND NOT EXISTS (SELECT 1 FROM minutes vis_fmi WHERE vis_fmi.file_id = " + f + ".id AND NOT "
                + minutes("vis_fmi", viewer) + " OFFSET 0)"
                + " AND (EXISTS (SELECT 1 FROM paper_file vis_pf2 WHERE vis_pf2.file_id = " + f + ".id AND vis_pf2.deleted_at IS NULL OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM meeting_file vis_mf2 WHERE vis_mf2.file_id = " + f + ".id AND vis_mf2.deleted_at IS NULL OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM agenda_item_file vis_af2 WHERE vis_af2.file_id = " + f + ".id AND vis_af2.deleted_at IS NULL OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM minutes vis_fmi2 WHERE vis_fmi2.file_id = " + f + ".id AND vis_fmi2.deleted_at IS NULL OFFSET 0))";
    }

    /**
     * Organization: configured as public (a new organization stays hidden until configured), or the
     * viewer's own, or assigned to the viewer as clerk; administrators see all.
     */
    public String organization(String o, Viewer viewer) {
        return "(" + o + ".deleted_at IS NULL AND (" + o + ".public OR " + memberOf(o + ".id", viewer)
                + orGrantTerm(staff.organization(o, viewer)) + "))";
    }

    /**
     * Person: holds or held a membership of a visible organization (administrators: every person).
     * Contact data has its own consent flag.
     */
    public String person(String pe, Viewer viewer) {
        return "(" + pe + ".deleted_at IS NULL AND " + orGrant("EXISTS (SELECT 1 FROM membership vis_ms JOIN organization vis_o"
                + " ON vis_o.id = vis_ms.organization_id WHERE vis_ms.person_id = " + pe + ".id AND vis_ms.deleted_at IS NULL AND "
                + organization("vis_o", viewer) + ")", staff.administrator(viewer)) + ")";
    }

    /**
     * Location: used by a body, or by a visible organization, meeting or paper. Addresses used only
     * by persons are private and visible to administrators only.
     */
    public String location(String l, Viewer viewer) {
        return "(" + l + ".deleted_at IS NULL AND (EXISTS (SELECT 1 FROM body vis_lb WHERE vis_lb.location_id = " + l + ".id"
                + " AND vis_lb.deleted_at IS NULL)" + orGrantTerm(staff.administrator(viewer))
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

    /**
     * Private contact data (e-mail, phone) only with recorded consent (administrators, who maintain
     * it, regardless), never of anonymised persons.
     */
    public String personContact(String pe, Viewer viewer) {
        String administrator = staff.administrator(viewer);
        String consent = StaffGrants.FALSE.equals(administrator) ? pe + ".contact_public" : "(" + pe + ".contact_public OR " + administrator + ")";
        return "(" + consent + " AND " + pe + ".anonymised_at IS NULL)";
    }

    // ------------------------------------------------------------------ staff grants

    /**
     * The viewer as far as publication goes: the person of an account (or the public). Meetings,
     * agenda items, minutes and files check their parents in this view and add the staff grant on
     * top once, instead of nesting every grant into every parent check: the grants already cover
     * what a nested grant would add (a granted meeting covers its items, minutes and files, a
     * granted document its files), and the SQL stays small enough to plan quickly.
     */
    private static Viewer withoutRoles(Viewer viewer) {
        if (viewer instanceof Viewer.User user) {
            return user.personId() == null ? Viewer.anonymous() : Viewer.member(user.personId());
        }
        return viewer;
    }

    /** The published condition, OR-ed with a staff grant if the viewer may hold one. */
    private static String orGrant(String published, String grant) {
        return StaffGrants.FALSE.equals(grant) ? published : "((" + published + ") OR " + grant + ")";
    }

    /** A further OR term for a staff grant, or nothing. */
    private static String orGrantTerm(String grant) {
        return StaffGrants.FALSE.equals(grant) ? "" : " OR " + grant;
    }

    /** The object belongs to a meeting (not deleted) the viewer runs as staff; FALSE for viewers without account. */
    private String ofGrantedMeeting(String meetingIdExpr, Viewer viewer) {
        String grant = staff.meeting("vis_gm", viewer);
        return StaffGrants.FALSE.equals(grant) ? grant : "EXISTS (SELECT 1 FROM meeting vis_gm WHERE vis_gm.id = " + meetingIdExpr
                + " AND vis_gm.deleted_at IS NULL AND " + grant + ")";
    }

    // ------------------------------------------------------------------ entitlements of members

    /** The viewer currently holds a membership (any role, deputies included) of the organization. */
    private static String memberOf(String organizationExpr, Viewer viewer) {
        Long person = personOf(viewer);
        if (person == null) {
            return "FALSE";
        }
        return "EXISTS (SELECT 1 FROM membership vis_vm WHERE vis_vm.person_id = " + person
                + " AND vis_vm.organization_id = " + organizationExpr + " AND vis_vm.deleted_at IS NULL"
                + " AND vis_vm.start_date <= " + TODAY + " AND (vis_vm.end_date IS NULL OR vis_vm.end_date >= " + TODAY + "))";
    }

    /** A current member of any organization (a substitute keeps access only while they hold a mandate). */
    private static String currentMember(long person) {
        return "EXISTS (SELECT 1 FROM membership vis_cur WHERE vis_cur.person_id = " + person
                + " AND vis_cur.deleted_at IS NULL AND vis_cur.start_date <= " + TODAY
                + " AND (vis_cur.end_date IS NULL OR vis_cur.end_date >= " + TODAY + "))";
    }

    /** Member of the meeting's lead or joint organization, or attended it as a substitute. */
    private static String entitledToMeeting(String m, Viewer viewer) {
        Long person = personOf(viewer);
        if (person == null) {
            return "FALSE";
        }
        return "(" + memberOf(m + ".organization_id", viewer)
                + " OR EXISTS (SELECT 1 FROM meeting_organization vis_jo WHERE vis_jo.meeting_id = " + m + ".id AND vis_jo.deleted_at IS NULL"
                + " AND " + memberOf("vis_jo.organization_id", viewer) + ")"
                + " OR (EXISTS (SELECT 1 FROM attendance vis_sub WHERE vis_sub.meeting_id = " + m + ".id AND vis_sub.person_id = "
                + person + " AND vis_sub.substitute_for_person_id IS NOT NULL AND vis_sub.deleted_at IS NULL) AND "
                + currentMember(person) + "))";
    }

    /** A paper consulted by one of the member's organizations or in a meeting they attended as substitute. */
    private static String entitledToPaper(String p, Viewer viewer) {
        if (personOf(viewer) == null) {
            return "FALSE";
        }
        return "EXISTS (SELECT 1 FROM consultation vis_pc WHERE vis_pc.paper_id = " + p + ".id AND vis_pc.deleted_at IS NULL AND ("
                + memberOf("vis_pc.organization_id", viewer) + " OR EXISTS (SELECT 1 FROM meeting vis_pcm WHERE vis_pcm.id = vis_pc.meeting_id"
                + " AND " + entitledToMeeting("vis_pcm", viewer) + ")))";
    }

    /** A non-public file hanging on something the member is entitled to. */
    private static String entitledToFile(String f, Viewer viewer) {
        if (personOf(viewer) == null) {
            return "FALSE";
        }
        return "(EXISTS (SELECT 1 FROM paper_file vis_epf JOIN paper vis_ep ON vis_ep.id = vis_epf.paper_id WHERE vis_epf.file_id = " + f
                + ".id AND vis_epf.deleted_at IS NULL AND " + entitledToPaper("vis_ep", viewer) + ")"
                + " OR EXISTS (SELECT 1 FROM meeting_file vis_emf JOIN meeting vis_em ON vis_em.id = vis_emf.meeting_id WHERE vis_emf.file_id = "
                + f + ".id AND vis_emf.deleted_at IS NULL AND " + entitledToMeeting("vis_em", viewer) + ")"
                + " OR EXISTS (SELECT 1 FROM agenda_item_file vis_eaf JOIN agenda_item vis_ea ON vis_ea.id = vis_eaf.agenda_item_id"
                + " JOIN meeting vis_eam ON vis_eam.id = vis_ea.meeting_id WHERE vis_eaf.file_id = " + f + ".id AND vis_eaf.deleted_at IS NULL AND "
                + entitledToMeeting("vis_eam", viewer) + ")"
                + " OR EXISTS (SELECT 1 FROM minutes vis_emi JOIN meeting vis_emim ON vis_emim.id = vis_emi.meeting_id WHERE vis_emi.file_id = "
                + f + ".id AND vis_emi.deleted_at IS NULL AND " + entitledToMeeting("vis_emim", viewer) + "))";
    }

    /** The person whose memberships count: a member, or the person of a signed-in account (may be none). */
    private static Long personOf(Viewer viewer) {
        if (viewer instanceof Viewer.Member member) {
            return member.personId();
        }
        return viewer instanceof Viewer.User user ? user.personId() : null;
    }

    static final String TODAY = "(now() AT TIME ZONE 'Europe/Berlin')::date";
}
