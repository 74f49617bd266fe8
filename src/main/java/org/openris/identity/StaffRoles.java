package org.openris.identity;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The staff roles of an account as they count today (same rules as the visibility gate's staff
 * grants: role row not deleted, {@code valid_from <= today <= valid_until} in Europe/Berlin, account
 * enabled). Read live on every call, so a revoked role counts on the next request.
 */
@Service
public class StaffRoles {

    /** What the account may do in the back office; the sets hold organization ids. */
    public record Assignments(boolean administrator, Set<Long> clerkOf, Set<Long> authorOf, Set<Long> factionOfficeOf) {

        public static final Assignments NONE = new Assignments(false, Set.of(), Set.of(), Set.of());

        /** Any back-office role at all. */
        public boolean staff() {
            return administrator || !clerkOf.isEmpty() || !authorOf.isEmpty() || !factionOfficeOf.isEmpty();
        }

        /** Runs the meetings and master data of this organization (council office or administrator). */
        public boolean clerkOf(long organizationId) {
            return administrator || clerkOf.contains(organizationId);
        }

        /** Council office of at least one organization, or administrator. */
        public boolean anyClerk() {
            return administrator || !clerkOf.isEmpty();
        }
    }

    private record Row(String role, Long organizationId) {
    }

    private final JdbcClient jdbc;

    StaffRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Assignments of(long userId) {
        List<Row> rows = jdbc.sql("""
                SELECT r.role, r.organization_id FROM user_role r JOIN app_user u ON u.id = r.user_id
                WHERE r.user_id = ? AND r.deleted_at IS NULL AND u.enabled AND u.deleted_at IS NULL
                  AND (r.valid_from IS NULL OR r.valid_from <= (now() AT TIME ZONE 'Europe/Berlin')::date)
                  AND (r.valid_until IS NULL OR r.valid_until >= (now() AT TIME ZONE 'Europe/Berlin')::date)""")
                .param(userId).query(Row.class).list();
        boolean admin = false;
        Set<Long> clerk = new HashSet<>();
        Set<Long> author = new HashSet<>();
        Set<Long> faction = new HashSet<>();
        for (Row row : rows) {
            switch (row.role()) {
                case "ADMINISTRATOR" -> admin = true;
                case "CLERK" -> clerk.add(row.organizationId());
                case "AUTHOR" -> author.add(row.organizationId());
                case "FACTION_OFFICE" -> faction.add(row.organizationId());
                default -> { } // MEMBER: memberships decide, nothing to add here
            }
        }
        return new Assignments(admin, Collections.unmodifiableSet(clerk), Collections.unmodifiableSet(author),
                Collections.unmodifiableSet(faction));
    }
}
