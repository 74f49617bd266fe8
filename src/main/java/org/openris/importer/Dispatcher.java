package org.openris.importer;

import tools.jackson.databind.JsonNode;

/** Routes one source object by its type (or the type its place implies) to the mapper; applies tombstones. */
final class Dispatcher implements RunContext.Dispatcher {

    private final RunContext ctx;
    private final CoreMapper core;
    private final FileMapper files;
    private final MeetingMapper meetings;
    private final PaperMapper papers;

    Dispatcher(RunContext ctx) {
        this.ctx = ctx;
        this.core = new CoreMapper(ctx);
        this.files = new FileMapper(ctx);
        this.meetings = new MeetingMapper(ctx, files);
        this.papers = new PaperMapper(ctx, files);
        ctx.dispatcher(this);
    }

    @Override
    public Long importObject(JsonNode node, String expectedType, String origin) {
        Values v = new Values(node, ctx.report);
        if (!node.isObject() || !node.path("id").isString() || node.path("id").asString().isBlank()) {
            ctx.report.unmapped(expectedType, String.valueOf(node).substring(0, Math.min(120, String.valueOf(node).length())), "Objekt ohne id");
            return null;
        }
        String type = v.typeName();
        if (type == null) {
            ctx.warn(v.deleted() ? Warning.TOMBSTONE_WITHOUT_TYPE : Warning.MISSING_TYPE, v, "als " + expectedType + " gelesen");
            type = expectedType;
        }
        if (v.deleted()) {
            boolean deleted = ctx.store.softDelete(v.url(), v.dateTime("modified"));
            ctx.report.count(type, deleted ? "deleted" : "skipped");
            return null;
        }
        return switch (type) {
            case "Body" -> core.body(v);
            case "LegislativeTerm" -> core.term(v, origin);
            case "Location" -> core.location(v, origin);
            case "Organization" -> core.organization(v);
            case "Person" -> core.person(v);
            case "Membership" -> core.membership(v, null, origin);
            case "Meeting" -> meetings.meeting(v);
            case "AgendaItem" -> meetings.agendaItem(v, null, null, origin, null);
            case "Paper" -> papers.paper(v);
            case "Consultation" -> papers.consultation(v, null, null, origin);
            case "File" -> files.file(v, origin);
            default -> {
                ctx.report.unmapped(type, v.url(), "unbekannter Typ");
                yield null;
            }
        };
    }
}
