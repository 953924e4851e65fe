/** Supervision logs, the cadence of supervision and the re-engagement plan. Private to this bundle. */
package org.hearth.supervision.impl;
