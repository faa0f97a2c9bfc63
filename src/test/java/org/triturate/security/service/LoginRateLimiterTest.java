package org.triturate.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    @Test
    void anIpv4AddressCountsOnItsOwn() {
        assertEquals("192.0.2.10", LoginRateLimiter.addressKey("192.0.2.10"));
        assertNotEquals(LoginRateLimiter.addressKey("192.0.2.10"), LoginRateLimiter.addressKey("192.0.2.11"));
    }

    @Test
    void ipv6AddressesOfOneSlash64CountTogether() {
        assertEquals(
                LoginRateLimiter.addressKey("2001:db8:1:2::1"),
                LoginRateLimiter.addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertNotEquals(LoginRateLimiter.addressKey("2001:db8:1:2::1"), LoginRateLimiter.addressKey("2001:db8:1:3::1"));
    }

    @Test
    void anIpv4MappedIpv6AddressIsItsIpv4Address() {
        assertEquals("192.0.2.10", LoginRateLimiter.addressKey("::ffff:192.0.2.10"));
    }
}
