package org.openris.memberarea;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openris.file.FileQueries;
import org.openris.identity.SignedInUser;
import org.openris.organization.OrganizationQueries;
import org.openris.paper.PaperQueries;
import org.openris.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing annotations: checks the input (German messages), that the target is visible to the author,
 * that a highlighted passage occurs in the target's text and that a faction to share with is one the
 * author currently belongs to. Only the author changes or deletes (softly) an annotation.
 */
@Service
class Annotations {

    static final int NOTE_MAX = 4000;
    static final int QUOTE_MAX = 1000;

    /** The result of a write. */
    sealed interface Outcome permits Saved, Rejected, NotFound {
    }

    record Saved(AnnotationTarget target) implements Outcome {
    }

    /** {@code problems}: message keys with their arguments, in form order. */
    record Rejected(AnnotationTarget target, List<Problem> problems) implements Outcome {
    }

    /** The target or annotation does not exist or is not the author's to see or change: answered like a missing page. */
    record NotFound() implements Outcome {
    }

    record Problem(String key, Object... args) {
    }

    private final JdbcClient jdbc;
    private final AnnotationQueries annotations;
    private final PaperQueries papers;
    private final FileQueries files;
    private final OrganizationQueries organizations;

    Annotations(JdbcClient jdbc, AnnotationQueries annotations, PaperQueries papers, FileQueries files,
                OrganizationQueries organizations) {
        this.jdbc = jdbc;
        this.annotations = annotations;
        this.papers = papers;
        this.files = files;
        this.organizations = organizations;
    }

    @Transactional
    Outcome create(SignedInUser author, AnnotationTarget target, AnnotationDraft draft) {
        Optional<List<String>> text = textOf(author.viewer(), target);
        if (text.isEmpty()) {
            return new NotFound();
        }
        List<Problem> problems = check(author, draft, draft.kind(), text.get());
        if (!problems.isEmpty()) {
            return new Rejected(target, problems);
        }
        jdbc.sql("INSERT INTO member_annotation (author_person_id, author_user_id, " + target.column()
                        + ", kind, quote, note, shared_with_faction_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(author.personId(), author.userId(), target.id(), draft.kind(), quoteOf(draft, draft.kind()), noteOf(draft),
                        factionOf(draft)).update();
        return new Saved(target);
    }

    /** Changes the note, the quoted passage of a highlight and the sharing; the kind stays. */
    @Transactional
    Outcome update(SignedInUser author, long id, AnnotationDraft draft) {
        Optional<Annotation> existing = annotations.own(author, id);
        if (existing.isEmpty()) {
            return new NotFound();
        }
        Optional<List<String>> text = textOf(author.viewer(), existing.get().target());
        if (text.isEmpty()) {
            return new NotFound();
        }
        String kind = existing.get().kind();
        List<Problem> problems = check(author, draft, kind, text.get());
        if (!problems.isEmpty()) {
            return new Rejected(existing.get().target(), problems);
        }
        jdbc.sql("UPDATE member_annotation SET quote = ?, note = ?, shared_with_faction_id = ? WHERE id = ? AND author_person_id = ?"
                        + " AND deleted_at IS NULL")
                .params(quoteOf(draft, kind), noteOf(draft), factionOf(draft), id, author.personId()).update();
        return new Saved(existing.get().target());
    }

    @Transactional
    Outcome delete(SignedInUser author, long id) {
        Optional<Annotation> existing = annotations.own(author, id);
        if (existing.isEmpty()) {
            return new NotFound();
        }
        jdbc.sql("UPDATE member_annotation SET deleted_at = now() WHERE id = ? AND author_person_id = ? AND deleted_at IS NULL")
                .params(id, author.personId()).update();
        return new Saved(existing.get().target());
    }

    private List<Problem> check(SignedInUser author, AnnotationDraft draft, String kind, List<String> text) {
        List<Problem> problems = new ArrayList<>();
        if (author.personId() == null) {
            problems.add(new Problem("annotation.error.noPerson"));
            return problems;
        }
        String note = PlainText.cleanInput(draft.note());
        String quote = PlainText.collapse(PlainText.cleanInput(draft.quote()));
        if ("HIGHLIGHT".equals(kind)) {
            if (quote.isEmpty()) {
                problems.add(new Problem("annotation.error.quoteEmpty"));
            } else if (quote.codePointCount(0, quote.length()) > QUOTE_MAX) {
                problems.add(new Problem("annotation.error.quoteTooLong", QUOTE_MAX, quote.codePointCount(0, quote.length())));
            } else if (text.isEmpty()) {
                problems.add(new Problem("annotation.error.noText"));
            } else if (!PlainText.contains(text, quote)) {
                problems.add(new Problem("annotation.error.quoteNotInText"));
            }
        } else if (!"NOTE".equals(kind)) {
            problems.add(new Problem("annotation.error.kind"));
        } else if (note.isEmpty()) {
            problems.add(new Problem("annotation.error.noteEmpty"));
        }
        if (note.codePointCount(0, note.length()) > NOTE_MAX) {
            problems.add(new Problem("annotation.error.noteTooLong", NOTE_MAX, note.codePointCount(0, note.length())));
        }
        String faction = draft.faction() == null ? "" : draft.faction().strip();
        if (!faction.isEmpty() && organizations.currentMembershipsOf(author.viewer(), author.personId()).stream()
                .noneMatch(m -> m.faction() && String.valueOf(m.organizationId()).equals(faction))) {
            problems.add(new Problem("annotation.error.faction"));
        }
        return problems;
    }

    /** The target's text as paragraphs (empty when it has none), or nothing when the author does not see the target. */
    private Optional<List<String>> textOf(Viewer viewer, AnnotationTarget target) {
        if (target.kind() == AnnotationTarget.Kind.PAPER) {
            return papers.findById(viewer, target.id()).map(p -> PlainText.paragraphsOfHtml(p.text()));
        }
        if (files.findById(viewer, target.id()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PlainText.paragraphsOfText(files.text(viewer, target.id()).orElse(null)));
    }

    private static String quoteOf(AnnotationDraft draft, String kind) {
        return "HIGHLIGHT".equals(kind) ? PlainText.collapse(PlainText.cleanInput(draft.quote())) : null;
    }

    private static String noteOf(AnnotationDraft draft) {
        String note = PlainText.cleanInput(draft.note());
        return note.isEmpty() ? null : note;
    }

    private static Long factionOf(AnnotationDraft draft) {
        String faction = draft.faction() == null ? "" : draft.faction().strip();
        return faction.isEmpty() ? null : Long.valueOf(faction);
    }
}
