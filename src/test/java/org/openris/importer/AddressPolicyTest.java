package org.openris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which addresses an import started in the admin screen may fetch (SSRF); IP literals only, no DNS. */
class AddressPolicyTest {

    @Test
    void loopback_private_link_local_shared_and_unspecified_addresses_are_internal() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.178.1",
                "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "198.18.0.1", "255.255.255.255",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1"}) {
            assertThat(AddressPolicy.internal(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void public_addresses_are_not_internal() throws Exception {
        for (String address : new String[] {"8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "193.99.144.80", "2001:4860:4860::8888",
                "::ffff:8.8.8.8"}) {
            assertThat(AddressPolicy.internal(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void only_http_and_https_to_public_hosts_without_credentials_are_fetched() {
        assertThat(AddressPolicy.refusal("http://8.8.8.8/oparl/v1/system")).isNull();
        assertThat(AddressPolicy.refusal("https://[2001:4860:4860::8888]/oparl")).isNull();
        assertThat(AddressPolicy.refusal("ftp://8.8.8.8/oparl")).contains("nur http:// und https://");
        assertThat(AddressPolicy.refusal("file:///etc/passwd")).contains("nur http:// und https://");
        assertThat(AddressPolicy.refusal("http://user:secret@8.8.8.8/")).contains("Zugangsdaten");
        assertThat(AddressPolicy.refusal("http://127.0.0.1:8080/oparl")).contains("internen Netz");
        assertThat(AddressPolicy.refusal("http://[::1]/oparl")).contains("internen Netz");
        assertThat(AddressPolicy.refusal("http://169.254.169.254/latest/meta-data")).contains("internen Netz");
        assertThat(AddressPolicy.refusal("http://exa mple/")).isEqualTo("keine gültige Adresse");
    }
}
