package org.openris.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clerk's master-data journey in Debian Chromium: organization list, a committee with its
 * members (chair, member, deputy, sB, sE), a person form with an error, the membership form;
 * screenshots at 1280 and 360 px, axe without serious or critical findings.
 */
@RisIntegrationTest
class BackofficeMasterDataJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void a_clerk_keeps_organizations_persons_and_memberships() {
        Fixtures fx = new Fixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long body = fx.body("Stadt Musterstadt " + tag);
        long committee = fx.organization(body, "Ausschuss für Schule und Bildung " + tag, "COMMITTEE").shortName("ASB").create();
        fx.organization(body, "Rat der Stadt Musterstadt " + tag, "COUNCIL").create();
        long faction = fx.organization(body, "Fraktion Bürgerliste " + tag, "FACTION").create();
        long board = fx.organization(body, "Seniorenbeirat " + tag, "ADVISORY_BOARD").create();
        fx.organization(body, "Amt für Schule " + tag, "ADMINISTRATIVE_UNIT").unitCode("40-" + tag).create();
        long chair = fx.person(body, "Albers").given("Anna").title("Dr.").female().create();
        long member = fx.person(body, "Brandt").given("Bernd").male().create();
        long deputy = fx.person(body, "Claßen").given("Carla").female().create();
        long citizen = fx.person(body, "Engel").given("Emil").male().create();
        long resident = fx.person(body, "Fuchs").given("Frieda").female().create();
        fx.membership(chair, committee, today.minusYears(1)).chair("Vorsitzende").create();
        long principal = fx.membership(member, committee, today.minusYears(1)).create();
        fx.membership(deputy, committee, today.minusYears(1)).deputyFor(principal).create();
        fx.membership(citizen, committee, today.minusYears(1)).citizenMember(faction).create();
        fx.membership(resident, committee, today.minusYears(1)).residentWithoutVote(board).create();
        fx.membership(member, committee, today.minusYears(3)).until(today.minusYears(1).minusDays(1)).create();
        String username = "sitzungsdienst-" + tag;
        long clerk = MemberLogin.enrolledAccount(accounts, jdbc, username, null);
        accounts.grantRole(clerk, "CLERK", committee);

        JourneyResult result = BrowserJourneys.run("backoffice-masterdata", port, Map.of("username", username, "password", MemberLogin.PASSWORD,
                "secret", MemberLogin.SECRET, "organizationId", committee, "factionId", faction, "familyName", "Hartmann-" + tag));

        JourneyAssertions.assertPassesStandardChecks(result);
        assertThat(result.fact("listGroups")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(6);
        assertThat(result.fact("organizationHeading")).asString().startsWith("Organisation: Ausschuss für Schule und Bildung");
        assertThat((Integer) result.fact("memberRows")).isEqualTo(6);
        assertThat(result.fact("personError")).isEqualTo("Bitte ausfüllen.");
        assertThat(result.fact("keptGivenName")).isEqualTo("Helene");
        assertThat(result.fact("familyNameDescribedBy")).isEqualTo("f-familyName-error");
        assertThat(result.fact("membershipError")).asString().contains("von einer Fraktion benannt");
        assertThat(result.fact("membershipNotice")).isEqualTo("Die Mitgliedschaft wurde eingetragen.");
        assertThat(result.fact("membersAfter")).asString().contains("sB Dr. Helene Hartmann-" + tag).contains("benannt von Fraktion Bürgerliste");
        assertThat(result.checks()).extracting(JourneyResult.Check::name).containsExactly("backoffice-masterdata-organizations",
                "backoffice-masterdata-organization", "backoffice-masterdata-person-error", "backoffice-masterdata-membership-form");
        assertThat(result.check("backoffice-masterdata-organization").screenshots()).hasSize(2);
    }
}
