package org.openris.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.openris.shared.GermanFormats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's consent to being streamed and recorded (Einwilligung in Livestream und Aufzeichnung),
 * declared per legislative term and revocable at any time. Every declaration is kept: giving consent
 * again after a revocation adds a new row, a revocation closes the current one.
 */
@Service
public class StreamConsents {

    /** The outcome of a declaration. */
    public enum Change {
        GIVEN, REVOKED, UNCHANGED,
        /** The term does not exist, belongs to another body or has ended. */
        UNKNOWN_TERM
    }

    /** The latest declaration of a person for a term that has not ended; {@code consented} is null when none was made. */
    public record TermConsent(long termId, String termName, LocalDate startDate, LocalDate endDate, Boolean consented,
                              OffsetDateTime declaredAt, OffsetDateTime revokedAt) {

        /** Consent is currently given (declared and not revoked). */
        public boolean given() {
            return Boolean.TRUE.equals(consented) && revokedAt == null;
        }

        public boolean revoked() {
            return Boolean.TRUE.equals(consented) && revokedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StreamConsents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The terms of the person's body that have not ended, newest first, each with the person's latest declaration. */
    public List<TermConsent> ofPerson(long personId) {
        return jdbc.sql("""
                        SELECT t.id AS term_id, t.name AS term_name, t.start_date, t.end_date, sc.consented, sc.declared_at, sc.revoked_at
                        FROM person pe
                        JOIN legislative_term t ON t.body_id = pe.body_id AND t.deleted_at IS NULL
                        LEFT JOIN LATERAL (SELECT s.consented, s.declared_at, s.revoked_at FROM stream_consent s
                                           WHERE s.person_id = pe.id AND s.legislative_term_id = t.id AND s.deleted_at IS NULL
                                           ORDER BY s.declared_at DESC, s.id DESC LIMIT 1) sc ON true
                        WHERE pe.id = :person AND pe.deleted_at IS NULL
                          AND (t.end_date IS NULL OR t.end_date >= :today)
                        ORDER BY t.start_date DESC, t.id DESC""")
                .param("person", personId).param("today", LocalDate.now(clock.withZone(GermanFormats.BERLIN)))
                .query(TermConsent.class).list();
    }

    /** Gives consent for the term; a current refusal is closed first. */
    @Transactional
    public Change give(long personId, long termId) {
        if (!openTerm(personId, termId)) {
            return Change.UNKNOWN_TERM;
        }
        Optional<Boolean> current = current(personId, termId);
        if (current.orElse(false)) {
            return Change.UNCHANGED;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (current.isPresent()) {
            close(personId, termId, now);
        }
        jdbc.sql("INSERT INTO stream_consent (person_id, legislative_term_id, consented, declared_at) VALUES (?, ?, true, ?)")
                .params(personId, termId, now).update();
        return Change.GIVEN;
    }

    /** Revokes a given consent for the term (the declaration is kept with its revocation time). */
    @Transactional
    public Change revoke(long personId, long termId) {
        if (!openTerm(personId, termId)) {
            return Change.UNKNOWN_TERM;
        }
        if (!current(personId, termId).orElse(false)) {
            return Change.UNCHANGED;
        }
        close(personId, termId, OffsetDateTime.now(clock));
        return Change.REVOKED;
    }

    /** The term belongs to the person's body and has not ended; locks the person's row so declarations never interleave. */
    private boolean openTerm(long personId, long termId) {
        return !jdbc.sql("""
                        SELECT pe.id FROM person pe JOIN legislative_term t ON t.body_id = pe.body_id
                        WHERE pe.id = ? AND t.id = ? AND pe.deleted_at IS NULL AND t.deleted_at IS NULL
                          AND (t.end_date IS NULL OR t.end_date >= ?) FOR UPDATE OF pe""")
                .params(personId, termId, LocalDate.now(clock.withZone(GermanFormats.BERLIN))).query(Long.class).list().isEmpty();
    }

    private Optional<Boolean> current(long personId, long termId) {
        return jdbc.sql("SELECT consented FROM stream_consent WHERE person_id = ? AND legislative_term_id = ? AND revoked_at IS NULL"
                        + " AND deleted_at IS NULL").params(personId, termId).query(Boolean.class).optional();
    }

    private void close(long personId, long termId, OffsetDateTime at) {
        jdbc.sql("UPDATE stream_consent SET revoked_at = greatest(?, declared_at) WHERE person_id = ? AND legislative_term_id = ?"
                        + " AND revoked_at IS NULL AND deleted_at IS NULL").params(at, personId, termId).update();
    }
}
