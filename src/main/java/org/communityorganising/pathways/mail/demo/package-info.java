/**
 * The demo's (and the tests') own SMTP server, which keeps every message it receives, and the
 * Mailbox page that shows them: a newcomer follows an invitation end to end with no mail server
 * installed. On only with {@code pathways.mail.embedded.enabled}; left out of the production jar.
 */
@NullMarked
package org.communityorganising.pathways.mail.demo;

import org.jspecify.annotations.NullMarked;
