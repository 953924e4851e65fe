package org.hearth.api;

/**
 * The four kinds of peer recovery support that funders count. Groups and events carry one, so reports
 * speak the funders' language.
 */
public enum KindOfSupport {
    /** Mentoring, peer-led support groups. */
    EMOTIONAL,
    /** Classes, job readiness, wellness, life skills. */
    INFORMATIONAL,
    /** Transport, child care, help reaching services, food and clothing. */
    INSTRUMENTAL,
    /** Recovery community, alcohol- and drug-free social events, sports, arts, faith. */
    AFFILIATIONAL
}
