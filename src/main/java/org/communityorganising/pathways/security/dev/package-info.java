@NullMarked
package org.communityorganising.pathways.security.dev;

import org.jspecify.annotations.NullMarked;
