package org.hearth.volunteers.impl;

/** A person holding a place on a shift; {@code swapOffered} when they offered it to a colleague. */
record Holder(String personId, boolean swapOffered) {
}
