package org.openris.backoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.testsupport.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Steps the agenda-builder tests share: add a section over HTTP, read the agenda and an item's id from the database. */
final class AgendaSteps {

    private AgendaSteps() {
    }

    /** Adds a section through the builder ({@code base} = "/verwaltung/sitzungen/{id}") and returns its id. */
    static long section(WebSession s, JdbcClient jdbc, String base, String name, boolean isPublic) {
        s.get(base);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sectionName", name);
        if (isPublic) {
            form.put("sectionPublic", "on");
        }
        assertThat(s.post(base + "/abschnitt", form).statusCode()).isEqualTo(302);
        long meetingId = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT id FROM agenda_item WHERE meeting_id = ? AND name = ? AND deleted_at IS NULL").params(meetingId, name)
                .query(Long.class).single();
    }

    /** "number name" of every item in agenda order. */
    static List<String> agenda(JdbcClient jdbc, long meetingId) {
        return jdbc.sql("SELECT number || ' ' || name FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position")
                .param(meetingId).query(String.class).list();
    }

    static long itemId(JdbcClient jdbc, long meetingId, String number) {
        return jdbc.sql("SELECT id FROM agenda_item WHERE meeting_id = ? AND number = ? AND deleted_at IS NULL").params(meetingId, number)
                .query(Long.class).single();
    }
}
