/**
 * The application shell: the layout around every signed-in view (menu, user menu with language,
 * own password and logout), the error handler, and the "page not found" page. It depends on the
 * features it shows; no feature depends on it.
 */
@NullMarked
package org.communityorganising.pathways.shell;

import org.jspecify.annotations.NullMarked;
