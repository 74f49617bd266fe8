package org.openris.identity;

/** The ways into an account; each is throttled on its own. */
enum LoginChannel {
    PASSWORD, SECOND_FACTOR, PASSWORD_RESET, SSO
}
