package org.openris.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openris.file.FileIntake;
import org.openris.file.FileTypes;
import org.openris.meeting.MeetingChange;
import org.openris.meeting.MeetingCommandResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing the minutes (issue 7). The council office releases a draft for signature: the content
 * (draft + signature block + attachments) is frozen and its SHA-256 fixed. The chair and the
 * co-signing member (TOP 1.1) sign as persons in the member area, the secretary (or a deputy
 * chosen instead) as a staff account in the back office – each in their own session, after
 * confirming with their second factor (checked by the caller). The last signature makes the
 * minutes SIGNED and stores their PDF/A document. A release can be withdrawn while signatures are
 * missing; signatures given so far lapse.
 */
@Service
public class MinutesSigning {

    /** Who signs: chair and co-signer as persons, the secretary as an account; the labels printed under the names. */
    public record Release(Long chairPersonId, String chairLabel, Long coSignerPersonId, String coSignerLabel, Long secretaryUserId,
                         String secretaryLabel) {
    }

    /** Who signs this time: an account of {@code personId} (members) or the account {@code userId} (secretary). */
    public record Signer(long userId, Long personId) {
    }

    private final JdbcClient jdbc;
    private final MinutesRows rows;
    private final MinutesAssembler assembler;
    private final SignerChoices choices;
    private final MinutesPdf pdf;
    private final FileIntake files;
    private final Clock clock;

