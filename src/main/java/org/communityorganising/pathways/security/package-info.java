@NullMarked
package org.communityorganising.pathways.security;

import org.jspecify.annotations.NullMarked;
