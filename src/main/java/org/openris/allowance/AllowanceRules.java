package org.openris.allowance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a body's allowance rule valid from a day (a later change is a new row; the same day replaces it). */
@Service
public class AllowanceRules {

    private final JdbcClient jdbc;

    AllowanceRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** German message keys per field, empty when stored. */
    @Transactional
    public Map<String, String> save(long bodyId, LocalDate validFrom, Integer perMeetingCents, Integer chairSurchargeCents, Integer maxPerDayCents) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (validFrom == null) {
            errors.put("validFrom", "allowance.error.date");
        }
        if (perMeetingCents == null || perMeetingCents < 0 || perMeetingCents > 100_000) {
            errors.put("perMeeting", "allowance.error.amount");
        }
        if (chairSurchargeCents != null && (chairSurchargeCents < 0 || chairSurchargeCents > 100_000)) {
            errors.put("chairSurcharge", "allowance.error.amount");
        }
        if (maxPerDayCents != null && (maxPerDayCents < 0 || maxPerDayCents > 100_000)) {
            errors.put("maxPerDay", "allowance.error.amount");
        }
        if (maxPerDayCents != null && perMeetingCents != null && maxPerDayCents < perMeetingCents) {
            errors.put("maxPerDay", "allowance.error.maxBelowRate");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        jdbc.sql("""
                        INSERT INTO allowance_rule (body_id, valid_from, per_meeting_cents, chair_surcharge_cents, max_per_day_cents)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (body_id, valid_from) DO UPDATE SET per_meeting_cents = excluded.per_meeting_cents,
                            chair_surcharge_cents = excluded.chair_surcharge_cents, max_per_day_cents = excluded.max_per_day_cents, deleted_at = NULL""")
                .params(bodyId, validFrom, perMeetingCents, chairSurchargeCents == null ? 0 : chairSurchargeCents, maxPerDayCents).update();
        return Map.of();
    }
}
