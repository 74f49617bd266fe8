package org.openris.identity;

/** The answer to one login step. Business outcomes are results, not exceptions. */
sealed interface LoginOutcome {

    /** Too many failures from this address (for this account or altogether): try later. */
    record Throttled() implements LoginOutcome {
    }

    /** Wrong name, wrong password, wrong code, disabled account: deliberately one answer. */
    record Rejected() implements LoginOutcome {
    }

    /** This step passed. */
    record Accepted(Accounts.Account account) implements LoginOutcome {
    }
}
