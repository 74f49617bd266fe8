package org.openris.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openris.shared.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened at one agenda item (issue 7, conduct screen): its status (treated,
 * postponed, withdrawn), the discussion in indirect speech (rich text), the outcome with the
 * organization a recommendation goes to, the resolution text, the vote (kind, majority, counts,
 * faction positions), recusals (Mitwirkungsverbot: only present voting members; they drop out of the
 * vote), and a follow-up with due date and responsible unit. The outcome is written to the paper's
 * consultation too (the paper module's table; the consultation is the paper's step in this meeting,
 * linked by the agenda). One transaction; German message keys per field when something cannot be.
 */
@Service
public class ItemRecording {

    static final Set<String> STATUSES = Set.of("TREATED", "POSTPONED", "WITHDRAWN");
    static final Set<String> OUTCOMES = Set.of("NOTED", "RECOMMENDED", "ADOPTED", "ADOPTED_WITH_CHANGES", "REJECTED",
            "PASSED_ON_WITHOUT_DECISION", "POSTPONED", "WITHDRAWN", "REFERRED");

    /** What the clerk entered; null numbers: not counted. */
    public record ItemRecord(String status, String minutesText, String outcome, Long recommendedToOrganizationId, String resolutionText,
                             VotePhrasing.Kind voteKind, VotePhrasing.Majority majority, Integer yes, Integer no, Integer abstain,
                             Map<Long, VotePhrasing.Position> factionPositions, Set<Long> recusedPersonIds, FollowUp followUp,
                             Long coSignerPersonId, Map<Long, VotePhrasing.Ballot> ballots) {

        public ItemRecord {
            factionPositions = factionPositions == null ? Map.of() : Map.copyOf(factionPositions);
            recusedPersonIds = recusedPersonIds == null ? Set.of() : Set.copyOf(recusedPersonIds);
            ballots = ballots == null ? Map.of() : Map.copyOf(ballots);
        }

        /** Without roll-call ballots. */
        public ItemRecord(String status, String minutesText, String outcome, Long recommendedToOrganizationId, String resolutionText,
                          VotePhrasing.Kind voteKind, VotePhrasing.Majority majority, Integer yes, Integer no, Integer abstain,
                          Map<Long, VotePhrasing.Position> factionPositions, Set<Long> recusedPersonIds, FollowUp followUp,
                          Long coSignerPersonId) {
            this(status, minutesText, outcome, recommendedToOrganizationId, resolutionText, voteKind, majority, yes, no, abstain,
                    factionPositions, recusedPersonIds, followUp, coSignerPersonId, Map.of());
        }

        boolean rollCall() {
            return voteKind == VotePhrasing.Kind.ROLL_CALL;
        }
    }

    /** A follow-up; all fields null: none. */
    public record FollowUp(String description, LocalDate dueDate, Long responsibleOrganizationId) {

        boolean empty() {
            return (description == null || description.isBlank()) && dueDate == null && responsibleOrganizationId == null;
        }
    }

    /** Done: the changed fields for the change log; or rejected with message keys per field. */
    public record Result(boolean ok, Map<String, String> errors, Map<String, Object> after) {
    }

    private final JdbcClient jdbc;
    private final ItemRecordQueries queries;
    private final org.openris.minutes.MinutesApproval approvals;

