package org.openris.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openris.search.SearchJobs;
import org.openris.testsupport.Fixtures;
import org.openris.testsupport.RisIntegrationTest;
import org.openris.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saved-search alerts over HTTP against a real SMTP server (GreenMail): double opt-in, the digest
 * with only new public hits, unsubscribing, throttling and limits, German messages for bad input.
 * Each test uses its own invented query word, so tests do not see each other's papers.
 */
@RisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertTest {

    private static final String CONFIRM = "/suche/benachrichtigung/bestaetigen";
    private static final String UNSUBSCRIBE = "/suche/benachrichtigung/abmelden";
    private static final String ONE_CLICK = "/suche/benachrichtigung/abmelden/sofort";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchJobs searchJobs;
    @Autowired
    AlertDigest digest;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    AlertStore store;
    @Autowired
    AlertMails mails;
    @Autowired
    org.openris.search.PortalSearch portalSearch;
    @Autowired
    AlertSettings settings;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private Fixtures fx;
    private long body;
    private long motion;
    private long committee;
    private String committeeName;
    private int serial = 31000;
    private int client = 1;

    @BeforeAll
    void council() {
        fx = new Fixtures(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        body = fx.body("Stadt Alarmhausen " + tag);
        committeeName = "Ausschuss für Benachrichtigungen " + tag;
        committee = fx.organization(body, committeeName, "COMMITTEE").create();
        motion = fx.paperType(body, "Antrag", "MOTION", true);
    }

    @Test
    void double_opt_in_nothing_before_confirmation_and_the_link_works_once() {
        String address = address();
        WebSession web = web();
        HttpResponse<String> search = web.get("/suche?q=Molchwanderung");
        assertThat(search.body()).contains("Suche als E-Mail-Benachrichtigung speichern").contains("action=\"/suche/benachrichtigung\"");
        HttpResponse<String> form = web.get("/suche/benachrichtigung?q=Molchwanderung&gremium=" + committeeName.replace(" ", "+"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Molchwanderung\"").contains("name=\"_csrf\"").contains(committeeName);

        HttpResponse<String> requested = web.post("/suche/benachrichtigung", Map.of("email", address, "q", "Molchwanderung", "gremium", committeeName));
        assertThat(requested.statusCode()).isEqualTo(200);
        assertThat(requested.body()).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse").contains("„Molchwanderung“");
        List<Mailbox> mails = Mailbox.of(address);
        assertThat(mails).hasSize(1);
        Mailbox confirmation = mails.get(0);
        assertThat(confirmation.subject()).isEqualTo("Bitte bestätigen Sie Ihre Suchbenachrichtigung");
        assertThat(confirmation.body()).contains("„Molchwanderung“ (Gremium: " + committeeName + ")").contains("48 Stunden");
        assertThat(confirmation.listUnsubscribe()).startsWith("<http://localhost:" + port + ONE_CLICK + "?token=");
        assertThat(confirmation.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(jdbc.sql("SELECT count(*) FROM alert_token WHERE token_hash = ?").param(Tokens.hash(confirmation.token(CONFIRM)))
                .query(Long.class).single()).as("only the hash is stored").isEqualTo(1);

        // a new public hit before confirmation: no mail
        paper("Molchwanderung am Stadtweiher", true);
        searchJobs.runNow();
        digest.runNow();
        assertThat(Mailbox.of(address)).hasSize(1);

        String token = confirmation.token(CONFIRM);
        HttpResponse<String> page = web.get(CONFIRM + "?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ja, Benachrichtigung bestätigen").contains("„Molchwanderung“");
        assertThat(confirmedSearches(address)).as("opening the link changes nothing").isZero();
        HttpResponse<String> confirmed = web.post(CONFIRM, Map.of("token", token));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Benachrichtigung gespeichert");
        assertThat(confirmedSearches(address)).isEqualTo(1);

        assertThat(web.post(CONFIRM, Map.of("token", token)).statusCode()).as("second use").isEqualTo(410);
        HttpResponse<String> again = web.get(CONFIRM + "?token=" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Link ungültig oder abgelaufen");
        assertThat(web.get(CONFIRM + "?token=" + "x".repeat(43)).statusCode()).isEqualTo(410);
    }

    @Test
    void an_expired_confirmation_link_confirms_nothing() {
        String address = address();
        WebSession web = web();
        web.get("/suche/benachrichtigung?q=Froschkonzert");
        web.post("/suche/benachrichtigung", Map.of("email", address, "q", "Froschkonzert"));
        String token = Mailbox.of(address).get(0).token(CONFIRM);
        jdbc.sql("UPDATE alert_token SET expires_at = now() - interval '1 minute' WHERE token_hash = ?").param(Tokens.hash(token)).update();
        assertThat(web.get(CONFIRM + "?token=" + token).statusCode()).isEqualTo(410);
        assertThat(web.post(CONFIRM, Map.of("token", token)).statusCode()).isEqualTo(410);
        assertThat(confirmedSearches(address)).isZero();
        // the next run deletes the unconfirmed request and erases the address once it is older than the link's lifetime
        jdbc.sql("UPDATE alert_search SET created = now() - interval '3 days' WHERE subscriber_id IN"
                + " (SELECT id FROM alert_subscriber WHERE lower(email) = lower(?))").param(address).update();
        jdbc.sql("UPDATE alert_subscriber SET created = now() - interval '3 days' WHERE lower(email) = lower(?)").param(address).update();
        digest.runNow();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE lower(email) = lower(?)").param(address).query(Long.class).single())
                .isZero();
    }

    @Test
    void the_digest_lists_only_new_public_hits_once() {
        String address = address();
        long old = paper("Unkenruf im Altbestand", true);
        jdbc.sql("UPDATE paper SET created = now() - interval '1 hour' WHERE id = ?").param(old).update();
        searchJobs.runNow(); // public (and indexed) before the search was saved: not news
        subscribeAndConfirm(address, "Unkenruf");

        long fresh = paper("Unkenruf an der Kreisstraße", true);
        paper("Unkenruf nichtöffentlich Grundstück", false);
        long hiddenLater = paper("Unkenruf später verborgen", true);
        fx.paper(body, motion, "Unkenruf Entwurf").create();
        searchJobs.runNow();
        // made non-public after indexing and before the digest: the search module's gate re-check drops it
        jdbc.sql("UPDATE paper SET public = false WHERE id = ?").param(hiddenLater).update();

        AlertDigest.Outcome outcome = digest.runNow();
        assertThat(outcome.failures()).isZero();
        List<Mailbox> digests = digests(address);
        assertThat(digests).hasSize(1);
        Mailbox mail = digests.get(0);
        assertThat(mail.subject()).isEqualTo("Neue Treffer Ihrer gespeicherten Suchen (1)");
        assertThat(mail.body()).contains("Unkenruf an der Kreisstraße").contains("http://localhost:" + port + "/vorlagen/" + reference(fresh))
                .contains("Suche „Unkenruf“: 1 neue Treffer")
                .doesNotContain("Altbestand").doesNotContain("nichtöffentlich").doesNotContain("später verborgen").doesNotContain("Entwurf")
                .contains(UNSUBSCRIBE + "?token=");
        assertThat(mail.listUnsubscribe()).contains(ONE_CLICK + "?token=");
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");

        // nothing new: no mail
        digest.runNow();
        assertThat(digests(address)).hasSize(1);
        // one more: only that one
        paper("Unkenruf am Mühlbach", true);
        searchJobs.runNow();
        digest.runNow();
        assertThat(digests(address)).hasSize(2);
        assertThat(digests(address).get(1).body()).contains("Unkenruf am Mühlbach").doesNotContain("Kreisstraße");
    }

    @Test
    void a_paper_created_long_ago_is_news_when_it_becomes_public_and_a_reindex_does_not_repeat_old_hits() {
        String address = address();
        long draft = fx.paper(body, motion, "Krötentunnel unter der Landstraße").create();
        fx.consultation(draft, committee, null, null, 0, "DECISION", true, null);
        long nonPublic = paper("Krötentunnel Grunderwerb", false);
        long before = paper("Krötentunnel Vorbericht", true);
        jdbc.sql("UPDATE paper SET created = now() - interval '400 days' WHERE id IN (?, ?, ?)").params(draft, nonPublic, before).update();
        searchJobs.runNow();
        subscribeAndConfirm(address, "Krötentunnel");
        digest.runNow();
        assertThat(digests(address)).as("nothing became public since the search was saved").isEmpty();

        // released and made public now, though created more than a year ago (longer than any look-back)
        int number = serial++;
        jdbc.sql("UPDATE paper SET state = 'RELEASED', reference = ?, serial = ?, reference_year = 2026, date = ? WHERE id = ?")
                .params(number + "-26", number, LocalDate.of(2026, 11, 3), draft).update();
        jdbc.sql("UPDATE paper SET public = true WHERE id = ?").param(nonPublic).update();
        searchJobs.runNow();
        digest.runNow();
        List<Mailbox> mails = digests(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).body()).contains("Krötentunnel unter der Landstraße", "Krötentunnel Grunderwerb")
                .doesNotContain("Vorbericht");

        // a full reindex keeps the time each object became public: no second mail
        jdbc.sql("UPDATE search_index_entry SET version = ''").update();
        searchJobs.runNow();
        digest.runNow();
        assertThat(digests(address)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM search_index_entry WHERE kind = 'PAPER' AND object_id = ? AND public_since < now() - interval '1 day'")
                .param(draft).query(Long.class).single()).isZero();
    }

    @Test
    void unsubscribing_deletes_the_searches_and_erases_the_address() {
        String address = address();
        WebSession web = subscribeAndConfirm(address, "Libellenflug");
        paper("Libellenflug über dem Teich", true);
        searchJobs.runNow();
        digest.runNow();
        Mailbox mail = digests(address).get(0);
        String token = mail.token(UNSUBSCRIBE);

        HttpResponse<String> page = web.get(UNSUBSCRIBE + "?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Abbestellen und Adresse löschen");
        assertThat(subscribers(address)).as("opening the link deletes nothing").isEqualTo(1);
        HttpResponse<String> done = new WebSession(port).from(nextClient()).get(UNSUBSCRIBE + "?token=" + token);
        assertThat(done.statusCode()).isEqualTo(200);
        HttpResponse<String> unsubscribed = web.post(UNSUBSCRIBE, Map.of("token", token));
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("Sie sind abgemeldet");
        assertThat(subscribers(address)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE email IS NULL AND deleted_at IS NOT NULL").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_search WHERE query = 'Libellenflug'").query(Long.class).single()).isZero();
        assertThat(web.get(UNSUBSCRIBE + "?token=" + token).statusCode()).isEqualTo(410);

        paper("Libellenflug zum zweiten", true);
        searchJobs.runNow();
        digest.runNow();
        assertThat(digests(address)).hasSize(1);
    }

    @Test
    void one_click_unsubscribe_from_the_mail_program_works_without_csrf_token_but_only_with_the_token() throws Exception {
        String address = address();
        subscribeAndConfirm(address, "Wechselkröte");
        paper("Wechselkröte im Steinbruch", true);
        searchJobs.runNow();
        digest.runNow();
        Mailbox mail = digests(address).get(0);
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("^<(http://localhost:\\d+" + ONE_CLICK + "\\?token=([A-Za-z0-9_-]{43}))>$")
                .matcher(mail.listUnsubscribe());
        assertThat(link.matches()).as(mail.listUnsubscribe()).isTrue();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        // as a mail provider does it (RFC 8058): no cookie, no CSRF token; first without the RFC's body, then with a wrong token
        assertThat(oneClick(http, link.group(1), "").statusCode()).isEqualTo(400);
        assertThat(oneClick(http, "http://localhost:" + port + ONE_CLICK + "?token=" + "x".repeat(43), "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(410);
        assertThat(subscribers(address)).as("nothing changed yet").isEqualTo(1);
        // opening the address in a browser only shows the confirmation page
        assertThat(web().get(ONE_CLICK + "?token=" + link.group(2)).body()).contains("Abbestellen und Adresse löschen");
        assertThat(subscribers(address)).isEqualTo(1);

        HttpResponse<String> done = oneClick(http, link.group(1), "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Sie sind abgemeldet");
        assertThat(subscribers(address)).isZero();
        assertThat(oneClick(http, link.group(1), "List-Unsubscribe=One-Click").statusCode()).as("used").isEqualTo(410);
        // the unsubscribe link of the text still wants its CSRF token
        assertThat(new WebSession(port).post(UNSUBSCRIBE, Map.of("token", link.group(2), "_csrf", "")).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> oneClick(java.net.http.HttpClient http, String url, String body) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_digest_runs_on_one_instance_at_a_time_and_each_hit_is_mailed_once() throws Exception {
        String address = address();
        subscribeAndConfirm(address, "Feuersalamander");
        paper("Feuersalamander am Waldrand", true);
        searchJobs.runNow();

        // another instance holds the lock: this one skips its run and sends nothing
        try (java.sql.Connection other = dataSource.getConnection();
             java.sql.PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, DigestLock.KEY);
            lock.execute();
            AlertDigest.Outcome skipped = digest.runNow();
            assertThat(skipped.skipped()).isTrue();
            assertThat(digests(address)).isEmpty();
            try (java.sql.PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, DigestLock.KEY);
                unlock.execute();
            }
        }

        // two instances (two digest objects on the same database) started at the same moment: one mail
        AlertDigest second = new AlertDigest(store, mails, portalSearch, settings, clock, transactions, new DigestLock(dataSource));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<AlertDigest.Outcome> a = pool.submit(() -> { start.await(); return digest.runNow(); });
            java.util.concurrent.Future<AlertDigest.Outcome> b = pool.submit(() -> { start.await(); return second.runNow(); });
            start.countDown();
            a.get(60, java.util.concurrent.TimeUnit.SECONDS);
            b.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(digests(address)).hasSize(1);
        assertThat(digests(address).get(0).body()).contains("Feuersalamander am Waldrand");
        // and a later run of either finds nothing left
        second.runNow();
        assertThat(digests(address)).hasSize(1);
    }

    @Test
    void bad_input_gets_german_messages_and_no_mail() {
        String address = address();
        WebSession web = web();
        web.get("/suche/benachrichtigung?q=Kröte");
        HttpResponse<String> invalid = web.post("/suche/benachrichtigung", Map.of("email", "keine-adresse", "q", "Kröte"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Die E-Mail-Adresse ist ungültig").contains("value=\"Kröte\"").doesNotContain("Exception");
        HttpResponse<String> empty = web.post("/suche/benachrichtigung", Map.of("email", address, "q", "  "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Bitte geben Sie einen Suchbegriff an.");
        HttpResponse<String> missing = web.post("/suche/benachrichtigung", Map.of("q", "Kröte"));
        assertThat(missing.body()).contains("Bitte geben Sie Ihre E-Mail-Adresse an.");
        HttpResponse<String> date = web.post("/suche/benachrichtigung", Map.of("email", address, "q", "Kröte", "von", "31.02.2025"));
        assertThat(date.statusCode()).isEqualTo(422);
        assertThat(date.body()).contains("Das Datum „31.02.2025“ ist ungültig");
        assertThat(Mailbox.of(address)).isEmpty();
    }

    @Test
    void the_answer_is_the_same_for_known_and_unknown_addresses() {
        String known = address();
        subscribeAndConfirm(known, "Erdkrötenzaun");
        String unknown = address();
        WebSession web = web();
        web.get("/suche/benachrichtigung?q=Erdkrötenzaun");
        String forKnown = web.post("/suche/benachrichtigung", Map.of("email", known, "q", "Erdkrötenzaun")).body();
        String forUnknown = web.post("/suche/benachrichtigung", Map.of("email", unknown, "q", "Erdkrötenzaun")).body();
        assertThat(withoutCsrf(forKnown)).isEqualTo(withoutCsrf(forUnknown));
        // both get a confirmation mail; the known address does not get a second saved search
        assertThat(Mailbox.of(known)).hasSize(2);
        assertThat(Mailbox.of(unknown)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM alert_search a JOIN alert_subscriber s ON s.id = a.subscriber_id WHERE lower(s.email) = lower(?)")
                .param(known).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void requests_are_throttled_per_client_and_per_address_and_searches_limited_per_address() {
        // per client: the eleventh request within the hour is refused openly
        WebSession web = web();
        web.get("/suche/benachrichtigung?q=Wechselkröte");
        for (int i = 0; i < 10; i++) {
            assertThat(web.post("/suche/benachrichtigung", Map.of("email", address(), "q", "Wechselkröte")).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = web.post("/suche/benachrichtigung", Map.of("email", address(), "q", "Wechselkröte"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Zu viele Anfragen");

        // per address: from other clients, the fourth request within the hour looks the same but sends nothing
        String target = address();
        for (int i = 0; i < 4; i++) {
            WebSession other = web();
            other.get("/suche/benachrichtigung?q=Kreuzkröte");
            HttpResponse<String> answer = other.post("/suche/benachrichtigung", Map.of("email", target, "q", "Kreuzkröte" + i));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        }
        assertThat(Mailbox.of(target)).hasSize(3);

        // at most ten saved searches per address: the eleventh is not saved, the owner is told by mail
        String full = address();
        subscribeAndConfirm(full, "Knoblauchkröte0");
        long subscriber = jdbc.sql("SELECT id FROM alert_subscriber WHERE lower(email) = lower(?)").param(full).query(Long.class).single();
        for (int i = 1; i < 10; i++) {
            jdbc.sql("INSERT INTO alert_search (subscriber_id, query, confirmed_at) VALUES (?, ?, now())").params(subscriber, "Knoblauchkröte" + i).update();
        }
        WebSession again = web();
        again.get("/suche/benachrichtigung?q=Knoblauchkröte10");
        assertThat(again.post("/suche/benachrichtigung", Map.of("email", full, "q", "Knoblauchkröte10")).body())
                .contains("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(jdbc.sql("SELECT count(*) FROM alert_search WHERE subscriber_id = ?").param(subscriber).query(Long.class).single()).isEqualTo(10);
        List<Mailbox> mails = Mailbox.of(full);
        assertThat(mails.get(mails.size() - 1).subject()).isEqualTo("Suchbenachrichtigung nicht gespeichert");
        assertThat(mails.get(mails.size() - 1).body()).doesNotContain(CONFIRM).contains(UNSUBSCRIBE);
    }

    // ---- helpers

    private WebSession subscribeAndConfirm(String address, String query) {
        WebSession web = web();
        web.get("/suche/benachrichtigung?q=" + query);
        assertThat(web.post("/suche/benachrichtigung", Map.of("email", address, "q", query)).statusCode()).isEqualTo(200);
        List<Mailbox> mails = Mailbox.of(address);
        String token = mails.get(mails.size() - 1).token(CONFIRM);
        web.get(CONFIRM + "?token=" + token);
        assertThat(web.post(CONFIRM, Map.of("token", token)).statusCode()).isEqualTo(200);
        return web;
    }

    private long paper(String title, boolean isPublic) {
        Fixtures.PaperBuilder builder = fx.paper(body, motion, title).released((serial++) + "-26", LocalDate.of(2026, 11, 2));
        long id = (isPublic ? builder : builder.nonPublic()).create();
        fx.consultation(id, committee, null, null, 0, "DECISION", true, null);
        return id;
    }

    private String reference(long paper) {
        return jdbc.sql("SELECT reference FROM paper WHERE id = ?").param(paper).query(String.class).single();
    }

    private List<Mailbox> digests(String address) {
        return Mailbox.of(address).stream().filter(m -> m.subject().startsWith("Neue Treffer")).toList();
    }

    private long confirmedSearches(String address) {
        return jdbc.sql("SELECT count(*) FROM alert_search a JOIN alert_subscriber s ON s.id = a.subscriber_id"
                + " WHERE lower(s.email) = lower(?) AND a.confirmed_at IS NOT NULL").param(address).query(Long.class).single();
    }

    private long subscribers(String address) {
        return jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE lower(email) = lower(?)").param(address).query(Long.class).single();
    }

    private WebSession web() {
        return new WebSession(port).from(nextClient());
    }

    private synchronized String nextClient() {
        return "10.70." + (client / 250) + "." + (1 + client++ % 250);
    }

    private static String address() {
        return "buerger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }
}
