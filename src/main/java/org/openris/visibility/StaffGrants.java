package org.openris.visibility;

import org.openris.shared.Viewer;

/**
 * What staff roles add to a viewer's sight: SQL conditions read live from {@code user_role}, so a
 * revoked or expired role takes effect on the next request. Only {@link VisibilityRules} uses
 * these; each condition is OR-ed onto the published rule of one object.
 *
 * <p>A role row counts while it is not deleted, {@code valid_from <= today <= valid_until} (either
 * open; today in Europe/Berlin), and its account is enabled and not deleted. Each grant is one
 * {@code EXISTS} over the account's current role rows (a handful, found through the index on
 * {@code user_id}) asking whether one of them covers the object, so every grant is two-valued
 * (never NULL, which matters because the gate also uses rules negated) and the SQL stays small.
 *
 * <p>Grants are <em>management</em> grants on documents: they do not depend on the public flags, and
 * they reach every file attached to a granted document (see {@code docs/security.md} and ADR 0005).
 * Every condition is {@code FALSE} for viewers without an account, so the SQL of the public and of
 * plain members is the same as without staff roles.
 */
class StaffGrants {

    static final String FALSE = "FALSE";

    /** The staff roles of {@code user_role} that widen sight; MEMBER grants nothing by itself (memberships do). */
    enum Role { ADMINISTRATOR, CLERK, AUTHOR, FACTION_OFFICE }

    // ------------------------------------------------------------------ grants per object

    /**
     * A meeting the viewer runs, drafts and non-public parts included: administrator, or council
     * office (clerk) of its lead or of a joint organization. Agenda items, minutes (every state)
     * and files of the meeting follow.
     */
    String meeting(String m, Viewer viewer) {
        return userOf(viewer) == null ? FALSE : anyRole(viewer, meetingOfRole(m));
    }

    /** A paper in any state (deleted ones never) the viewer works on: administrator, faction office, author or clerk. */
    String paper(String p, Viewer viewer) {
        return userOf(viewer) == null ? FALSE : anyRole(viewer, paperOfRole(p));
    }

    /**
     * A file attached (link not deleted) to a granted paper, meeting, agenda item or minutes that is
     * not deleted; for administrators every file. Unlike the published rule this is not the most
     * restrictive of all parents: whoever manages a document sees everything attached to it.
     */
    String file(String f, Viewer viewer) {
        if (userOf(viewer) == null) {
            return FALSE;
        }
        // OFFSET 0 fences as in the published file rule: evaluated per file through the link indexes
        return anyRole(viewer, "(" + isAdministrator(UR)
                + " OR EXISTS (SELECT 1 FROM paper_file vis_spf JOIN paper vis_sp ON vis_sp.id = vis_spf.paper_id WHERE vis_spf.file_id = "
                + f + ".id AND vis_spf.deleted_at IS NULL AND vis_sp.deleted_at IS NULL AND " + paperOfRole("vis_sp") + " OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM meeting_file vis_smf JOIN meeting vis_sm ON vis_sm.id = vis_smf.meeting_id WHERE vis_smf.file_id = "
                + f + ".id AND vis_smf.deleted_at IS NULL AND vis_sm.deleted_at IS NULL AND " + meetingOfRole("vis_sm") + " OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM agenda_item_file vis_saf JOIN agenda_item vis_sa ON vis_sa.id = vis_saf.agenda_item_id"
                + " JOIN meeting vis_sam ON vis_sam.id = vis_sa.meeting_id WHERE vis_saf.file_id = " + f + ".id AND vis_saf.deleted_at IS NULL"
                + " AND vis_sa.deleted_at IS NULL AND vis_sam.deleted_at IS NULL AND " + meetingOfRole("vis_sam") + " OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM minutes vis_smi JOIN meeting vis_smim ON vis_smim.id = vis_smi.meeting_id WHERE vis_smi.file_id = "
                + f + ".id AND vis_smi.deleted_at IS NULL AND vis_smim.deleted_at IS NULL AND " + meetingOfRole("vis_smim") + " OFFSET 0))");
    }

    /** A non-public organization: every one for administrators, the assigned ones for their clerks. */
    String organization(String o, Viewer viewer) {
        return userOf(viewer) == null ? FALSE : anyRole(viewer, "(" + isAdministrator(UR) + " OR " + assigned(UR, Role.CLERK, o + ".id") + ")");
    }

