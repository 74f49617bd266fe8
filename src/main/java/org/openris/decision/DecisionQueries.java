package org.openris.decision;

import java.util.List;
import org.openris.shared.Viewer;
import org.openris.visibility.VisibilityRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of decisions and votes; as visible as the agenda item they were taken on. */
@Service
public class DecisionQueries {

    private final JdbcClient jdbc;
    private final VisibilityRules rules;

    DecisionQueries(JdbcClient jdbc, VisibilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public List<DecisionSummary> ofAgendaItem(Viewer viewer, long agendaItemId) {
        return jdbc.sql("""
                        SELECT d.id, d.agenda_item_id, d.position, d.subject, d.outcome, d.resolution_text, d.vote_kind,
                               d.majority, d.yes_count, d.no_count, d.abstain_count,
                               (SELECT string_agg(o.short_name || ':' || fp.position, ', ' ORDER BY o.name)
                                  FROM decision_faction_position fp JOIN organization o ON o.id = fp.faction_id
                                 WHERE fp.decision_id = d.id) AS faction_positions
                        FROM decision d WHERE d.agenda_item_id = :item AND """ + " " + rules.decision("d", viewer)
                        + " ORDER BY d.position")
                .param("item", agendaItemId).query(DecisionSummary.class).list();
    }

    public long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM decision d WHERE " + rules.decision("d", viewer)).query(Long.class).single();
    }

    public record DecisionSummary(long id, long agendaItemId, int position, String subject, String outcome,
                                  String resolutionText, String voteKind, String majority, Integer yesCount,
                                  Integer noCount, Integer abstainCount, String factionPositions) {
    }
}
