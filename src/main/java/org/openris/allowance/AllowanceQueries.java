package org.openris.allowance;

import java.time.LocalDate;
import java.util.List;
import org.openris.person.PersonNames;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the attendance allowance is computed from: the meetings a person attended as a member (in
 * their seat or as substitute; not the administration, staff or guests), held and not cancelled,
 * in a period; and the body's rules. Meetings only as far as the viewer sees them.
 */
@Service
public class AllowanceQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    AllowanceQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** A person with allowance in the period, for the overview. */
    public record Recipient(long personId, String name, long bodyId) {
    }

    public List<AllowanceCalculator.Attendance> attended(Viewer viewer, long personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT m.id, (m.start_planned AT TIME ZONE 'Europe/Berlin')::date AS day, m.name,
                               coalesce(a.role_in_meeting LIKE 'Vorsitz%', false) AS chaired
                        FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.person_id = :person AND a.status = 'PRESENT' AND a.deleted_at IS NULL
                          AND a.category IN ('VOTING_MEMBER', 'MEMBER_WITHOUT_VOTE', 'ADVISORY_MEMBER')
                          AND NOT m.cancelled AND m.deleted_at IS NULL AND m.state IN ('INVITED', 'HELD', 'MINUTES_SIGNED', 'MINUTES_APPROVED')
                          AND (m.start_planned AT TIME ZONE 'Europe/Berlin')::date BETWEEN :from AND :to
                          AND (m.start_planned AT TIME ZONE 'Europe/Berlin')::date <= (now() AT TIME ZONE 'Europe/Berlin')::date
                          AND """ + rules.meeting("m", viewer) + " ORDER BY m.start_planned, m.id")
                .param("person", personId).param("from", from).param("to", to)
                .query((rs, n) -> new AllowanceCalculator.Attendance(rs.getLong("id"), rs.getObject("day", LocalDate.class),
                        rs.getString("name"), rs.getBoolean("chaired")))
                .list();
    }

    /** Persons of the body who attended at least one meeting in the period, by name. */
    public List<Recipient> recipients(Viewer viewer, long bodyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT DISTINCT p.id, p.title, p.affix, p.family_name, p.given_name, m.body_id
                        FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id
                        WHERE m.body_id = :body AND a.status = 'PRESENT' AND a.deleted_at IS NULL
                          AND a.category IN ('VOTING_MEMBER', 'MEMBER_WITHOUT_VOTE', 'ADVISORY_MEMBER')
                          AND NOT m.cancelled AND m.deleted_at IS NULL AND m.state IN ('INVITED', 'HELD', 'MINUTES_SIGNED', 'MINUTES_APPROVED')
                          AND (m.start_planned AT TIME ZONE 'Europe/Berlin')::date BETWEEN :from AND :to
                          AND (m.start_planned AT TIME ZONE 'Europe/Berlin')::date <= (now() AT TIME ZONE 'Europe/Berlin')::date
                          AND """ + rules.meeting("m", viewer) + " AND " + rules.person("p", viewer) + " ORDER BY p.family_name, p.given_name, p.id")
                .param("body", bodyId).param("from", from).param("to", to)
                .query((rs, n) -> new Recipient(rs.getLong("id"), PersonNames.displayName(rs.getString("title"), rs.getString("given_name"),
                        rs.getString("affix"), rs.getString("family_name")), rs.getLong("body_id")))
                .list();
    }

    /** The body's rules, oldest first. */
    public List<AllowanceCalculator.Rule> rules(long bodyId) {
        return jdbc.sql("SELECT valid_from, per_meeting_cents, chair_surcharge_cents, max_per_day_cents FROM allowance_rule"
                        + " WHERE body_id = ? AND deleted_at IS NULL ORDER BY valid_from")
                .param(bodyId).query(AllowanceCalculator.Rule.class).list();
    }

    /** The body of a person (their statement uses its rules). */
    public java.util.Optional<Long> bodyOfPerson(long personId) {
        return jdbc.sql("SELECT body_id FROM person WHERE id = ?").param(personId).query(Long.class).optional();
    }

    public record BodyRef(long id, String name) {
    }

    /** The body of the first of these organizations, or else the first body of the installation. */
    public java.util.Optional<BodyRef> body(java.util.Collection<Long> organizationIds) {
        java.util.Optional<BodyRef> own = organizationIds.isEmpty() ? java.util.Optional.empty()
                : jdbc.sql("SELECT b.id, b.name FROM organization o JOIN body b ON b.id = o.body_id WHERE o.id IN (:ids) ORDER BY o.id LIMIT 1")
                .param("ids", organizationIds).query(BodyRef.class).optional();
        return own.isPresent() ? own : jdbc.sql("SELECT id, name FROM body WHERE deleted_at IS NULL ORDER BY id LIMIT 1").query(BodyRef.class).optional();
    }
}
