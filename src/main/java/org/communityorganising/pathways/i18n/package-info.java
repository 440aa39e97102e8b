/** English and Welsh: which language a UI speaks, and switching it. Strings live in vaadin-i18n/. */
@NullMarked
package org.communityorganising.pathways.i18n;

import org.jspecify.annotations.NullMarked;
