package org.openris.visibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openris.shared.Viewer;

/**
 * Staff grants widened one at a time, for the gate test: a grant given to every account, or a role
 * check that ignores the assignment, the role kind, the validity dates, the deletion of the role or
 * the state of the account, a clerk grant that ignores the paper state, and a file grant that
 * follows removed links. A mutation that no longer applies to the SQL fails loudly instead of
 * silently testing nothing.
 */
final class StaffGrantMutants {

    private static final Map<StaffGrants.Role, String> DETECTOR_OF_ASSIGNMENT = Map.of(StaffGrants.Role.CLERK, StaffContent.CLERK_B,
            StaffGrants.Role.AUTHOR, StaffContent.AUTHOR_21, StaffGrants.Role.FACTION_OFFICE, StaffContent.FACTION_F2);

    private StaffGrantMutants() {
    }

    /** A widened grant and the principal of {@link StaffContent} built to notice it (swept first; any may). */
    record Mutant(String name, String detector, StaffGrants grants) {
    }

    static List<Mutant> all() {
        List<Mutant> mutants = new ArrayList<>();
        mutants.add(new Mutant("meetings run by every account", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String meeting(String m, Viewer viewer) {
                return everyAccount(viewer, super.meeting(m, viewer));
            }
        }));
        mutants.add(new Mutant("papers worked on by every account", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String paper(String p, Viewer viewer) {
                return everyAccount(viewer, super.paper(p, viewer));
            }
        }));
        mutants.add(new Mutant("faction office papers for every account", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String factionOfficePaper(String p, String ur) {
                return "TRUE"; // only asked for role rows of an account
            }
        }));
        mutants.add(new Mutant("author papers for every account", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String authorPaper(String p, String ur) {
                return "TRUE"; // only asked for role rows of an account
            }
        }));
        mutants.add(new Mutant("clerk papers for every account", StaffContent.AUTHOR_21, new StaffGrants() {
            @Override
            String clerkPaper(String p, String ur) {
                return "TRUE"; // only asked for role rows of an account
            }
        }));
        mutants.add(new Mutant("files for every account", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String file(String f, Viewer viewer) {
                return everyAccount(viewer, super.file(f, viewer));
            }
        }));
        mutants.add(new Mutant("organizations for every account", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String organization(String o, Viewer viewer) {
                return everyAccount(viewer, super.organization(o, viewer));
            }
        }));
        mutants.add(new Mutant("every account an administrator", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String administrator(Viewer viewer) {
                return everyAccount(viewer, super.administrator(viewer));
            }
        }));
        mutants.add(new Mutant("every role row an administrator's", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String isAdministrator(String ur) {
                return "TRUE";
            }
        }));
        for (StaffGrants.Role role : new StaffGrants.Role[]{StaffGrants.Role.CLERK, StaffGrants.Role.AUTHOR, StaffGrants.Role.FACTION_OFFICE}) {
            mutants.add(new Mutant(role + " assignment ignored", DETECTOR_OF_ASSIGNMENT.get(role), new StaffGrants() {
                @Override
                String assigned(String ur, Role r, String organizationExpr) {
                    // holding the role for any organization counts as holding it for this one
                    return r != role ? super.assigned(ur, r, organizationExpr) : "(" + ur + ".role = '" + r.name() + "')";
                }
            }));
        }
        mutants.add(new Mutant("role kind ignored for assignments", StaffContent.KINDS, new StaffGrants() {
            @Override
            String assigned(String ur, Role role, String organizationExpr) {
                return cut(super.assigned(ur, role, organizationExpr), ur + ".role = '" + role.name() + "' AND ");
            }
        }));
        mutants.add(new Mutant("validity dates ignored", StaffContent.EXPIRED, new StaffGrants() {
            @Override
            String currentRoles(long userId) {
                String sql = cut(super.currentRoles(userId), " AND (vis_ur.valid_from IS NULL OR vis_ur.valid_from <= " + VisibilityRules.TODAY + ")");
                return cut(sql, " AND (vis_ur.valid_until IS NULL OR vis_ur.valid_until >= " + VisibilityRules.TODAY + ")");
            }
        }));
        mutants.add(new Mutant("deleted roles count", StaffContent.DELETED, new StaffGrants() {
            @Override
            String currentRoles(long userId) {
                return cut(super.currentRoles(userId), " AND vis_ur.deleted_at IS NULL");
            }
        }));
        mutants.add(new Mutant("disabled accounts count", StaffContent.DISABLED, new StaffGrants() {
            @Override
            String currentRoles(long userId) {
                return cut(super.currentRoles(userId), " AND vis_uu.enabled AND vis_uu.deleted_at IS NULL");
            }
        }));
        mutants.add(new Mutant("clerks see papers in every state", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String clerkPaper(String p, String ur) {
                return cut(super.clerkPaper(p, ur), p + ".state IN ('RELEASED', 'WITHDRAWN') AND ");
            }
        }));
        mutants.add(new Mutant("staff files through removed links", StaffContent.CLERK_B, new StaffGrants() {
            @Override
            String file(String f, Viewer viewer) {
                String original = super.file(f, viewer);
                return FALSE.equals(original) ? original : cut(original, " AND vis_smf.deleted_at IS NULL");
            }
        }));
        return mutants;
    }

    /** The grant holds for every signed-in account (viewers without account keep theirs: none). */
    private static String everyAccount(Viewer viewer, String original) {
        return StaffGrants.userOf(viewer) == null ? original : "TRUE";
    }

    private static String cut(String sql, String part) {
        if (!sql.contains(part)) {
            throw new IllegalStateException("mutation no longer applies, '" + part + "' not in: " + sql);
        }
        return sql.replace(part, "");
    }
}
