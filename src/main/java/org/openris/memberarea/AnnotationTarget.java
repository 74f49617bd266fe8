package org.openris.memberarea;

/** What an annotation is attached to: a paper or a file. */
record AnnotationTarget(Kind kind, long id) {

    enum Kind { PAPER, FILE }

    static AnnotationTarget paper(long id) {
        return new AnnotationTarget(Kind.PAPER, id);
    }

    static AnnotationTarget file(long id) {
        return new AnnotationTarget(Kind.FILE, id);
    }

    /** The page that shows the target and its annotations. */
    String page() {
        return kind == Kind.PAPER ? "/mitglieder/vorlagen/" + id : "/mitglieder/dokumente/" + id;
    }

    String column() {
        return kind == Kind.PAPER ? "paper_id" : "file_id";
    }
}
