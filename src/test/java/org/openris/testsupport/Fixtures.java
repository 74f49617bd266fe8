package org.openris.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Fixture builders for every module's tables, usable from any module's tests. Each builder has
 * defaults for what a test does not care about and named states ({@code .held()}, {@code .nonPublic()}).
 */
public final class Fixtures {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static OffsetDateTime berlin(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(BERLIN).toOffsetDateTime();
    }

    long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        var spec = jdbc.sql(sql);
        for (Object arg : args) {
            spec = spec.param(arg);
        }
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    public void execute(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (Object arg : args) {
            spec = spec.param(arg);
        }
        spec.update();
    }

    public long body(String name) {
        return insert("INSERT INTO body (name, short_name, ags) VALUES (?, ?, '05999000')", name, name.replace("Stadt ", ""));
    }

    public long term(long body, String name, LocalDate start, LocalDate end) {
        return insert("INSERT INTO legislative_term (body_id, name, start_date, end_date) VALUES (?, ?, ?, ?)", body, name, start, end);
    }

    public long location(String description, String room, String street) {
        return insert("INSERT INTO location (description, room, street_address, locality) VALUES (?, ?, ?, 'Musterstadt')",
                description, room, street);
    }

    public OrganizationBuilder organization(long body, String name, String kind) {
        return new OrganizationBuilder(body, name, kind);
    }

    public PersonBuilder person(long body, String familyName) {
        return new PersonBuilder(body, familyName);
    }

    public MembershipBuilder membership(long person, long organization, LocalDate start) {
        return new MembershipBuilder(person, organization, start);
    }

    public MeetingBuilder meeting(long body, long organization, long term, OffsetDateTime start) {
        return new MeetingBuilder(body, organization, term, start);
    }

    public AgendaItemBuilder agendaItem(long meeting, String number, String name) {
        return new AgendaItemBuilder(meeting, number, name);
    }

    public long paperType(long body, String name, String category, boolean publicByDefault) {
        return insert("INSERT INTO paper_type (body_id, name, category, public_by_default) VALUES (?, ?, ?, ?)",
                body, name, category, publicByDefault);
    }

    public PaperBuilder paper(long body, long paperType, String name) {
        return new PaperBuilder(body, paperType, name);
    }

    /** Urheber: an organization (department, faction) among the paper's originators. */
    public void originator(long paper, int position, long organization) {
        execute("INSERT INTO paper_originator (paper_id, position, organization_id) VALUES (?, ?, ?)", paper, position, organization);
    }

    /** A further organization of a joint meeting (the lead is the meeting's own organization). */
    public void jointOrganization(long meeting, long organization, int position) {
        execute("INSERT INTO meeting_organization (meeting_id, organization_id, position) VALUES (?, ?, ?)", meeting, organization, position);
    }

    public long consultation(long paper, long organization, Long meeting, Long agendaItem, int position, String role,
                             boolean authoritative, String outcome) {
        return insert("INSERT INTO consultation (paper_id, organization_id, meeting_id, agenda_item_id, position, role, authoritative,"
                + " outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", paper, organization, meeting, agendaItem, position, role, authoritative, outcome);
    }

    /**
     * A file row whose content is the shared {@link FixtureContent} PDF (put into the file store when the
     * test application starts), so that every link to it answers like a real document.
     */
    public long file(long body, String name, boolean isPublic) {
        FixtureContent content = FixtureContent.PDF;
        return insert("INSERT INTO stored_file (body_id, name, file_name, mime_type, size, sha256, sha512, storage_key, public)"
                        + " VALUES (?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?)",
                body, name, name.replace('/', ' ') + ".pdf", content.size(), content.sha256(), content.sha512(), content.storageKey(), isPublic);
    }

    public void attachToPaper(long paper, long file, String role) {
        execute("INSERT INTO paper_file (paper_id, file_id, role) VALUES (?, ?, ?)", paper, file, role);
    }

    public void attachToMeeting(long meeting, long file, String role, String label) {
        execute("INSERT INTO meeting_file (meeting_id, file_id, role, label) VALUES (?, ?, ?, ?)", meeting, file, role, label);
    }

