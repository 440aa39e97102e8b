@NullMarked
package org.communityorganising.pathways.dashboard.ui;

import org.jspecify.annotations.NullMarked;
