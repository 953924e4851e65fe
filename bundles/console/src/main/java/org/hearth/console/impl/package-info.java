/** The coordinator's console: the dashboard and the funder report. Private to this bundle. */
package org.hearth.console.impl;