    public void attachToAgendaItem(long item, long file, String label) {
        execute("INSERT INTO agenda_item_file (agenda_item_id, file_id, role, label) VALUES (?, ?, 'AUXILIARY', ?)", item, file, label);
    }

    public AttendanceBuilder attendance(long meeting, String category, int position) {
        return new AttendanceBuilder(meeting, category, position);
    }

    public DecisionBuilder decision(long agendaItem, String outcome) {
        return new DecisionBuilder(agendaItem, outcome);
    }

    public void factionPosition(long decision, long faction, String position) {
        execute("INSERT INTO decision_faction_position (decision_id, faction_id, position) VALUES (?, ?, ?)", decision, faction, position);
    }

    public long recusal(long agendaItem, long person, long declaredAtItem) {
        return insert("INSERT INTO recusal (agenda_item_id, person_id, declared_at_item_id, left_room) VALUES (?, ?, ?, true)",
                agendaItem, person, declaredAtItem);
    }

    public long followUp(long agendaItem, long paper, String description, LocalDate due, Long dueMeeting, long unit) {
        return insert("INSERT INTO follow_up (agenda_item_id, paper_id, description, due_date, due_meeting_id,"
                + " responsible_organization_id) VALUES (?, ?, ?, ?, ?, ?)", agendaItem, paper, description, due, dueMeeting, unit);
    }

    public long minutes(long meeting, boolean publicPart) {
        return insert("INSERT INTO minutes (meeting_id, public_part) VALUES (?, ?)", meeting, publicPart);
    }

    public void signature(long minutes, int position, long person, String role, String label) {
        execute("INSERT INTO minutes_signature (minutes_id, position, person_id, signer_role, role_label) VALUES (?, ?, ?, ?, ?)",
                minutes, position, person, role, label);
    }

    /** An account ({@code app_user}), enabled, without person unless {@code .person(id)}. */
    public UserBuilder user(String username) {
        return new UserBuilder(username);
    }

    /** A role assignment ({@code user_role}) valid from today on, open-ended unless told otherwise. */
    public RoleBuilder role(long user, String role, Long organization) {
        return new RoleBuilder(user, role, organization);
    }

    public final class UserBuilder {
        private final String username;
        private Long person;
        private boolean enabled = true;

        UserBuilder(String username) {
            this.username = username;
        }

        public UserBuilder person(long personId) {
            person = personId;
            return this;
        }

        public UserBuilder disabled() {
            enabled = false;
            return this;
        }

        public long create() {
            return insert("INSERT INTO app_user (username, display_name, person_id, enabled) VALUES (?, ?, ?, ?)",
                    username, username, person, enabled);
        }
    }

    public final class RoleBuilder {
        private final long user;
        private final String role;
        private final Long organization;
        private LocalDate from;
        private LocalDate until;

        RoleBuilder(long user, String role, Long organization) {
            this.user = user;
            this.role = role;
            this.organization = organization;
        }

        public RoleBuilder valid(LocalDate fromDate, LocalDate untilDate) {
            from = fromDate;
            until = untilDate;
            return this;
        }

        public long create() {
            return insert("INSERT INTO user_role (user_id, role, organization_id, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)",
                    user, role, organization, from, until);
        }
    }

    public final class OrganizationBuilder {
        private final long body;
        private final String name;
        private final String kind;
        private String shortName;
        private String unitCode;
        private boolean isPublic = true;

        OrganizationBuilder(long body, String name, String kind) {
            this.body = body;
            this.name = name;
            this.kind = kind;
        }

        public OrganizationBuilder shortName(String value) {
            shortName = value;
            return this;
        }

        public OrganizationBuilder unitCode(String value) {
            unitCode = value;
            return this;
        }

        public OrganizationBuilder nonPublic() {
            isPublic = false;
            return this;
        }

        public long create() {
            return insert("INSERT INTO organization (body_id, name, short_name, kind, unit_code, public) VALUES (?, ?, ?, ?, ?, ?)",
                    body, name, shortName, kind, unitCode, isPublic);
        }
    }

