/** Peer recovery coaching: the member's own recovery-wellness plan, contacts and resources. Private to this bundle. */
package org.hearth.coaching.impl;
