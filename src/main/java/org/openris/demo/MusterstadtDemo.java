package org.openris.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.openris.file.FileStore;
import org.openris.minutes.MinutesAssembler;
import org.openris.minutes.MinutesDocument;
import org.openris.minutes.MinutesHtml;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo city "Musterstadt", deterministic from a seed and a reference date. Rows are
 * bulk-loaded with COPY in one transaction (all or nothing); afterwards the minutes are assembled
 * from the loaded record with the product's own {@link MinutesAssembler} and signed, approved and
 * published as the calendar says.
 */
@Service
public class MusterstadtDemo {

    private static final String[][] TABLES = {
            {"location", "id", "description", "room", "street_address", "postal_code", "sub_locality", "locality", "created", "modified"},
            {"body", "id", "name", "short_name", "website", "ags", "rgs", "classification", "contact_email", "contact_name", "license",
                    "license_valid_since", "oparl_since", "location_id", "paper_numbering", "created", "modified"},
            {"legislative_term", "id", "body_id", "name", "start_date", "end_date", "created", "modified"},
            {"allowance_rule", "body_id", "valid_from", "per_meeting_cents", "chair_surcharge_cents", "max_per_day_cents", "created", "modified"},
            {"person", "id", "body_id", "family_name", "given_name", "title", "form_of_address", "affix", "gender", "status", "life",
                    "life_source", "email", "phone", "contact_public", "location_id", "anonymised_at", "created", "modified"},
            {"stream_consent", "id", "person_id", "legislative_term_id", "consented", "declared_at", "revoked_at", "created", "modified"},
            {"organization", "id", "body_id", "name", "short_name", "kind", "classification", "unit_code", "sub_organization_of",
                    "start_date", "end_date", "website", "location_id", "public", "created", "modified"},
            {"membership", "id", "person_id", "organization_id", "role", "mandate", "seat_category", "voting_right", "on_behalf_of_id",
                    "substitute_for_id", "role_label", "start_date", "end_date", "created", "modified"},
            {"stored_file", "id", "body_id", "name", "file_name", "mime_type", "size", "sha256", "sha512", "storage_key", "date",
                    "license", "public", "created", "modified"},
            {"paper_type", "id", "body_id", "name", "category", "public_by_default", "created", "modified"},
            {"paper", "id", "body_id", "paper_type_id", "state", "reference", "serial", "reference_year", "supplement_number", "name",
                    "text", "date", "superordinated_paper_id", "under_direction_of_id", "public", "released_at", "created", "modified"},
            {"paper_originator", "paper_id", "position", "organization_id", "person_id", "created", "modified"},
            {"paper_related", "paper_id", "related_paper_id", "created", "modified"},
            {"paper_file", "paper_id", "file_id", "role", "position", "created", "modified"},
            {"meeting", "id", "body_id", "organization_id", "legislative_term_id", "number_in_term", "name", "state", "cancelled",
                    "moved_to_meeting_id", "released", "public", "start_planned", "end_planned", "start_actual", "end_actual",
                    "location_id", "stream_url", "recording_url", "created", "modified"},
            {"meeting_file", "meeting_id", "file_id", "role", "label", "position", "created", "modified"},
            {"agenda_item", "id", "meeting_id", "parent_id", "number", "position", "treatment_position", "name", "heading",
                    "empty_marker", "public", "treatment", "treatment_label", "status", "urgent", "moved_before_item_id",
                    "moved_after_item_id", "result", "resolution_text", "minutes_text", "minutes_heading", "start_time", "end_time",
                    "created", "modified"},
            {"attendance", "id", "meeting_id", "person_id", "membership_id", "category", "status", "faction_id",
                    "substitute_for_person_id", "arrived_at", "left_at", "role_in_meeting", "salutation", "unit_code", "function_label",
                    "affiliation", "guest_name", "position", "created", "modified"},
            {"consultation", "id", "paper_id", "organization_id", "meeting_id", "agenda_item_id", "position", "role", "authoritative",
                    "outcome", "created", "modified"},
            {"decision", "id", "agenda_item_id", "consultation_id", "position", "subject", "outcome", "recommended_to_organization_id",
                    "resolution_text", "vote_kind", "majority", "yes_count", "no_count", "abstain_count", "members_present", "public",
                    "created", "modified"},
            {"decision_faction_position", "decision_id", "faction_id", "position"},
            {"recusal", "id", "agenda_item_id", "person_id", "declared_at_item_id", "left_room", "note", "created", "modified"},
            {"follow_up", "id", "agenda_item_id", "decision_id", "paper_id", "description", "due_date", "due_meeting_id",
                    "responsible_organization_id", "status", "closing_paper_id", "closed_at", "created", "modified"},
            {"minutes", "id", "meeting_id", "public_part", "version", "state", "created", "modified"},
            {"minutes_signature", "minutes_id", "position", "person_id", "signer_role", "role_label", "signed_at"}};

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final FileStore fileStore;
    private final MinutesAssembler minutesAssembler;