    public final class PersonBuilder {
        private final long body;
        private final String familyName;
        private String givenName;
        private String title;
        private String formOfAddress;
        private String gender;
        private String email;
        private boolean contactPublic;

        PersonBuilder(long body, String familyName) {
            this.body = body;
            this.familyName = familyName;
        }

        public PersonBuilder given(String value) {
            givenName = value;
            return this;
        }

        public PersonBuilder title(String value) {
            title = value;
            return this;
        }

        public PersonBuilder female() {
            gender = "female";
            formOfAddress = "Frau";
            return this;
        }

        public PersonBuilder male() {
            gender = "male";
            formOfAddress = "Herr";
            return this;
        }

        public PersonBuilder email(String value, boolean published) {
            email = value;
            contactPublic = published;
            return this;
        }

        public long create() {
            return insert("INSERT INTO person (body_id, family_name, given_name, title, form_of_address, gender, email, contact_public)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", body, familyName, givenName, title, formOfAddress, gender, email, contactPublic);
        }
    }

    public final class MembershipBuilder {
        private final long person;
        private final long organization;
        private final LocalDate start;
        private String role = "MEMBER";
        private String mandate = "COUNCIL_MEMBER";
        private String seat = "VOTING_MEMBER";
        private boolean voting = true;
        private Long onBehalfOf;
        private Long substituteFor;
        private String label;
        private LocalDate end;

        MembershipBuilder(long person, long organization, LocalDate start) {
            this.person = person;
            this.organization = organization;
            this.start = start;
        }

        public MembershipBuilder chair(String roleLabel) {
            role = "CHAIR";
            label = roleLabel;
            return this;
        }

        public MembershipBuilder citizenMember(long faction) {
            mandate = "CITIZEN_MEMBER";
            onBehalfOf = faction;
            return this;
        }

        public MembershipBuilder residentWithoutVote(long board) {
            mandate = "RESIDENT_MEMBER";
            seat = "MEMBER_WITHOUT_VOTE";
            voting = false;
            onBehalfOf = board;
            return this;
        }

        public MembershipBuilder deputyFor(long principalMembership) {
            role = "DEPUTY_MEMBER";
            substituteFor = principalMembership;
            return this;
        }

        public MembershipBuilder staff(String functionLabel) {
            mandate = "STAFF";
            seat = "MEMBER_WITHOUT_VOTE";
            voting = false;
            label = functionLabel;
            return this;
        }

        public MembershipBuilder until(LocalDate value) {
            end = value;
            return this;
        }

        public long create() {
            return insert("INSERT INTO membership (person_id, organization_id, role, mandate, seat_category, voting_right,"
                            + " on_behalf_of_id, substitute_for_id, role_label, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    person, organization, role, mandate, seat, voting, onBehalfOf, substituteFor, label, start, end);
        }
    }

    public final class MeetingBuilder {
        private final long body;
        private final long organization;
        private final long term;
        private final OffsetDateTime start;
        private Integer number;
        private String name = "Sitzung";
        private String state = "INVITED";
        private boolean released = true;
        private boolean isPublic = true;
        private OffsetDateTime startActual;
        private OffsetDateTime endActual;
        private Long location;

        MeetingBuilder(long body, long organization, long term, OffsetDateTime start) {
            this.body = body;
            this.organization = organization;
            this.term = term;
            this.start = start;
        }

        public MeetingBuilder numbered(int value, String meetingName) {
            number = value;
            name = meetingName;
            return this;
        }

        public MeetingBuilder at(long locationId) {
            location = locationId;
            return this;
        }

        public MeetingBuilder held(OffsetDateTime from, OffsetDateTime to) {
            state = "HELD";
            startActual = from;
            endActual = to;
            return this;
        }

        public MeetingBuilder draft() {
            released = false;
            return this;
        }

        public MeetingBuilder nonPublic() {
            isPublic = false;
            return this;
        }

        public long create() {
            return insert("INSERT INTO meeting (body_id, organization_id, legislative_term_id, number_in_term, name, state, released,"
                            + " public, start_planned, start_actual, end_actual, location_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    body, organization, term, number, name, state, released, isPublic, start, startActual, endActual, location);
        }
    }

