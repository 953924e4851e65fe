package org.hearth.console.impl;

/** Something the coordinator asked that cannot be done, with the text key that says why in their language. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Refusal(String key) {
        super(key, null, false, false);
    }

    String key() {
        return getMessage();
    }
}
