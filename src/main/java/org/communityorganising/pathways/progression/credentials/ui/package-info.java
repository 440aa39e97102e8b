@NullMarked
package org.communityorganising.pathways.progression.credentials.ui;

import org.jspecify.annotations.NullMarked;
