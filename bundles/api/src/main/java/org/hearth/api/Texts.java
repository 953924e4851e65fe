package org.hearth.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's translations in one language, read from UTF-8 {@code .properties} files inside the module's
 * own bundle ({@code <baseName>.properties} for English, {@code <baseName>_es.properties} for Spanish).
 *
 * <p>A missing key never breaks a screen: it shows as the key itself and is logged once per lookup.
 * Instances are immutable and thread-safe.
 */
public final class Texts {

    /** The languages every user-facing string is offered in. The first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads the translations named {@code baseName} (for example {@code i18n.signin}) with the class
     * loader of {@code anchor}, a class of the bundle that ships them.
     */
    public static Texts load(Class<?> anchor, String baseName, Locale locale) {
        Locale language = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, language, anchor.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, language);
    }

    /** The supported language closest to {@code locale}: Spanish for any Spanish locale, else English. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return LANGUAGES.get(0);
    }

    /** The language these texts are in. */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation '{}' for {}", key, locale);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
