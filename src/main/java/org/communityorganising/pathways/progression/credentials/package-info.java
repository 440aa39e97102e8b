/**
 * Credentials a leader can carry: an Open Badges 3.0 credential, signed as a VC-JWT, for every
 * tier granted; a public page that says whether it is valid, suspended or revoked; the issuer's
 * keys at {@code /.well-known/jwks.json} and its status lists (decision 0016). Owns {@code
 * credential} and {@code credential_key}. The credential names a salted hash of the e-mail,
 * never the address, the person's name or their member institution.
 */
@ApplicationModule(displayName = "Progression: credentials")
@NullMarked
package org.communityorganising.pathways.progression.credentials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
