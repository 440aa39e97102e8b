@NullMarked
package org.communityorganising.pathways.audit.ui;

import org.jspecify.annotations.NullMarked;
