package org.triturate.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.triturate.common.config.TriturateConfig;
import org.triturate.security.AttemptLimit;

/**
 * Bounds what unauthenticated callers can make the service spend on password hashing: attempts per client address
 * and per username in a sliding window, checked before the password. In memory, so per service instance.
 */
@ApplicationScoped
public class LoginRateLimiter {

    /** Bytes of an IPv6 address that name one subscriber: a /64 is what a single customer is usually given. */
    private static final int IPV6_SUBSCRIBER_PREFIX = 8;

    private final AttemptLimit perAddress;
    private final AttemptLimit perAccount;
    private final Clock clock;

    LoginRateLimiter(TriturateConfig config, Clock clock) {
        TriturateConfig.Login.Rate rate = config.login().rate();
        this.perAddress = new AttemptLimit(rate.perIp(), rate.window());
        this.perAccount = new AttemptLimit(rate.perAccount(), rate.window());
        this.clock = clock;
    }

    /** Counts one attempt from {@code clientAddress} for {@code username}, or refuses it when either is at its limit. */
    public void admit(String clientAddress, String username) {
        Instant now = clock.instant();
        perAddress.tryAcquire(addressKey(clientAddress), now).ifPresent(wait -> {
            throw new TooManyAttempts(wait, "Too many login attempts from this address; try again later");
        });
        perAccount.tryAcquire(username, now).ifPresent(wait -> {
            throw new TooManyAttempts(wait, "Too many login attempts for this username; try again later");
        });
    }

    /** An IPv4 address as it is; an IPv6 address by its /64, which one client can fill with addresses at will. */
    static String addressKey(String clientAddress) {
        if (clientAddress == null || !clientAddress.contains(":")) {
            return String.valueOf(clientAddress);
        }
        try {
            // A literal address: no name lookup happens.
            byte[] bytes = InetAddress.getByName(clientAddress).getAddress();
            return bytes.length == 16
                    ? HexFormat.of().formatHex(Arrays.copyOf(bytes, IPV6_SUBSCRIBER_PREFIX)) + "::/64"
                    : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return clientAddress;
        }
    }
}
