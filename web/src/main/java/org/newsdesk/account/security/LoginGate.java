package org.newsdesk.account.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.account.boundary.AccountService;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What a login attempt must pass before any password is hashed: its address must not be throttled
 * ({@link AddressThrottle}) and a hashing slot must be free ({@link HashingSlots}). Both are per server; the
 * per-account lock-out lives in the database and holds across servers.
 */
@ApplicationScoped
public class LoginGate {

    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());
    private static final int TRACKED_ADDRESSES = 100_000;

    /** Why an attempt was turned away without being checked. */
    public enum Refusal {
        /** Too many failed logins from the client's address: 429. */
        THROTTLED,
        /** Every hashing slot busy and the queue full: 503. */
        BUSY
    }

    @Inject
    @ConfigProperty(name = "newsdesk.login.address-failures", defaultValue = "100")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "newsdesk.login.address-window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "newsdesk.login.hashing-slots", defaultValue = "0")
    int configuredSlots;

    @EJB
    AccountService accounts;

    private AddressThrottle throttle;
    private HashingSlots slots;

    @PostConstruct
    void configure() {
        throttle = new AddressThrottle(addressFailures, Duration.ofMinutes(windowMinutes), TRACKED_ADDRESSES);
        int count = configuredSlots > 0 ? configuredSlots : Math.max(2, Runtime.getRuntime().availableProcessors());
        slots = new HashingSlots(count, 200, Duration.ofSeconds(30));
    }

    public Optional<Instant> blockedUntil(String address) {
        return throttle.blockedUntil(address, Instant.now());
    }

    /** Takes a hashing slot; false when the server is too busy checking passwords. Pair with {@link #leave}. */
    public boolean enter() {
        return slots.enter();
    }

    public void leave() {
        slots.leave();
    }

    /** Counts a failed attempt from the address; the failure that reaches the limit is logged and audited. */
    public void failed(String address) {
        throttle.recordFailure(address, Instant.now()).ifPresent(until -> {
            LOG.warning(() -> "Login attempts from " + address + " refused until " + until + " after "
                    + addressFailures + " failures within " + windowMinutes + " minutes");
            accounts.recordAddressThrottled(address, addressFailures, until);
        });
    }
}
