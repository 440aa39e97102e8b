@NullMarked
package org.communityorganising.pathways.security.ui;

import org.jspecify.annotations.NullMarked;