    MinutesSigning(JdbcClient jdbc, MinutesRows rows, MinutesAssembler assembler, SignerChoices choices, MinutesPdf pdf, FileIntake files,
                   Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.assembler = assembler;
        this.choices = choices;
        this.pdf = pdf;
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    public MeetingCommandResult release(long minutesId, Release r) {
        MinutesRows.Version v = rows.lock(minutesId);
        if (!"DRAFT".equals(v.state())) {
            return MeetingCommandResult.rejected(Map.of("release", "minutes.error.frozen"));
        }
        SignerChoices.Choices offered = choices.of(v.meetingId());
        Map<String, String> errors = new LinkedHashMap<>();
        // older drafts (demo, before the rich-text workflow) hold plain text in content only
        String body = org.openris.shared.RichText.sanitize(v.body() != null ? v.body() : v.content());
        if (!org.openris.shared.RichText.hasText(body)) {
            errors.put("release", "minutes.error.empty");
        }
        Optional<SignerChoices.MemberChoice> chair = offered.members().stream().filter(m -> r.chairPersonId() != null && m.personId() == r.chairPersonId()).findFirst();
        Optional<SignerChoices.MemberChoice> coSigner = offered.members().stream()
                .filter(m -> r.coSignerPersonId() != null && m.personId() == r.coSignerPersonId()).findFirst();
        Optional<SignerChoices.StaffChoice> secretary = offered.secretaries().stream()
                .filter(s -> r.secretaryUserId() != null && s.userId() == r.secretaryUserId()).findFirst();
        check(errors, "chair", chair, r.chairLabel());
        check(errors, "coSigner", coSigner, r.coSignerLabel());
        if (chair.isPresent() && coSigner.isPresent() && chair.get().personId() == coSigner.get().personId()) {
            errors.put("coSigner", "minutes.error.sameSigner");
        }
        if (secretary.isEmpty()) {
            errors.put("secretary", "minutes.error.secretary");
        } else if (label(r.secretaryLabel()) == null) {
            errors.put("secretaryLabel", "minutes.error.label");
        }
        if (!errors.isEmpty()) {
            return MeetingCommandResult.rejected(errors);
        }
        List<MinutesDocument.Signature> block = List.of(
                new MinutesDocument.Signature(chair.get().name(), label(r.chairLabel())),
                new MinutesDocument.Signature(coSigner.get().name(), label(r.coSignerLabel())),
                new MinutesDocument.Signature(secretary.get().name(), label(r.secretaryLabel())));
        List<String> attachments = assembler.assemble(v.meetingId(), v.publicPart()).orElseThrow().attachments();
        String content = body + MinutesHtml.closing(block, attachments);
        String hash = sha256(content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE minutes SET state = 'IN_SIGNATURE', content = ?, content_hash = ?, released_at = ? WHERE id = ?")
                .params(content, hash, now, minutesId).update();
        insertSignature(minutesId, 1, chair.get().personId(), null, "CHAIR", block.get(0));
        insertSignature(minutesId, 2, coSigner.get().personId(), null, "CO_SIGNER", block.get(1));
        insertSignature(minutesId, 3, null, secretary.get().userId(), "SECRETARY", block.get(2));
        return MeetingCommandResult.done(minutesId, List.of(MeetingChange.of("minutes", minutesId, "release",
                        "Niederschrift (Version " + v.version() + ") zur Unterschrift freigegeben: " + block.get(0).name() + ", "
                                + block.get(1).name() + ", " + block.get(2).name())
                .field("state", "DRAFT", "IN_SIGNATURE").field("sha256", null, hash)));
    }

    /** Back to the draft: the frozen content is dropped, signatures given so far lapse. */
    @Transactional
    public MeetingCommandResult withdraw(long minutesId) {
        MinutesRows.Version v = rows.lock(minutesId);
        if (!"IN_SIGNATURE".equals(v.state())) {
            return MeetingCommandResult.rejected(Map.of("release", "minutes.error.notInSignature"));
        }
        int lapsed = jdbc.sql("DELETE FROM minutes_signature WHERE minutes_id = ? AND signed_at IS NOT NULL").param(minutesId).update();
        jdbc.sql("DELETE FROM minutes_signature WHERE minutes_id = ?").param(minutesId).update();
        jdbc.sql("UPDATE minutes SET state = 'DRAFT', content = NULL, content_hash = NULL, released_at = NULL, revision = revision + 1 WHERE id = ?")
                .param(minutesId).update();
        return MeetingCommandResult.done(minutesId, List.of(MeetingChange.of("minutes", minutesId, "withdraw",
                "Freigabe zur Unterschrift zurückgenommen (" + lapsed + " Unterschrift(en) verfallen)").field("state", "IN_SIGNATURE", "DRAFT")));
    }

    /** One signature; the last one completes the minutes (PDF/A stored, meeting: minutes signed). */
    @Transactional
    public MeetingCommandResult sign(long minutesId, Signer signer) {
        MinutesRows.Version v = rows.lock(minutesId);
        if (!"IN_SIGNATURE".equals(v.state())) {
            return MeetingCommandResult.rejected(Map.of("code", "minutes.error.notInSignature"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Integer> position = jdbc.sql("""
                        SELECT position FROM minutes_signature WHERE minutes_id = ? AND signed_at IS NULL AND deleted_at IS NULL
                          AND (person_id = ? OR user_id = ?) ORDER BY position LIMIT 1""")
                .params(minutesId, signer.personId(), signer.userId()).query(Integer.class).optional();
        if (position.isEmpty()) {
            return MeetingCommandResult.rejected(Map.of("code", "minutes.error.notSigner"));
        }
        jdbc.sql("UPDATE minutes_signature SET signed_at = ?, signed_by_user_id = ? WHERE minutes_id = ? AND position = ?")
                .params(now, signer.userId(), minutesId, position.get()).update();
        String name = jdbc.sql("SELECT signer_name FROM minutes_signature WHERE minutes_id = ? AND position = ?")
                .params(minutesId, position.get()).query(String.class).single();
        List<MeetingChange> changes = new ArrayList<>();
        changes.add(MeetingChange.of("minutes", minutesId, "sign", "Niederschrift (Version " + v.version() + ") unterschrieben von " + name)
                .field("signer", null, name));
        boolean complete = jdbc.sql("SELECT count(*) FROM minutes_signature WHERE minutes_id = ? AND signed_at IS NULL AND deleted_at IS NULL")
                .param(minutesId).query(Long.class).single() == 0;
        if (complete) {
            complete(v, now);
            changes.add(MeetingChange.of("minutes", minutesId, "signed", "Niederschrift (Version " + v.version()
                    + ") vollständig unterschrieben; Dokument (PDF/A) erzeugt").field("state", "IN_SIGNATURE", "SIGNED"));
        }
        return MeetingCommandResult.done(minutesId, changes);
    }

    private void complete(MinutesRows.Version v, OffsetDateTime now) {
        MinutesRows.MeetingState meeting = rows.lockMeeting(v.meetingId());
        List<MinutesPdf.SignedBy> signed = jdbc.sql("SELECT signer_name, role_label, signed_at FROM minutes_signature"
                        + " WHERE minutes_id = ? AND deleted_at IS NULL ORDER BY position")
                .param(v.id()).query((rs, n) -> new MinutesPdf.SignedBy(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class))).list();
        String date = jdbc.sql("SELECT to_char(start_planned AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY') FROM meeting WHERE id = ?")
                .param(v.meetingId()).query(String.class).single();
        String title = "Niederschrift (" + (v.publicPart() ? "öffentlich" : "nichtöffentlich") + ") " + meeting.name() + " am " + date
                + (v.version() > 1 ? " – Version " + v.version() : "");
        byte[] document = pdf.render(v.content(), new MinutesPdf.Facts(title, v.version(), v.correctionReason(), v.contentHash(), signed));
        long fileId = files.store(meeting.bodyId(), title, FileTypes.PDF, document, false);
        jdbc.sql("UPDATE minutes SET state = 'SIGNED', signed_at = ?, file_id = ? WHERE id = ?").params(now, fileId, v.id()).update();
        if (v.publicPart() && ("INVITED".equals(meeting.state()) || "HELD".equals(meeting.state()))) {
            jdbc.sql("UPDATE meeting SET state = 'MINUTES_SIGNED' WHERE id = ?").param(v.meetingId()).update();
        }
    }

    private void insertSignature(long minutesId, int position, Long personId, Long userId, String role, MinutesDocument.Signature s) {
        jdbc.sql("""
                        INSERT INTO minutes_signature (minutes_id, position, person_id, user_id, signer_role, role_label, signer_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(minutesId, position, personId, userId, role, s.roleLabel(), s.name()).update();
    }

    private static void check(Map<String, String> errors, String field, Optional<SignerChoices.MemberChoice> choice, String label) {
        if (choice.isEmpty()) {
            errors.put(field, "minutes.error." + field);
        } else if (!choice.get().hasAccount()) {
            errors.put(field, "minutes.error.noAccount");
        } else if (label(label) == null) {
            errors.put(field + "Label", "minutes.error.label");
        }
    }

    private static String label(String label) {
        return label == null || label.isBlank() || label.strip().length() > 80 ? null : label.strip();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
