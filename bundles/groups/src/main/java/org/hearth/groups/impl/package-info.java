/** Peer-led group attendance. Private to this bundle. */
package org.hearth.groups.impl;
