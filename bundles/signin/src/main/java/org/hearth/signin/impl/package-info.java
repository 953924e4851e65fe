/** The sign-in feature. Private to this bundle. */
package org.hearth.signin.impl;
