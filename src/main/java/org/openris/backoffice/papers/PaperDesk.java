package org.openris.backoffice.papers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.identity.StaffRoles;
import org.openris.paper.ConsultationPlanning;
import org.openris.paper.PaperManagement;
import org.openris.paper.PaperOutcome;
import org.openris.paper.PaperRelease;
import org.openris.paper.PaperWorkQueries;
import org.openris.paper.PaperWorkQueries.WorkPaper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paper use cases of the back office: each runs in one transaction together with its change-log
 * entry, after checking what the staff user may do (the paper must be visible to them through the
 * gate; originators must include one of their own units or factions unless they administer).
 */
@Service
class PaperDesk {

    static final String OBJECT = "paper";
    /** Paper categories a faction office submits. */
    static final Set<String> FACTION_CATEGORIES = Set.of("MOTION", "REQUEST", "AGENDA_PROPOSAL", "SUPPLEMENT");

    private final PaperManagement management;
    private final PaperRelease release;
    private final ConsultationPlanning planning;
    private final PaperWorkQueries queries;
    private final ChangeLog changes;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaperDesk(PaperManagement management, PaperRelease release, ConsultationPlanning planning, PaperWorkQueries queries,
              ChangeLog changes, TransactionTemplate tx, Clock clock) {
        this.management = management;
        this.release = release;
        this.planning = planning;
        this.queries = queries;
        this.changes = changes;
        this.tx = tx;
        this.clock = clock;
    }

    static boolean mayDraft(StaffRoles.Assignments roles) {
        return roles.administrator() || !roles.authorOf().isEmpty() || !roles.factionOfficeOf().isEmpty();
    }

    /** The organizations the user works for (units, factions, clerk assignments). */
    static Set<Long> ownOrganizations(StaffRoles.Assignments roles) {
        Set<Long> own = new LinkedHashSet<>(roles.authorOf());
        own.addAll(roles.factionOfficeOf());
        own.addAll(roles.clerkOf());
        return own;
    }

    /** The body the user's new drafts belong to: that of their first unit or faction (administrators: the first body). */
    Optional<Long> bodyFor(StaffRoles.Assignments roles) {
        List<Long> own = new ArrayList<>(roles.authorOf());
        own.addAll(roles.factionOfficeOf());
        own.addAll(roles.clerkOf());
        for (Long organization : own.stream().sorted().toList()) {
            Optional<Long> body = queries.bodyOfOrganization(organization);
            if (body.isPresent()) {
                return body;
            }
        }
        return queries.firstBody();
    }

    Optional<WorkPaper> visible(StaffUser staff, long id) {
        return queries.paper(staff.viewer(), id);
    }

    PaperOutcome create(StaffUser staff, PaperManagement.Draft draft, Long superordinated, Long related, String summary) {
        PaperOutcome allowed = permitted(staff, draft);
        if (!allowed.ok()) {
            return allowed;
        }
        return inTransaction(() -> {
            PaperOutcome outcome = management.createDraft(draft, superordinated, related);
            if (outcome.ok()) {
                changes.record(staff, OBJECT, outcome.id(), "CREATED", summary + ": " + draft.name().strip(), Map.of(),
                        management.snapshot(outcome.id()));
            }
            return outcome;
        });
    }

    PaperOutcome update(StaffUser staff, long id, PaperManagement.Draft draft) {
        PaperOutcome allowed = permitted(staff, draft);
        if (!allowed.ok()) {
            return allowed;
        }
        return inTransaction(() -> {
            Map<String, Object> before = management.snapshot(id);
            PaperOutcome outcome = management.updateDraft(id, draft);
            if (outcome.ok()) {
                changes.record(staff, OBJECT, id, "UPDATED", "Entwurf geändert: " + draft.name().strip(), before, management.snapshot(id));
            }
            return outcome;
        });
    }

    PaperOutcome attach(StaffUser staff, long id, String fileName, byte[] content, long maxBytes, boolean nonPublic) {
        return inTransaction(() -> {
            PaperOutcome outcome = management.attach(id, fileName, content, maxBytes, nonPublic);
            if (outcome.ok()) {
                changes.record(staff, OBJECT, id, "ATTACHED", "Anlage hochgeladen: " + fileName, Map.of(),
                        Map.of("file", outcome.id(), "fileName", String.valueOf(fileName), "public", !nonPublic));
            }
            return outcome;
        });
    }

