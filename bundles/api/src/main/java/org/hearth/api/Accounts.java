package org.hearth.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Whether any account holding the given role exists (for example, whether set-up is still needed). */
    boolean exists(Role role);

    /**
     * Gives a person an account with a set of roles, or changes an existing account's roles and PIN. The set
     * must not be empty or hold {@link Role#VISITOR}; the PIN is 4 to 12 digits; otherwise an
     * {@link IllegalArgumentException} with a translation key is thrown.
     *
     * @since 1.1
     */
    Account save(String personId, Set<Role> roles, String pin);

    /**
     * Changes the roles of an existing account and keeps its PIN. Throws {@link IllegalArgumentException}
     * with a translation key when the person has no account or the set is not acceptable.
     *
     * @since 1.1
     */
    Account changeRoles(String personId, Set<Role> roles);

    /** The person's account, if they have one. @since 1.1 */
    Optional<Account> find(String personId);

    /**
     * Checks the PIN of someone already signed in, before a sensitive read. A wrong PIN counts towards the
     * lock like one at sign-in; false while the account is locked.
     *
     * @since 1.1
     */
    boolean confirmPin(String personId, String pin);
}
