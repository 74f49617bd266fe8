package org.openris.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The generator's in-memory picture of the city; rows are written from it with {@link BulkLoader}. */
final class DemoModel {

    private DemoModel() {
    }

    static final class Term {
        long id;
        String name;
        LocalDate start;
        LocalDate end;

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    static final class Person {
        long id;
        String givenName;
        String familyName;
        String title;
        String gender;
        String formOfAddress;
        Org faction;      // political affiliation, null for staff and guests
        Org unit;         // administration staff: their unit
        String function;  // administration staff: 'FBL', 'stellv. FBL', 'Dez'

        String shortName() {
            return title == null ? familyName : title + " " + familyName;
        }
    }

    static final class Org {
        long id;
        String name;
        String shortName;
        String kind;
        String classification;
        String unitCode;
        Org parent;
        long locationId;
        int seats;
        List<String> topics = List.of();
        final List<Member> members = new ArrayList<>();
        final List<Meeting> meetings = new ArrayList<>();
        List<Person> staff = new ArrayList<>();   // administration that attends its meetings
        Person secretary;
        boolean deciding;  // takes final decisions on its own papers

        boolean isCouncil() {
            return "COUNCIL".equals(kind);
        }

        boolean isDistrict() {
            return "DISTRICT_COUNCIL".equals(kind);
        }
    }

    static final class Member {
        long id;
        Person person;
        Org org;
        String role;
        String mandate;
        String seatCategory;
        boolean votingRight;
        Org onBehalfOf;
        Member substituteFor;
        String roleLabel;
        LocalDate start;
        LocalDate end;

        boolean activeOn(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    static final class Meeting {
        long id;
        Org org;
        Term term;
        int number;
        String name;
        OffsetDateTime start;
        OffsetDateTime end;
        boolean cancelled;
        boolean released = true;
        String state;
        boolean held;
        boolean invited;
        final List<Item> items = new ArrayList<>();
        final List<Attendee> attendance = new ArrayList<>();
        Meeting previous;      // previous held meeting of the organization in the term
        boolean minutesApprovedLater;
    }

    static final class Item {
        long id;
        Item parent;
        String key;
        String number;
        int position;
        Integer treatmentPosition;
        String name;
        String minutesHeading;
        boolean heading;
        String emptyMarker;
        boolean isPublic;
        String treatment;
        String treatmentLabel;
        String status = "SCHEDULED";
        boolean urgent;
        String result;
        String resolutionText;
        String minutesText;
        Consultation consultation;
    }

    static final class Attendee {
        Person person;
        Member membership;
        String category;
        String status;
        Org faction;
        Person substituteFor;
        java.time.LocalTime arrivedAt;
        java.time.LocalTime leftAt;
        String roleInMeeting;
        String salutation;
        String unitCode;
        String functionLabel;
        String affiliation;
        String guestName;
    }

    static final class PaperType {
        long id;
        String name;
        String category;
        boolean publicByDefault;
    }

    static final class Paper {
        long id;
        String reference;
        PaperType type;
        String name;
        LocalDate date;
        String state = "RELEASED";
        boolean isPublic;
        Paper superordinated;
        Integer supplementNumber;
        Org underDirectionOf;
        Org originatorOrg;
        Person originatorPerson;
        final List<Consultation> path = new ArrayList<>();
        String text;
    }

    static final class Consultation {
        long id;
        Paper paper;
        Org org;
        int position;
        String role;
        boolean authoritative;
        Meeting meeting;
        Item item;
        String outcome;
        LocalDate earliest;
        boolean written;
    }
}
