package org.hearth.coaching.impl;

/** Why something cannot be done, as a translation key and its arguments. Thrown to the screen. */
class Refusal extends IllegalArgumentException {

    private final transient Object[] args;

    Refusal(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args.clone();
    }
}