    ItemRecording(JdbcClient jdbc, ItemRecordQueries queries, org.openris.minutes.MinutesApproval approvals) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.approvals = approvals;
    }

    @Transactional
    public Result record(org.openris.shared.Viewer viewer, long itemId, ItemRecord entered) {
        ItemRecordQueries.Item item = queries.item(viewer, itemId).orElseThrow(() -> new IllegalArgumentException("unknown item " + itemId));
        jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE").param(item.meetingId()).query(Long.class).single();
        Map<String, String> errors = validate(viewer, item, entered);
        if (!errors.isEmpty()) {
            return new Result(false, errors, Map.of());
        }
        ItemRecord r = RollCall.derive(entered, queries.presentVoters(viewer, item.id()));
        String outcome = "POSTPONED".equals(r.status()) ? "POSTPONED" : "WITHDRAWN".equals(r.status()) ? "WITHDRAWN" : r.outcome();
        String discussion = RichText.sanitize(r.minutesText());
        String resolution = blankToNull(RichText.sanitize(r.resolutionText()));
        if ("CO_SIGNER".equals(item.templateKey())) {
            jdbc.sql("UPDATE meeting SET co_signer_person_id = ? WHERE id = ?").params(r.coSignerPersonId(), item.meetingId()).update();
        }
        String composed = item.templateKey() != null && !"MINUTES_APPROVAL".equals(item.templateKey()) && !"STANDING_ITEM".equals(item.templateKey())
                ? "" : ItemMinutes.compose(minutesRecord(viewer, item, r, outcome, discussion, resolution));
        jdbc.sql("UPDATE agenda_item SET status = ?, discussion = ?, minutes_text = ?, result = ?, resolution_text = ? WHERE id = ?")
                .params(r.status(), discussion, composed.isEmpty() ? null : composed, outcome == null ? null : OutcomeLabels.label(outcome),
                        resolution, itemId)
                .update();
        Long decisionId = queries.decision(viewer, itemId).map(ItemRecordQueries.Recorded::decisionId).orElse(null);
        if (outcome == null) {
            if (decisionId != null) {
                jdbc.sql("DELETE FROM roll_call_ballot WHERE decision_id = ?").param(decisionId).update();
                jdbc.sql("UPDATE decision SET deleted_at = now() WHERE id = ?").param(decisionId).update();
            }
        } else {
            decisionId = writeDecision(item, decisionId, outcome, r);
        }
        jdbc.sql("UPDATE consultation SET outcome = ? WHERE agenda_item_id = ? AND deleted_at IS NULL").params(outcome, itemId).update();
        jdbc.sql("DELETE FROM recusal WHERE agenda_item_id = ?").param(itemId).update();
        for (Long person : r.recusedPersonIds()) {
            jdbc.sql("INSERT INTO recusal (agenda_item_id, person_id, left_room) VALUES (?, ?, true)").params(itemId, person).update();
        }
        writeFollowUp(item, decisionId, r.followUp());
        approvals.apply(itemId, outcome);
        recomposeRegularien(item.meetingId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", r.status());
        after.put("outcome", outcome);
        after.put("vote", r.voteKind() == null ? null : r.voteKind().name());
        after.put("recusals", r.recusedPersonIds().size());
        if (r.rollCall()) {
            after.put("ballots", r.yes() + " Ja, " + r.no() + " Nein, " + r.abstain() + " Enthaltung");
        }
        after.put("followUp", r.followUp() == null || r.followUp().empty() ? null : r.followUp().description());
        return new Result(true, Map.of(), after);
    }

    /**
     * The texts of TOP 1.1–1.3 follow the whole meeting: the co-signer, every recusal, the urgent
     * additions and changes of order; composed anew after every recorded item, after an urgent
     * addition and before the minutes are drafted (call inside the command's transaction).
     */
    public void recomposeRegularien(long meetingId) {
        Map<Long, String> labels = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT at.person_id, p.title, p.affix, p.family_name, ms.mandate FROM attendance at JOIN person p ON p.id = at.person_id
                        LEFT JOIN membership ms ON ms.id = at.membership_id WHERE at.meeting_id = ? AND at.deleted_at IS NULL""")
                .param(meetingId).query((rs, n) -> labels.put(rs.getLong("person_id"), org.openris.organization.Mandates.prefixed(rs.getString("mandate"),
                        org.openris.person.PersonNames.shortName(rs.getString("title"), rs.getString("affix"), rs.getString("family_name"))))).list();
        boolean chairFemale = jdbc.sql("SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL AND role_in_meeting = 'Vorsitzende'")
                .param(meetingId).query(Long.class).single() > 0;
        List<ItemMinutes.Recusal> recusals = jdbc.sql("SELECT r.person_id, a.number FROM recusal r JOIN agenda_item a ON a.id = r.agenda_item_id"
                        + " WHERE a.meeting_id = ? AND r.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY a.position, r.id")
                .param(meetingId).query((rs, n) -> new ItemMinutes.Recusal(labels.getOrDefault(rs.getLong(1), "?"), rs.getString(2))).list();
        List<ItemMinutes.UrgentItem> urgent = jdbc.sql("""
                        SELECT a.number, a.name, coalesce(a.treatment_label, CASE a.treatment WHEN 'TO_NOTE' THEN 'Kenntnisnahme'
                                   WHEN 'RECOMMENDATION' THEN 'Empfehlung' WHEN 'DECISION' THEN 'Beschluss' WHEN 'HEARING' THEN 'Anhörung' END) AS label,
                               (SELECT p.reference FROM consultation c JOIN paper p ON p.id = c.paper_id WHERE c.agenda_item_id = a.id
                                  AND c.deleted_at IS NULL LIMIT 1) AS reference
                        FROM agenda_item a WHERE a.meeting_id = ? AND a.urgent AND a.deleted_at IS NULL ORDER BY a.position""")
                .param(meetingId).query((rs, n) -> new ItemMinutes.UrgentItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        List<ItemMinutes.Move> moves = jdbc.sql("SELECT a.number, b.number FROM agenda_item a JOIN agenda_item b ON b.id = a.moved_before_item_id"
                        + " WHERE a.meeting_id = ? AND a.deleted_at IS NULL ORDER BY a.position")
                .param(meetingId).query((rs, n) -> new ItemMinutes.Move(rs.getString(1), rs.getString(2))).list();
        Long coSigner = jdbc.sql("SELECT co_signer_person_id FROM meeting WHERE id = ?").param(meetingId).query(Long.class).optional().orElse(null);
        jdbc.sql("SELECT id, template_key, discussion FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL"
                        + " AND template_key IN ('CO_SIGNER', 'PARTICIPATION_BAN', 'AGENDA_CONFIRMATION')")
                .param(meetingId).query((rs, n) -> {
                    String discussion = rs.getString("discussion");
                    String text = switch (rs.getString("template_key")) {
                        case "CO_SIGNER" -> ItemMinutes.coSigner(discussion, coSigner == null ? null : labels.get(coSigner));
                        case "PARTICIPATION_BAN" -> ItemMinutes.participationBan(discussion, chairFemale, recusals);
                        default -> ItemMinutes.agendaConfirmation(discussion, urgent, moves);
                    };
                    return new Object[]{rs.getLong("id"), text};
                }).list()
                .forEach(row -> jdbc.sql("UPDATE agenda_item SET minutes_text = ? WHERE id = ?")
                        .params(((String) row[1]).isEmpty() ? null : row[1], row[0]).update());
    }

    /** The record in the form {@link ItemMinutes} composes the item's text from. */
    private ItemMinutes.Record minutesRecord(org.openris.shared.Viewer viewer, ItemRecordQueries.Item item, ItemRecord r, String outcome,
                                             String discussion, String resolution) {
        List<ItemRecordQueries.Voter> voters = queries.presentVoters(viewer, item.id());
        List<String> recused = voters.stream().filter(v -> r.recusedPersonIds().contains(v.personId())).map(ItemRecordQueries.Voter::label).toList();
        String to = r.recommendedToOrganizationId() == null ? null : queries.recommendationTargets(viewer, item.id()).stream()
                .filter(c -> c.id() == r.recommendedToOrganizationId()).map(ItemRecordQueries.Choice::name).findFirst().orElse(null);
        Map<Long, String> factionNames = new java.util.HashMap<>();
        queries.factions(viewer, item.id()).forEach(c -> factionNames.put(c.id(), c.name()));
        VotePhrasing.Vote vote = r.voteKind() == null || r.voteKind() == VotePhrasing.Kind.NONE ? null
                : r.rollCall() ? VotePhrasing.Vote.rollCall(RollCall.named(r.ballots(), voters), List.of())
                : new VotePhrasing.Vote(r.voteKind(), r.majority() != null ? r.majority()
                : majorityOf(r) == null ? null : VotePhrasing.Majority.valueOf(majorityOf(r)), r.yes(), r.no(), r.abstain(),
                r.factionPositions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new VotePhrasing.FactionPosition(factionNames.get(e.getKey()), e.getValue())).toList());
        ItemMinutes.FollowUp followUp = null;
        if (r.followUp() != null && !r.followUp().empty()) {
            LocalDate due = r.followUp().dueDate();
            boolean next = due != null && queries.nextMeetingDay(viewer, item.id()).filter(due::equals).isPresent();
            followUp = new ItemMinutes.FollowUp(r.followUp().description(), due, next);
        }
        return new ItemMinutes.Record(item.organizationName(), item.paperCategory(), "MINUTES_APPROVAL".equals(item.templateKey()), r.status(),
                discussion, recused, outcome, to, resolution, vote, followUp);
    }

    private Map<String, String> validate(org.openris.shared.Viewer viewer, ItemRecordQueries.Item item, ItemRecord r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (item.cancelled() || (!"INVITED".equals(item.meetingState()) && !"HELD".equals(item.meetingState()))) {
            errors.put("status", "MINUTES_SIGNED".equals(item.meetingState()) || "MINUTES_APPROVED".equals(item.meetingState())
                    ? "conduct.error.minutesSigned" : "conduct.error.notInvited");
            return errors;
        }
        if (item.heading()) {
            errors.put("status", "conduct.item.error.heading");
            return errors;
        }
        if (r.coSignerPersonId() != null && queries.presentVoters(viewer, item.id()).stream().noneMatch(v -> v.personId() == r.coSignerPersonId())) {
            errors.put("coSigner", "conduct.item.error.coSigner");
        }
        if (r.status() == null || !STATUSES.contains(r.status())) {
            errors.put("status", "conduct.item.error.status");
        }
        if (r.outcome() != null && !OUTCOMES.contains(r.outcome())) {
            errors.put("outcome", "conduct.item.error.outcome");
        }
        if ("TREATED".equals(r.status()) && ("POSTPONED".equals(r.outcome()) || "WITHDRAWN".equals(r.outcome()))) {
            errors.put("outcome", "conduct.item.error.outcomeNeedsStatus");
        }
        boolean recommends = "RECOMMENDED".equals(r.outcome()) || "PASSED_ON_WITHOUT_DECISION".equals(r.outcome());
        if (recommends && r.recommendedToOrganizationId() == null) {
            errors.put("recommendedTo", "conduct.item.error.recommendedTo");
        }
        if (r.recommendedToOrganizationId() != null
                && queries.recommendationTargets(viewer, item.id()).stream().noneMatch(c -> c.id() == r.recommendedToOrganizationId())) {
            errors.put("recommendedTo", "conduct.item.error.recommendedTo");
        }
        for (String text : new String[]{r.minutesText(), r.resolutionText()}) {
            if (text != null && text.length() > RichText.MAX_LENGTH) {
                errors.put("minutesText", "conduct.item.error.tooLong");
            }
        }
        validateVote(viewer, item, r, errors);
        validateFollowUp(viewer, item, r.followUp(), errors);
        String outcome = "POSTPONED".equals(r.status()) ? "POSTPONED" : "WITHDRAWN".equals(r.status()) ? "WITHDRAWN" : r.outcome();
        approvals.refusal(item.id(), outcome).ifPresent(key -> errors.putIfAbsent("outcome", key));
        return errors;
    }

    private void validateVote(org.openris.shared.Viewer viewer, ItemRecordQueries.Item item, ItemRecord r, Map<String, String> errors) {
        List<ItemRecordQueries.Voter> voters = queries.presentVoters(viewer, item.id());
        for (Long person : r.recusedPersonIds()) {
            if (voters.stream().noneMatch(v -> v.personId() == person)) {
                errors.put("recused", "conduct.item.error.recusedNotPresent");
            }
        }
        VotePhrasing.Kind kind = r.voteKind() == null ? VotePhrasing.Kind.NONE : r.voteKind();
        boolean counted = r.yes() != null || r.no() != null || r.abstain() != null;
        if (kind == VotePhrasing.Kind.NONE) {
            if (counted || r.majority() != null || !r.factionPositions().isEmpty()) {
                errors.put("voteKind", "conduct.item.error.voteWithoutKind");
            }
            return;
        }
        if (r.outcome() == null) {
            errors.put("outcome", "conduct.item.error.voteWithoutOutcome");
        }
        if (kind == VotePhrasing.Kind.ROLL_CALL) {
            RollCall.validate(r, voters).forEach(errors::putIfAbsent);
            return;
        }
        if (!r.ballots().isEmpty()) {
            errors.put("voteKind", "conduct.item.error.ballotsWithoutRollCall");
        }
        if (counted && (r.yes() == null || r.no() == null || r.abstain() == null)) {
            errors.put("yes", "conduct.item.error.countsIncomplete");
        } else if (counted) {
            int entitled = voters.size() - r.recusedPersonIds().size();
            if (r.yes() + r.no() + r.abstain() > entitled) {
                errors.put("yes", "conduct.item.error.tooManyVotes");
            }
            if (r.majority() == VotePhrasing.Majority.UNANIMOUS && (r.no() > 0 || r.abstain() > 0 && r.yes() == 0)) {
                errors.put("majority", "conduct.item.error.notUnanimous");
            }
        }
        if (kind == VotePhrasing.Kind.SECRET && !r.factionPositions().isEmpty()) {
            errors.put("voteKind", "conduct.item.error.secretWithFactions");
        }
        if (kind == VotePhrasing.Kind.SECRET && !counted) {
            errors.put("yes", "conduct.item.error.secretNeedsCounts");
        }
        if (r.majority() == null && !counted) {
            errors.put("majority", "conduct.item.error.majority");
        }
        List<Long> factions = queries.factions(viewer, item.id()).stream().map(ItemRecordQueries.Choice::id).toList();
        if (!factions.containsAll(r.factionPositions().keySet())) {
            errors.put("voteKind", "conduct.item.error.faction");
        }
    }

    private void validateFollowUp(org.openris.shared.Viewer viewer, ItemRecordQueries.Item item, FollowUp f, Map<String, String> errors) {
        if (f == null || f.empty()) {
            return;
        }
        if (f.description() == null || f.description().isBlank()) {
            errors.put("followUpDescription", "conduct.item.error.followUpDescription");
        } else if (f.description().length() > 2000) {
            errors.put("followUpDescription", "conduct.item.error.tooLong");
        }
        if (f.dueDate() != null && f.dueDate().isBefore(item.meetingDay())) {
            errors.put("followUpDue", "conduct.item.error.followUpPast");
        }
        if (f.responsibleOrganizationId() != null
                && queries.units(viewer, item.id()).stream().noneMatch(c -> c.id() == f.responsibleOrganizationId())) {
            errors.put("followUpUnit", "conduct.item.error.followUpUnit");
        }
    }

    private long writeDecision(ItemRecordQueries.Item item, Long existing, String outcome, ItemRecord r) {
        VotePhrasing.Kind kind = r.voteKind() == null ? VotePhrasing.Kind.NONE : r.voteKind();
        String majority = r.majority() != null ? r.majority().name() : majorityOf(r);
        String resolution = blankToNull(RichText.sanitize(r.resolutionText()));
        Long recommended = "RECOMMENDED".equals(outcome) || "PASSED_ON_WITHOUT_DECISION".equals(outcome) ? r.recommendedToOrganizationId() : null;
        long id;
        if (existing == null) {
            id = jdbc.sql("""
                            INSERT INTO decision (agenda_item_id, consultation_id, position, outcome, recommended_to_organization_id, resolution_text,
                                                  vote_kind, majority, yes_count, no_count, abstain_count, public)
                            VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(item.id(), item.consultationId(), outcome, recommended, resolution, kind.name(), kind == VotePhrasing.Kind.NONE ? null : majority,
                            r.yes(), r.no(), r.abstain(), item.publicPart())
                    .query(Long.class).single();
        } else {
            id = existing;
            jdbc.sql("""
                            UPDATE decision SET consultation_id = ?, outcome = ?, recommended_to_organization_id = ?, resolution_text = ?, vote_kind = ?,
                                   majority = ?, yes_count = ?, no_count = ?, abstain_count = ?, public = ? WHERE id = ?""")
                    .params(item.consultationId(), outcome, recommended, resolution, kind.name(), kind == VotePhrasing.Kind.NONE ? null : majority,
                            r.yes(), r.no(), r.abstain(), item.publicPart(), id)
                    .update();
        }
        jdbc.sql("DELETE FROM decision_faction_position WHERE decision_id = ?").param(id).update();
        for (Map.Entry<Long, VotePhrasing.Position> p : r.factionPositions().entrySet()) {
            jdbc.sql("INSERT INTO decision_faction_position (decision_id, faction_id, position) VALUES (?, ?, ?)")
                    .params(id, p.getKey(), p.getValue().name()).update();
        }
        // switching away from a roll call removes its ballots (the vote kind was written above)
        jdbc.sql("DELETE FROM roll_call_ballot WHERE decision_id = ?").param(id).update();
        if (kind == VotePhrasing.Kind.ROLL_CALL) {
            for (Map.Entry<Long, VotePhrasing.Ballot> b : r.ballots().entrySet()) {
                jdbc.sql("INSERT INTO roll_call_ballot (decision_id, person_id, ballot) VALUES (?, ?, ?)")
                        .params(id, b.getKey(), b.getValue().name()).update();
            }
        }
        return id;
    }

    private void writeFollowUp(ItemRecordQueries.Item item, Long decisionId, FollowUp f) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM follow_up WHERE agenda_item_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1")
                .param(item.id()).query(Long.class).optional();
        if (f == null || f.empty()) {
            existing.ifPresent(id -> jdbc.sql("UPDATE follow_up SET deleted_at = now() WHERE id = ?").param(id).update());
            return;
        }
        Long paper = item.consultationId() == null ? null
                : jdbc.sql("SELECT paper_id FROM consultation WHERE id = ?").param(item.consultationId()).query(Long.class).single();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE follow_up SET decision_id = ?, paper_id = ?, description = ?, due_date = ?, responsible_organization_id = ? WHERE id = ?")
                    .params(decisionId, paper, f.description().strip(), f.dueDate(), f.responsibleOrganizationId(), existing.get()).update();
        } else {
            jdbc.sql("INSERT INTO follow_up (agenda_item_id, decision_id, paper_id, description, due_date, responsible_organization_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(item.id(), decisionId, paper, f.description().strip(), f.dueDate(), f.responsibleOrganizationId()).update();
        }
    }

    private static String majorityOf(ItemRecord r) {
        if (r.yes() == null) {
            return null;
        }
        if (r.no() == 0 && r.abstain() == 0) {
            return "UNANIMOUS";
        }
        return r.yes() > r.no() ? "MAJORITY" : r.yes().equals(r.no()) ? "TIE" : "NONE";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Short German outcome as shown in lists (agenda_item.result). */
    static final class OutcomeLabels {
        private static final Map<String, String> LABELS = Map.of("NOTED", "zur Kenntnis genommen", "RECOMMENDED", "empfohlen",
                "ADOPTED", "beschlossen", "ADOPTED_WITH_CHANGES", "geändert beschlossen", "REJECTED", "abgelehnt",
                "PASSED_ON_WITHOUT_DECISION", "ohne Beschluss weitergeleitet", "POSTPONED", "vertagt", "WITHDRAWN", "zurückgezogen",
                "REFERRED", "verwiesen");

        static String label(String outcome) {
            return LABELS.getOrDefault(outcome, outcome);
        }
    }

    static List<String> outcomes() {
        return new ArrayList<>(List.of("NOTED", "RECOMMENDED", "ADOPTED", "ADOPTED_WITH_CHANGES", "REJECTED", "PASSED_ON_WITHOUT_DECISION",
                "POSTPONED", "WITHDRAWN", "REFERRED"));
    }
}
