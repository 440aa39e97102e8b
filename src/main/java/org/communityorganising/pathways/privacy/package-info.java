/**
 * A person's rights over their data: the subject-access export (JSON and a readable page) and
 * erasure. Owns no table: it asks every module's {@link org.communityorganising.pathways.base.PersonalData}.
 */
@NullMarked
package org.communityorganising.pathways.privacy;

import org.jspecify.annotations.NullMarked;