    public final class AgendaItemBuilder {
        private final long meeting;
        private final String number;
        private final String name;
        private Long parent;
        private int position;
        private Integer treatmentPosition;
        private boolean heading;
        private String emptyMarker;
        private boolean isPublic = true;
        private String treatment;
        private String treatmentLabel;
        private boolean urgent;
        private String minutesText;
        private String minutesHeading;
        private String resolutionText;
        private String result;

        AgendaItemBuilder(long meeting, String number, String name) {
            this.meeting = meeting;
            this.number = number;
            this.name = name;
        }

        public AgendaItemBuilder under(Long parentId) {
            parent = parentId;
            return this;
        }

        public AgendaItemBuilder position(int published, int treated) {
            position = published;
            treatmentPosition = treated;
            return this;
        }

        public AgendaItemBuilder heading() {
            heading = true;
            return this;
        }

        public AgendaItemBuilder empty(String marker) {
            emptyMarker = marker;
            return this;
        }

        public AgendaItemBuilder nonPublic() {
            isPublic = false;
            return this;
        }

        public AgendaItemBuilder treatment(String value, String label) {
            treatment = value;
            treatmentLabel = label;
            return this;
        }

        public AgendaItemBuilder urgent() {
            urgent = true;
            return this;
        }

        public AgendaItemBuilder minutes(String text) {
            minutesText = text;
            return this;
        }

        public AgendaItemBuilder minutesHeading(String text) {
            minutesHeading = text;
            return this;
        }

        public AgendaItemBuilder resolution(String text, String shortResult) {
            resolutionText = text;
            result = shortResult;
            return this;
        }

        public long create() {
            return insert("INSERT INTO agenda_item (meeting_id, parent_id, number, position, treatment_position, name, heading,"
                            + " empty_marker, public, treatment, treatment_label, status, urgent, minutes_text, minutes_heading,"
                            + " resolution_text, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TREATED', ?, ?, ?, ?, ?)",
                    meeting, parent, number, position, treatmentPosition, name, heading, emptyMarker, isPublic, treatment,
                    treatmentLabel, urgent, minutesText, minutesHeading, resolutionText, result);
        }
    }

    public final class PaperBuilder {
        private final long body;
        private final long type;
        private final String name;
        private String reference;
        private int serial;
        private int year;
        private Integer supplement;
        private Long superordinated;
        private String state = "DRAFT";
        private boolean isPublic = true;
        private LocalDate date;
        private Long underDirectionOf;

        PaperBuilder(long body, long type, String name) {
            this.body = body;
            this.type = type;
            this.name = name;
        }

        /** Released with a Drucksachen-Nummer such as "04411-23". */
        public PaperBuilder released(String ref, LocalDate on) {
            reference = ref;
            String[] parts = ref.split("-");
            serial = Integer.parseInt(parts[0]);
            year = 2000 + Integer.parseInt(parts[1]);
            supplement = parts.length > 2 ? Integer.valueOf(parts[2].substring(1)) : null;
            state = "RELEASED";
            date = on;
            return this;
        }

        public PaperBuilder supplementTo(long origin) {
            superordinated = origin;
            return this;
        }

        public PaperBuilder nonPublic() {
            isPublic = false;
            return this;
        }

        public PaperBuilder withdrawn() {
            state = "WITHDRAWN";
            return this;
        }

        /** Federführung: the administrative unit directing the paper. */
        public PaperBuilder underDirectionOf(long unit) {
            underDirectionOf = unit;
            return this;
        }

        public long create() {
            return insert("INSERT INTO paper (body_id, paper_type_id, state, reference, serial, reference_year, supplement_number,"
                            + " name, date, superordinated_paper_id, under_direction_of_id, public) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    body, type, state, reference, reference == null ? null : serial, reference == null ? null : year, supplement,
                    name, date, superordinated, underDirectionOf, isPublic);
        }
    }

