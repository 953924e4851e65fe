/** The platform services' implementations. Private to this bundle. */
package org.hearth.platform.impl;
