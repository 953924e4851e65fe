package org.hearth.signin.impl;

import org.hearth.api.Centers;
import org.hearth.api.PeopleDirectory;

/** What the visitor's sign-in screens use. */
record SignInServices(PeopleDirectory people, MemberBook members, VisitBook visits, TalkRequests talk,
                      TodayOfferings offerings, Centers centers) {

    /** How many people to fetch for a typed name before {@link NameRule#shown} picks the few to show. */
    static final int LOOKUP_LIMIT = 20;
}
