package org.openris.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.identity.Accounts;
import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The door of the back office: login required, a staff role required, roles read live; the change log. */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackofficeAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    StaffRoles roles;
    @Autowired
    ChangeLog changes;
    @Autowired
    TransactionTemplate tx;

    Fixtures fx;
    long committee;
    String tag;
    long clerkId;
    long adminId;

    @BeforeAll
    void accounts() {
        fx = new Fixtures(jdbc);
        tag = Long.toString(System.nanoTime(), 36);
        long body = fx.body("Stadt " + tag);
        committee = fx.organization(body, "Ausschuss " + tag, "COMMITTEE").create();
        MemberLogin.enrolledAccount(accounts, jdbc, "bo-member-" + tag, null);
        clerkId = MemberLogin.enrolledAccount(accounts, jdbc, "bo-clerk-" + tag, null);
        accounts.grantRole(clerkId, "CLERK", committee);
        adminId = MemberLogin.enrolledAccount(accounts, jdbc, "bo-admin-" + tag, null);
        accounts.grantRole(adminId, "ADMINISTRATOR", null);
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login() {
        WebSession anonymous = new WebSession(port);
        var answer = anonymous.get("/verwaltung");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden");
        assertThat(anonymous.get("/verwaltung/protokoll").statusCode()).isEqualTo(302);
    }

    @Test
    void a_member_without_a_staff_role_gets_the_german_forbidden_page() {
        WebSession member = MemberLogin.signIn(port, jdbc, "bo-member-" + tag);
        var answer = member.get("/verwaltung");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("lang=\"de\"").doesNotContain("Exception").doesNotContain("Sitzungsdienst</h1>");
    }

    @Test
    void a_clerk_sees_the_start_page_but_not_the_administrators_change_log() {
        WebSession clerk = MemberLogin.signIn(port, jdbc, "bo-clerk-" + tag);
        var start = clerk.get("/verwaltung");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("<h1>Sitzungsdienst</h1>").doesNotContain("/verwaltung/protokoll");
        assertThat(start.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(clerk.get("/verwaltung/protokoll").statusCode()).isEqualTo(403);
    }

    @Test
    void a_revoked_role_counts_on_the_next_request() {
        long id = MemberLogin.enrolledAccount(accounts, jdbc, "bo-leaving-" + tag, null);
        accounts.grantRole(id, "CLERK", committee);
        WebSession clerk = MemberLogin.signIn(port, jdbc, "bo-leaving-" + tag);
        assertThat(clerk.get("/verwaltung").statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE user_role SET valid_until = ? WHERE user_id = ?").params(LocalDate.now().minusDays(1), id).update();
        assertThat(clerk.get("/verwaltung").statusCode()).isEqualTo(403);
        assertThat(roles.of(id).staff()).isFalse();
    }

    @Test
    void roles_name_the_assigned_organizations() {
        StaffRoles.Assignments clerk = roles.of(clerkId);
        assertThat(clerk.clerkOf(committee)).isTrue();
        assertThat(clerk.clerkOf(committee + 1_000_000)).isFalse();
        assertThat(clerk.administrator()).isFalse();
        assertThat(roles.of(adminId).clerkOf(committee + 1_000_000)).as("administrators run every organization").isTrue();
    }

    @Test
    void the_change_log_records_only_changed_fields_inside_the_transaction_and_is_append_only() {
        StaffUser admin = new StaffUser(new SignedInUser(adminId, "bo-admin-" + tag, "Test Admin " + tag, null), roles.of(adminId));
        assertThatThrownBy(() -> changes.record(admin, "organization", committee, "UPDATED", "ohne Transaktion", Map.of(), Map.of()))
                .as("an entry never exists without the change it describes").isInstanceOf(IllegalTransactionStateException.class);

        tx.executeWithoutResult(status -> changes.record(admin, "organization", committee, "UPDATED", "Name geändert " + tag,
                Map.of("name", "Alt", "shortName", "A"), Map.of("name", "Neu", "shortName", "A")));
        tx.executeWithoutResult(status -> {
            changes.record(admin, "organization", committee, "UPDATED", "zurückgerollt " + tag, Map.of(), Map.of("name", "X"));
            status.setRollbackOnly();
        });
        var history = changes.of("organization", committee);
        assertThat(history).extracting(ChangeLog.Entry::summary).containsExactly("Name geändert " + tag);
        assertThat(history.get(0).changes()).contains("\"name\"").contains("Alt").contains("Neu").doesNotContain("shortName");
        assertThat(history.get(0).userName()).as("the account's display name").isEqualTo("Test bo-admin-" + tag);
        assertThatThrownBy(() -> jdbc.sql("UPDATE change_log SET summary = 'x' WHERE id = ?").param(history.get(0).id()).update())
                .isInstanceOf(DataAccessException.class);

        WebSession adminWeb = MemberLogin.signIn(port, jdbc, "bo-admin-" + tag);
        var page = adminWeb.get("/verwaltung/protokoll");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Name geändert " + tag).doesNotContain("zurückgerollt " + tag);
        assertThat(adminWeb.get("/verwaltung").body()).contains("href=\"/verwaltung/protokoll\"");
    }
}
