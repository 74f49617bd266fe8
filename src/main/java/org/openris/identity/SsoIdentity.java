package org.openris.identity;

import java.io.Serializable;

/**
 * Who the SSO provider says the user is. {@code newLink}: the account was found by name or
 * verified e-mail address, and the link is stored only once the login has completed.
 */
record SsoIdentity(String issuer, String subject, boolean newLink) implements Serializable {
}
