@NullMarked
package org.communityorganising.pathways.people;

import org.jspecify.annotations.NullMarked;
