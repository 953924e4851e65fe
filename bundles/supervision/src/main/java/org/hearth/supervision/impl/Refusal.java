package org.hearth.supervision.impl;

/** Why something cannot be done or seen, as a translation key and its arguments. Thrown to the screen. */
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

    /** The one refusal for anything the asker may not see or do: it says nothing about what is there. */
    static Refusal notYours() {
        return new Refusal("error.supervision.access");
    }
}
