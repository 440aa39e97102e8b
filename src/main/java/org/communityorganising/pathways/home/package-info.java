@NullMarked
package org.communityorganising.pathways.home;

import org.jspecify.annotations.NullMarked;
