package org.openris.backoffice.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Master data over HTTP as the council office and an administrator use it: organizations, terms,
 * persons, memberships, anonymisation; German messages with the entered values kept, the change
 * log, 403/404 outside the assignments, and a failed write that leaves nothing half-written.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterDataWebTest {

    private static final String ROOT = "/verwaltung/stammdaten";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    Fixtures fx;
    String tag;
    long body;
    long committeeA;
    long committeeB;
    long hidden;
    long faction;
    long anna;
    long bert;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    WebSession clerk;
    WebSession admin;

    @BeforeAll
    void world() {
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        body = fx.body("Stadt Stammdaten " + tag);
        committeeA = fx.organization(body, "Ausschuss A " + tag, "COMMITTEE").create();
        committeeB = fx.organization(body, "Ausschuss B " + tag, "COMMITTEE").create();
        hidden = fx.organization(body, "Geheimrat " + tag, "SPECIAL_BODY").nonPublic().create();
        faction = fx.organization(body, "Fraktion F " + tag, "FACTION").create();
        anna = fx.person(body, "Amsel" + tag).given("Anna").create();
        bert = fx.person(body, "Berg" + tag).given("Bert").create();
        fx.membership(anna, committeeA, today.minusYears(1)).create();
        fx.membership(bert, committeeB, today.minusYears(1)).create();
        long clerkId = MemberLogin.enrolledAccount(accounts, jdbc, "md-clerk-" + tag, null);
        accounts.grantRole(clerkId, "CLERK", committeeA);
        long adminId = MemberLogin.enrolledAccount(accounts, jdbc, "md-admin-" + tag, null);
        accounts.grantRole(adminId, "ADMINISTRATOR", null);
        clerk = MemberLogin.signIn(port, jdbc, "md-clerk-" + tag);
        admin = MemberLogin.signIn(port, jdbc, "md-admin-" + tag);
    }

    private Map<String, String> organizationFields(String name, String kind) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortName", "");
        fields.put("kind", kind);
        fields.put("classification", "Fachausschuss");
        fields.put("parentId", "");
        fields.put("unitCode", "");
        fields.put("startDate", "01.11.2020");
        fields.put("endDate", "");
        fields.put("noticePeriodDays", "7");
        fields.put("public", "on");
        return fields;
    }

    private long changeLogCount(String type, long id) {
        return jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = ? AND object_id = ?").params(type, id).query(Long.class).single();
    }

    @Test
    void the_list_groups_by_kind_and_marks_what_the_clerk_may_edit_without_showing_hidden_organizations() {
        HttpResponse<String> list = clerk.get(ROOT);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Ausschüsse").contains("Fraktionen und Gruppen").contains("Ausschuss A " + tag)
                .contains("Ausschuss B " + tag).doesNotContain("Geheimrat " + tag)
                .doesNotContain("/verwaltung/stammdaten/gremien/neu");
        assertThat(admin.get(ROOT).body()).contains("Geheimrat " + tag).contains("/verwaltung/stammdaten/gremien/neu");
        assertThat(clerk.get("/verwaltung").body()).contains("href=\"/verwaltung/stammdaten\"");
    }

    @Test
    void a_clerk_edits_an_organization_they_run_and_the_change_is_logged_with_before_and_after() {
        clerk.get(ROOT + "/gremien/" + committeeA);
        Map<String, String> fields = organizationFields("Ausschuss A neu " + tag, "COMMITTEE");
        fields.put("noticePeriodDays", "10"); // from the default of 7 days (V1_87)
        HttpResponse<String> saved = clerk.post(ROOT + "/gremien/" + committeeA, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/gremien/" + committeeA + "?hinweis=gespeichert");
        assertThat(jdbc.sql("SELECT name || '|' || notice_period_days || '|' || start_date FROM organization WHERE id = ?").param(committeeA)
                .query(String.class).single()).isEqualTo("Ausschuss A neu " + tag + "|10|2020-11-01");
        String changes = jdbc.sql("SELECT changes::text FROM change_log WHERE object_type = 'organization' AND object_id = ? ORDER BY id DESC LIMIT 1")
                .param(committeeA).query(String.class).single();
        assertThat(changes).contains("\"name\": [\"Ausschuss A " + tag + "\", \"Ausschuss A neu " + tag + "\"]")
                .contains("\"noticePeriodDays\": [\"7\", \"10\"]");
        HttpResponse<String> page = clerk.followRedirect();
        assertThat(page.body()).contains("Die Änderungen wurden gespeichert.").contains("Änderungsverlauf")
                .contains("Name: Ausschuss A " + tag + " → Ausschuss A neu " + tag);
    }

    @Test
    void rejected_input_shows_german_messages_next_to_the_fields_keeps_the_values_and_writes_nothing() {
        clerk.get(ROOT + "/gremien/" + committeeA);
        long logged = changeLogCount("organization", committeeA);
        String before = jdbc.sql("SELECT name FROM organization WHERE id = ?").param(committeeA).query(String.class).single();
        Map<String, String> fields = organizationFields("Amt mit Fehlern " + tag, "ADMINISTRATIVE_UNIT");
        fields.put("startDate", "31.02.2024");
        fields.put("noticePeriodDays", "90");
        HttpResponse<String> page = clerk.post(ROOT + "/gremien/" + committeeA, fields);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bitte ein Datum im Format TT.MM.JJJJ eingeben")
                .contains("value=\"Amt mit Fehlern " + tag + "\"").contains("value=\"31.02.2024\"")
                .contains("aria-invalid=\"true\"").contains("id=\"f-startDate-error\"").doesNotContain("Exception");
        fields.put("startDate", "01.03.2024");
        HttpResponse<String> second = clerk.post(ROOT + "/gremien/" + committeeA, fields);
        assertThat(second.body()).contains("Verwaltungseinheiten brauchen eine Kennung").contains("Die Ladungsfrist muss zwischen 0 und 60 Tagen liegen.");
        assertThat(jdbc.sql("SELECT name FROM organization WHERE id = ?").param(committeeA).query(String.class).single()).isEqualTo(before);
        assertThat(changeLogCount("organization", committeeA)).isEqualTo(logged);
    }

    @Test
    void organizations_outside_the_assignment_are_read_only_or_missing() {
        HttpResponse<String> other = clerk.get(ROOT + "/gremien/" + committeeB);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("nur ansehen").contains("<fieldset disabled").doesNotContain("mitglieder/neu");
        assertThat(clerk.post(ROOT + "/gremien/" + committeeB, organizationFields("Übernommen " + tag, "COMMITTEE")).statusCode()).isEqualTo(403);
        assertThat(clerk.get(ROOT + "/gremien/" + committeeB + "/mitglieder/neu").statusCode()).isEqualTo(403);
        assertThat(clerk.get(ROOT + "/gremien/" + hidden).statusCode()).isEqualTo(404);
        assertThat(clerk.post(ROOT + "/gremien/" + hidden, organizationFields("Übernommen " + tag, "COMMITTEE")).statusCode()).isEqualTo(404);
        assertThat(clerk.get(ROOT + "/gremien/neu").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE name = ?").param("Übernommen " + tag).query(Long.class).single()).isZero();
    }

    @Test
    void an_administrator_creates_an_administrative_unit_and_a_duplicate_unit_code_is_refused() {
        admin.get(ROOT + "/gremien/neu");
        Map<String, String> fields = organizationFields("Amt für Statistik " + tag, "ADMINISTRATIVE_UNIT");
        fields.put("bodyId", Long.toString(body));
        fields.put("unitCode", "12-" + tag);
        fields.put("parentId", "");
        HttpResponse<String> created = admin.post(ROOT + "/gremien", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM organization WHERE unit_code = ?").param("12-" + tag).query(Long.class).single();
        assertThat(changeLogCount("organization", id)).isEqualTo(1);
        fields.put("name", "Zweites Amt " + tag);
        HttpResponse<String> duplicate = admin.post(ROOT + "/gremien", fields);
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).contains("Die Kennung 12-" + tag + " trägt bereits eine andere Organisation dieser Körperschaft.");
    }

    @Test
    void legislative_terms_of_a_body_must_not_overlap() {
        admin.get(ROOT + "/wahlperioden/neu?koerperschaft=" + body);
        HttpResponse<String> first = admin.post(ROOT + "/wahlperioden", Map.of("bodyId", Long.toString(body), "name", "WP 2020 " + tag,
                "start", "01.11.2020", "end", "31.10.2025"));
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> overlapping = admin.post(ROOT + "/wahlperioden", Map.of("bodyId", Long.toString(body), "name", "WP 2025 " + tag,
                "start", "01.10.2025", "end", ""));
        assertThat(overlapping.statusCode()).isEqualTo(200);
        assertThat(overlapping.body()).contains("Der Zeitraum überschneidet sich mit der Wahlperiode „WP 2020 " + tag + "“ derselben Körperschaft.")
                .contains("value=\"WP 2025 " + tag + "\"");
        HttpResponse<String> next = admin.post(ROOT + "/wahlperioden", Map.of("bodyId", Long.toString(body), "name", "WP 2025 " + tag,
                "start", "01.11.2025", "end", ""));
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM legislative_term WHERE body_id = ?").param(body).query(Long.class).single()).isEqualTo(2);
        assertThat(clerk.get(ROOT + "/wahlperioden").body()).contains("WP 2020 " + tag).doesNotContain("wahlperioden/neu?koerperschaft=" + body);
        assertThat(clerk.post(ROOT + "/wahlperioden", Map.of("bodyId", Long.toString(body), "name", "X", "start", "01.01.2040")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_clerk_creates_a_person_after_a_rejection_and_finds_them_again() {
        clerk.get(ROOT + "/personen/neu");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("bodyId", Long.toString(body));
        fields.put("formOfAddress", "Frau");
        fields.put("title", "Dr.");
        fields.put("givenName", "Clara");
        fields.put("affix", "von");
        fields.put("familyName", "");
        HttpResponse<String> rejected = clerk.post(ROOT + "/personen", fields);
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains("Bitte ausfüllen.").contains("value=\"Clara\"").contains("value=\"Dr.\"");
        fields.put("familyName", "Cello" + tag);
        HttpResponse<String> created = clerk.post(ROOT + "/personen", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM person WHERE family_name = ?").param("Cello" + tag).query(Long.class).single();
        assertThat(clerk.followRedirect().body()).contains("Person: Dr. Clara von Cello" + tag).doesNotContain("<fieldset disabled");
        assertThat(clerk.get(ROOT + "/personen?q=cello" + tag).body()).contains("/verwaltung/stammdaten/personen/" + id);
        assertThat(changeLogCount("person", id)).isEqualTo(1);
        // Bert belongs to committee B only: read-only for this clerk
        assertThat(clerk.get(ROOT + "/personen/" + bert).body()).contains("nur ansehen");
        assertThat(clerk.post(ROOT + "/personen/" + bert, Map.of("familyName", "X")).statusCode()).isEqualTo(403);
    }

    @Test
    void memberships_keep_their_history_and_deputies_and_appointed_citizens_follow_the_rules() {
        long carl = fx.person(body, "Cramer" + tag).given("Carl").create();
        long dora = fx.person(body, "Dorn" + tag).given("Dora").create();
        String start = MasterForm.show(today.minusMonths(1));
        clerk.get(ROOT + "/gremien/" + committeeA + "/mitglieder/neu");
        Map<String, String> sb = membership(carl, "MEMBER", "CITIZEN_MEMBER", "VOTING_MEMBER", start);
        HttpResponse<String> noFaction = clerk.post(ROOT + "/gremien/" + committeeA + "/mitglieder", sb);
        assertThat(noFaction.statusCode()).isEqualTo(200);
        assertThat(noFaction.body()).contains("Sachkundige Bürger/innen (sB) werden von einer Fraktion benannt");
        sb.put("onBehalfOfId", Long.toString(faction));
        assertThat(clerk.post(ROOT + "/gremien/" + committeeA + "/mitglieder", sb).statusCode()).isEqualTo(302);
        long carlMembership = jdbc.sql("SELECT id FROM membership WHERE person_id = ?").param(carl).query(Long.class).single();
        assertThat(changeLogCount("membership", carlMembership)).isEqualTo(1);

        assertThat(clerk.post(ROOT + "/gremien/" + committeeA + "/mitglieder", sb).body())
                .contains("Diese Person hat diese Funktion hier bereits im selben Zeitraum");

        Map<String, String> deputy = membership(dora, "DEPUTY_MEMBER", "CITIZEN_MEMBER", "VOTING_MEMBER", start);
        deputy.put("onBehalfOfId", Long.toString(faction));
        assertThat(clerk.post(ROOT + "/gremien/" + committeeA + "/mitglieder", deputy).body())
                .contains("Bitte das Mitglied wählen, das vertreten wird.");
        deputy.put("substituteForId", Long.toString(carlMembership));
        deputy.put("start", MasterForm.show(today.minusYears(2)));
        assertThat(clerk.post(ROOT + "/gremien/" + committeeA + "/mitglieder", deputy).body())
                .contains("die Vertretung muss in diesen Zeitraum fallen");
        deputy.put("start", start);
        assertThat(clerk.post(ROOT + "/gremien/" + committeeA + "/mitglieder", deputy).statusCode()).isEqualTo(302);
        long doraMembership = jdbc.sql("SELECT id FROM membership WHERE person_id = ?").param(dora).query(Long.class).single();

        // change of role: the old row ends the day before, a new one starts, the deputy follows
        clerk.get(ROOT + "/mitgliedschaften/" + carlMembership);
        Map<String, String> change = membership(carl, "DEPUTY_CHAIR", "CITIZEN_MEMBER", "VOTING_MEMBER", MasterForm.show(today));
        change.put("onBehalfOfId", Long.toString(faction));
        HttpResponse<String> changed = clerk.post(ROOT + "/mitgliedschaften/" + carlMembership + "/wechsel", change);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT end_date FROM membership WHERE id = ?").param(carlMembership).query(LocalDate.class).single())
                .isEqualTo(today.minusDays(1));
        long newRow = jdbc.sql("SELECT id FROM membership WHERE person_id = ? AND role = 'DEPUTY_CHAIR'").param(carl).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ? AND substitute_for_id = ? AND start_date = ?")
                .params(dora, newRow, today).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT end_date FROM membership WHERE id = ?").param(doraMembership).query(LocalDate.class).single())
                .isEqualTo(today.minusDays(1));
        assertThat(clerk.followRedirect().body()).contains("Die Funktion wurde gewechselt").contains("Funktion gewechselt: folgt auf Mitgliedschaft");

        // ending: end date set, the deputy ends with it
        HttpResponse<String> wrongEnd = clerk.post(ROOT + "/mitgliedschaften/" + newRow + "/ende", Map.of("end", MasterForm.show(today.minusDays(3))));
        assertThat(wrongEnd.body()).contains("Das Ende darf nicht vor dem Beginn liegen.");
        assertThat(clerk.post(ROOT + "/mitgliedschaften/" + newRow + "/ende", Map.of("end", MasterForm.show(today.plusDays(10)))).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ? AND end_date = ?").params(dora, today.plusDays(10))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id IN (?, ?)").params(carl, dora).query(Long.class).single())
                .as("history kept: two rows each").isEqualTo(4);
        assertThat(clerk.get(ROOT + "/gremien/" + committeeA).body()).contains("Cramer" + tag).contains("vertritt Carl Cramer" + tag);
    }

    @Test
    void only_former_members_are_anonymised_and_their_memberships_stay() {
        long eva = fx.person(body, "Esche" + tag).given("Eva").email("eva@example.org", true).create();
        long running = fx.membership(eva, committeeA, today.minusYears(2)).create();
        admin.get(ROOT + "/personen/" + eva + "/anonymisieren");
        HttpResponse<String> refused = admin.post(ROOT + "/personen/" + eva + "/anonymisieren", Map.of("confirm", "on"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Anonymisiert werden dürfen nur ehemalige Mitglieder");
        assertThat(clerk.get(ROOT + "/personen/" + eva + "/anonymisieren").statusCode()).as("administrators only").isEqualTo(403);
        jdbc.sql("UPDATE membership SET end_date = ? WHERE id = ?").params(today.minusDays(1), running).update();
        admin.get(ROOT + "/personen/" + eva + "/anonymisieren");
        assertThat(admin.post(ROOT + "/personen/" + eva + "/anonymisieren", Map.of()).body()).contains("Bitte bestätigen Sie die Prüfung.");
        assertThat(admin.post(ROOT + "/personen/" + eva + "/anonymisieren", Map.of("confirm", "on")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT concat_ws('|', family_name, given_name, email, contact_public::text, (anonymised_at IS NOT NULL)::text) FROM person WHERE id = ?")
                .param(eva).query(String.class).single()).isEqualTo("Ehemaliges Mitglied|false|true");
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ?").param(eva).query(Long.class).single()).isEqualTo(1);
        String log = jdbc.sql("SELECT changes::text FROM change_log WHERE object_type = 'person' AND object_id = ? AND action = 'ANONYMISED'")
                .param(eva).query(String.class).single();
        assertThat(log).doesNotContain("Esche").doesNotContain("eva@example.org");
    }

    @Test
    void a_write_that_fails_halfway_leaves_nothing_behind() {
        long finn = fx.person(body, "Fink" + tag).given("Finn").create();
        long row = fx.membership(finn, committeeA, today.minusYears(1)).create();
        long logged = jdbc.sql("SELECT count(*) FROM change_log").query(Long.class).single();
        jdbc.sql("CREATE OR REPLACE FUNCTION md_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.role_label = 'SCHEITERT-" + tag + "' THEN RAISE EXCEPTION 'test failure'; END IF; RETURN NEW; END $$").update();
        jdbc.sql("CREATE TRIGGER md_test_fail BEFORE INSERT ON membership FOR EACH ROW EXECUTE FUNCTION md_test_fail()").update();
        try {
            clerk.get(ROOT + "/mitgliedschaften/" + row);
            Map<String, String> change = membership(finn, "CHAIR", "COUNCIL_MEMBER", "VOTING_MEMBER", MasterForm.show(today));
            change.put("roleLabel", "SCHEITERT-" + tag);
            HttpResponse<String> failed = clerk.post(ROOT + "/mitgliedschaften/" + row + "/wechsel", change);
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.body()).contains("lang=\"de\"").doesNotContain("test failure").doesNotContain("Exception");
        } finally {
            jdbc.sql("DROP TRIGGER md_test_fail ON membership").update();
            jdbc.sql("DROP FUNCTION md_test_fail()").update();
        }
        assertThat(jdbc.sql("SELECT end_date IS NULL FROM membership WHERE id = ?").param(row).query(Boolean.class).single())
                .as("the old row's end was rolled back with the failed insert").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ?").param(finn).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE object_type = 'membership' AND object_id = ?").param(row)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM change_log").query(Long.class).single()).isGreaterThanOrEqualTo(logged);
    }

    private static Map<String, String> membership(long person, String role, String mandate, String seat, String start) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("personId", Long.toString(person));
        fields.put("role", role);
        fields.put("roleLabel", "");
        fields.put("mandate", mandate);
        fields.put("seatCategory", seat);
        fields.put("onBehalfOfId", "");
        fields.put("substituteForId", "");
        fields.put("start", start);
        fields.put("end", "");
        return fields;
    }
}
