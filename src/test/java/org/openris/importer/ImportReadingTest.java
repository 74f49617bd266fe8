package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The tolerant reading of single values, the filters of next links, and the command line. */
class ImportReadingTest {

    private static Values values(String json, ImportReport report) {
        JsonNode node = Documents.STRICT.readTree(json);
        return new Values(node, report);
    }

    @Test
    void dates_with_and_without_offset_and_date_strings_in_date_time_fields() {
        ImportReport report = new ImportReport();
        Values v = values("""
                {"id":"x","a":"2024-03-05T17:00:00+01:00","b":"2024-07-05T17:00:00","c":"2024-03-06","d":"morgen","e":"2024-02-01T23:30:00+00:00"}""",
                report);
        assertThat(v.dateTime("a")).isEqualTo(OffsetDateTime.parse("2024-03-05T17:00:00+01:00"));
        assertThat(v.dateTime("b")).as("summer time in Berlin").isEqualTo(OffsetDateTime.parse("2024-07-05T17:00:00+02:00"));
        assertThat(v.dateTime("c")).isEqualTo(OffsetDateTime.parse("2024-03-06T00:00:00+01:00"));
        assertThat(v.dateTime("d")).isNull();
        assertThat(v.date("e")).as("the Berlin date of the instant").isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(report.warnings(Warning.DATE_WITHOUT_OFFSET)).isEqualTo(1);
        assertThat(report.warnings(Warning.DATE_FOR_DATE_TIME)).isEqualTo(1);
        assertThat(report.warnings(Warning.INVALID_DATE)).isEqualTo(1);
        assertThat(report.warnings(Warning.DATE_TIME_FOR_DATE)).isEqualTo(1);
    }

    @Test
    void placeholders_are_absent_and_shapes_are_repaired() {
        ImportReport report = new ImportReport();
        Values v = values("""
                {"id":"x","a":"N/A","b":"   ","c":"","d":" Rat ","e":"one","f":["first","second"],"g":{"id":"loc"}}""", report);
        assertThat(v.text("a")).isNull();
        assertThat(v.text("b")).isNull();
        assertThat(v.text("c")).isNull();
        assertThat(v.text("d")).isEqualTo("Rat");
        assertThat(v.texts("e")).containsExactly("one");
        assertThat(v.text("f")).isEqualTo("first");
        assertThat(v.array("g")).hasSize(1);
        assertThat(report.warnings(Warning.EMPTY_VALUE)).isEqualTo(3);
        assertThat(report.warnings(Warning.OBJECT_FOR_ARRAY)).isEqualTo(2);
        assertThat(report.warnings(Warning.ARRAY_FOR_OBJECT)).isEqualTo(1);
    }

    @Test
    void a_report_survives_its_json_form() {
        ImportReport report = new ImportReport();
        report.count("Paper", "new");
        report.warn(Warning.PAGINATION_LOOP, "http://a", "loop");
        report.unmapped("Meeting", "http://m", "no start");
        ImportReport restored = new ImportReport();
        restored.restore(Documents.STRICT.readTree(report.toJson().toString()));
        assertThat(restored.toJson()).isEqualTo(report.toJson());
    }

    @Test
    void next_links_get_back_the_filters_they_lost() {
        ImportReport report = new ImportReport();
        ListCrawler crawler = new ListCrawler(new RunContext(null, report, null, null, 1, null, null),
                new org.springframework.transaction.support.TransactionTemplate(), System.out);
        String list = "http://x/papers?modified_since=2024-04-01T00%3A00%3A00%2B02%3A00&limit=20";
        assertThat(crawler.withFilters("http://x/papers?page=2", list))
                .isEqualTo("http://x/papers?page=2&modified_since=2024-04-01T00%3A00%3A00%2B02%3A00&limit=20");
        assertThat(crawler.withFilters("http://x/papers?page=2&limit=20&modified_since=2024-04-01T00%3A00%3A00%2B02%3A00", list))
                .isEqualTo("http://x/papers?page=2&limit=20&modified_since=2024-04-01T00%3A00%3A00%2B02%3A00");
        assertThat(report.warnings(Warning.FILTER_LOST)).isEqualTo(1);
    }

    @Test
    void the_command_line() {
        ImportSettings s = ImportCommand.parse(List.of("http://rim/system", "--body", "http://rim/body/1", "--since", "2024-01-31T00:00:00+01:00",
                "--delay-ms=0", "--concurrency", "4", "--no-files", "--server.port=0"));
        assertThat(s.systemUrl()).isEqualTo("http://rim/system");
        assertThat(s.bodyUrl()).isEqualTo("http://rim/body/1");
        assertThat(s.since()).isEqualTo(OffsetDateTime.parse("2024-01-31T00:00:00+01:00"));
        assertThat(s.delayMillis()).isZero();
        assertThat(s.concurrency()).isEqualTo(4);
        assertThat(s.files()).isFalse();
        assertThat(ImportCommand.parse(List.of("https://rim/system")).delayMillis()).isEqualTo(ImportSettings.DEFAULT_DELAY_MILLIS);
        assertThatThrownBy(() -> ImportCommand.parse(List.of("--body", "x"))).hasMessageContaining("System");
        assertThatThrownBy(() -> ImportCommand.parse(List.of("http://rim/system", "--delay-ms", "-3"))).hasMessageContaining("--delay-ms");
        assertThatThrownBy(() -> ImportCommand.parse(List.of("http://rim/system", "--since", "gestern"))).hasMessageContaining("--since");
    }

    @Test
    void organization_kinds_and_membership_roles() {
        assertThat(CoreMapper.kind("Gremium", "Parlament")).isEqualTo("COUNCIL");
        assertThat(CoreMapper.kind("Fraktion", null)).isEqualTo("FACTION");
        assertThat(CoreMapper.kind("Verwaltungsbereich", "Amt")).isEqualTo("ADMINISTRATIVE_UNIT");
        assertThat(CoreMapper.kind(null, "Bezirksvertretung Nord")).isEqualTo("DISTRICT_COUNCIL");
        assertThat(CoreMapper.kind("Gremium", "Fachausschuss")).isEqualTo("COMMITTEE");
        assertThat(CoreMapper.role("stellv. Vorsitz")).isEqualTo("DEPUTY_CHAIR");
        assertThat(CoreMapper.role("Vorsitzender")).isEqualTo("CHAIR");
        assertThat(CoreMapper.role("Stellvertreterin")).isEqualTo("DEPUTY_MEMBER");
        assertThat(CoreMapper.role(null)).isEqualTo("MEMBER");
        assertThat(PaperMapper.category("Beschlussvorlage")).isEqualTo("DECISION_PROPOSAL");
        assertThat(PaperMapper.category("Antrag zur Tagesordnung")).isEqualTo("AGENDA_PROPOSAL");
        assertThat(PaperMapper.category("Anfrage")).isEqualTo("REQUEST");
    }
}
