package org.openris.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.meeting.RegularienTemplate.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's wording of the opening block "Regularien" (table regularien_template): read
 * when the clerk inserts the block, edited by the clerk of the organization. Without a stored
 * wording the standard one of the organization's kind applies.
 */
@Service
public class RegularienSettings {

    static final int MAX_LENGTH = 300;
    static final int MAX_FURTHER_ITEMS = 10;

    private final JdbcClient jdbc;

    RegularienSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The wording in force for the organization, and whether it is the organization's own. */
    public record Current(Wording wording, boolean own) {
    }

    public Current current(long organizationId) {
        Optional<Wording> own = jdbc.sql("SELECT heading, co_signer, participation_ban, agenda_confirmation, minutes_approval, further_items"
                        + " FROM regularien_template WHERE organization_id = ? AND deleted_at IS NULL")
                .param(organizationId)
                .query((rs, n) -> new Wording(rs.getString("heading"), rs.getString("co_signer"), rs.getString("participation_ban"),
                        rs.getString("agenda_confirmation"), rs.getBoolean("minutes_approval"),
                        Arrays.asList((String[]) rs.getArray("further_items").getArray())))
                .optional();
        return own.map(w -> new Current(w, true)).orElseGet(() -> new Current(Wording.standard(kind(organizationId)), false));
    }

    /** Stores the organization's wording; German message keys per field when it is not acceptable. */
    @Transactional
    public MeetingCommandResult save(long organizationId, Wording wording) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(wording.heading())) {
            errors.put("heading", "regularien.error.heading");
        }
        checkLength(errors, "heading", wording.heading());
        checkLength(errors, "coSigner", wording.coSigner());
        checkLength(errors, "participationBan", wording.participationBan());
        checkLength(errors, "agendaConfirmation", wording.agendaConfirmation());
        List<String> further = new ArrayList<>();
        for (String line : wording.furtherItems()) {
            if (!blank(line)) {
                further.add(line.strip());
            }
        }
        if (further.size() > MAX_FURTHER_ITEMS) {
            errors.put("furtherItems", "regularien.error.furtherCount");
        } else if (further.stream().anyMatch(f -> f.length() > MAX_LENGTH)) {
            errors.put("furtherItems", "regularien.error.length");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        Current before = current(organizationId);
        Wording after = new Wording(wording.heading().strip(), strip(wording.coSigner()), strip(wording.participationBan()),
                strip(wording.agendaConfirmation()), wording.minutesApproval(), further);
        jdbc.sql("""
                        INSERT INTO regularien_template (organization_id, heading, co_signer, participation_ban, agenda_confirmation,
                                                         minutes_approval, further_items)
                        VALUES (:org, :heading, :coSigner, :ban, :confirmation, :approval, :further)
                        ON CONFLICT (organization_id) DO UPDATE SET heading = excluded.heading, co_signer = excluded.co_signer,
                            participation_ban = excluded.participation_ban, agenda_confirmation = excluded.agenda_confirmation,
                            minutes_approval = excluded.minutes_approval, further_items = excluded.further_items, deleted_at = NULL""")
                .param("org", organizationId).param("heading", after.heading()).param("coSigner", after.coSigner())
                .param("ban", after.participationBan()).param("confirmation", after.agendaConfirmation())
                .param("approval", after.minutesApproval()).param("further", after.furtherItems().toArray(new String[0]))
                .update();
        MeetingChange change = MeetingChange.of("organization", organizationId, "regularien", "Regularien-Vorlage geändert");
        field(change, "heading", before.wording().heading(), after.heading());
        field(change, "coSigner", before.wording().coSigner(), after.coSigner());
        field(change, "participationBan", before.wording().participationBan(), after.participationBan());
        field(change, "agendaConfirmation", before.wording().agendaConfirmation(), after.agendaConfirmation());
        field(change, "minutesApproval", before.wording().minutesApproval(), after.minutesApproval());
        field(change, "furtherItems", before.wording().furtherItems().toString(), after.furtherItems().toString());
        return MeetingCommandResult.done(organizationId, List.of(change));
    }

    /** Back to the standard wording of the organization's kind. */
    @Transactional
    public MeetingCommandResult reset(long organizationId) {
        int removed = jdbc.sql("DELETE FROM regularien_template WHERE organization_id = ?").param(organizationId).update();
        if (removed == 0) {
            return MeetingCommandResult.rejected(Map.of("heading", "regularien.error.alreadyStandard"));
        }
        return MeetingCommandResult.done(organizationId, List.of(
                MeetingChange.of("organization", organizationId, "regularien", "Regularien-Vorlage auf den Standard zurückgesetzt")));
    }

    private String kind(long organizationId) {
        return jdbc.sql("SELECT kind FROM organization WHERE id = ?").param(organizationId).query(String.class).optional().orElse("COMMITTEE");
    }

    private static void field(MeetingChange change, String name, Object before, Object after) {
        if (before == null ? after != null : !before.equals(after)) {
            change.field(name, before, after);
        }
    }

    private static void checkLength(Map<String, String> errors, String field, String value) {
        if (value != null && value.strip().length() > MAX_LENGTH) {
            errors.putIfAbsent(field, "regularien.error.length");
        }
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
