package org.openris.memberarea;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.openris.file.FileStore;
import org.openris.identity.Accounts;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.MemberLogin;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A city with two committees and two factions, and the people the member-area tests sign in as:
 * <ul>
 * <li>anna: member of the building committee and of faction F (recused once);</li>
 * <li>bert: member of the social committee (not the building committee) and of faction F;</li>
 * <li>carla: former member of the building committee and of faction F;</li>
 * <li>dora: member of the building committee and of faction G;</li>
 * <li>erik: deputy member of the building committee for anna, appointed citizen (sB) named by F.</li>
 * </ul>
 * The building committee's next meeting has a public part and a non-public item with a non-public
 * paper and attachment; a second meeting is non-public as a whole.
 */
final class MemberScenario {

    static final byte[] PDF = "%PDF-1.4\n% Testinhalt der nichtöffentlichen Anlage\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final String PUBLIC_TEXT = "<p>Der Ausschuss beschließt den Ausbau des Radwegs an der Lindenstraße.</p>"
            + "<p>Die Kosten betragen 120.000 Euro &amp; werden aus dem Haushalt 2026 gedeckt.</p>";

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    final long body;
    final long term;
    final long building;
    final long social;
    final long factionF;
    final long factionG;
    final long anna;
    final long bert;
    final long carla;
    final long dora;
    final long erik;
    final long meeting;
    final long closedMeeting;
    final long publicItem;
    final long secretItem;
    final long publicPaper;
    final long secretPaper;
    final long secretFile;
    final long invitation;
    final long closedItem;
    final long followUp;

    MemberScenario(JdbcClient jdbc, Accounts accounts, FileStore store) {
        Fixtures fx = new Fixtures(jdbc);
        body = fx.body("Stadt Mitgliederbereich " + tag);
        term = fx.term(body, "Wahlperiode " + tag, today.minusYears(2), today.plusYears(3));
        building = fx.organization(body, "Bauausschuss " + tag, "COMMITTEE").create();
        social = fx.organization(body, "Sozialausschuss " + tag, "COMMITTEE").create();
        factionF = fx.organization(body, "Fraktion F " + tag, "FACTION").create();
        factionG = fx.organization(body, "Fraktion G " + tag, "FACTION").create();
        long unit = fx.organization(body, "Tiefbauamt " + tag, "ADMINISTRATIVE_UNIT").unitCode("66-" + tag).create();
        LocalDate start = today.minusYears(2);

        anna = fx.person(body, "Albers").given("Anna").female().create();
        long annaSeat = fx.membership(anna, building, start).create();
        fx.membership(anna, factionF, start).create();
        bert = fx.person(body, "Brandt").given("Bert").male().create();
        fx.membership(bert, social, start).create();
        fx.membership(bert, factionF, start).create();
        carla = fx.person(body, "Conrad").given("Carla").female().create();
        fx.membership(carla, building, start).until(today.minusMonths(1)).create();
        fx.membership(carla, factionF, start).until(today.minusMonths(1)).create();
        dora = fx.person(body, "Dorn").given("Dora").female().create();
        fx.membership(dora, building, start).create();
        fx.membership(dora, factionG, start).create();
        erik = fx.person(body, "Engel").given("Erik").male().create();
        fx.membership(erik, building, start).deputyFor(annaSeat).citizenMember(factionF).create();

        long hall = fx.location("Rathaus, Sitzungssaal " + tag, "Raum 1.101", "Marktplatz 1");
        meeting = fx.meeting(body, building, term, Fixtures.berlin(today.plusDays(7), LocalTime.of(17, 0)))
                .numbered(12, "12. Sitzung").at(hall).create();
        publicItem = fx.agendaItem(meeting, "1", "Radweg Lindenstraße " + tag).position(0, 0).create();
        secretItem = fx.agendaItem(meeting, "2", "Grundstücksangelegenheit Geheimweg " + tag).position(1, 1).nonPublic().create();
        long type = fx.paperType(body, "Beschlussvorlage", "DECISION_PROPOSAL", true);
        int serial = 10000 + Math.floorMod(tag.hashCode(), 80000);
        publicPaper = fx.paper(body, type, "Ausbau Radweg " + tag).released(String.format("%05d-26", serial), today.minusDays(20)).create();
        fx.execute("UPDATE paper SET text = ? WHERE id = ?", PUBLIC_TEXT, publicPaper);
        secretPaper = fx.paper(body, type, "Verkauf Grundstück Geheimweg " + tag).released(String.format("%05d-26", serial + 1), today.minusDays(20))
                .nonPublic().create();
        fx.execute("UPDATE paper SET text = '<p>Kaufpreis vertraulich: 1 Euro.</p>' WHERE id = ?", secretPaper);
        fx.consultation(publicPaper, building, meeting, publicItem, 0, "DECISION", true, null);
        fx.consultation(secretPaper, building, meeting, secretItem, 0, "DECISION", true, null);

        invitation = fx.file(body, "Einladung " + tag, true);
        fx.attachToMeeting(meeting, invitation, "INVITATION", null);
        fx.execute("UPDATE meeting_file SET created = now() - interval '3 days' WHERE file_id = ?", invitation);
        secretFile = fx.file(body, "Wertgutachten Geheimweg " + tag, false);
        FileStore.StoredContent content = store.put(PDF);
        fx.execute("UPDATE stored_file SET storage_key = ?, sha256 = ?, sha512 = ?, size = ?, file_name = ?, text_content = ? WHERE id = ?",
                content.storageKey(), content.sha256(), content.sha512(), content.size(), "Gutachten \"Geheimweg\";\r\nSet-Cookie: x=1 Größe.pdf",
                "Das Gutachten ermittelt einen Verkehrswert.\n\nDer Bodenrichtwert liegt bei 250 Euro.", secretFile);
        fx.attachToAgendaItem(secretItem, secretFile, "Anlage 1");

        closedMeeting = fx.meeting(body, building, term, Fixtures.berlin(today.plusDays(14), LocalTime.of(16, 0)))
                .numbered(13, "13. Sitzung").nonPublic().create();
        closedItem = fx.agendaItem(closedMeeting, "1", "Personalangelegenheit " + tag).position(0, 0).nonPublic().create();

        followUp = fx.followUp(publicItem, publicPaper, "Kostenschätzung vorlegen " + tag, today.plusDays(30), null, unit);
        fx.recusal(secretItem, anna, publicItem);

        for (String name : new String[]{"anna", "bert", "carla", "dora", "erik"}) {
            long person = switch (name) {
                case "anna" -> anna;
                case "bert" -> bert;
                case "carla" -> carla;
                case "dora" -> dora;
                default -> erik;
            };
            MemberLogin.enrolledAccount(accounts, jdbc, user(name), person);
        }
    }

    String user(String name) {
        return name + "-" + tag;
    }
}
