package org.openris.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses data that would be wrong, whatever code writes it. */
@RisIntegrationTest
class SchemaConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    Fixtures fx;
    long body;
    long type;

    @BeforeEach
    void body() {
        fx = new Fixtures(jdbc);
        body = fx.body("Stadt Constraint");
        type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
    }

    @Test
    void a_paper_reference_is_unique_per_body_and_well_formed() {
        fx.paper(body, type, "Erste").released("00100-24", LocalDate.of(2024, 1, 5)).create();
        assertThatThrownBy(() -> fx.paper(body, type, "Doppelt").released("00100-24", LocalDate.of(2024, 1, 6)).create())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO paper (body_id, paper_type_id, state, reference, serial, reference_year, name)"
                + " VALUES (?, ?, 'RELEASED', '100/24', 100, 2024, 'Falsch')").param(body).param(type).update())
                .isInstanceOf(DataAccessException.class);
        long otherBody = fx.body("Stadt Nachbar");
        long otherType = fx.paperType(otherBody, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        fx.paper(otherBody, otherType, "Gleiche Nummer, andere Körperschaft").released("00100-24", LocalDate.of(2024, 1, 5)).create();
    }

    @Test
    void a_released_paper_needs_a_number_and_a_supplement_needs_its_origin() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO paper (body_id, paper_type_id, state, name) VALUES (?, ?, 'RELEASED', 'Ohne Nummer')")
                .param(body).param(type).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> fx.paper(body, type, "Ergänzung ohne Ursprung").released("00101-24-E1", LocalDate.of(2024, 2, 1)).create())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void new_organizations_and_paper_types_are_not_public_until_configured() {
        long org = jdbc.sql("INSERT INTO organization (body_id, name, kind) VALUES (?, 'Neues Gremium', 'COMMITTEE') RETURNING id")
                .param(body).query(Long.class).single();
        long newType = jdbc.sql("INSERT INTO paper_type (body_id, name, category) VALUES (?, 'Neue Vorlagenart', 'OTHER') RETURNING id")
                .param(body).query(Long.class).single();
        assertThat(jdbc.sql("SELECT public FROM organization WHERE id = ?").param(org).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT public_by_default FROM paper_type WHERE id = ?").param(newType).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("INSERT INTO stored_file (body_id, name, file_name, mime_type, size, sha256, sha512, storage_key)"
                + " VALUES (?, 'x', 'x.pdf', 'application/pdf', 1, repeat('a', 64), repeat('b', 128), 'k') RETURNING public")
                .param(body).query(Boolean.class).single()).isFalse();
    }

    @Test
    void new_papers_meetings_agenda_items_and_minutes_are_drafts_and_not_public_until_released() {
        long term = fx.term(body, "WP", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long org = fx.organization(body, "Gremium", "COMMITTEE").create();
        var paper = jdbc.sql("INSERT INTO paper (body_id, paper_type_id, name) VALUES (?, ?, 'Neu') RETURNING public, state")
                .param(body).param(type).query().singleRow();
        assertThat(paper).containsEntry("public", false).containsEntry("state", "DRAFT");
        long meetingId = jdbc.sql("INSERT INTO meeting (body_id, organization_id, legislative_term_id, name, start_planned)"
                + " VALUES (?, ?, ?, 'Neu', now()) RETURNING id").param(body).param(org).param(term).query(Long.class).single();
        var meeting = jdbc.sql("SELECT public, released FROM meeting WHERE id = ?").param(meetingId).query().singleRow();
        assertThat(meeting).containsEntry("public", false).containsEntry("released", false);
        assertThat(jdbc.sql("INSERT INTO agenda_item (meeting_id, number, position, name) VALUES (?, '1', 0, 'Neu') RETURNING public")
                .param(meetingId).query(Boolean.class).single()).isFalse();
        var minutes = jdbc.sql("INSERT INTO minutes (meeting_id, public_part) VALUES (?, true) RETURNING state").param(meetingId)
                .query(String.class).single();
        assertThat(minutes).isEqualTo("DRAFT");
        List<String> flags = jdbc.sql("SELECT table_name || '.' || column_name || ' DEFAULT ' || coalesce(column_default, 'none')"
                + " FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('public', 'public_by_default', 'released')"
                + " ORDER BY 1").query(String.class).list();
        assertThat(flags).as("publication flags").contains("organization.public DEFAULT false", "paper_type.public_by_default DEFAULT false",
                "paper.public DEFAULT false", "meeting.public DEFAULT false", "meeting.released DEFAULT false",
                "agenda_item.public DEFAULT false", "stored_file.public DEFAULT false");
        assertThat(flags).as("every publication flag defaults to false").allMatch(flag -> flag.endsWith(" DEFAULT false"));
    }

    @Test
    void a_secret_ballot_cannot_record_who_voted_how() {
        long term = fx.term(body, "WP", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long org = fx.organization(body, "Rat", "COUNCIL").create();
        long meeting = fx.meeting(body, org, term, Fixtures.berlin(LocalDate.of(2024, 5, 1), LocalTime.of(15, 0))).create();
        long item = fx.agendaItem(meeting, "1", "Wahl").create();
        long person = fx.person(body, "Wähler").create();
        long secret = jdbc.sql("INSERT INTO decision (agenda_item_id, outcome, vote_kind, yes_count, no_count) VALUES (?, 'ADOPTED', 'SECRET', 30, 20) RETURNING id")
                .param(item).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO roll_call_ballot (decision_id, person_id, ballot) VALUES (?, ?, 'YES')")
                .param(secret).param(person).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("roll-call");
    }

    @Test
    void non_public_minutes_can_never_be_published_and_the_audit_log_is_append_only() {
        long term = fx.term(body, "WP", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long org = fx.organization(body, "Ausschuss", "COMMITTEE").create();
        long meeting = fx.meeting(body, org, term, Fixtures.berlin(LocalDate.of(2024, 5, 1), LocalTime.of(16, 0))).create();
        long minutes = fx.minutes(meeting, false);
        assertThatThrownBy(() -> jdbc.sql("UPDATE minutes SET state = 'PUBLISHED', content_hash = repeat('a', 64), signed_at = now(),"
                + " approved_at = now(), published_at = now() WHERE id = ?").param(minutes).update()).isInstanceOf(DataAccessException.class);
        long entry = jdbc.sql("INSERT INTO audit_log (action, detail) VALUES ('LOGIN', 'test') RETURNING id").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(entry).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET detail = 'x' WHERE id = ?").param(entry).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void modified_follows_every_change_unless_set_explicitly() throws Exception {
        long org = fx.organization(body, "Zeitstempel", "COMMITTEE").create();
        var before = jdbc.sql("SELECT modified FROM organization WHERE id = ?").param(org).query(java.time.OffsetDateTime.class).single();
        Thread.sleep(5);
        jdbc.sql("UPDATE organization SET name = 'Zeitstempel neu' WHERE id = ?").param(org).update();
        var after = jdbc.sql("SELECT modified FROM organization WHERE id = ?").param(org).query(java.time.OffsetDateTime.class).single();
        assertThat(after).isAfter(before);
    }

    @Test
    void every_table_has_created_modified_and_a_soft_delete_column_kept_current_by_a_trigger() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                AND table_name NOT IN ('flyway_schema_history', 'audit_log', 'change_log', 'spring_session', 'spring_session_attributes')
                AND table_name NOT IN ('data_generation', 'data_write_marker', 'oparl_document')
                ORDER BY 1""").query(String.class).list(); // HTTP sessions: framework-owned, short-lived, never published
        assertThat(tables).hasSizeGreaterThan(25);
        for (String table : tables) {
            List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name = ?").param(table).query(String.class).list();
            assertThat(columns).as(table).contains("created", "modified", "deleted_at");
            assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = ?::regclass"
                    + " AND p.proname = 'ris_touch_modified'").param(table).query(Long.class).single()).as(table + " touch trigger").isEqualTo(1);
        }
    }

    @Test
    void every_write_to_data_the_oparl_api_reads_moves_the_data_generation() {
        // only tables the OParl read model never reads may be left out (ADR 0014: stored documents are
        // served only while the generation is unchanged, so a forgotten table would serve stale JSON)
        java.util.Set<String> unread = java.util.Set.of("flyway_schema_history", "spring_session", "spring_session_attributes", "audit_log",
                "app_user", "user_role", "recovery_code", "login_attempt", "password_reset_token", "sso_link", "notification_setting",
                "notification_sent", "member_annotation", "stream_consent", "data_generation", "data_write_marker", "oparl_document",
                "search_index_entry",
                // saved-search alerts and accessibility feedback throttling: private bookkeeping, never published
                "alert_subscriber", "alert_search", "alert_token", "alert_hit_sent", "alert_request", "accessibility_feedback_request",
                // back-office change log: append-only staff audit, never published
                "change_log",
                // OParl importer bookkeeping (runs, checkpoints, source URLs): never published
                "import_run", "import_checkpoint", "import_source", "regularien_template");
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' ORDER BY 1").query(String.class).list();
        for (String table : tables) {
            long triggers = jdbc.sql("SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = ?::regclass"
                    + " AND p.proname = 'ris_mark_data_write'").param(table).query(Long.class).single();
            assertThat(triggers).as(table + ": generation trigger (or listed as never read by OParl)").isEqualTo(unread.contains(table) ? 0 : 1);
        }
        long before = generation();
        long org = fx.organization(body, "Generation", "COMMITTEE").create();
        long afterInsert = generation();
        assertThat(afterInsert).as("an insert commits a new generation").isGreaterThan(before);
        jdbc.sql("UPDATE organization SET name = 'Generation neu' WHERE id = ?").param(org).update();
        assertThat(generation()).as("an update commits a new generation").isGreaterThan(afterInsert);
        long quiet = generation();
        jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
        jdbc.sql("INSERT INTO audit_log (action, detail) VALUES ('TEST', 'keine Daten')").update();
        assertThat(generation()).as("reads and unpublished bookkeeping leave it alone").isEqualTo(quiet);
        assertThat(jdbc.sql("SELECT count(*) FROM data_write_marker").query(Long.class).single()).as("markers are cleared at commit").isZero();
    }

    private long generation() {
        return jdbc.sql("SELECT value FROM data_generation").query(Long.class).single();
    }

    @Test
    void changing_an_embedded_object_moves_the_modified_time_of_everything_it_is_embedded_in() throws Exception {
        long term = fx.term(body, "WP", LocalDate.of(2020, 11, 1), LocalDate.of(2025, 10, 31));
        long org = fx.organization(body, "Ausschuss", "COMMITTEE").create();
        long meeting = fx.meeting(body, org, term, Fixtures.berlin(LocalDate.of(2024, 5, 1), LocalTime.of(16, 0))).create();
        long item = fx.agendaItem(meeting, "1", "Punkt").create();
        long paper = fx.paper(body, type, "Vorlage").released("00200-24", LocalDate.of(2024, 4, 1)).create();
        long file = fx.file(body, "Anlage", true);
        fx.attachToPaper(paper, file, "MAIN");
        fx.execute("UPDATE meeting SET created = '2024-01-01T00:00:00+01', modified = '2024-01-01T00:00:00+01' WHERE id = ?", meeting);
        fx.execute("UPDATE paper SET created = '2024-01-01T00:00:00+01', modified = '2024-01-01T00:00:00+01' WHERE id = ?", paper);

        fx.execute("UPDATE agenda_item SET name = 'Punkt, geändert' WHERE id = ?", item);
        fx.execute("UPDATE stored_file SET name = 'Anlage, ersetzt' WHERE id = ?", file);

        var now = java.time.OffsetDateTime.now().minusMinutes(1);
        assertThat(jdbc.sql("SELECT modified FROM meeting WHERE id = ?").param(meeting).query(java.time.OffsetDateTime.class).single()).isAfter(now);
        assertThat(jdbc.sql("SELECT modified FROM paper WHERE id = ?").param(paper).query(java.time.OffsetDateTime.class).single()).isAfter(now);
    }
}
