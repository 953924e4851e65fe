/** The alcohol- and drug-free event calendar. Private to this bundle. */
package org.hearth.events.impl;
