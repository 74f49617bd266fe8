package org.openris.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openris.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in accounts for the demo city, one per kind of member, so the member area can be tried
 * out. All share one password; all but "neu" have the second factor already set up with a
 * published demo secret (add it to an authenticator app or use {@code oathtool --totp -b SECRET});
 * "neu" shows the enrolment with a QR code. Only ever created together with the demo city.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "Musterstadt-Demo-2026";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    record DemoAccount(String username, String description, Long personId) {
    }

    /** A back-office account: role and, for clerk, author and faction office, the organizations it is assigned to. */
    private record StaffAccount(String username, String displayName, String description, String role, List<Long> organizations) {
    }

    private final Accounts accounts;
    private final JdbcClient jdbc;

    DemoAccounts(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    List<DemoAccount> create(PrintStream out) {
        List<DemoAccount> created = new ArrayList<>();
        person(CURRENT + " AND o.kind = 'COUNCIL' AND ms.mandate = 'COUNCIL_MEMBER'"
                + " AND EXISTS (SELECT 1 FROM membership c JOIN organization co ON co.id = c.organization_id"
                + " WHERE c.person_id = ms.person_id AND co.kind = 'COMMITTEE' AND c.end_date IS NULL)")
                .ifPresent(p -> created.add(new DemoAccount("ratsmitglied", "Ratsmitglied mit Ausschusssitzen", p)));
        person(CURRENT + " AND ms.mandate = 'CITIZEN_MEMBER' AND NOT EXISTS (SELECT 1 FROM membership r JOIN organization ro"
                + " ON ro.id = r.organization_id WHERE r.person_id = ms.person_id AND ro.kind = 'COUNCIL')")
                .ifPresent(p -> created.add(new DemoAccount("sachkundig", "Sachkundige Bürgerin / sachkundiger Bürger", p)));
        person(CURRENT + " AND o.kind = 'DISTRICT_COUNCIL'")
                .ifPresent(p -> created.add(new DemoAccount("bezirk", "Mitglied einer Bezirksvertretung", p)));
        person("ms.end_date IS NOT NULL AND ms.end_date < current_date AND NOT EXISTS (SELECT 1 FROM membership n"
                + " WHERE n.person_id = ms.person_id AND (n.end_date IS NULL OR n.end_date >= current_date))")
                .ifPresent(p -> created.add(new DemoAccount("ehemalig", "Ehemaliges Ratsmitglied (sieht nur Öffentliches)", p)));
        created.stream().filter(a -> a.personId() != null).findFirst()
                .ifPresent(a -> created.add(new DemoAccount("neu", "Wie ratsmitglied, richtet die Zwei-Faktor-Anmeldung neu ein", a.personId())));
        for (DemoAccount account : created) {
            long id = accounts.create(account.username(), displayName(account.personId()), null, account.personId(), PASSWORD);
            if (!account.username().equals("neu")) {
                jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_confirmed_at = now() WHERE id = ?").params(TOTP_SECRET, id).update();
            }
        }
        for (StaffAccount staff : staffAccounts()) {
            long id = accounts.create(staff.username(), staff.displayName(), null, null, PASSWORD);
            jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_confirmed_at = now() WHERE id = ?").params(TOTP_SECRET, id).update();
            if (staff.organizations().isEmpty()) {
                accounts.grantRole(id, staff.role(), null);
            }
            staff.organizations().forEach(org -> accounts.grantRole(id, staff.role(), org));
            created.add(new DemoAccount(staff.username(), staff.description(), null));
        }
        out.printf("Demo-Zugänge (Passwort %s, Zwei-Faktor-Schlüssel %s, außer \"neu\"):%n", PASSWORD, TOTP_SECRET);
        created.forEach(a -> out.printf("  %-13s %s%n", a.username(), a.description()));
        return created;
    }

    /** Sitzungsdienst: administration, the council office for council and committees, one department, one faction office. */
    private List<StaffAccount> staffAccounts() {
        List<StaffAccount> staff = new ArrayList<>();
        staff.add(new StaffAccount("verwaltung", "Demo Administration", "Administration (Sitzungsdienst, alle Rechte)", "ADMINISTRATOR", List.of()));
        List<Long> bodies = jdbc.sql("SELECT id FROM organization WHERE kind IN ('COUNCIL', 'COMMITTEE') AND deleted_at IS NULL ORDER BY id")
                .query(Long.class).list();
        if (!bodies.isEmpty()) {
            staff.add(new StaffAccount("sitzungsdienst", "Demo Ratsbüro", "Ratsbüro: Sitzungsdienst für Rat und Ausschüsse", "CLERK", bodies));
        }
        jdbc.sql("SELECT id FROM organization WHERE kind = 'ADMINISTRATIVE_UNIT' AND deleted_at IS NULL ORDER BY unit_code, id LIMIT 1")
                .query(Long.class).optional().ifPresent(unit -> staff.add(
                        new StaffAccount("fachbereich", "Demo Fachbereich", "Fachbereich: schreibt Vorlagen und Stellungnahmen", "AUTHOR", List.of(unit))));
        jdbc.sql("SELECT id FROM organization WHERE kind = 'FACTION' AND deleted_at IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).optional().ifPresent(faction -> staff.add(
                        new StaffAccount("fraktion", "Demo Fraktionsgeschäftsstelle", "Fraktionsgeschäftsstelle: reicht Anträge und Anfragen ein",
                                "FACTION_OFFICE", List.of(faction))));
        return staff;
    }

    private Optional<Long> person(String condition) {
        return jdbc.sql("SELECT ms.person_id FROM membership ms JOIN organization o ON o.id = ms.organization_id WHERE "
                + "ms.deleted_at IS NULL AND " + condition + " ORDER BY ms.person_id LIMIT 1").query(Long.class).optional();
    }

    private String displayName(long personId) {
        return jdbc.sql("SELECT trim(coalesce(given_name, '') || ' ' || family_name) FROM person WHERE id = ?")
                .param(personId).query(String.class).single();
    }

    private static final String CURRENT = "ms.start_date <= current_date AND (ms.end_date IS NULL OR ms.end_date >= current_date)";
}
