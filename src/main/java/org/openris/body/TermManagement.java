package org.openris.body;

import java.util.List;
import java.util.Optional;
import org.openris.shared.FormRejections;
import org.openris.shared.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Commands on legislative terms (back office); the caller's transaction records the change. */
@Service
public class TermManagement {

    private final JdbcClient jdbc;

    TermManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored term with its body, or empty. */
    public Optional<StoredTerm> find(long id) {
        return jdbc.sql("SELECT id, body_id, name, start_date, end_date FROM legislative_term WHERE id = ? AND deleted_at IS NULL")
                .param(id).query(StoredTerm.class).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome create(long bodyId, TermRules.Term term) {
        FormRejections rejections = TermRules.check(term, othersOf(bodyId));
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        long id = jdbc.sql("INSERT INTO legislative_term (body_id, name, start_date, end_date) VALUES (?, ?, ?, ?) RETURNING id")
                .params(bodyId, term.name().trim(), term.start(), term.end()).query(Long.class).single();
        return Outcome.accepted(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome update(long id, TermRules.Term term) {
        StoredTerm stored = find(id).orElseThrow();
        FormRejections rejections = TermRules.check(new TermRules.Term(id, term.name(), term.start(), term.end()), othersOf(stored.bodyId()));
        if (!rejections.isEmpty()) {
            return Outcome.rejected(rejections);
        }
        jdbc.sql("UPDATE legislative_term SET name = ?, start_date = ?, end_date = ? WHERE id = ?")
                .params(term.name().trim(), term.start(), term.end(), id).update();
        return Outcome.accepted(id);
    }

    private List<TermRules.Term> othersOf(long bodyId) {
        // lock the body's terms so two parallel writes cannot both pass the overlap check
        jdbc.sql("SELECT id FROM body WHERE id = ? FOR UPDATE").param(bodyId).query(Long.class).list();
        return jdbc.sql("SELECT id, name, start_date AS start, end_date AS \"end\" FROM legislative_term WHERE body_id = ? AND deleted_at IS NULL")
                .param(bodyId).query(TermRules.Term.class).list();
    }

    public record StoredTerm(long id, long bodyId, String name, java.time.LocalDate startDate, java.time.LocalDate endDate) {
    }
}
