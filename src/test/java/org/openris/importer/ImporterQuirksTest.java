package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openris.testsupport.RisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import against a server with the documented vendor faults (QuirkyVendor): the run completes,
 * each fault is reported as its kind of warning with an example, and the data ends up correct. Then
 * an incremental run applies a tombstone, and a repeated full run changes nothing.
 */
@RisIntegrationTest
class ImporterQuirksTest {

    @Autowired
    OparlImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.openris.search.SearchJobs searchJobs;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private static ImportSettings settings(QuirkyVendor vendor, OffsetDateTime since, boolean full) {
        return new ImportSettings(vendor.systemUrl(), null, since, full, 0, 2, 3, 10, null, true, null, 0);
    }

    private OparlImporter.Result run(ImportSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OparlImporter.Result result = importer.run(settings, new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        System.out.println(result.report().toPrettyString());
        return result;
    }

    private long local(String sourceUrl) {
        return jdbc.sql("SELECT local_id FROM import_source WHERE source_url = ?").param(sourceUrl).query(Long.class).single();
    }

    @Test
    void a_quirky_vendor_is_imported_with_warnings_and_correct_data() throws Exception {
        try (QuirkyVendor vendor = new QuirkyVendor()) {
            String b = vendor.base;
            OparlImporter.Result first = run(settings(vendor, null, false));
            assertThat(first.success()).as(first.report().toString()).isTrue();
            JsonNode warnings = first.report().path("warnings");
            for (Warning expected : new Warning[] {Warning.NOT_A_LIST_PAGE, Warning.RETRIED, Warning.PAGINATION_LOOP, Warning.MISSING_TYPE,
                    Warning.EMPTY_VALUE, Warning.OBJECT_FOR_ARRAY, Warning.CONTROL_CHARACTERS, Warning.DATE_WITHOUT_OFFSET,
                    Warning.DATE_FOR_DATE_TIME, Warning.DATE_TIME_FOR_DATE, Warning.FILE_UNAVAILABLE, Warning.EMBEDDED_DIFFERS,
                    Warning.VALUE_ADJUSTED, Warning.LIST_UNAVAILABLE}) {
                assertThat(warnings.has(expected.name())).as("warning " + expected + " in " + warnings).isTrue();
                assertThat(warnings.path(expected.name()).path("examples").size()).as(expected + " has an example").isGreaterThan(0);
            }
            assertThat(warnings.path("RETRIED").path("count").asInt()).as("1× terms + 2× files").isEqualTo(3);
            assertThat(warnings.path("FILE_UNAVAILABLE").path("examples").get(0).asString()).contains(b + "/file/404");

            long body = local(b + "/body/1");
            assertThat(jdbc.sql("SELECT ags FROM body WHERE id = ?").param(body).query(String.class).single()).isEqualTo("05315000");
            assertThat(jdbc.sql("SELECT website FROM body WHERE id = ?").param(body).query(String.class).optional()).isEmpty();
            // looping pagination: three organizations, none twice
            assertThat(jdbc.sql("SELECT name FROM organization WHERE body_id = ? ORDER BY name").param(body).query(String.class).list())
                    .containsExactly("Ausschuss für Umwelt", "Fraktion Grün", "Rat der Stadt");
            assertThat(jdbc.sql("SELECT kind FROM organization WHERE id = ?").param(local(b + "/org/3")).query(String.class).single()).isEqualTo("FACTION");
            assertThat(jdbc.sql("SELECT classification FROM organization WHERE id = ?").param(local(b + "/org/2")).query(String.class).optional())
                    .as("N/A is no classification").isEmpty();
            // persons: string for array, object for array, name split
            long erika = local(b + "/person/1");
            assertThat(jdbc.sql("SELECT email FROM person WHERE id = ?").param(erika).query(String.class).single()).isEqualTo("erika.muster@quirkstadt.example");
            assertThat(jdbc.sql("SELECT title FROM person WHERE id = ?").param(erika).query(String.class).optional()).isEmpty();
            assertThat(jdbc.sql("SELECT role FROM membership WHERE id = ?").param(local(b + "/membership/1")).query(String.class).single()).isEqualTo("CHAIR");
            assertThat(jdbc.sql("SELECT family_name || ',' || given_name FROM person WHERE id = ?").param(local(b + "/person/2"))
                    .query(String.class).single()).isEqualTo("Beispiel,Max");
            assertThat(jdbc.sql("SELECT count(*) FROM membership WHERE person_id = ?").param(local(b + "/person/2")).query(Long.class).single()).isEqualTo(2);
            // meeting: control characters kept as text, Berlin time without offset, date string as start of day
            long meeting = local(b + "/meeting/1");
            assertThat(jdbc.sql("SELECT name FROM meeting WHERE id = ?").param(meeting).query(String.class).single()).isEqualTo("1. Sitzung\tdes Rates\n(öffentlich)");
            assertThat(jdbc.sql("SELECT start_planned FROM meeting WHERE id = ?").param(meeting).query(OffsetDateTime.class).single().toInstant())
                    .isEqualTo(OffsetDateTime.of(2024, 3, 5, 16, 0, 0, 0, ZoneOffset.UTC).toInstant());
            assertThat(jdbc.sql("SELECT state FROM meeting WHERE id = ?").param(meeting).query(String.class).single()).isEqualTo("HELD");
            assertThat(jdbc.sql("SELECT count(*) FROM meeting_file WHERE meeting_id = ?").param(meeting).query(Long.class).single())
                    .as("the invitation answering 404 is left out, the meeting kept").isZero();
            // standalone wins over embedded
            assertThat(jdbc.sql("SELECT number || ' ' || name FROM agenda_item WHERE id = ?").param(local(b + "/item/1")).query(String.class).single())
                    .isEqualTo("1 Eröffnung und Begrüßung");
            // papers: foreign reference kept, file downloaded and checked, consultation linked to the agenda item
            long paper = local(b + "/paper/1");
            assertThat(jdbc.sql("SELECT reference || '|' || state || '|' || date FROM paper WHERE id = ?").param(paper).query(String.class).single())
                    .isEqualTo("V/2024/001|RELEASED|2024-02-01");
            assertThat(jdbc.sql("SELECT reference FROM paper WHERE id = ?").param(local(b + "/paper/4")).query(String.class).single())
                    .as("a foreign reference taken twice in the body").isEqualTo("V/2024/001 (2)");
            assertThat(jdbc.sql("SELECT f.sha512 FROM paper_file pf JOIN stored_file f ON f.id = pf.file_id WHERE pf.paper_id = ? AND pf.role = 'MAIN'")
                    .param(paper).query(String.class).single()).isEqualTo(QuirkyVendor.sha512(QuirkyVendor.PDF));
            assertThat(jdbc.sql("SELECT text_extracted_at IS NULL FROM stored_file WHERE id = ?").param(local(b + "/file/1")).query(Boolean.class).single())
                    .as("text extraction queued").isTrue();
            assertThat(jdbc.sql("SELECT agenda_item_id FROM consultation WHERE id = ?").param(local(b + "/consultation/1")).query(Long.class).single())
                    .isEqualTo(local(b + "/item/2"));
            // visible to the public like every imported object
            assertThat(jdbc.sql("SELECT public FROM paper WHERE id = ?").param(paper).query(Boolean.class).single()).isTrue();

            // first-class data: served by our own OParl API (with the foreign reference) and the public portal
            JsonNode served = ImportedData.get("http://localhost:" + port + "/oparl/v1/paper/" + paper);
            assertThat(served.path("reference").asString()).isEqualTo("V/2024/001");
            assertThat(served.path("mainFile").path("sha512Checksum").asString()).isEqualTo(QuirkyVendor.sha512(QuirkyVendor.PDF));
            assertThat(ImportedData.get("http://localhost:" + port + "/oparl/v1/meeting/" + meeting).path("agendaItem").size()).isEqualTo(2);
            assertThat(new String(ImportedData.bytes("http://localhost:" + port + "/sitzungen/" + meeting), StandardCharsets.UTF_8))
                    .as("portal page of the imported meeting").contains("Eröffnung und Begrüßung").contains("Neubau Kita Sonnenschein");

            assertThat(new String(ImportedData.bytes("http://localhost:" + port + "/vorlagen/id/" + paper), StandardCharsets.UTF_8))
                    .as("portal page of a paper with a foreign reference, at its id address").contains("Neubau Kita Sonnenschein")
                    .contains("V/2024/001");
            ForeignReferenceLinks.check(port, jdbc, meeting, paper, local(b + "/paper/3"), served.path("web").asString(), searchJobs);

            long rows = jdbc.sql("SELECT count(*) FROM import_source WHERE source_url LIKE ?").param(b + "/%").query(Long.class).single();

            // incremental run: 404 for an empty window, a next link that lost its filter, a tombstone without type
            OparlImporter.Result second = run(settings(vendor, OffsetDateTime.parse("2024-04-01T00:00:00+02:00"), false));
            assertThat(second.success()).as(second.report().toString()).isTrue();
            JsonNode w2 = second.report().path("warnings");
            assertThat(w2.has("EMPTY_WINDOW_ERROR")).as(w2.toString()).isTrue();
            assertThat(w2.has("FILTER_LOST")).as(w2.toString()).isTrue();
            assertThat(w2.has("TOMBSTONE_WITHOUT_TYPE")).as(w2.toString()).isTrue();
            assertThat(second.report().path("counts").path("Paper").path("deleted").asInt()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT deleted_at IS NOT NULL FROM paper WHERE id = ?").param(local(b + "/paper/2")).query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("SELECT deleted_at IS NULL FROM paper WHERE id = ?").param(paper).query(Boolean.class).single()).isTrue();

            // a repeated full run: nothing new, no duplicates (the deleted paper comes back from the full list)
            OparlImporter.Result third = run(settings(vendor, null, true));
            assertThat(third.success()).isTrue();
            JsonNode counts = third.report().path("counts");
            for (String type : counts.propertyNames()) {
                assertThat(counts.path(type).path("new").asInt()).as(type + " new in a repeated run").isZero();
            }
            assertThat(jdbc.sql("SELECT count(*) FROM import_source WHERE source_url LIKE ?").param(b + "/%").query(Long.class).single()).isEqualTo(rows);
            assertThat(jdbc.sql("SELECT count(*) FROM body WHERE name = 'Quirkstadt'").query(Long.class).single()).isEqualTo(1);

            // without --since after a successful run: incremental from that run's start minus the overlap of one hour
            OparlImporter.Result fourth = run(settings(vendor, null, false));
            assertThat(fourth.success()).isTrue();
            assertThat(jdbc.sql("SELECT (SELECT started_at FROM import_run WHERE id = ?) - modified_since = interval '1 hour'"
                    + " FROM import_run WHERE id = ?").param(third.run()).param(fourth.run()).query(Boolean.class).single()).isTrue();
        }
    }
}
