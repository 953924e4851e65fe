package org.hearth.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff and volunteer accounts: a role and a PIN for a person. PINs are stored only as slow salted
 * hashes. After {@link #MAX_FAILED_ATTEMPTS} wrong PINs an account is locked for a while. Thread-safe.
 */
@ProviderType
public interface Accounts {

    /** Wrong PINs in a row before an account is locked for a while. */
    int MAX_FAILED_ATTEMPTS = 5;

    /**
     * Gives a person an account, or changes its role and PIN. The PIN is 4 to 12 digits; otherwise an
     * {@link IllegalArgumentException} is thrown with a translation key as message.
     */
    Account save(String personId, Role role, String pin);

    /**
     * The account whose holder's key tag or chosen name is {@code who} and whose PIN is {@code pin}.
     * Empty when they do not match, when the name is ambiguous, or while the account is locked.
     */
    Optional<Account> authenticate(String who, String pin);

    /** Every account, sorted by name. */
    List<Account> list();

    /** Whether any account with the given role exists (for example, whether set-up is still needed). */
    boolean exists(Role role);
}
