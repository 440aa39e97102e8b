/**
 * Outgoing mail: one {@link org.communityorganising.pathways.mail.Mailer} that sends a message in
 * plain text and HTML over SMTP, and the public address links in mail point to. Callers send from
 * listeners that run after their transaction commits (Spring Modulith's event publication
 * registry), so a mail server that is down means a retry, not a lost message. The demo (and the
 * tests) run an embedded SMTP server that keeps every message ({@code mail.demo}).
 */
@NullMarked
package org.communityorganising.pathways.mail;

import org.jspecify.annotations.NullMarked;
