package org.openris.oparl;

/** A request the API answers with an OParl Error object and the given status. */
class OparlException extends RuntimeException {

    private final int status;

    OparlException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
