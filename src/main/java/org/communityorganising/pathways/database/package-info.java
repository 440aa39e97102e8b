@NullMarked
package org.communityorganising.pathways.database;

import org.jspecify.annotations.NullMarked;
