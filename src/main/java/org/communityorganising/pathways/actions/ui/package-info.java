@NullMarked
package org.communityorganising.pathways.actions.ui;

import org.jspecify.annotations.NullMarked;