    public final class AttendanceBuilder {
        private final long meeting;
        private final String category;
        private final int position;
        private Long person;
        private Long membership;
        private String status = "PRESENT";
        private Long faction;
        private Long substituteFor;
        private LocalTime arrived;
        private String role;
        private String salutation;
        private String unit;
        private String function;
        private String affiliation;
        private String guestName;

        AttendanceBuilder(long meeting, String category, int position) {
            this.meeting = meeting;
            this.category = category;
            this.position = position;
        }

        public AttendanceBuilder member(long personId, long membershipId, Long factionId) {
            person = personId;
            membership = membershipId;
            faction = factionId;
            return this;
        }

        public AttendanceBuilder staff(long personId, String salutationText, String unitCode, String functionLabel) {
            person = personId;
            salutation = salutationText;
            unit = unitCode;
            function = functionLabel;
            return this;
        }

        public AttendanceBuilder guest(String salutationText, String name, String institution) {
            salutation = salutationText;
            guestName = name;
            affiliation = institution;
            return this;
        }

        public AttendanceBuilder chairing(String roleLabel) {
            role = roleLabel;
            return this;
        }

        public AttendanceBuilder substituting(long principalPerson) {
            substituteFor = principalPerson;
            return this;
        }

        public AttendanceBuilder arrivedAt(LocalTime time) {
            arrived = time;
            return this;
        }

        public AttendanceBuilder excused() {
            status = "EXCUSED";
            return this;
        }

        public long create() {
            return insert("INSERT INTO attendance (meeting_id, person_id, membership_id, category, status, faction_id,"
                            + " substitute_for_person_id, arrived_at, role_in_meeting, salutation, unit_code, function_label, affiliation,"
                            + " guest_name, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    meeting, person, membership, category, status, faction, substituteFor, arrived, role, salutation, unit,
                    function, affiliation, guestName, position);
        }
    }

    public final class DecisionBuilder {
        private final long agendaItem;
        private final String outcome;
        private Long consultation;
        private Long recommendedTo;
        private String resolution;
        private String voteKind = "NONE";
        private String majority;
        private Integer yes;
        private Integer no;
        private Integer abstain;
        private boolean isPublic = true;

        DecisionBuilder(long agendaItem, String outcome) {
            this.agendaItem = agendaItem;
            this.outcome = outcome;
        }

        public DecisionBuilder on(Long consultationId) {
            consultation = consultationId;
            return this;
        }

        public DecisionBuilder recommendedTo(long organization) {
            recommendedTo = organization;
            return this;
        }

        public DecisionBuilder resolution(String text) {
            resolution = text;
            return this;
        }

        public DecisionBuilder unanimous() {
            voteKind = "OPEN";
            majority = "UNANIMOUS";
            return this;
        }

        public DecisionBuilder majority() {
            voteKind = "OPEN";
            majority = "MAJORITY";
            return this;
        }

        public DecisionBuilder counted(int yesVotes, int noVotes, int abstentions) {
            voteKind = "OPEN";
            majority = majority == null ? "MAJORITY" : majority;
            yes = yesVotes;
            no = noVotes;
            abstain = abstentions;
            return this;
        }

        public long create() {
            return insert("INSERT INTO decision (agenda_item_id, consultation_id, outcome, recommended_to_organization_id,"
                            + " resolution_text, vote_kind, majority, yes_count, no_count, abstain_count, public)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    agendaItem, consultation, outcome, recommendedTo, resolution, voteKind, majority, yes, no, abstain, isPublic);
        }
    }

    /** A stored one-page PDF showing {@code text}, as a file row attached to nothing yet. */
    public long storedPdf(org.openris.file.FileStore store, long body, String name, String text, boolean isPublic) {
        org.openris.file.FileStore.StoredContent content = store.put(onePagePdf(text));
        long id = file(body, name, isPublic);
        execute("UPDATE stored_file SET storage_key = ?, sha256 = ?, sha512 = ?, size = ? WHERE id = ?",
                content.storageKey(), content.sha256(), content.sha512(), content.size(), id);
        return id;
    }

    /** A real one-page PDF (PDFBox, Helvetica) whose text extraction gives back {@code text}. */
    public static byte[] onePagePdf(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