    PaperOutcome detach(StaffUser staff, long id, long fileId) {
        return inTransaction(() -> {
            PaperOutcome outcome = management.detach(id, fileId);
            if (outcome.ok()) {
                changes.record(staff, OBJECT, id, "DETACHED", "Anlage entfernt (Datei " + fileId + ")", Map.of("file", fileId), Map.of());
            }
            return outcome;
        });
    }

    PaperOutcome chooseMain(StaffUser staff, long id, long fileId) {
        return inTransaction(() -> {
            PaperOutcome outcome = management.chooseMain(id, fileId);
            if (outcome.ok()) {
                changes.record(staff, OBJECT, id, "MAIN_DOCUMENT", "Hauptdokument festgelegt (Datei " + fileId + ")", Map.of(),
                        Map.of("mainFile", fileId));
            }
            return outcome;
        });
    }

    /** Administrators and the paper's originators (their unit's authors, their faction's office) may withdraw it. */
    boolean mayWithdraw(StaffUser staff, WorkPaper paper) {
        if (staff.roles().administrator()) {
            return true;
        }
        Set<Long> own = new java.util.HashSet<>(staff.roles().authorOf());
        own.addAll(staff.roles().factionOfficeOf());
        return queries.originatorRefs(staff.viewer(), paper.id()).stream()
                .anyMatch(o -> o.organizationId() != null && own.contains(o.organizationId()));
    }

    PaperOutcome withdraw(StaffUser staff, WorkPaper paper) {
        if (!mayWithdraw(staff, paper)) {
            return PaperOutcome.rejected("withdraw", "papers.error.withdrawNotAllowed");
        }
        return inTransaction(() -> {
            Map<String, Object> before = management.snapshot(paper.id());
            PaperOutcome outcome = management.withdraw(paper.id());
            if (outcome.ok()) {
                changes.record(staff, OBJECT, paper.id(), "WITHDRAWN", "Vorlage " + paper.reference() + " zurückgezogen", before,
                        management.snapshot(paper.id()));
            }
            return outcome;
        });
    }

    List<String> upcomingAgendas(long paperId) {
        return management.upcomingAgendas(paperId);
    }

