@NullMarked
package org.communityorganising.pathways.base;

import org.jspecify.annotations.NullMarked;