    /** The account currently holds the administrator role: everything that is not soft-deleted. */
    String administrator(Viewer viewer) {
        return userOf(viewer) == null ? FALSE : anyRole(viewer, isAdministrator(UR));
    }

    // ------------------------------------------------------------------ what one role row covers

    private String meetingOfRole(String m) {
        return "(" + isAdministrator(UR) + " OR " + clerkOfMeeting(m) + ")";
    }

    private String paperOfRole(String p) {
        return "(" + isAdministrator(UR) + " OR " + factionOfficePaper(p, UR) + " OR " + authorPaper(p, UR) + " OR " + clerkPaper(p, UR) + ")";
    }

    /** Faction office: drafts and submissions (every state) with the faction among the originators. */
    String factionOfficePaper(String p, String ur) {
        return "EXISTS (SELECT 1 FROM paper_originator vis_sfo WHERE vis_sfo.paper_id = " + p + ".id AND vis_sfo.deleted_at IS NULL AND "
                + assigned(ur, Role.FACTION_OFFICE, "vis_sfo.organization_id") + ")";
    }

    /** Department author: papers (every state) the unit originates or directs ({@code under_direction_of_id}). */
    String authorPaper(String p, String ur) {
        return "(" + assigned(ur, Role.AUTHOR, p + ".under_direction_of_id")
                + " OR EXISTS (SELECT 1 FROM paper_originator vis_sao WHERE vis_sao.paper_id = " + p + ".id AND vis_sao.deleted_at IS NULL AND "
                + assigned(ur, Role.AUTHOR, "vis_sao.organization_id") + "))";
    }

    /**
     * Council office: released and withdrawn papers (not drafts, which belong to their authors)
     * consulted by an assigned organization or in a meeting the clerk runs.
     */
    String clerkPaper(String p, String ur) {
        return "(" + p + ".state IN ('RELEASED', 'WITHDRAWN') AND EXISTS (SELECT 1 FROM consultation vis_scp WHERE vis_scp.paper_id = "
                + p + ".id AND vis_scp.deleted_at IS NULL AND (" + assigned(ur, Role.CLERK, "vis_scp.organization_id")
                + " OR EXISTS (SELECT 1 FROM meeting vis_scm WHERE vis_scm.id = vis_scp.meeting_id AND vis_scm.deleted_at IS NULL AND "
                + clerkOfMeeting("vis_scm") + "))))";
    }

    /** Clerk of the meeting's lead organization or of one of its joint organizations. */
    private String clerkOfMeeting(String m) {
        return "(" + assigned(UR, Role.CLERK, m + ".organization_id")
                + " OR EXISTS (SELECT 1 FROM meeting_organization vis_sjo WHERE vis_sjo.meeting_id = " + m + ".id AND vis_sjo.deleted_at IS NULL AND "
                + assigned(UR, Role.CLERK, "vis_sjo.organization_id") + "))";
    }

    // ------------------------------------------------------------------ role rows

    /** The role row is of the kind and assigned to the organization (an SQL expression). */
    String assigned(String ur, Role role, String organizationExpr) {
        return "(" + ur + ".role = '" + role.name() + "' AND " + ur + ".organization_id = " + organizationExpr + ")";
    }

    String isAdministrator(String ur) {
        return ur + ".role = '" + Role.ADMINISTRATOR.name() + "'";
    }

    /** FROM and WHERE of the account's role rows that count today, aliased {@code vis_ur}. */
    String currentRoles(long userId) {
        return "FROM user_role vis_ur JOIN app_user vis_uu ON vis_uu.id = vis_ur.user_id WHERE vis_ur.user_id = " + userId
                + " AND vis_ur.deleted_at IS NULL"
                + " AND (vis_ur.valid_from IS NULL OR vis_ur.valid_from <= " + VisibilityRules.TODAY + ")"
                + " AND (vis_ur.valid_until IS NULL OR vis_ur.valid_until >= " + VisibilityRules.TODAY + ")"
                + " AND vis_uu.enabled AND vis_uu.deleted_at IS NULL";
    }

    /** One of the account's current role rows satisfies the condition (callers check that there is an account). */
    private String anyRole(Viewer viewer, String condition) {
        return "EXISTS (SELECT 1 " + currentRoles(userOf(viewer)) + " AND " + condition + ")";
    }

    private static final String UR = "vis_ur";

    static Long userOf(Viewer viewer) {
        return viewer instanceof Viewer.User user ? user.userId() : null;
    }
}