    PaperOutcome release(StaffUser staff, long id) {
        return inTransaction(() -> {
            Map<String, Object> before = management.snapshot(id);
            PaperOutcome outcome = release.release(id, LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
            if (outcome.ok()) {
                changes.record(staff, OBJECT, id, "RELEASED", "Freigegeben als " + outcome.reference(), before, management.snapshot(id));
            }
            return outcome;
        });
    }

    PaperOutcome addStep(StaffUser staff, long id, Long organizationId, String role, boolean authoritative) {
        return pathChange(staff, id, "CONSULTATION_ADDED", "Beratungsfolge ergänzt",
                () -> planning.add(id, organizationId, role, authoritative));
    }

    PaperOutcome changeStep(StaffUser staff, long id, long consultationId, String action) {
        return switch (action == null ? "" : action) {
            case "hoch" -> pathChange(staff, id, "CONSULTATION_MOVED", "Beratungsfolge umgestellt", () -> planning.move(id, consultationId, true));
            case "runter" -> pathChange(staff, id, "CONSULTATION_MOVED", "Beratungsfolge umgestellt", () -> planning.move(id, consultationId, false));
            case "entfernen" -> pathChange(staff, id, "CONSULTATION_REMOVED", "Beratung aus der Beratungsfolge entfernt",
                    () -> planning.remove(id, consultationId));
            default -> PaperOutcome.rejected("path", "papers.error.consultationMove");
        };
    }

    private PaperOutcome pathChange(StaffUser staff, long id, String action, String summary, Supplier<PaperOutcome> change) {
        return inTransaction(() -> {
            String before = planning.describe(id);
            PaperOutcome outcome = change.get();
            if (outcome.ok()) {
                changes.record(staff, OBJECT, id, action, summary, Map.of("path", before), Map.of("path", planning.describe(id)));
            }
            return outcome;
        });
    }

    /** Faction offices submit only motions, requests and agenda proposals; non-administrators originate for their own organizations. */
    private PaperOutcome permitted(StaffUser staff, PaperManagement.Draft draft) {
        StaffRoles.Assignments roles = staff.roles();
        if (!mayDraft(roles)) {
            return PaperOutcome.rejected("form", "papers.error.notAllowed");
        }
        if (roles.administrator()) {
            return PaperOutcome.ok(0);
        }
        boolean ownUnit = draft.originatorUnitId() != null && roles.authorOf().contains(draft.originatorUnitId());
        boolean ownFaction = draft.originatorFactionIds().stream().anyMatch(roles.factionOfficeOf()::contains);
        if (!ownUnit && !ownFaction) {
            return PaperOutcome.rejected("originators", "papers.error.notYourOrganization");
        }
        if (!ownUnit && draft.paperTypeId() != null) {
            String category = queries.paperTypeCategory(draft.paperTypeId()).orElse("");
            if (!FACTION_CATEGORIES.contains(category)) {
                return PaperOutcome.rejected("paperTypeId", "papers.error.typeNotForFaction");
            }
        }
        return PaperOutcome.ok(0);
    }

    /**
     * A subordinated draft to a released main paper: a supplement ({@code statement} false) or the
     * administration's statement answering a request (linked to it as related paper too). Numbered
     * {@code …-E<n>} at its release.
     */
    PaperOutcome subordinate(StaffUser staff, WorkPaper origin, boolean statement) {
        if (!"RELEASED".equals(origin.state()) || origin.superordinatedPaperId() != null) {
            return PaperOutcome.rejected("form", "papers.error.originNotReleased");
        }
        StaffRoles.Assignments roles = staff.roles();
        List<PaperWorkQueries.PaperTypeChoice> types = queries.paperTypes(origin.bodyId());
        List<PaperWorkQueries.OriginatorRef> refs = queries.originatorRefs(staff.viewer(), origin.id());
        Map<Long, String> kinds = new java.util.HashMap<>();
        queries.organizationsOfBody(staff.viewer(), origin.bodyId()).forEach(c -> kinds.put(c.id(), c.kind()));
        Long unit = null;
        List<Long> factions = new ArrayList<>();
        Long type;
        String name;
        if (statement) {
            if (!"REQUEST".equals(origin.category())) {
                return PaperOutcome.rejected("form", "papers.error.notARequest");
            }
            if (!roles.administrator() && roles.authorOf().isEmpty()) {
                return PaperOutcome.rejected("form", "papers.error.notAllowed");
            }
            type = types.stream().filter(t -> "STATEMENT".equals(t.category())).map(PaperWorkQueries.PaperTypeChoice::id).findFirst().orElse(null);
            if (origin.underDirectionOfId() != null && (roles.administrator() || roles.authorOf().contains(origin.underDirectionOfId()))) {
                unit = origin.underDirectionOfId();
            } else {
                unit = roles.authorOf().stream().sorted().findFirst().orElse(origin.underDirectionOfId());
            }
            name = "Stellungnahme der Verwaltung zu " + origin.reference() + ": " + origin.name();
        } else {
            type = types.stream().filter(t -> "SUPPLEMENT".equals(t.category())).map(PaperWorkQueries.PaperTypeChoice::id).findFirst()
                    .orElse(origin.paperTypeId());
            for (PaperWorkQueries.OriginatorRef ref : refs) {
                if (ref.organizationId() == null) {
                    continue;
                }
                String kind = kinds.getOrDefault(ref.organizationId(), "");
                if ("ADMINISTRATIVE_UNIT".equals(kind) && unit == null && (roles.administrator() || roles.authorOf().contains(ref.organizationId()))) {
                    unit = ref.organizationId();
                } else if (("FACTION".equals(kind) || "GROUP".equals(kind))
                        && (roles.administrator() || roles.factionOfficeOf().contains(ref.organizationId()))) {
                    factions.add(ref.organizationId());
                }
            }
            if (unit == null && factions.isEmpty()) {
                unit = roles.authorOf().stream().sorted().findFirst().orElse(null);
            }
            if (unit == null && factions.isEmpty()) {
                roles.factionOfficeOf().stream().sorted().findFirst().ifPresent(factions::add);
            }
            name = "Ergänzung zu " + origin.reference() + ": " + origin.name();
        }
        if (type == null) {
            return PaperOutcome.rejected("form", "papers.error.noStatementType");
        }
        if (name.length() > 900) {
            name = name.substring(0, 900);
        }
        PaperManagement.Draft draft = new PaperManagement.Draft(type, name, "", unit, factions, null,
                statement ? unit : origin.underDirectionOfId());
        return create(staff, draft, origin.id(), statement ? origin.id() : null,
                statement ? "Stellungnahme zu " + origin.reference() + " angelegt" : "Ergänzung zu " + origin.reference() + " angelegt");
    }

    private PaperOutcome inTransaction(Supplier<PaperOutcome> work) {
        return tx.execute(status -> {
            PaperOutcome outcome = work.get();
            if (!outcome.ok()) {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }
}
