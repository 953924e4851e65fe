package org.hearth.coaching.impl;

import org.hearth.api.KindOfSupport;

/** A community resource the center knows (housing, food, work, legal help, transport ...), by kind of support. */
record Resource(long id, String name, KindOfSupport kind, String about, String reach, boolean active) {

    static final int MAX_NAME = 120;
    static final int MAX_ABOUT = 300;
    static final int MAX_REACH = 200;
}
