/** Volunteer scheduling, timeclock and stipends. Private to this bundle. */
package org.hearth.volunteers.impl;