    MusterstadtDemo(DataSource dataSource, TransactionTemplate transactions, FileStore fileStore, MinutesAssembler minutesAssembler) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.fileStore = fileStore;
        this.minutesAssembler = minutesAssembler;
    }

    /** Generates the city in one transaction and reports counts and rates on {@code out}. */
    public DemoReport generate(DemoOptions options, PrintStream out) {
        long started = System.nanoTime();
        return transactions.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                BulkLoader loader = new BulkLoader(connection);
                for (String[] table : TABLES) {
                    loader.table(table[0], java.util.Arrays.copyOfRange(table, 1, table.length));
                }
                Ids ids = new Ids(connection);
                DemoFiles files = new DemoFiles(fileStore, options.scale().pdfPool());
                DemoContext ctx = new DemoContext(options, ids, loader, files);
                LocalDate to = options.referenceDate().plusMonths(6);
                LocalDate from = to.minusYears(options.scale().years());
                out.printf("Erzeuge Demo-Stadt Musterstadt: Größe %s, Seed %d, Stichtag %s, Zeitraum %s bis %s%n",
                        options.scale().name(), options.seed(), options.referenceDate(), from, to);
                CityBuilder city = new CityBuilder(ctx);
                city.build(from, to);
                PaperWriter papers = new PaperWriter(ctx);
                SessionBuilder sessions = new SessionBuilder(ctx, city, papers);
                sessions.calendar(from, to);
                sessions.run(new ProgressBar(out, "Sitzungen      ", sessions.meetings().size(), "Zeilen"));
                for (int i = 0; i < 6; i++) {
                    papers.draft(city.paperType("DECISION_PROPOSAL"), "Entwurf einer Beschlussvorlage " + (i + 1),
                            options.referenceDate().minusDays(i), city.units.get(5 + i % (city.units.size() - 5)));
                }
                loader.flushAll();
                finishMinutes(ctx, connection, sessions.minutesPlans, out);
                loader.flushAll();
                ids.advanceSequences();
                double seconds = (System.nanoTime() - started) / 1e9;
                DemoReport report = new DemoReport(options.scale(), options.seed(), counts(connection), loader.rows(),
                        files.rendered(), seconds);
                out.printf("Fertig: %,d Zeilen in %.1f s (%,.0f Zeilen/s), %,d PDF-Dokumente erzeugt%n", report.rows(),
                        seconds, report.rowsPerSecond(), report.pdfsRendered());
                report.counts().forEach((table, n) -> out.printf("  %-20s %,12d%n", table, n));
                return report;
            } catch (SQLException e) {
                throw new IllegalStateException("Demo-Daten konnten nicht erzeugt werden: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Assembles each held meeting's minutes from the loaded record, stores content and hash, and
     * signs, approves and publishes them as the generated calendar says. Non-public minutes are
     * never published; their document is a non-public file.
     */
    private void finishMinutes(DemoContext ctx, Connection connection, List<SessionBuilder.MinutesPlan> plans, PrintStream out)
            throws SQLException {
        ProgressBar progress = new ProgressBar(out, "Niederschriften", plans.size(), "Niederschriften");
        String update = "UPDATE minutes SET content = ?, content_hash = ?, state = ?, signed_at = ?, approved_at = ?,"
                + " approved_in_meeting_id = ?, published_at = ?, file_id = ?, modified = ? WHERE id = ?";
        String meetingUpdate = "UPDATE meeting SET state = ?, modified = greatest(modified, ?) WHERE id = ? AND state <> 'MINUTES_APPROVED'";
        try (PreparedStatement minutes = connection.prepareStatement(update);
             PreparedStatement meeting = connection.prepareStatement(meetingUpdate)) {
            int done = 0;
            for (SessionBuilder.MinutesPlan plan : plans) {
                MinutesDocument document = minutesAssembler.assemble(plan.meetingId(), plan.publicPart()).orElseThrow();
                String text = MinutesHtml.body(document) + MinutesHtml.closing(document.signatures(), document.attachments());
                if (!plan.publicPart()) {
                    text = ctx.hidden(text, "minutes", plan.minutesId());
                }
                OffsetDateTime signed = plan.signedAt();
                OffsetDateTime approved = plan.approvedAt()[0];
                String state = signed == null ? "DRAFT" : approved == null ? "SIGNED" : plan.publicPart() ? "PUBLISHED" : "APPROVED";
                OffsetDateTime published = "PUBLISHED".equals(state) ? approved.plusDays(1) : null;
                Long fileId = null;
                if (approved != null) {
                    String name = "Niederschrift (" + (plan.publicPart() ? "öffentlich" : "nichtöffentlich") + ") " + document.meetingName()
                            + " am " + org.openris.shared.GermanFormats.date(document.date());
                    fileId = ctx.files.pdf(ctx, name, approved.toLocalDate(), plan.publicPart(), new DemoPdf.Document(
                            plan.publicPart() ? "Niederschrift (öffentlich)" : ctx.hidden("Niederschrift (nichtöffentlich)", "minutes", plan.minutesId()),
                            "über die " + document.meetingName(), "Stadt Musterstadt", List.of(MinutesHtml.plainText(text).split("\n\n")), "Niederschrift"));
                    ctx.loader.flushAll();
                    if (plan.publicPart()) {
                        linkMinutesFile(connection, plan.meetingId(), fileId, published);
                    }
                }
                minutes.setString(1, text);
                minutes.setString(2, sha256(text));
                minutes.setString(3, state);
                minutes.setObject(4, signed);
                minutes.setObject(5, approved);
                minutes.setObject(6, approved == null ? null : plan.approvedInMeetingId()[0]);
                minutes.setObject(7, published);
                minutes.setObject(8, fileId);
                minutes.setObject(9, published != null ? published : approved != null ? approved : signed != null ? signed
                        : ctx.stamp(ctx.today()));
                minutes.setLong(10, plan.minutesId());
                minutes.addBatch();
                if (signed != null && plan.publicPart()) {
                    meeting.setString(1, approved == null ? "MINUTES_SIGNED" : "MINUTES_APPROVED");
                    meeting.setObject(2, approved == null ? signed : approved);
                    meeting.setLong(3, plan.meetingId());
                    meeting.addBatch();
                }
                if (++done % 500 == 0) {
                    minutes.executeBatch();
                    meeting.executeBatch();
                }
                progress.update(done, done);
            }
            minutes.executeBatch();
            meeting.executeBatch();
        }
    }

    private static void linkMinutesFile(Connection connection, long meetingId, long fileId, OffsetDateTime at) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO meeting_file (meeting_id, file_id, role, label, position, created, modified) VALUES (?, ?, 'RESULTS_PROTOCOL', NULL, 1, ?, ?)")) {
            st.setLong(1, meetingId);
            st.setLong(2, fileId);
            st.setObject(3, at);
            st.setObject(4, at);
            st.executeUpdate();
        }
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("organization", "person", "membership", "meeting", "agenda_item", "paper", "consultation",
                "stored_file", "attendance", "decision", "follow_up", "minutes")) {
            try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
