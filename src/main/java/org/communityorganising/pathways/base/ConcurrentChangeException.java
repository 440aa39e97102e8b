package org.communityorganising.pathways.base;

import java.io.Serial;
import org.springframework.dao.OptimisticLockingFailureException;

/** Someone else saved the same record since it was opened: nothing is overwritten. */
public class ConcurrentChangeException extends OptimisticLockingFailureException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else since it was opened");
    }

    /** Throws unless the version the person edited is still the stored one. */
    public static void check(AbstractEntity entity, long editedVersion, String what) {
        if (entity.getVersion() != editedVersion) {
            throw new ConcurrentChangeException(what);
        }
    }
}
