package org.hearth.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The centers that share this kiosk's database, and which of them know which person. A person registered at
 * a center is known there; they become known at another center only by their own choice, made there (a
 * member of one center showing their key tag at another). {@link PeopleDirectory}'s look-ups find only people
 * known at this center; a person's visits and records stay one record across the network. Thread-safe.
 *
 * @since 1.2
 */
@ProviderType
public interface Centers {

    /** The center this host serves. */
    Center here();

    /** Every center that has run on this database, this one among them, sorted by name. */
    List<Center> all();

    /** The centers that know this person, sorted by name; empty for an unknown id. */
    List<Center> centersOf(String personId);

    /**
     * The person holding this key tag when they are known at another center of the network but not here, for
     * asking whether they would like to be known here too. Empty otherwise.
     */
    Optional<Person> elsewhereByKeyTag(String keyTag);

    /** The person's choice to be known at this center too; nothing happens when they already are. */
    void knowHere(String personId);
}
