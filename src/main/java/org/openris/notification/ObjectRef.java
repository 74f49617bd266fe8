package org.openris.notification;

/** What a notice is about: the meeting itself, a file, or a (supplement) paper. */
record ObjectRef(String type, long id) {

    static final String MEETING = "MEETING";
    static final String FILE = "FILE";
    static final String PAPER = "PAPER";

    static ObjectRef meeting(long id) {
        return new ObjectRef(MEETING, id);
    }

    static ObjectRef file(long id) {
        return new ObjectRef(FILE, id);
    }

    static ObjectRef paper(long id) {
        return new ObjectRef(PAPER, id);
    }
}
